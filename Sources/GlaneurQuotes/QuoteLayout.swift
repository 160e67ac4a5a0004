import GlaneurCore

/// One document as the quotes stage sees it: words (from the tokens layer), quotations between
/// marks (from the marks the tokenizer paired), and sentences (the sentences layer, joined where a
/// boundary falls inside a quotation).
struct QuoteLayout {
    let words: [QuoteWord]
    let quotations: [MarkedQuotation]
    /// For each word, the index of the quotation whose marks enclose it (marks included).
    let quotationOfWord: [Int?]
    /// Sentences as half-open ranges of word indices.
    let sentences: [Range<Int>]
    /// For each word, the index of its sentence.
    let sentenceOfWord: [Int]

    /// The layout of the tokens of `document` inside its paragraphs; a quotation holding its own
    /// incise is split around it.
    init(document: Document, lexicon: QuoteLexicon) {
        let tokens = document.tokens
        let range = Self.tokenRange(tokens, paragraphs: document.paragraphs)
        let view = QuoteWords(tokens, range, text: document.text)
        var words = view.words
        for index in words.indices where !words[index].isPunctuation {
            words[index].mayStartCue = lexicon.cues[words[index].folded] != nil
        }
        var quotations = QuotationMarkScanner.scan(words, pairedMarks: view.pairedMarks)
        quotations = InciseSplitter.split(quotations, words: words, lexicon: lexicon)
        var quotationOfWord = [Int?](repeating: nil, count: words.count)
        for (number, quotation) in quotations.enumerated() {
            for index in quotation.outerStart..<quotation.outerEnd { quotationOfWord[index] = number }
        }
        // Token sentence of each word, in order (the pieces of a token share its sentence).
        var tokenSentence: [Int32] = []
        tokenSentence.reserveCapacity(words.count)
        var tokenIndex = range.lowerBound
        for word in words {
            while tokenIndex + 1 < range.upperBound && tokens[tokenIndex].span.end <= word.span.start { tokenIndex += 1 }
            tokenSentence.append(tokens[tokenIndex].sentence)
        }
        var sentences: [Range<Int>] = []
        var sentenceOfWord = [Int](repeating: 0, count: words.count)
        var start = 0
        for index in words.indices {
            sentenceOfWord[index] = sentences.count
            let ends: Bool
            if index + 1 == words.count || words[index + 1].paragraph != words[index].paragraph {
                ends = true
            } else if tokenSentence[index + 1] == tokenSentence[index] {
                ends = false
            } else if let number = quotationOfWord[index] {
                // Inside a quotation a sentence goes on; it may end at the closing mark.
                ends = quotations[number].close == index
            } else {
                ends = true
            }
            if ends {
                sentences.append(start..<index + 1)
                start = index + 1
            }
        }
        self.words = words
        self.quotations = quotations
        self.quotationOfWord = quotationOfWord
        self.sentences = sentences
        self.sentenceOfWord = sentenceOfWord
    }

    /// The tokens inside `paragraphs` (a run of the document's paragraphs, in order).
    private static func tokenRange(_ tokens: [Token], paragraphs: [TextSpan]) -> Range<Int> {
        guard let first = paragraphs.first, let last = paragraphs.last else { return 0..<0 }
        func firstToken(from offset: Int) -> Int {
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].span.start < offset { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstToken(from: first.start)..<firstToken(from: last.end)
    }

    /// The text span from the start of word `from` to the end of word `to - 1`.
    func span(_ from: Int, _ to: Int) -> TextSpan {
        TextSpan(words[from].span.start, words[to - 1].span.end)
    }

    /// Whether word `index` is outside every quotation.
    func isOutsideQuotes(_ index: Int) -> Bool { quotationOfWord[index] == nil }

    /// Whether the period at `index` belongs to an abbreviation or an initial ("Insp.", "J."): the
    /// tokenizer kept it in the word's token.
    func isAbbreviationPeriod(_ index: Int) -> Bool { words[index].isAbbreviationPeriod }
}
