/// How a quote was attributed: the speaker, the cue words, the rule that fired and a confidence.
struct Attribution {
    var speaker: SpeakerMention?
    var cue: Range<Int>?
    var rule: String
    var confidence: Double
    /// For an incise after a quote: the index just past the incise, where a split quote may resume.
    var inciseEnd: Int?
}

/// The attribution rules for a quotation between marks, tried in order by `QuoteAnnotator`:
/// incise after the quote, speaker and cue before a colon, `selon`/`according to` before the quote,
/// speaker as subject of a cue verb earlier in the sentence.
struct DirectAttribution {
    let layout: QuoteLayout
    let cues: CueMatcher
    let finder: SpeakerFinder

    private var words: [QuoteWord] { layout.words }
    private var ruleWords: RuleWords { cues.lexicon.ruleWords }
    private static let dashes: Set<Character> = ["—", "–", "-"]
    /// Farthest a "selon X" / "according to X" may stand before the quotation it attributes, in words.
    private static let longestSelonReach = 60
    /// Besides the cue auxiliaries, forms of "être" that may open an inverted incise ("est-il intervenu").
    private static let copulas: Set<String> = ["est", "sont", "etait", "s'est"]

    // MARK: Incise after the quote

    /// ", a déclaré Jensen Huang", ", a-t-il ajouté", ", dit-elle", ", selon lui", ", he said", ", said Smith".
    func inciseAfter(_ quotation: MarkedQuotation, recent: [SpeakerMention]) -> Attribution? {
        // A quotation cut at an incise inside its marks ends just before that incise.
        guard let close = quotation.close ?? (quotation.endsAtIncise ? quotation.innerEnd - 1 : nil) else { return nil }
        var index = close + 1
        guard index < words.count, words[index].paragraph == words[close].paragraph else { return nil }
        var dash = false
        if let mark = words[index].mark {
            guard mark == "," || Self.dashes.contains(mark) else { return nil }
            dash = Self.dashes.contains(mark)
            index += 1
        } else if quotation.innerEnd > quotation.innerStart, !words[quotation.innerEnd - 1].isPunctuation {
            // Without punctuation, a verb must follow at once ("» dit-il", "” Mayer said"); "…,” he said" may not.
            let subjectLength = finder.names.unitOfWord[index].map { finder.names.units[$0].range.upperBound - index }
                ?? (finder.pronounEntry(at: index, limit: index + 1) != nil ? 1 : 0)
            let verbAfterSubject = subjectLength > 0 && index + subjectLength < words.count && cues.cue(at: index + subjectLength) != nil
            guard cues.cue(at: index) != nil || ruleWords.cueAuxiliaries.contains(words[index].folded) || verbAfterSubject else { return nil }
        }
        guard index < words.count, words[index].paragraph == words[close].paragraph, layout.isOutsideQuotes(index) else { return nil }
        let sentenceEnd = layout.sentences[layout.sentenceOfWord[index]].upperBound
        if let found = invertedIncise(at: index, sentenceEnd: sentenceEnd, recent: recent) { return found }
        if let found = accordingTo(at: index, limit: sentenceEnd, recent: recent) {
            return Attribution(speaker: found.speaker, cue: found.cue, rule: "incise-after", confidence: 0.85, inciseEnd: found.end)
        }
        if let found = subjectFirstIncise(at: index, sentenceEnd: sentenceEnd, recent: recent) { return found }
        if dash {
            // "« … » — Jensen Huang": a name alone after a dash.
            let end = phraseEnd(from: index, limit: sentenceEnd, longest: 6)
            if end == sentenceEnd || end == index + 6 || (end < words.count && words[end].isPunctuation),
               let speaker = finder.speaker(in: index..<end, recent: recent), speaker.canonical != nil {
                return Attribution(speaker: speaker, cue: nil, rule: "dash", confidence: 0.7, inciseEnd: end)
            }
        }
        return nil
    }

