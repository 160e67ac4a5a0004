import Foundation

/// A progress line on standard error for people watching a terminal: documents, MB/s of input,
/// elapsed time and, when the number of documents is known, the time left. Silent when standard
/// error is not a terminal; refreshed at most four times a second; erased when the run ends.
public final class RunProgress: @unchecked Sendable {
    private let total: Int?
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastShown: UInt64 = 0
    private var documents = 0
    private var bytes = 0
    private var shown = false
    private static let interval: UInt64 = 250_000_000

    /// A progress line when standard error is a terminal, else nil.
    public static func onTerminal(expectedDocuments: Int?) -> RunProgress? {
        isatty(STDERR_FILENO) == 1 ? RunProgress(total: expectedDocuments) : nil
    }

    private init(total: Int?) {
        self.total = total
    }

    /// Counts a finished document of `inputBytes` bytes (called in order, from one thread at a time).
    func documentFinished(inputBytes: Int) {
        documents += 1
        bytes += inputBytes
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastShown >= Self.interval else { return }
        lastShown = now
        let seconds = Double(now - started) / 1e9
        let counted = total.map { "\(documents)/\($0)" } ?? "\(documents)"
        let rate = Double(bytes) / max(seconds, 1e-3)
        let speed = rate >= 1e6 ? String(format: "%.1f MB/s", rate / 1e6) : String(format: "%.0f kB/s", rate / 1e3)
        var line = "glaneur: \(counted) documents · \(speed) · \(Self.clock(seconds)) elapsed"
        if let total, documents > 0, documents < total {
            line += " · ETA " + Self.clock(seconds / Double(documents) * Double(total - documents))
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        shown = true
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
                             : String(format: "%02d:%02d", whole / 60, whole % 60)
    }

    /// Erases the line before the summary is printed.
    public func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// Documents the inputs will yield when that is known without reading them: one per file, for
    /// files and directories without JSONL files or standard input; nil otherwise.
    public static func expectedDocuments(_ paths: [String]) -> Int? {
        var count = 0
        for path in paths {
            guard path != "-" else { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { count += 1; continue }
            let files = isDirectory.boolValue ? regularFiles(under: path) : [path]
            if files.contains(where: { $0.lowercased().hasSuffix(".jsonl") || $0.lowercased().hasSuffix(".jsonl.gz") }) { return nil }
            count += files.count
        }
        return count
    }

    /// Paths of the visible regular files below `directory` (an estimate: include and exclude rules are not applied).
    private static func regularFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: directory), includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        return enumerator.compactMap { item in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { return nil }
            return url.path
        }
    }
}
