import CGlaneurICU
import GlaneurCore

/// A run of text between two ICU word boundaries, with ICU's rule status (number, letter, none).
struct WordPiece {
    var start: Int
    var end: Int
    var status: Int32

    var isLetters: Bool { status >= Int32(GL_WORD_LETTER) && status < Int32(GL_WORD_IDEO_LIMIT) }
    var isNumber: Bool { status >= Int32(GL_WORD_NUMBER) && status < Int32(GL_WORD_NUMBER_LIMIT) }
    /// Letters or digits: something a compound or an elision can be made of.
    var isWordLike: Bool { status >= Int32(GL_WORD_NUMBER) && status < Int32(GL_WORD_IDEO_LIMIT) }
    var length: Int { end - start }
}

/// An ICU break iterator over one document's UTF-8 text, opened per document (ICU iterators
/// are stateful and the stage is shared by concurrent workers).
final class BreakIterator {
    private let iterator: OpaquePointer

    init(kind: gl_break_kind, locale: String) throws {
        var error: UnsafePointer<CChar>?
        guard let iterator = gl_break_open(kind, locale, &error) else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            throw StageError(code: "icu", message: "cannot open an ICU break iterator for \(locale): \(reason)")
        }
        self.iterator = iterator
    }

    deinit { gl_break_close(iterator) }

    /// Word pieces of `text[range]` that are not white space, in order, with absolute offsets.
    func wordPieces(_ text: UTF8Text, _ range: TextSpan, into pieces: inout [WordPiece]) throws {
        try point(at: text, range)
        var previous = range.start
        while case let boundary = Int(gl_break_next(iterator)), boundary >= 0 {
            let end = range.start + boundary
            let status = gl_break_rule_status(iterator)
            if status >= Int32(GL_WORD_NUMBER) || !text.isBlank(previous, end) {
                pieces.append(WordPiece(start: previous, end: end, status: status))
            }
            previous = end
        }
    }

    /// Boundaries of `text[range]` (absolute offsets), excluding the range's own start and end.
    func boundaries(_ text: UTF8Text, _ range: TextSpan, into boundaries: inout [Int]) throws {
        try point(at: text, range)
        while case let boundary = Int(gl_break_next(iterator)), boundary >= 0 {
            if range.start + boundary < range.end { boundaries.append(range.start + boundary) }
        }
    }

    private func point(at text: UTF8Text, _ range: TextSpan) throws {
        let base = UnsafeRawPointer(text.bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
        guard gl_break_set_text(iterator, base + range.start, Int64(range.length)) == 0 else {
            throw StageError(code: "icu", message: "ICU rejected the text of bytes \(range.start)..<\(range.end)")
        }
    }
}