    /// Verb first: "a-t-il ajouté", "dit-elle", "a déclaré X", "said Smith", "explique le PDG de Nvidia".
    private func invertedIncise(at start: Int, sentenceEnd: Int, recent: [SpeakerMention]) -> Attribution? {
        var index = start
        var pronounAt: Int?
        // Next to a quote, any speech verb is a cue ("a promis la ministre", "a annoncé le PDG").
        let usages: Set<CueUsage> = [.any, .incise, .clause]
        let cueStart: Int
        let form: CueForm
        // Reflexive cues: "s'est indigné un élu", "s'interroge-t-elle".
        if ["s'", "se"].contains(words[index].folded), index + 1 < sentenceEnd { index += 1 }
        if ruleWords.cueAuxiliaries.contains(words[index].folded) || Self.copulas.contains(words[index].folded), index + 1 < sentenceEnd {
            index += 1
            if words[index].hyphenBefore && words[index].folded == "t" { index += 1 }
            if index < sentenceEnd, words[index].hyphenBefore, finder.pronounEntry(at: index, limit: index + 1) != nil {
                pronounAt = index
                index += 1
            }
            while index < sentenceEnd, finder.vocabulary.verbGroupWords.contains(words[index].folded), cues.cue(at: index) == nil { index += 1 }
            guard index < sentenceEnd else { return nil }
            if let found = cues.cue(at: index), usages.contains(found.usage) {
                form = found
            } else if pronounAt != nil, !words[index].isPunctuation, index + 1 == sentenceEnd || words[index + 1].isPunctuation {
                // "a-t-il notamment soulevé": an inverted auxiliary and pronoun after a quote make an incise,
                // whatever the participle.
                form = CueForm(words: [words[index].folded], lemma: words[index].folded, usage: .incise,
                               language: cues.documentLanguage, isPresentParticiple: false)
            } else {
                return nil
            }
            cueStart = start
        } else {
            guard let found = cues.cue(at: index), usages.contains(found.usage) else { return nil }
            cueStart = index
            form = found
        }
        // "”, saying he had …", "», ajoutant que …": a participle's subject is the main clause's subject.
        if form.isPresentParticiple, pronounAt == nil {
            let sentence = layout.sentences[layout.sentenceOfWord[index]]
            guard let speaker = finder.subject(ofCue: index, form: form, sentence: sentence, recent: recent),
                  speaker.canonical != nil else { return nil }
            return Attribution(speaker: speaker, cue: index..<index + form.words.count, rule: "incise-after", confidence: 0.75,
                               inciseEnd: index + form.words.count)
        }
        var after = index + form.words.count
        if pronounAt == nil, after < sentenceEnd, words[after].hyphenBefore {
            if words[after].folded == "t" { after += 1 }
            if after < sentenceEnd, words[after].hyphenBefore, finder.pronounEntry(at: after, limit: after + 1) != nil {
                pronounAt = after
                after += 1
            }
        }
        let cue = cueStart..<(index + form.words.count)
        if let pronounAt, let entry = finder.pronounEntry(at: pronounAt, limit: pronounAt + 1)?.entry {
            let speaker = finder.resolve(entry, at: pronounAt..<pronounAt + 1, recent: recent)
            return Attribution(speaker: speaker, cue: cue, rule: "incise-after", confidence: 0.85, inciseEnd: after)
        }
        // "a indiqué à l'AFP une porte-parole de X", "told Reuters": the addressee is not the speaker.
        if after < sentenceEnd, ["a", "au", "aux"].contains(words[after].folded), text(at: after) != "a" {
            var next = after + 1
            while next < sentenceEnd, ["l'", "la", "le", "les"].contains(words[next].folded) { next += 1 }
            if next < sentenceEnd, let number = finder.names.unitOfWord[next], finder.names.units[number].range.lowerBound == next,
               finder.names.units[number].range.upperBound < sentenceEnd {
                after = finder.names.units[number].range.upperBound
            }
        }
        // English pronoun after the verb ("said he") is rare; a noun phrase follows: "a déclaré Jensen Huang",
        // up to a circumstance ("le gouverneur dans un entretien accordé à France Inter").
        var end = phraseEnd(from: after, limit: sentenceEnd, longest: 14)
        if let circumstance = (after..<end).first(where: { $0 > after && ruleWords.attributionCircumstances.contains(words[$0].folded) }) {
            end = circumstance
        }
        // "a déclaré la présidente de la Commission, Ursula von der Leyen": the name in apposition.
        if let number = finder.appositiveName(at: end, limit: sentenceEnd) {
            let nameEnd = finder.names.units[number].range.upperBound
            return Attribution(speaker: finder.mention(ofUnit: number), cue: cue, rule: "incise-after", confidence: 0.9, inciseEnd: nameEnd)
        }
        guard end > after, let speaker = finder.speaker(in: after..<end, recent: recent) ?? finder.personDescribed(by: after..<end)
                ?? unnamedPhrase(after..<end) else { return nil }
        return Attribution(speaker: speaker, cue: cue, rule: "incise-after", confidence: 0.9, inciseEnd: end)
    }

