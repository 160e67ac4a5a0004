/// Splits a quotation whose attribution stands inside its marks, without closing and reopening them:
/// « A, constate Jean Dupont, le maire de Sainte-Anne. B », « A, dit-il. B », « A, a-t-elle ajouté, B ».
///
/// The incise then lies outside both parts, so that the attribution rules read it as they read an
/// incise between two quotations; the first part `endsAtIncise`, the second `resumesAfterIncise`.
enum InciseSplitter {
    /// Longest incise, in words, from its verb to the punctuation that closes it.
    private static let longestIncise = 30
    private static let auxiliaries: Set<String> = ["a", "avait", "aurait", "eut", "ont", "avaient"]
    private static let subordinators: Set<String> = ["que", "qu'", "qui", "that", "si", "if"]
    /// Words after which a verb is not an incise but part of the quoted sentence ("ce que dit X", "as X says").
    private static let governors: Set<String> = ["que", "qu'", "qui", "ce", "comme", "as", "what", "how", "ne", "n'", "se", "s'"]

    static func split(_ quotations: [MarkedQuotation], words: [QuoteWord], lexicon: QuoteLexicon) -> [MarkedQuotation] {
        var result: [MarkedQuotation] = []
        result.reserveCapacity(quotations.count)
        for quotation in quotations {
            var rest = quotation
            var index = rest.innerStart + 2
            while index < rest.innerEnd - 1 {
                guard let (inciseStart, resume) = incise(at: index, before: rest.innerEnd, words: words, lexicon: lexicon) else {
                    index += 1
                    continue
                }
                var first = rest
                first.close = nil
                first.innerEnd = inciseStart
                first.endsAtIncise = true
                result.append(first)
                guard resume < rest.innerEnd else {
                    rest.innerStart = rest.innerEnd
                    break
                }
                rest.open = nil
                rest.innerStart = resume
                rest.resumesAfterIncise = true
                index = resume + 2
            }
            if rest.innerEnd > rest.innerStart { result.append(rest) }
        }
        return result
    }

    /// An incise whose verb is at `verb` (after a comma at `verb - 1`, or right after a word when a
    /// capitalised name follows the verb): the index where it starts and the first word after it.
    private static func incise(at verb: Int, before end: Int, words: [QuoteWord], lexicon: QuoteLexicon) -> (Int, Int)? {
        // Only a cue verb or an auxiliary opens an incise: checked first, as most words are neither.
        guard !words[verb].isPunctuation, !words[verb].hyphenBefore, !words[verb].isCapitalized,
              words[verb].mayStartCue || auxiliaries.contains(words[verb].folded) else { return nil }
        let previous = words[verb - 1]
        let afterComma = previous.mark == ","
        guard afterComma || (!previous.isPunctuation && !governors.contains(previous.folded)) else { return nil }
        let start = afterComma ? verb - 1 : verb
        var index = verb
        // "a-t-il (notamment) soulevé", "avait-elle dit": an inverted auxiliary, whatever the participle.
        if auxiliaries.contains(words[index].folded), index + 2 < end, words[index + 1].hyphenBefore, words[index + 1].folded == "t",
           words[index + 2].hyphenBefore, isSubjectPronoun(words[index + 2], lexicon) {
            guard afterComma else { return nil }
            index += 3
            var participles = 0
            while index < end, !words[index].isPunctuation, participles < 3 { index += 1; participles += 1 }
            guard participles > 0 else { return nil }
            return closing(at: index, start: start, end: end, words: words, allowComma: true)
        }
        var verbIndex = index
        if auxiliaries.contains(words[index].folded), index + 1 < end, lexicon.cue(at: index + 1, in: words) != nil { verbIndex = index + 1 }
        guard let form = lexicon.cue(at: verbIndex, in: words), form.usage != .evidence, !form.isPresentParticiple else { return nil }
        index = verbIndex + form.words.count
        guard index < end else { return nil }
        // "dit-il", "poursuit-elle", "ajoute-t-elle".
        if words[index].hyphenBefore {
            if words[index].folded == "t" { index += 1 }
            guard afterComma, index < end, words[index].hyphenBefore, isSubjectPronoun(words[index], lexicon) else { return nil }
            return closing(at: index + 1, start: start, end: end, words: words, allowComma: true)
        }
        // "observe Jean Dupont, responsable de …", "ajoute la responsable syndicale": a speaker phrase to a full stop.
        let opensName = words[index].isCapitalized && !lexicon.notNames.contains(words[index].folded)
        guard opensName || (afterComma && lexicon.ruleWords.inciseDeterminers.contains(words[index].folded)) else { return nil }
        var position = index
        while position < end, position - verb < longestIncise {
            let word = words[position]
            if let mark = word.mark {
                if mark == "." || mark == "!" || mark == "?" {
                    if isAbbreviation(position, words: words) { position += 1; continue }
                    return closing(at: position, start: start, end: end, words: words, allowComma: false)
                }
                if mark != "," && mark != "-" && mark != "(" && mark != ")" { return nil }
            } else if subordinators.contains(word.folded) || lexicon.cue(at: position, in: words) != nil {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// The incise ends at the punctuation at `index`: a full stop before a capital or the end of the
    /// quotation, or (for a pronoun incise) a comma. The first word after it.
    private static func closing(at index: Int, start: Int, end: Int, words: [QuoteWord], allowComma: Bool) -> (Int, Int)? {
        guard index < end, let mark = words[index].mark else { return nil }
        if mark == "," { return allowComma && index + 1 < end ? (start, index + 1) : nil }
        guard mark == "." || mark == "!" || mark == "?" || mark == "…" else { return nil }
        var next = index + 1
        while next < end, words[next].mark == "." { next += 1 }
        guard next == end || words[next].isCapitalized || words[next].isPunctuation else { return nil }
        return (start, next)
    }

    private static func isSubjectPronoun(_ word: QuoteWord, _ lexicon: QuoteLexicon) -> Bool {
        lexicon.pronouns[word.folded]?.role == .subject || word.folded == "on"
    }

    /// A period after a single capital or a short title ("M.", "Dr.") inside the speaker phrase.
    private static func isAbbreviation(_ index: Int, words: [QuoteWord]) -> Bool {
        guard words[index].mark == ".", index > 0, index + 1 < words.count else { return false }
        let previous = words[index - 1]
        return !previous.isPunctuation && previous.isCapitalized && previous.folded.count <= 3
            && previous.span.end == words[index].span.start && words[index + 1].isCapitalized
            && !words[index + 1].isPunctuation && index + 2 < words.count && !words[index + 2].isPunctuation
    }
}
