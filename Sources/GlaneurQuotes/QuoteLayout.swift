import GlaneurCore

/// One document as the quotes stage sees it: words, quotations between marks, and sentences that
/// never break inside a quotation.
struct QuoteLayout {
    let words: [QuoteWord]
    let quotations: [MarkedQuotation]
    /// For each word, the index of the quotation whose marks enclose it (marks included).
    let quotationOfWord: [Int?]
    /// Sentences as half-open ranges of word indices.
    let sentences: [Range<Int>]
    /// For each word, the index of its sentence.
    let sentenceOfWord: [Int]

    /// Abbreviations after which a period does not end a sentence (folded).
    private static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mr", "mrs", "ms", "st", "ste", "jr", "sr", "prof",
        "gen", "col", "sen", "rep", "gov", "etc", "cf", "p", "vol", "no", "n", "inc", "corp", "co", "ltd", "vs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "lt", "sgt", "capt", "cpl",
        "maj", "rev", "fr", "mt", "ft", "ave", "dept", "univ", "bros", "approx", "av", "bd", "mgr",
        "insp", "supt", "det", "cmdr", "adm", "brig", "msgr", "hon", "atty", "cdt",
    ]

    /// The layout of `document`; with a `lexicon`, a quotation holding its own incise is split around it.
    init(document: Document, lexicon: QuoteLexicon? = nil) {
        let words = QuoteWordLexer.lex(document.text, paragraphs: document.paragraphs)
        var quotations = QuotationMarkScanner.scan(words, text: document.text)
        if let lexicon { quotations = InciseSplitter.split(quotations, words: words, lexicon: lexicon) }
        var quotationOfWord = [Int?](repeating: nil, count: words.count)
        for (number, quotation) in quotations.enumerated() {
            for index in quotation.outerStart..<quotation.outerEnd { quotationOfWord[index] = number }
        }
        var sentences: [Range<Int>] = []
        var sentenceOfWord = [Int](repeating: 0, count: words.count)
        var start = 0
        for index in words.indices {
            sentenceOfWord[index] = sentences.count
            let next = index + 1 < words.count ? words[index + 1] : nil
            let ends: Bool
            if next == nil || next!.paragraph != words[index].paragraph {
                ends = true
            } else if let number = quotationOfWord[index] {
                // A quotation closing on final punctuation, followed by a capitalised word, ends the sentence.
                let quotation = quotations[number]
                ends = quotation.close == index && quotation.innerEnd > quotation.innerStart
                    && Self.isFinalPunctuation(words[quotation.innerEnd - 1]) && Self.startsSentence(words, index + 1)
            } else {
                // "5.2 seconds", "ID.4": a period touching the next word does not end a sentence.
                let touching = next!.span.start == words[index].span.end && !next!.isPunctuation
                ends = Self.isFinalPunctuation(words[index]) && Self.startsSentence(words, index + 1)
                    && !Self.isAbbreviationPeriod(words, index) && !touching
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

    /// The text span from the start of word `from` to the end of word `to - 1`.
    func span(_ from: Int, _ to: Int) -> TextSpan {
        TextSpan(words[from].span.start, words[to - 1].span.end)
    }

    /// Whether word `index` is outside every quotation.
    func isOutsideQuotes(_ index: Int) -> Bool { quotationOfWord[index] == nil }

    private static func isFinalPunctuation(_ word: QuoteWord) -> Bool {
        guard let mark = word.mark else { return false }
        return mark == "." || mark == "!" || mark == "?" || mark == "…"
    }

    private static func startsSentence(_ words: [QuoteWord], _ index: Int) -> Bool {
        var position = index
        while position < words.count, let mark = words[position].mark, "«“\"„‹‘(—–-".contains(mark) { position += 1 }
        guard position < words.count else { return true }
        let word = words[position]
        return word.isCapitalized || word.folded.first?.isNumber == true
    }

    /// Whether the period at `index` closes an abbreviation or an initial ("Insp.", "J.").
    func isAbbreviationPeriod(_ index: Int) -> Bool { Self.isAbbreviationPeriod(words, index) }

    private static func isAbbreviationPeriod(_ words: [QuoteWord], _ index: Int) -> Bool {
        guard words[index].mark == ".", index > 0 else { return false }
        let previous = words[index - 1]
        guard !previous.isPunctuation, previous.span.end == words[index].span.start else { return false }
        if previous.isCapitalized && previous.folded.count == 1 { return true }
        return abbreviations.contains(previous.folded)
    }
}