    /// Subject first: ", he said", ", Smith said", ", the company said in a statement", ", Heim a-t-il dit".
    private func subjectFirstIncise(at start: Int, sentenceEnd: Int, recent: [SpeakerMention]) -> Attribution? {
        if let found = namedSubjectWithApposition(at: start, sentenceEnd: sentenceEnd) { return found }
        var index = start
        let limit = min(sentenceEnd, start + 9)
        while index < limit, !words[index].isPunctuation || isInitialPeriod(index), layout.isOutsideQuotes(index) {
            if index > start, let form = cues.cue(at: index) {
                var subjectEnd = index
                while subjectEnd > start, ruleWords.cueAuxiliaries.contains(words[subjectEnd - 1].folded)
                        || finder.vocabulary.verbGroupWords.contains(words[subjectEnd - 1].folded) && finder.names.unitOfWord[subjectEnd - 1] == nil {
                    subjectEnd -= 1
                }
                guard subjectEnd > start, !cues.isNegated(index), !introducesMore(after: index + form.words.count, sentenceEnd: sentenceEnd),
                      let speaker = finder.speaker(in: start..<subjectEnd, recent: recent) ?? organizationPronoun(start..<subjectEnd, recent: recent)
                        ?? unnamedPhrase(start..<subjectEnd) else { return nil }
                return Attribution(speaker: speaker, cue: index..<index + form.words.count, rule: "incise-after",
                                   confidence: 0.85, inciseEnd: index + form.words.count)
            }
            index += 1
        }
        return nil
    }

    /// "…,” Dylan Nelson, a postdoctoral fellow at the institute, said in a statement.": a name, its
    /// apposition between commas, then the cue verb.
    private func namedSubjectWithApposition(at start: Int, sentenceEnd: Int) -> Attribution? {
        var first = start
        // "NASA's Steve Clarke, deputy administrator, said": a possessive before the name.
        let ownerEnd = finder.names.unitOfWord[first].map { finder.names.units[$0].range.upperBound } ?? first + 1
        if ownerEnd < sentenceEnd, words[ownerEnd].folded == "'s" { first = ownerEnd + 1 }
        guard first < sentenceEnd, let number = finder.names.unitOfWord[first] ?? namedInApposition(from: first, sentenceEnd: sentenceEnd),
              finder.names.units[number].range.lowerBound >= first else { return nil }
        let unit = finder.names.units[number]
        guard unit.isPersonLike || unit.type == .person || unit.isOrganizationLike || unit.type == .organization
                || (unit.type == nil && unit.range.count > 1),
              unit.range.upperBound < sentenceEnd, words[unit.range.upperBound].mark == "," else { return nil }
        var index = unit.range.upperBound + 1
        let limit = min(sentenceEnd, index + 30)
        while index < limit, layout.isOutsideQuotes(index) {
            if let mark = words[index].mark, ".;:!?".contains(mark), !isInitialPeriod(index) { break }
            if let form = cues.cue(at: index), form.usage != .clause || words[index - 1].mark == "," {
                guard !cues.isNegated(index), !introducesMore(after: index + form.words.count, sentenceEnd: sentenceEnd) else { return nil }
                return Attribution(speaker: finder.mention(ofUnit: number), cue: index..<index + form.words.count,
                                   rule: "incise-after", confidence: 0.8, inciseEnd: index + form.words.count)
            }
            index += 1
        }
        return nil
    }

