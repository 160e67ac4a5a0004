import Foundation
import GlaneurCore

/// Joins paragraphs into the document text (separated by a blank line) and records their spans.
struct ParagraphLayout {
    private(set) var text = ""
    private(set) var spans: [TextSpan] = []

    init(paragraphs: [String]) {
        for paragraph in paragraphs {
            let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            if !text.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += trimmed
            spans.append(TextSpan(start, text.utf8.count))
        }
    }

    /// Paragraph spans of verbatim text: runs of non-empty lines, trimmed of surrounding space.
    static func lineParagraphs(in text: String) -> [TextSpan] {
        var spans: [TextSpan] = []
        var offset = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let length = line.count
            var start = 0
            var end = length
            let bytes = Array(line)
            while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
            while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
            if end > start { spans.append(TextSpan(offset + start, offset + end)) }
            offset += length + 1
        }
        return spans
    }
}
