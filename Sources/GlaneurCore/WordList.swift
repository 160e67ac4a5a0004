import Foundation

/// The one reader of the word lists under `lexicons/`: UTF-8 files of one entry per line, where
/// blank lines and lines starting with `#` are skipped and each line is trimmed of spaces, tabs
/// and a carriage return. Lines are cut from the bytes, without Foundation's per-line trimming;
/// entries come out in NFC, so that lists written in decomposed form still match the text.
public enum WordList {
    /// The entries of `url`, in file order. A missing file is an empty list when `optional`, else
    /// a configuration error naming `owner` (a stage or component).
    public static func lines(_ url: URL, owner: String, optional: Bool = false) throws -> [String] {
        var lines: [String] = []
        try forEachEntry(url, owner: owner, optional: optional, trimsTabs: true) { lines.append(entry($0)) }
        return lines
    }

    /// The tab-separated fields of each entry of `url`; tabs are not trimmed, so empty fields stay.
    /// Fields are cut from the bytes too.
    public static func rows(_ url: URL, owner: String, optional: Bool = false) throws -> [[String]] {
        var rows: [[String]] = []
        try forEachEntry(url, owner: owner, optional: optional, trimsTabs: false) { line in
            var fields: [String] = []
            var fieldStart = 0
            for index in 0...line.count where index == line.count || line[index] == 0x09 {
                fields.append(entry(UnsafeBufferPointer(rebasing: line[fieldStart..<index])))
                fieldStart = index + 1
            }
            rows.append(fields)
        }
        return rows
    }

    /// Calls `body` with the bytes of each entry of `url`: lines trimmed of spaces and carriage
    /// returns (and tabs when `trimsTabs`), blank and `#` lines skipped.
    private static func forEachEntry(_ url: URL, owner: String, optional: Bool, trimsTabs: Bool,
                                     _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if optional && !FileManager.default.fileExists(atPath: url.path) { return }
            throw ConfigurationError("\(owner): cannot read \(url.path)")
        }
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var start = lineStart
                var end = lineEnd
                func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0D || (trimsTabs && byte == 0x09) }
                while start < end && isBlank(bytes[start]) { start += 1 }
                while end > start && isBlank(bytes[end - 1]) { end -= 1 }
                if start < end && bytes[start] != UInt8(ascii: "#") {
                    body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                lineStart = lineEnd + 1
            }
        }
    }

    /// The bytes as a String; only entries with non-ASCII bytes go through NFC.
    private static func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let line = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(where: { $0 >= 0x80 }) ? line.precomposedStringWithCanonicalMapping : line
    }
}
