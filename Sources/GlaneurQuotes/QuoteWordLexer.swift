import GlaneurCore

/// A word or a punctuation character, as the quotes stage reads text.
///
/// The stage lexes text itself so that its rules do not depend on how the tokenizer splits elisions
/// ("qu’il") or inversions ("a-t-il", "dit-elle"): an elided article ends its word with the
/// apostrophe, and a hyphen between letters splits words, marking the next one `hyphenBefore`.
struct QuoteWord: Sendable {
    var span: TextSpan
    /// Folded form (lower case, no accents, `'` for apostrophes); the character itself for punctuation.
    var folded: String
    var isPunctuation: Bool
    var isCapitalized: Bool
    /// Joined to the previous word by a hyphen ("elle" in "dit-elle").
    var hyphenBefore: Bool
    /// Index of the paragraph the word is in.
    var paragraph: Int

    /// The punctuation character, or nil for words.
    var mark: Character? { isPunctuation ? folded.first : nil }
}

/// Splits text into `QuoteWord`s, reading its UTF-8 bytes once: scalars are decoded into a buffer
/// reused across paragraphs, ASCII and two-byte scalars are classified by table, and words are
/// folded from their bytes (`TextFolding.fold(utf8:)`, inline strings for short words).
enum QuoteWordLexer {
    /// Elided forms that end a word at their apostrophe (folded, without the apostrophe).
    private static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]

    /// Lexes `text`, whose first byte is at offset `base` of the document, tagging words with `paragraph`.
    static func lex(_ text: some StringProtocol, base: Int = 0, paragraph: Int = 0) -> [QuoteWord] {
        let bytes = Array(text.utf8)
        var words: [QuoteWord] = []
        var scratch = Scratch()
        bytes.withUnsafeBufferPointer { buffer in
            lex(buffer, range: 0..<buffer.count, base: base, paragraph: paragraph, into: &words, scratch: &scratch)
        }
        return words
    }

    /// Lexes each paragraph of `text` (UTF-8 spans), in order.
    static func lex(_ text: String, paragraphs: [TextSpan]) -> [QuoteWord] {
        var text = text
        return text.withUTF8 { buffer in
            var words: [QuoteWord] = []
            words.reserveCapacity(buffer.count / 5)
            var scratch = Scratch()
            for (index, paragraph) in paragraphs.enumerated() {
                lex(buffer, range: paragraph.start..<paragraph.end, base: 0, paragraph: index, into: &words, scratch: &scratch)
            }
            return words
        }
    }

    /// Decoded scalars of one paragraph and the byte offset of each (plus the end), reused.
    private struct Scratch {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
    }

    /// Lexes `bytes[range]`; offsets are byte positions in `bytes` plus `base`.
    private static func lex(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, base: Int, paragraph: Int,
                            into words: inout [QuoteWord], scratch: inout Scratch) {
        decode(bytes, range: range, into: &scratch)
        let count = scratch.scalars.count
        scratch.scalars.withUnsafeBufferPointer { scalars in
            scratch.offsets.withUnsafeBufferPointer { offsets in
                var start: Int?
                var hyphenBefore = false
                var pendingHyphen = false

                func piece(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: bytes[offsets[from]..<offsets[to]])
                }

                func emitWord(_ from: Int, _ to: Int) {
                    words.append(QuoteWord(span: TextSpan(offsets[from] + base, offsets[to] + base),
                                           folded: TextFolding.fold(utf8: piece(from, to)),
                                           isPunctuation: false, isCapitalized: isUppercase(scalars[from]),
                                           hyphenBefore: hyphenBefore, paragraph: paragraph))
                    hyphenBefore = false
                }

                var index = 0
                while index < count {
                    let scalar = scalars[index]
                    if isWordScalar(scalar) {
                        if start == nil {
                            start = index
                            hyphenBefore = pendingHyphen
                        }
                        pendingHyphen = false
                        index += 1
                        continue
                    }
                    let nextIsWord = index + 1 < count && isWordScalar(scalars[index + 1])
                    if let from = start, isApostrophe(scalar), nextIsWord {
                        if elisions.contains(TextFolding.fold(utf8: piece(from, index))) {
                            emitWord(from, index + 1)
                            start = nil
                        } else if index - from >= 2, index + 2 <= count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                                  index + 2 == count || !isWordScalar(scalars[index + 2]) {
                            // English possessive: "Smith's" is "Smith" and "'s".
                            emitWord(from, index)
                            start = index
                        }
                        index += 1
                        continue
                    }
                    if let from = start, isHyphen(scalar), nextIsWord {
                        emitWord(from, index)
                        start = nil
                        pendingHyphen = true
                        index += 1
                        continue
                    }
                    if let from = start {
                        emitWord(from, index)
                        start = nil
                    }
                    pendingHyphen = false
                    if !isIgnored(scalar) {
                        words.append(QuoteWord(span: TextSpan(offsets[index] + base, offsets[index + 1] + base),
                                               folded: String(Character(scalar)), isPunctuation: true, isCapitalized: false,
                                               hyphenBefore: false, paragraph: paragraph))
                    }
                    index += 1
                }
                if let from = start { emitWord(from, count) }
            }
        }
    }

    /// Decodes the valid UTF-8 of `bytes[range]` into `scratch`.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into scratch: inout Scratch) {
        scratch.scalars.removeAll(keepingCapacity: true)
        scratch.offsets.removeAll(keepingCapacity: true)
        var position = range.lowerBound
        while position < range.upperBound {
            let lead = UInt32(bytes[position])
            let value: UInt32
            let width: Int
            if lead < 0x80 {
                value = lead
                width = 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[position + 1] & 0x3F)
                width = 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[position + 1] & 0x3F) << 6 | UInt32(bytes[position + 2] & 0x3F)
                width = 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[position + 1] & 0x3F) << 12
                    | UInt32(bytes[position + 2] & 0x3F) << 6 | UInt32(bytes[position + 3] & 0x3F)
                width = 4
            }
            scratch.scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            scratch.offsets.append(position)
            position += width
        }
        scratch.offsets.append(position)
    }

    /// Whether scalars below U+0800 are word scalars, computed once from their properties.
    private static let twoByteWordScalars: [Bool] = (0..<0x800).map { value in
        Unicode.Scalar(UInt32(value)).map(wordScalarByProperties) ?? false
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let lower = value | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        if value < 0x800 { return twoByteWordScalars[Int(value)] }
        return wordScalarByProperties(scalar)
    }

    private static func wordScalarByProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    /// White space and invisible characters (soft hyphen, zero-width space, byte-order mark) are not words.
    private static func isIgnored(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace || value == 0xAD || value == 0x200B || value == 0xFEFF
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
