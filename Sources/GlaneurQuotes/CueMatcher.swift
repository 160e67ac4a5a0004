/// Finds cue verbs in a document's words: not used as nouns, not negated.
struct CueMatcher {
    let layout: QuoteLayout
    let lexicon: QuoteLexicon
    /// "fr" or "en": which reading of a form both lexicons list comes first.
    let documentLanguage: String

    private static let negations: Set<String> = ["ne", "n'", "not", "never", "nobody", "jamais", "personne", "nul", "sans", "without"]

    /// The cue verb form at `index`, if the word is a verb there (not "une note", not "c'est-à-dire"):
    /// in `language` when given, else preferably in the document's language.
    func cue(at index: Int, language: String? = nil) -> CueForm? {
        let words = layout.words
        guard !words[index].isPunctuation, !words[index].hyphenBefore,
              let form = language.map({ lexicon.cue(at: index, in: words, language: $0) })
                ?? lexicon.cue(at: index, in: words, language: documentLanguage) ?? lexicon.cue(at: index, in: words) else { return nil }
        let determiners = lexicon.ruleWords.cueDeterminers[form.language] ?? []
        if index > 0, determiners.contains(words[index - 1].folded), words[index - 1].paragraph == words[index].paragraph {
            // "comme le souligne X": a clitic, not an article.
            let clitic = index > 1 && ["le", "l'"].contains(words[index - 1].folded) && ["comme", "ainsi"].contains(words[index - 2].folded)
            if !clitic { return nil }
        }
        return form
    }

    /// Whether the verb at `index` is negated ("n'a pas dit", "did not say", "personne n'a suggéré").
    func isNegated(_ index: Int) -> Bool {
        let words = layout.words
        var position = index - 1
        var looked = 0
        while position >= 0, looked < 3, !words[position].isPunctuation {
            let folded = words[position].folded
            if Self.negations.contains(folded) || folded.hasSuffix("n't") { return true }
            looked += 1
            position -= 1
        }
        return false
    }

    /// The nearest usable cue before `end` and at or after `start`, outside quotations.
    func nearestCue(from start: Int, before end: Int, allowing usages: Set<CueUsage>) -> (index: Int, form: CueForm)? {
        var index = end - 1
        while index >= start {
            if layout.isOutsideQuotes(index), let form = cue(at: index), usages.contains(form.usage), index + form.words.count <= end {
                if isNegated(index) { return nil }
                return (index, form)
            }
            index -= 1
        }
        return nil
    }
}
