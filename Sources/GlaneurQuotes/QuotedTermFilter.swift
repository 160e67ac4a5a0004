/// Tells someone's words from short quoted terms: scare quotes, titles of works, names and slogans.
enum QuotedTermFilter {
    /// Fewest words a direct quote has.
    static let minimumWords = 4

    /// Words that announce a title or a name rather than speech ("intitulé « … »", "dubbed").
    private static let namingWords: Set<String> = [
        "intitule", "intitulee", "intitules", "intitulees", "baptise", "baptisee", "baptises", "appele", "appelee",
        "appeles", "nomme", "nommee", "surnomme", "surnommee", "denomme", "denommee", "titre", "livre", "ouvrage",
        "film", "emission", "podcast", "slogan", "hashtag", "terme", "termes", "expression", "formule", "concept",
        "mot", "mots", "label", "operation", "programme", "plan", "projet", "roman", "essai", "serie", "chanson",
        "titled", "entitled", "called", "dubbed", "named", "book", "term", "phrase", "slogan", "motto", "hashtag",
    ]
    /// Lower-case words allowed inside a title-cased name ("Jour de la Libération").
    private static let titleParticles: Set<String> = [
        "de", "du", "des", "la", "le", "les", "l'", "d'", "et", "a", "au", "aux", "en", "of", "the", "and", "a", "an",
        "in", "on", "for", "to",
    ]

    /// Whether the quotation could be someone's words rather than a quoted term.
    static func isSpeech(_ quotation: MarkedQuotation, in layout: QuoteLayout) -> Bool {
        let words = layout.words
        let inner = (quotation.innerStart..<quotation.innerEnd).filter { !words[$0].isPunctuation }
        guard inner.count >= minimumWords else { return false }
        let content = inner.filter { !titleParticles.contains(words[$0].folded) }
        if content.count >= 2 && content.allSatisfy({ words[$0].isCapitalized || words[$0].folded.first?.isNumber == true }) {
            return false
        }
        var index = quotation.outerStart - 1
        var looked = 0
        while index >= 0, looked < 2, words[index].paragraph == words[quotation.outerStart].paragraph {
            // A title follows its naming word directly: "intitulé « … »", not "ces mots : « … »".
            if words[index].isPunctuation { break }
            // "appelé « … »" names; "appelé à « … »", "called for “…”" call for something.
            if namingWords.contains(words[index].folded), !["a", "for", "on"].contains(words[index + 1].folded) { return false }
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