    /// "Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said": a person's name set
    /// between commas after a description of a few words.
    private func namedInApposition(from start: Int, sentenceEnd: Int) -> Int? {
        var index = start
        while index < min(sentenceEnd, start + 12), layout.isOutsideQuotes(index) {
            if words[index].mark == "," {
                guard index + 1 < sentenceEnd, let number = finder.names.unitOfWord[index + 1],
                      finder.names.units[number].isPersonLike || finder.names.units[number].type == .person else { return nil }
                return number
            }
            if words[index].isPunctuation && !isInitialPeriod(index) { return nil }
            index += 1
        }
        return nil
    }

    /// Whether the verb at `after` goes on to introduce its own words (a colon, "que"/"that", a
    /// quotation): "« A. » Marie a ajouté : « B »" does not attribute A to Marie.
    private func introducesMore(after: Int, sentenceEnd: Int) -> Bool {
        var index = after
        while index < min(sentenceEnd, after + 5) {
            if !layout.isOutsideQuotes(index) || words[index].mark == ":" { return true }
            if ["que", "qu'", "that"].contains(words[index].folded) { return true }
            index += 1
        }
        return false
    }

    /// The noun phrase opening the sentence right before the cue at `cue` (over its auxiliaries), unnamed.
    private func unnamedSubject(before cue: Int, sentence: Range<Int>) -> SpeakerMention? {
        var end = cue
        while end > sentence.lowerBound, finder.vocabulary.verbGroupWords.contains(words[end - 1].folded) { end -= 1 }
        guard !(sentence.lowerBound..<end).contains(where: { words[$0].isPunctuation }) else { return nil }
        return unnamedPhrase(sentence.lowerBound..<end)
    }

    /// "…," it said: an "it" incise stands for an organisation, like a plural pronoun.
    private func organizationPronoun(_ range: Range<Int>, recent: [SpeakerMention]) -> SpeakerMention? {
        guard range.count == 1, words[range.lowerBound].folded == "it" else { return nil }
        return finder.resolve(PronounEntry(gender: .plural, role: .subject), at: range, recent: recent)
    }

    /// The word at `index` as written.
    private func text(at index: Int) -> Substring {
        finder.text.slice(words[index].span)
    }

    /// An unnamed speaker: a noun phrase opened by a determiner ("one worker", "une habitante du quartier").
    private func unnamedPhrase(_ range: Range<Int>) -> SpeakerMention? {
        guard let first = range.first, ruleWords.unnamedOpeners.contains(words[first].folded), range.count >= 2, range.count <= 8 else { return nil }
        var end = range.upperBound
        if let relative = range.first(where: { ["qui", "who", "that", "dont"].contains(words[$0].folded) }) { end = relative }
        guard end - first >= 2 else { return nil }
        return SpeakerMention(span: layout.span(first, end), canonical: nil, type: nil, entityID: nil, kind: .unnamed, gender: .either)
    }

    /// "selon X", "d'après X", "according to X" at `index`: the speaker phrase runs to the next punctuation.
    func accordingTo(at index: Int, limit: Int, recent: [SpeakerMention]) -> (speaker: SpeakerMention, cue: Range<Int>, end: Int)? {
        guard let cueEnd = Self.accordingToEnd(words, index) else { return nil }
        let end = phraseEnd(from: cueEnd, limit: limit, longest: 16)
        if let number = finder.appositiveName(at: end, limit: limit) {
            return (finder.mention(ofUnit: number), index..<cueEnd, finder.names.units[number].range.upperBound)
        }
        guard end > cueEnd, let speaker = finder.speaker(in: cueEnd..<end, recent: recent) else { return nil }
        return (speaker, index..<cueEnd, end)
    }

    /// If "selon", "d'après" or "according to" starts at `index`, the index after it.
    static func accordingToEnd(_ words: [QuoteWord], _ index: Int) -> Int? {
        let folded = words[index].folded
        guard folded == "selon" || folded == "d'" || folded == "according" else { return nil }
        let next = index + 1 < words.count ? words[index + 1].folded : ""
        if folded == "selon" {
            return ["laquelle", "lequel", "lesquelles", "lesquels", "que", "qu'", "moi", "nous"].contains(next) ? nil : index + 1
        }
        if folded == "d'" && next == "apres" { return index + 2 }
        if folded == "according" && next == "to" { return index + 2 }
        return nil
    }

