import Foundation

/// Why output could not be written; the message names the path and the system's reason.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// Where JSON lines go, decided once from what is at the path, before any document is read:
///
/// - `-` or no path: standard output, streamed;
/// - a new path or a regular file: a temporary file created with `O_EXCL|O_NOFOLLOW` in the target's
///   directory, renamed over the target when the run ends (an existing file keeps its permissions
///   and owner);
/// - a character or block device, a FIFO or a socket: opened and streamed to, never replaced;
/// - a symbolic link: followed, and the file it points to is handled as above (the link stays).
///
/// Streams (pipes, terminals, devices) are flushed as soon as records are ready, so a consumer sees
/// each record within a second of it being done; regular files are flushed per MiB or per second.
public final class OutputSink {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let replacement: (temporary: String, target: String)?
    private let streams: Bool
    /// The path named in messages.
    public let name: String
    private var buffer: [UInt8] = []
    private var lastFlush = DispatchTime.now().uptimeNanoseconds
    private static let flushThreshold = 1 << 20
    private static let flushInterval: UInt64 = 1_000_000_000
    /// The first write error; later writes are dropped and `finish()` throws it.
    public private(set) var failure: OutputError?

    /// Writes to standard output.
    public init() {
        descriptor = STDOUT_FILENO
        ownsDescriptor = false
        replacement = nil
        name = "standard output"
        var info = stat()
        streams = fstat(STDOUT_FILENO, &info) != 0 || (info.st_mode & S_IFMT) != S_IFREG
    }

    /// Opens `path` for output as described above; throws when it cannot be written.
    public init(path: String) throws(OutputError) {
        name = path
        let resolved = try Self.followingSymbolicLinks(path)
        var info = stat()
        var existing: stat?
        if lstat(resolved, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                existing = info
            case S_IFDIR:
                throw OutputError("cannot write \(path): it is a directory")
            default:
                let opened = open(resolved, O_WRONLY | O_NOCTTY | O_CLOEXEC)
                guard opened >= 0 else { throw Self.error("cannot open \(path)", errno) }
                descriptor = opened
                ownsDescriptor = true
                replacement = nil
                streams = true
                return
            }
        } else if errno != ENOENT {
            throw Self.error("cannot write \(path)", errno)
        }
        let (temporary, opened) = try Self.createTemporaryFile(beside: resolved, for: path)
        if let existing {
            _ = fchown(opened, existing.st_uid, existing.st_gid) // best effort: only root may give a file away
            fchmod(opened, existing.st_mode & 0o7777)
        }
        descriptor = opened
        ownsDescriptor = true
        replacement = (temporary, resolved)
        streams = false
    }

    /// Appends one line (a newline is added).
    public func writeLine(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if buffer.count >= Self.flushThreshold { flush() }
    }

    /// Appends the first `byteCount` bytes of the file at `path` (the records a resumed run keeps).
    public func copy(_ byteCount: Int, bytesOf path: String) throws(OutputError) {
        let source = open(path, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { throw Self.error("cannot read \(path)", errno) }
        defer { close(source) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var remaining = byteCount
        while remaining > 0 {
            let got = chunk.withUnsafeMutableBytes { read(source, $0.baseAddress!, min($0.count, remaining)) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { throw Self.error("cannot read \(path)", got == 0 ? EIO : errno) }
            buffer.append(contentsOf: chunk[0..<got])
            remaining -= got
            if buffer.count >= Self.flushThreshold { flush() }
        }
        if let failure { throw failure }
    }

    /// Called whenever every record ready so far has been written: streams are flushed at once,
    /// files when a second has passed since the last flush.
    public func recordsReady() {
        if streams || DispatchTime.now().uptimeNanoseconds - lastFlush >= Self.flushInterval { flush() }
    }

    /// Writes the buffered bytes; the first error is kept in `failure`.
    public func flush() {
        lastFlush = DispatchTime.now().uptimeNanoseconds
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        if let code = writeFully(descriptor, buffer) { failure = Self.error("cannot write \(name)", code) }
    }

    /// Flushes and, for a file, moves it into place; on failure nothing replaces the target.
    public func finish() throws(OutputError) {
        flush()
        if let failure {
            abandon()
            throw failure
        }
        guard ownsDescriptor else { return }
        if replacement != nil && fsync(descriptor) != 0 {
            let failure = Self.error("cannot write \(name)", errno)
            abandon()
            throw failure
        }
        let closed = close(descriptor) == 0 ? nil : errno
        guard let (temporary, target) = replacement else {
            if let closed { throw Self.error("cannot write \(name)", closed) }
            return
        }
        // rename(2) replaces the target atomically: readers see the old file or the new one, never a mix.
        if let closed {
            unlink(temporary)
            throw Self.error("cannot write \(name)", closed)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw Self.error("cannot move the output into place at \(name)", code)
        }
    }

    /// Closes the output and removes the temporary file of an abandoned run.
    public func abandon() {
        buffer.removeAll()
        guard ownsDescriptor else { return }
        close(descriptor)
        if let (temporary, _) = replacement { unlink(temporary) }
    }

    /// `path` with symbolic links followed (even dangling ones), so that the link itself stays.
    private static func followingSymbolicLinks(_ path: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &target, target.count - 1)
            guard length >= 0 else { throw error("cannot follow the link \(path)", errno) }
            let destination = String(decoding: target[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : (current as NSString).deletingLastPathComponent + "/" + destination
        }
        throw error("cannot follow the link \(path)", ELOOP)
    }

    /// Creates `.NAME.glaneur-RANDOM.tmp` next to `target`, refusing to follow or reuse anything there.
    private static func createTemporaryFile(beside target: String, for path: String) throws(OutputError) -> (String, Int32) {
        let directory = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        for _ in 0..<100 {
            let suffix = String(UInt64.random(in: 0..<UInt64.max), radix: 36)
            let temporary = (directory.isEmpty ? "" : directory + "/") + ".\(base).glaneur-\(suffix).tmp"
            let opened = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if opened >= 0 { return (temporary, opened) }
            if errno == EEXIST { continue }
            let code = errno
            if code == ENOENT { throw OutputError("cannot write \(path): the directory \(directory.isEmpty ? "." : directory) does not exist") }
            throw error("cannot write \(path) (creating a temporary file in \(directory.isEmpty ? "." : directory))", code)
        }
        throw OutputError("cannot write \(path): no free temporary file name in \(directory)")
    }

    private static func error(_ context: String, _ code: Int32) -> OutputError {
        OutputError("\(context): \(String(cString: strerror(code)))")
    }
}
