/// Tells someone's words from short quoted terms: scare quotes, titles of works, names and slogans.
enum QuotedTermFilter {
    /// Fewest words a direct quote has.
    static let minimumWords = 4

    /// Whether the quotation could be someone's words rather than a quoted term.
    static func isSpeech(_ quotation: MarkedQuotation, in layout: QuoteLayout, words ruleWords: RuleWords) -> Bool {
        let words = layout.words
        var wordCount = 0
        // Words other than title particles, and whether all of them are capitalised or numbers (a title).
        var contentCount = 0
        var titleCased = true
        for index in quotation.innerStart..<quotation.innerEnd where !words[index].isPunctuation {
            wordCount += 1
            if titleCased, !ruleWords.titleParticles.contains(words[index].folded) {
                contentCount += 1
                titleCased = words[index].isCapitalized || words[index].folded.first?.isNumber == true
            }
        }
        guard wordCount >= minimumWords else { return false }
        if contentCount >= 2 && titleCased { return false }
        var index = quotation.outerStart - 1
        var looked = 0
        while index >= 0, looked < 2, words[index].paragraph == words[quotation.outerStart].paragraph {
            // A title follows its naming word directly: "intitulé « … »", not "ces mots : « … »".
            if words[index].isPunctuation { break }
            // "appelé « … »" names; "appelé à « … »", "called for “…”" call for something.
            if ruleWords.namingWords.contains(words[index].folded), !["a", "for", "on"].contains(words[index + 1].folded) { return false }
            looked += 1
            index -= 1
        }
        return true
    }

    /// Number of words inside the quotation.
    static func wordCount(_ quotation: MarkedQuotation, in layout: QuoteLayout) -> Int {
        var count = 0
        for index in quotation.innerStart..<quotation.innerEnd where !layout.words[index].isPunctuation { count += 1 }
        return count
    }
}