    /// End of a speaker phrase starting at `start`: the next punctuation, quotation or `limit`.
    private func phraseEnd(from start: Int, limit: Int, longest: Int) -> Int {
        var end = start
        while end < limit, end - start < longest, layout.isOutsideQuotes(end),
              !words[end].isPunctuation || isInitialPeriod(end) { end += 1 }
        return end
    }

    /// The period of an initial or abbreviation inside a name ("U.S. Attorney", "John F. Kennedy").
    private func isInitialPeriod(_ index: Int) -> Bool {
        guard words[index].mark == ".", index > 0, index + 1 < words.count else { return false }
        let previous = words[index - 1]
        // "Senior Insp. Ramon Cruz": a title's abbreviation before a name.
        if layout.isAbbreviationPeriod(index), previous.isCapitalized, words[index + 1].isCapitalized { return true }
        return !previous.isPunctuation && previous.isCapitalized && previous.folded.count == 1
            && previous.span.end == words[index].span.start && !words[index + 1].isPunctuation
    }

    // MARK: Before the quote

    /// The words of the quote's sentence before its opening mark, outside other quotations.
    /// At most `longestLeftContext` words: attribution cues stand close to their quote, and a bounded
    /// context keeps a sentence of thousands of quotations from being rescanned once per quotation.
    func leftContext(_ quotation: MarkedQuotation) -> Range<Int> {
        let open = quotation.outerStart
        let sentence = layout.sentences[layout.sentenceOfWord[open]]
        return max(sentence.lowerBound, open - Self.longestLeftContext)..<open
    }

    /// Most words before a quotation that its attribution rules look at.
    private static let longestLeftContext = 80

    /// "Trump a déclaré : « … »", "Comme le note un analyste : « … »", "Le ministre : « … »".
    func colonBefore(_ quotation: MarkedQuotation, recent: [SpeakerMention]) -> Attribution? {
        var context = leftContext(quotation)
        // "Il a déclaré :" closing the previous paragraph, the quotation opening the next one.
        let open = quotation.outerStart
        if context.isEmpty, open > 0, words[open - 1].paragraph + 1 == words[open].paragraph, words[open - 1].mark == ":" {
            context = layout.sentences[layout.sentenceOfWord[open - 1]].lowerBound..<open
        }
        var index = context.upperBound - 1
        while index >= context.lowerBound, let mark = words[index].mark, Self.dashes.contains(mark) { index -= 1 }
        guard index >= context.lowerBound, words[index].mark == ":", layout.isOutsideQuotes(index) else { return nil }
        let sentence = layout.sentences[layout.sentenceOfWord[index]]
        // Before a colon any speech verb introduces the quote ("X relativise :", "X ironise :").
        if let (cue, form) = cues.nearestCue(from: context.lowerBound, before: index, allowing: [.any, .clause, .evidence, .incise]) {
            // "L'intersyndicale a prévenu : « … »": a subject that names no one is still the speaker, unnamed.
            guard let speaker = finder.subject(ofCue: cue, form: form, sentence: sentence, recent: recent)
                    ?? unnamedSubject(before: cue, sentence: sentence) else { return nil }
            return Attribution(speaker: speaker, cue: cue..<cue + form.words.count, rule: "colon-cue", confidence: 0.85)
        }
        let segmentStart = max(context.lowerBound, lastQuotationEnd(before: index, from: context.lowerBound))
        let wordsBefore = (segmentStart..<index).filter { !words[$0].isPunctuation }.count
        // "Le ministre, interrogé par France Info : « … »": the speaker is the phrase before the first comma.
        let segmentEnd = (segmentStart..<index).first(where: { words[$0].mark == "," }) ?? index
        guard wordsBefore > 0, wordsBefore <= 8, segmentEnd > segmentStart,
              let speaker = finder.speaker(in: segmentStart..<segmentEnd, recent: recent),
              speaker.kind != .pronoun else { return nil }
        return Attribution(speaker: speaker, cue: index..<index + 1, rule: "colon-speaker", confidence: 0.7)
    }

