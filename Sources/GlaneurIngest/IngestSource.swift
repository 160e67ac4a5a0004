import Foundation

/// A place `glaneur ingest` reads from, as named on the command line.
public enum IngestSource: Sendable, Equatable {
    /// A drop folder of scraped files, read recursively in sorted order.
    case directory(path: String)
    /// A JSONL file that grows over time, read on from the last committed byte offset.
    case jsonLines(path: String)
    /// An RSS or Atom feed stored in a file.
    case feedFile(path: String)
    /// An RSS or Atom feed polled over http(s) with conditional GET.
    case feedURL(URL)

    /// The stable name under which the ledger keeps this source's state.
    public var spec: String {
        switch self {
        case .directory(let path), .jsonLines(let path), .feedFile(let path): return path
        case .feedURL(let url): return url.absoluteString
        }
    }

    public var kind: String {
        switch self {
        case .directory: return "directory"
        case .jsonLines: return "jsonl"
        case .feedFile: return "feed-file"
        case .feedURL: return "feed-url"
        }
    }

    /// Classifies a command-line argument by what it is and, for files, by their first bytes.
    public static func resolve(_ argument: String) throws -> IngestSource {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard let url = URL(string: argument), url.host != nil else { throw SourceError(argument, "is not a valid URL") }
            return .feedURL(url)
        }
        let path = URL(fileURLWithPath: argument).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SourceError(argument, "does not exist")
        }
        if isDirectory.boolValue { return .directory(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw SourceError(argument, "cannot be read") }
        defer { try? handle.close() }
        let head = Array(handle.readData(ofLength: 4096))
        if FeedParser.looksLikeFeed(head) { return .feedFile(path: path) }
        let fileExtension = (path as NSString).pathExtension.lowercased()
        let first = head.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if fileExtension == "jsonl" || fileExtension == "ndjson" || first == UInt8(ascii: "{") {
            return .jsonLines(path: path)
        }
        throw SourceError(argument, "is neither a directory, a JSONL file nor an RSS/Atom feed")
    }
}

/// A source that could not be classified or read; the message names it.
public struct SourceError: Error, CustomStringConvertible {
    public var description: String

    init(_ source: String, _ reason: String) {
        description = "source \(source) \(reason)"
    }
}
