import GlaneurCore

/// The units of one document seen as words, with what name discovery and in-document resolution
/// ask of them: text, folded form, capitalisation, position in the sentence, coverage by a match.
struct DocumentWords {
    struct Word {
        var span: TextSpan
        var text: Substring
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
    }

    private(set) var words: [Word] = []
    /// Sentences where at least 80% of five or more longer words are capitalised (English headlines):
    /// no discovery there.
    private(set) var titleCaseSentences: Set<Int> = []

    init(text: String, units: [DocumentUnit], sentences: [TextSpan]) {
        words.reserveCapacity(units.count)
        var sentenceIndex = 0
        var previousEnd = -1
        var previousWasOpener = true
        var previousWordSentence = -1
        var previousIsWord = false
        var capitalized: [Int: (words: Int, capitals: Int)] = [:]
        for unit in units {
            let span = TextSpan(unit.start, unit.end)
            while sentenceIndex < sentences.count, sentences[sentenceIndex].end <= span.start { sentenceIndex += 1 }
            let startsSentence = sentenceIndex != previousWordSentence
            let piece = text.slice(span)
            let isWord = piece.unicodeScalars.first.map { MatchUnits.role(of: $0) == .letterOrDigit } ?? false
            let gap = previousEnd >= 0 && previousEnd <= span.start ? text.slice(TextSpan(previousEnd, span.start)) : ""
            let isGlued = isWord && previousIsWord && !gap.unicodeScalars.contains { MatchUnits.role(of: $0) != .joiner }
            let isCapitalized = isWord && piece.first?.isUppercase == true
            let word = Word(span: span, text: piece, folded: isWord ? TextFolding.fold(piece) : String(piece), isWord: isWord,
                            isCapitalized: isCapitalized,
                            isSentenceInitial: isWord && (startsSentence || previousWasOpener) && !isGlued,
                            isGlued: isGlued, sentence: sentenceIndex)
            if isWord, !isGlued, piece.count > 3, !piece.allSatisfy({ $0.isUppercase || $0.isNumber }) {
                capitalized[sentenceIndex, default: (0, 0)].words += 1
                if isCapitalized { capitalized[sentenceIndex, default: (0, 0)].capitals += 1 }
            }
            words.append(word)
            if isWord {
                previousWasOpener = false
                previousWordSentence = sentenceIndex
            } else {
                previousWasOpener = span.isEmpty || Self.openers.contains(piece)
            }
            previousEnd = span.end
            previousIsWord = isWord
        }
        titleCaseSentences = Set(capitalized.filter { $0.value.words >= 5 && $0.value.capitals * 10 >= $0.value.words * 8 }.keys)
    }

    var count: Int { words.count }
    subscript(index: Int) -> Word { words[index] }

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
