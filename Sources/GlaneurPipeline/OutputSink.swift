import Foundation

/// Where JSON lines go: standard output, or a file written atomically (a temporary file in the
/// same directory, renamed over the target when the run completes).
public final class OutputSink {
    private let handle: FileHandle
    private let temporaryURL: URL?
    private let targetURL: URL?
    private var buffer: [UInt8] = []
    private static let flushThreshold = 1 << 20

    /// Writes to standard output.
    public init() {
        handle = .standardOutput
        temporaryURL = nil
        targetURL = nil
    }

    /// Writes to `url` atomically.
    public init(file url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = try FileHandle(forWritingTo: temporary)
        temporaryURL = temporary
        targetURL = url
    }

    /// Appends one line (a newline is added).
    public func writeLine(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= Self.flushThreshold { flush() }
    }

    public func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and, for a file, moves it into place.
    public func finish() throws {
        flush()
        guard let temporaryURL, let targetURL else { return }
        try handle.close()
        // rename(2) replaces the target atomically: readers see the old file or the new one, never a mix.
        guard rename(temporaryURL.path, targetURL.path) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: targetURL.path, NSLocalizedDescriptionKey: "cannot write \(targetURL.path): \(reason)"])
        }
    }

    /// Removes the temporary file of an abandoned run.
    public func abandon() {
        guard let temporaryURL else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporaryURL)
    }
}
