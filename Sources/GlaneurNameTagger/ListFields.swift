import Foundation
import GlaneurCore

/// The fields of the project's word lists and tables, cut from their UTF-8 bytes without building
/// a `String` per line: what the name lists, the tagger's lists and the entities stage read.
public enum ListFields {
    /// `forEach(in:)` over the bytes of the file at `url`; a missing file has no lines, an
    /// unreadable one is a configuration error naming `owner`.
    public static func forEach(inFile url: URL, owner: String, _ body: ([UnsafeBufferPointer<UInt8>]) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigurationError("\(owner): cannot read \(url.path)")
        }
        try data.withUnsafeBytes { try forEach(in: $0.bindMemory(to: UInt8.self), body) }
    }

    /// Calls `body` with the tab-separated fields of each line of `bytes` that has one (lines end at
    /// any ASCII line break): the non-empty pieces between tabs, each trimmed of white space
    /// (Unicode `Zs` and tab, as Foundation's `.whitespaces`), so possibly empty after trimming.
    public static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: ([UnsafeBufferPointer<UInt8>]) throws -> Void) rethrows {
        var fields: [UnsafeBufferPointer<UInt8>] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, !(bytes[lineEnd] >= 0x0A && bytes[lineEnd] <= 0x0D) { lineEnd += 1 }
            fields.removeAll(keepingCapacity: true)
            var fieldStart = lineStart
            for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 0x09 {
                if index > fieldStart { fields.append(trimmed(bytes, fieldStart..<index)) }
                fieldStart = index + 1
            }
            if !fields.isEmpty { try body(fields) }
            lineStart = lineEnd + 1
        }
    }

    /// `range` of `bytes` without the white space (`Zs` and tab) at either end.
    public static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, case let width = spaceWidth(bytes, from: start, to: end), width > 0 { start += width }
        while end > start {
            if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                end -= 1
            } else if end - start >= 2, spaceWidth(bytes, from: end - 2, to: end) == 2 {
                end -= 2
            } else if end - start >= 3, spaceWidth(bytes, from: end - 3, to: end) == 3 {
                end -= 3
            } else {
                break
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// The byte length of the white space character at `start` (before `end`), 0 when there is none.
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        let lead = bytes[start]
        if lead == 0x20 || lead == 0x09 { return 1 }
        if lead == 0xC2, end - start >= 2, bytes[start + 1] == 0xA0 { return 2 }
        guard end - start >= 3, lead == 0xE1 || lead == 0xE2 || lead == 0xE3 else { return 0 }
        let second = bytes[start + 1], third = bytes[start + 2]
        switch (lead, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0                          // U+1680
        case (0xE2, 0x80): return third >= 0x80 && third <= 0x8A || third == 0xAF ? 3 : 0  // U+2000–200A, U+202F
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0                          // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0                          // U+3000
        default: return 0
        }
    }
}