    /// "Selon X, « … »", "According to X, “…”" and "Pour X, « … »".
    func accordingToBefore(_ quotation: MarkedQuotation, recent: [SpeakerMention]) -> Attribution? {
        let context = leftContext(quotation)
        // "Pour le ministre, « … »", "Pour l'économiste X, la réforme « … »": "pour" opening the sentence, with a person.
        if context.count >= 3, words[context.lowerBound].folded == "pour",
           let comma = context.first(where: { words[$0].mark == "," }), comma > context.lowerBound + 1,
           let speaker = finder.speaker(in: (context.lowerBound + 1)..<comma, recent: recent), speaker.type == .person {
            return Attribution(speaker: speaker, cue: context.lowerBound..<context.lowerBound + 1, rule: "selon", confidence: 0.75)
        }
        // "Selon X, la réforme « … »": the cue stands within the last words before the quote, which keeps
        // a long left context from being scanned once per quotation.
        var index = max(context.lowerBound, context.upperBound - Self.longestSelonReach)
        while index < context.upperBound {
            if layout.isOutsideQuotes(index), let found = accordingTo(at: index, limit: context.upperBound, recent: recent) {
                return Attribution(speaker: found.speaker, cue: found.cue, rule: "selon", confidence: 0.85)
            }
            index += 1
        }
        return nil
    }

    /// "Janet Egan a noté que « … »", "X said “…”", or a later quote in a sentence whose cue came earlier.
    func subjectOfCue(_ quotation: MarkedQuotation, recent: [SpeakerMention]) -> Attribution? {
        let context = leftContext(quotation)
        var before = context.upperBound
        // The nearest cue with a speaker: "Kyle said that the plant showed Britain could « … »".
        while let (cue, form) = cues.nearestCue(from: context.lowerBound, before: before, allowing: [.any, .clause, .evidence]) {
            let sentence = layout.sentences[layout.sentenceOfWord[cue]]
            if let speaker = finder.subject(ofCue: cue, form: form, sentence: sentence, recent: recent) {
                return Attribution(speaker: speaker, cue: cue..<cue + form.words.count, rule: "subject-cue", confidence: 0.8)
            }
            before = cue
        }
        return nil
    }

    /// "La conseillère Anne Morel a salué les bénévoles. « … »": a quotation opening its own sentence,
    /// right after a sentence of the same paragraph whose subject is the only person it names, is that
    /// person's (portraits and interviews introduce the speaker, then quote them).
    func leadSubject(_ quotation: MarkedQuotation) -> Attribution? {
        let open = quotation.outerStart
        guard open > 0, words[open - 1].paragraph == words[open].paragraph, layout.isOutsideQuotes(open - 1),
              layout.sentences[layout.sentenceOfWord[open]].lowerBound == open,
              QuotedTermFilter.wordCount(quotation, in: layout) >= 6 else { return nil }
        let sentence = layout.sentences[layout.sentenceOfWord[open - 1]]
        // The subject: the first person the sentence names, not after a preposition, before its verb
        // ("La conseillère X a remercié", "Ayant grandi dans une ferme, X a …").
        guard let subjectStart = sentence.first(where: { layout.isOutsideQuotes($0) && finder.names.unitOfWord[$0] != nil
                    && finder.names.units[finder.names.unitOfWord[$0]!].isPersonLike }),
              let subject = finder.names.unitOfWord[subjectStart] else { return nil }
        let unit = finder.names.units[subject]
        guard unit.range.lowerBound == subjectStart, unit.range.upperBound < sentence.upperBound - 1,
              !words[unit.range.upperBound].isPunctuation, !words[unit.range.upperBound].isCapitalized,
              subjectStart == sentence.lowerBound || !finder.isPreposition(words[subjectStart - 1].folded) else { return nil }
        let canonical = finder.mention(ofUnit: subject).canonical
        // The only person the sentence names outside quotations.
        for position in sentence where layout.isOutsideQuotes(position) {
            if let number = finder.names.unitOfWord[position], finder.names.units[number].isPersonLike,
               finder.mention(ofUnit: number).canonical != canonical { return nil }
        }
        return Attribution(speaker: finder.mention(ofUnit: subject), cue: nil, rule: "lead-subject", confidence: 0.55)
    }

    private func lastQuotationEnd(before index: Int, from start: Int) -> Int {
        var position = index - 1
        while position >= start {
            if let quotation = layout.quotationOfWord[position] { return layout.quotations[quotation].outerEnd }
            position -= 1
        }
        return start
    }
}
