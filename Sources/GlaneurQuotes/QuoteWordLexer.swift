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

/// Splits text into `QuoteWord`s.
enum QuoteWordLexer {
    /// Elided forms that end a word at their apostrophe (folded, without the apostrophe).
    private static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]

    /// Lexes `text`, whose first byte is at offset `base` of the document, tagging words with `paragraph`.
    static func lex(_ text: some StringProtocol, base: Int = 0, paragraph: Int = 0) -> [QuoteWord] {
        var words: [QuoteWord] = []
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = base
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var start: Int?
        var hyphenBefore = false
        var pendingHyphen = false

        func emitWord(_ from: Int, _ to: Int) {
            let piece = String(String.UnicodeScalarView(scalars[from..<to]))
            let capitalized = scalars[from].properties.isUppercase
            words.append(QuoteWord(span: TextSpan(offsets[from], offsets[to]), folded: TextFolding.fold(piece),
                                   isPunctuation: false, isCapitalized: capitalized, hyphenBefore: hyphenBefore,
                                   paragraph: paragraph))
            hyphenBefore = false
        }

        var index = 0
        while index < scalars.count {
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
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let nextIsWord = next.map(isWordScalar) ?? false
            if let from = start, isApostrophe(scalar), nextIsWord {
                let stem = TextFolding.fold(String(String.UnicodeScalarView(scalars[from..<index])))
                if elisions.contains(stem) {
                    emitWord(from, index + 1)
                    start = nil
                } else if index - from >= 2, index + 2 <= scalars.count, scalars[index + 1] == "s" || scalars[index + 1] == "S",
                          index + 2 == scalars.count || !isWordScalar(scalars[index + 2]) {
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
            if !scalar.properties.isWhitespace && !(scalar.value == 0xAD || scalar.value == 0x200B || scalar.value == 0xFEFF) {
                words.append(QuoteWord(span: TextSpan(offsets[index], offsets[index + 1]), folded: String(Character(scalar)),
                                       isPunctuation: true, isCapitalized: false, hyphenBefore: false, paragraph: paragraph))
            }
            index += 1
        }
        if let from = start { emitWord(from, scalars.count) }
        return words
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }
}
