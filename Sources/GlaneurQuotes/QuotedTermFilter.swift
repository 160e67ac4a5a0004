/// Tells someone's words from short quoted terms: scare quotes, titles of works, names and slogans.
enum QuotedTermFilter {
    /// Fewest words a direct quote has.
    static let minimumWords = 4


    /// Whether the quotation could be someone's words rather than a quoted term.
    static func isSpeech(_ quotation: MarkedQuotation, in layout: QuoteLayout, words ruleWords: RuleWords) -> Bool {
        let words = layout.words
        let inner = (quotation.innerStart..<quotation.innerEnd).filter { !words[$0].isPunctuation }
        guard inner.count >= minimumWords else { return false }
        let content = inner.filter { !ruleWords.titleParticles.contains(words[$0].folded) }
        if content.count >= 2 && content.allSatisfy({ words[$0].isCapitalized || words[$0].folded.first?.isNumber == true }) {
            return false
        }
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
        (quotation.innerStart..<quotation.innerEnd).filter { !layout.words[$0].isPunctuation }.count
    }
}
