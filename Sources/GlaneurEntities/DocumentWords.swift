import GlaneurCore

/// The units of one document seen as words, with what name discovery and in-document resolution
/// ask of them: text, folded form, capitalisation, position in the sentence, coverage by a match.
struct DocumentWords {
    struct Word {
        var span: TextSpan
        var folded: String
        /// A run of letters or digits (not punctuation or a line break).
        var isWord: Bool
        var isCapitalized: Bool
        /// First word of its sentence, or right after an opening quote, a colon or a dash.
        var isSentenceInitial: Bool
        /// A word attached to the previous word by nothing or a hyphen, apostrophe or dot ("O’Hanlon", "R1-0528").
        var isGlued: Bool
        /// The sentence index, for rules that must not cross sentences.
        var sentence: Int

        /// Contains an ASCII digit ("H200", "2025").
        var hasDigit: Bool { folded.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }
    }

    private(set) var words: [Word] = []
    private let text: String
    /// The closed-class words the rules read the document with.
    let lists: EntityWordLists
    /// Sentences in title case (English headlines): at least 80% of four or more longer words are
    /// capitalised and a function word inside is capitalised too ("Won The Race"). No discovery there.
    /// "Florence Parly et Maurice Lévy à Nancy" is no headline.
    private(set) var titleCaseSentences: Set<Int> = []

    init(text: String, units documentUnits: DocumentUnits, tokens: [Token], sentences: [TextSpan], lists: EntityWordLists) {
        let units = documentUnits.units
        self.text = text
        self.lists = lists
        words.reserveCapacity(units.count)
        var sentenceIndex = 0
        var previousEnd = -1
        var previousWasOpener = true
        var previousWordSentence = -1
        var previousIsWord = false
        var longWords = Array(repeating: 0, count: sentences.count + 1)
        var capitalizedLongWords = Array(repeating: 0, count: sentences.count + 1)
        var capitalizedFunctionWords = Array(repeating: false, count: sentences.count + 1)
        let utf8 = Array(text.utf8)
        for unit in units {
            let span = TextSpan(unit.start, unit.end)
            while sentenceIndex < sentences.count, sentences[sentenceIndex].end <= span.start { sentenceIndex += 1 }
            let isWord = unit.isWord
            let isGlued = isWord && previousIsWord && previousEnd <= span.start && Self.onlyJoiners(utf8, previousEnd, span.start, text)
            let isCapitalized = isWord && Self.startsUppercase(utf8, span, text)
            let folded = unit.piece < 0 ? tokens[unit.token].folded : documentUnits.pieces[Int(unit.piece)]
            words.append(Word(span: span, folded: folded, isWord: isWord, isCapitalized: isCapitalized,
                              isSentenceInitial: isWord && (sentenceIndex != previousWordSentence || previousWasOpener) && !isGlued,
                              isGlued: isGlued, sentence: sentenceIndex))
            if isWord, !isGlued, span.length > 3, utf8[span.start..<span.end].contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
                longWords[sentenceIndex] += 1
                if isCapitalized { capitalizedLongWords[sentenceIndex] += 1 }
            }
            if isCapitalized, !isGlued, sentenceIndex == previousWordSentence, lists.headlineWords.contains(folded) {
                capitalizedFunctionWords[sentenceIndex] = true
            }
            if isWord {
                previousWasOpener = false
                previousWordSentence = sentenceIndex
            } else {
                previousWasOpener = span.isEmpty || Self.openers.contains(text.slice(span))
            }
            previousEnd = span.end
            previousIsWord = isWord
        }
        for sentence in longWords.indices where capitalizedFunctionWords[sentence] && longWords[sentence] >= 4
            && capitalizedLongWords[sentence] * 10 >= longWords[sentence] * 8 {
            titleCaseSentences.insert(sentence)
        }
    }

    private static func startsUppercase(_ utf8: [UInt8], _ span: TextSpan, _ text: String) -> Bool {
        let first = utf8[span.start]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return text.slice(span).unicodeScalars.first?.properties.isUppercase == true
    }

    /// True when the bytes between two words hold only joiners (apostrophes, hyphens, dots), or nothing.
    private static func onlyJoiners(_ utf8: [UInt8], _ from: Int, _ to: Int, _ text: String) -> Bool {
        var index = from
        while index < to {
            let byte = utf8[index]
            if byte >= 0x80 {
                return text.slice(TextSpan(from, to)).unicodeScalars.allSatisfy { MatchUnits.role(of: $0) == .joiner }
            }
            if MatchUnits.role(of: Unicode.Scalar(byte)) != .joiner { return false }
            index += 1
        }
        return true
    }

    var count: Int { words.count }
    subscript(index: Int) -> Word {
        _read { yield words[index] }
    }

    /// The text of word `index`.
    func text(_ index: Int) -> Substring { text.slice(words[index].span) }

    /// True when the text of `gap` (between two glued words) holds a hyphen.
    func gapContainsHyphen(_ gap: TextSpan) -> Bool {
        text.slice(gap).unicodeScalars.contains { [0x2D, 0x2010, 0x2011, 0x2012, 0xAD].contains($0.value) }
    }

    /// The byte span from the first to the last word of `range`.
    func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(words[range.lowerBound].span.start, words[range.upperBound - 1].span.end)
    }

    /// The text of `range` with whitespace collapsed to single spaces.
    func surface(_ range: Range<Int>, in text: String) -> String {
        text.slice(span(range)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Punctuation after which a capital does not show a name: openers of quotes, colons, dashes, bullets.
    private static let openers: Set<Substring> = ["«", "“", "\"", "‘", "(", "[", ":", "—", "–", "-", "•", "…", "?", "!"]
}
