import GlaneurCore

/// What a file's bytes hold, judged by content first and by extension only to break ties.
public enum SniffedFormat: Equatable, Sendable {
    case empty
    case binary(reason: String)
    /// One JSON record per line (`{"id", "html" | "text", ...}`).
    case jsonLines
    /// A single JSON record object.
    case jsonRecord
    case wordpress
    case html
    case text
}

/// Recognises input formats from their content.
public enum FormatSniffer {
    /// Classifies `bytes`; `fileExtension` is lower case without the dot ("" when none).
    public static func sniff(_ bytes: [UInt8], fileExtension: String) -> SniffedFormat {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return .empty }
        // Before the binary check: JSON lines are judged line by line, a NUL line spoils only itself.
        if holdsJSONLines(bytes, fileExtension: fileExtension) { return .jsonLines }
        if let reason = binaryReason(bytes) { return .binary(reason: reason) }
        let head = lowercasedHead(bytes, from: first, limit: 4096)
        let startsWith = bytes[first]
        if startsWith == UInt8(ascii: "{") || startsWith == UInt8(ascii: "[") {
            if head.contains("\"rendered\"") || head.contains("\"content\":{") { return .wordpress }
            if startsWith == UInt8(ascii: "{") { return .jsonRecord }
        }
        if ["html", "htm", "xhtml"].contains(fileExtension) { return .html }
        if startsWith == UInt8(ascii: "<") && looksLikeMarkup(head) { return .html }
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") { return .html }
        return .text
    }

    /// Whether `bytes` (a whole file, or the head of one) hold JSON lines: by extension (`.jsonl`,
    /// `.ndjson`), or a first line and a later one both starting with "{".
    public static func holdsJSONLines(_ bytes: [UInt8], fileExtension: String) -> Bool {
        if fileExtension == "jsonl" || fileExtension == "ndjson" { return true }
        return bytes.first(where: { !isSpace($0) }) == UInt8(ascii: "{") && hasSecondRecordLine(bytes)
    }

    /// Whether the head of a stream (standard input, a pipe) holds JSON lines: it starts with "{",
    /// or it is not binary and one of its lines starts with "{" (after a garbage first line).
    public static func streamHoldsJSONLines(_ head: [UInt8], fileExtension: String) -> Bool {
        if holdsJSONLines(head, fileExtension: fileExtension) { return true }
        if head.first(where: { !isSpace($0) }) == UInt8(ascii: "{") { return true }
        guard binaryReason(head) == nil else { return false }
        var index = head.startIndex
        while let newline = head[index...].firstIndex(of: 0x0A) {
            index = newline + 1
            if let next = head[index...].firstIndex(where: { $0 != 0x20 && $0 != 0x09 }), head[next] == UInt8(ascii: "{") {
                return true
            }
        }
        return false
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// NUL bytes or many control characters in the first 8 KiB mean binary data.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample {
            if byte == 0 { return "contains NUL bytes (binary data)" }
            if byte < 0x20 && !isSpace(byte) && byte != 0x1B { controls += 1 }
        }
        if controls * 20 > sample.count { return "mostly control characters (binary data)" }
        if sample.starts(with: [0x25, 0x50, 0x44, 0x46]) { return "a PDF file, not an article" }
        if sample.starts(with: [0x89, 0x50, 0x4E, 0x47]) || sample.starts(with: [0xFF, 0xD8, 0xFF]) {
            return "an image file, not an article"
        }
        return nil
    }

    private static func lowercasedHead(_ bytes: [UInt8], from start: Int, limit: Int) -> String {
        let end = min(bytes.count, start + limit)
        return String(decoding: bytes[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func looksLikeMarkup(_ head: String) -> Bool {
        let tags = ["<!doctype", "<html", "<head", "<body", "<div", "<p>", "<p ", "<article", "<meta", "<section", "<h1", "<h2", "<span", "<!--", "<?xml", "<main", "<table", "<ul", "<a "]
        return tags.contains { head.hasPrefix($0) || head.contains($0) }
    }

    /// True when the second non-blank line starts with `{`, or a later line of the first 64 KiB
    /// starts with `{` at its very first byte (a record after a broken line; not indented JSON).
    private static func hasSecondRecordLine(_ bytes: [UInt8]) -> Bool {
        guard let newline = bytes.firstIndex(of: 0x0A) else { return false }
        let rest = bytes[(newline + 1)...]
        if rest.first(where: { !isSpace($0) }) == UInt8(ascii: "{") { return true }
        let head = rest.prefix(64 << 10)
        return zip(head, head.dropFirst()).contains { $0 == 0x0A && $1 == UInt8(ascii: "{") }
    }
}
