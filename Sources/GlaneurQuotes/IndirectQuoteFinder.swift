/// Reported speech without quotation marks, found sentence by sentence: a cue verb with a content
/// clause ("X a déclaré que …", "X said that …", "X said the …"), "selon X, …" / "according to X, …",
/// and "Pour X, …".
struct IndirectQuoteFinder {
    let layout: QuoteLayout
    let cues: CueMatcher
    let finder: SpeakerFinder

    /// How the speaker of an indirect quote is found once earlier quotes are attributed.
    enum SpeakerSource {
        /// Subject of the cue verb at this index.
        case cueSubject(Int, CueForm)
        /// The phrase after "selon" / "according to" / "pour".
        case phrase(Range<Int>)
    }

    struct Candidate {
        var clause: Range<Int>
        var cue: Range<Int>
        var source: SpeakerSource
        var rule: String
        /// Quotations of four words or more inside the clause: fragments of the report, not quotes of their own.
        var embedded: [Int] = []
    }

    private var words: [QuoteWord] { layout.words }
    private var vocabulary: IndirectQuoteWords { cues.lexicon.indirectWords }
    /// Longest gap between a cue verb and its "que" ("a déclaré lundi au Monde que").
    private static let longestGap = 10
    /// Fewest words in a content clause.
    private static let shortestClause = 3
    /// Impersonal verbs after "il" / "it": "il est à noter que", "il convient de souligner que", "it is worth noting".
    private static let impersonalVerbs: Set<String> = ["est", "convient", "faut", "reste", "suffit", "semble", "importe", "is", "should", "must"]

    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        for sentence in layout.sentences {
            // Words whose marks the page lost, closed by "explique-t-elle.": the whole report is the quote.
            if let candidate = unmarkedIncise(in: sentence, after: found.last?.clause.upperBound ?? 0) {
                found.append(candidate)
                continue
            }
            let before = found.count
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard layout.isOutsideQuotes(index) else { index += 1; continue }
                if let candidate = contentClause(at: index, sentence: sentence)
                    ?? accordingTo(at: index, sentence: sentence)
                    ?? pourPhrase(at: index, sentence: sentence) {
                    found.append(candidate)
                    index = max(index + 1, candidate.clause.upperBound)
                    continue
                }
                index += 1
            }
            if found.count == before, let candidate = trailingIncise(in: sentence) { found.append(candidate) }
        }
        return found
    }

    /// Longest run of sentences an attribution without marks may close.
    private static let longestUnmarkedRun = 3

    /// "On attend moins qu'ailleurs. Je pense que la coordination est bonne explique-t-elle.": a quote whose
    /// marks the page lost, closed by an inverted pronoun incise with no comma before it. The quote runs
    /// from the paragraph start (at most three sentences back, not into an earlier report) to the verb.
    private func unmarkedIncise(in sentence: Range<Int>, after earlierReport: Int) -> Candidate? {
        var end = sentence.upperBound
        guard words[end - 1].mark == "." else { return nil }
        end -= 1
        guard end - sentence.lowerBound >= 4, words[end - 1].hyphenBefore,
              let pronoun = finder.pronounEntry(at: end - 1, limit: end), pronoun.entry.role == .subject else { return nil }
        var verb = end - 2
        if words[verb].hyphenBefore, words[verb].folded == "t" { verb -= 1 }
        guard verb > sentence.lowerBound, let form = cues.cue(at: verb), form.usage != .evidence, !words[verb - 1].isPunctuation else { return nil }
        var start = sentence.lowerBound
        var sentences = 1
        while start > earlierReport, start > 0, words[start - 1].paragraph == words[start].paragraph, sentences < Self.longestUnmarkedRun {
            start = layout.sentences[layout.sentenceOfWord[start - 1]].lowerBound
            sentences += 1
        }
        guard !(start..<end).contains(where: { !layout.isOutsideQuotes($0) }), verb - start >= Self.shortestClause else { return nil }
        return Candidate(clause: start..<verb, cue: verb..<verb + form.words.count, source: .phrase((end - 1)..<end),
                         rule: "incise-unmarked")
    }

    /// "Consumer prices climbed 2.7%, the Labor Department reported.", "La dette atteindra 120 %, estime
    /// l'économiste.": a report whose attribution closes the sentence after a comma.
    private func trailingIncise(in sentence: Range<Int>) -> Candidate? {
        // A sentence, not a headline: it ends with a period.
        guard words[sentence.upperBound - 1].mark == ".", !containsSpeechQuotation(sentence) else { return nil }
        var end = sentence.upperBound
        while end > sentence.lowerBound, isTrailing(words[end - 1]) { end -= 1 }
        guard let comma = (sentence.lowerBound..<end).last(where: { words[$0].mark == "," && !finder.isNumberComma($0) }),
              end - comma - 1 >= 2, end - comma - 1 <= 12 else { return nil }
        let tail = (comma + 1)..<end
        guard !tail.contains(where: { words[$0].isPunctuation && words[$0].mark != "-" }) else { return nil }
        let reported = (sentence.lowerBound..<comma).filter { !words[$0].isPunctuation }.count
        guard reported >= 4 else { return nil }
        // "Dans la Drôme, à Valence, …", "Du côté des syndicats, …": circumstances, not a report.
        if onlyCircumstances(sentence.lowerBound..<comma) { return nil }
        // Verb first ("estime l'économiste", "a-t-il précisé") or subject first ("the department reported").
        for index in tail {
            guard let form = cues.cue(at: index), form.usage != .evidence, !form.isPresentParticiple, !cues.isNegated(index) else { continue }
            // The attribution closes the sentence: a circumstance at most after the verb ("said on Monday"),
            // not a clause of its own (", it analyses only images and cannot be prompted").
            var subjectEnd = index
            while subjectEnd > tail.lowerBound, finder.vocabulary.verbGroupWords.contains(words[subjectEnd - 1].folded),
                  finder.names.unitOfWord[subjectEnd - 1] == nil { subjectEnd -= 1 }
            let source: Range<Int>
            if subjectEnd > tail.lowerBound {
                let afterCue = min(index + form.words.count, end)..<end
                let circumstance = afterCue.first.map { vocabulary.circumstanceWords.union(["at", "after", "before", "to", "while", "when", "as", "en", "alors"]).contains(words[$0].folded) } ?? true
                guard afterCue.count <= 5 || circumstance,
                      !afterCue.contains(where: { Self.reportCoordinators.contains(words[$0].folded) }) else { return nil }
                source = tail.lowerBound..<subjectEnd
            } else {
                var after = index + form.words.count
                while after < end, words[after].hyphenBefore, words[after].folded == "t" { after += 1 }
                // "indique-t-elle dans un communiqué": the inverted pronoun alone; "a fait savoir la préfecture
                // dimanche soir": the speaker ends before a circumstance.
                var sourceEnd = end
                if after < end, words[after].hyphenBefore, finder.pronounEntry(at: after, limit: after + 1) != nil {
                    sourceEnd = after + 1
                } else if let circumstance = (min(after + 1, end)..<end).first(where: { vocabulary.circumstanceWords.contains(words[$0].folded) }) {
                    sourceEnd = circumstance
                }
                source = after..<sourceEnd
            }
            guard !source.isEmpty, finder.speaker(in: source, recent: []) != nil else { return nil }
            return Candidate(clause: sentence.lowerBound..<comma, cue: index..<index + form.words.count, source: .phrase(source),
                             rule: "incise-after")
        }
        return nil
    }

    // MARK: Cue + que / that

    private func contentClause(at index: Int, sentence: Range<Int>) -> Candidate? {
        let folded = words[index].folded
        if folded == "que" || folded == "qu'" || folded == "that" {
            // "en tant que", "alors que", "so that": a conjunction, not a completive.
            if index > sentence.lowerBound, vocabulary.conjunctionHeads.contains(words[index - 1].folded) { return nil }
            let language = folded == "that" ? "en" : "fr"
            guard let (cue, form) = cueBefore(index, sentence: sentence, language: language) else { return nil }
            guard let clause = relativeCut(clause(from: index + 1, sentence: sentence), cue: cue, sentence: sentence) else { return nil }
            return Candidate(clause: clause.range, cue: cue..<cue + form.words.count, source: .cueSubject(cue, form), rule: "cue-que",
                             embedded: clause.embedded)
        }
        // English bare clause: "Smith said the deal was dead."; "told the court he had …"; ", saying he was …".
        guard cues.documentLanguage == "en", let form = cues.cue(at: index, language: "en"),
              vocabulary.bareClauseLemmas.contains(form.lemma) || Self.addresseeLemmas.contains(form.lemma),
              !cues.isNegated(index) else { return nil }
        var next = afterTimeAdjunct(index + form.words.count, sentence: sentence)
        let addressee = Self.addresseeLemmas.contains(form.lemma)
        if addressee {
            // "told the judge he …", "told reporters they …", "told Jane Roe she …": skip the addressee.
            guard let after = addresseeEnd(from: next, sentence: sentence) else { return nil }
            next = after
        }
        // A participle or an addressee only with a pronoun subject and its verb ("saying he had", "told the court she was").
        let strict = form.isPresentParticiple || addressee
        guard next < sentence.upperBound, layout.isOutsideQuotes(next), !words[next].isPunctuation,
              strict ? Self.subjectPronouns.contains(words[next].folded) && finiteVerbFollows(next + 1, sentence: sentence, within: 3)
                : vocabulary.clauseOpeners.contains(words[next].folded) || (words[next].isCapitalized && words[next].folded != "i")
                    || finiteVerbFollows(next, sentence: sentence) else { return nil }
        // Not an inversion (", said the company's chief", "…, said Juan Ortega"): a comma only closes an
        // apposition, and then a pronoun or determiner opens the clause, or a name stood between commas.
        // A quotation just before the verb makes it an incise ("“…,” he said the …").
        guard index > sentence.lowerBound,
              form.isPresentParticiple || !(max(sentence.lowerBound, index - 3)..<index).contains(where: { !layout.isOutsideQuotes($0) }),
              !words[index - 1].isPunctuation
                || (words[index - 1].mark == "," && (vocabulary.clauseOpeners.contains(words[next].folded) || followsNameInApposition(index - 1))),
              let clause = relativeCut(clause(from: next, sentence: sentence), cue: index, sentence: sentence) else { return nil }
        return Candidate(clause: clause.range, cue: index..<next, source: .cueSubject(index, form), rule: "cue-clause",
                         embedded: clause.embedded)
    }

    /// After a cue, the first word past a time or place adjunct that may separate it from a bare clause:
    /// "said on Tuesday it had", "said late on Monday the", "said yesterday that", "said in a statement the".
    private func afterTimeAdjunct(_ start: Int, sentence: Range<Int>) -> Int {
        var index = start
        while index < sentence.upperBound, ["late", "early", "earlier", "later"].contains(words[index].folded) { index += 1 }
        guard index < sentence.upperBound else { return start }
        if Self.timeWords.contains(words[index].folded) { return index + 1 }
        if words[index].folded == "on", index + 1 < sentence.upperBound, Self.timeWords.contains(words[index + 1].folded) { return index + 2 }
        if words[index].folded == "last", index + 1 < sentence.upperBound,
           ["week", "month", "year", "night"].contains(words[index + 1].folded) { return index + 2 }
        if words[index].folded == "in", index + 2 < sentence.upperBound, ["a", "its", "his", "her", "their"].contains(words[index + 1].folded),
           ["statement", "note", "letter", "filing", "release", "interview", "report"].contains(words[index + 2].folded) {
            return index + 3
        }
        return start
    }


    private static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    ]

    /// Whether the comma at `comma` closes a person's name set between commas ("A spokesman, Dmitry Peskov, said").
    private func followsNameInApposition(_ comma: Int) -> Bool {
        // "Which?, the consumer group, said": a description between commas after a short opening name.
        let sentence = layout.sentences[layout.sentenceOfWord[comma]]
        if let opening = (sentence.lowerBound..<comma).last(where: { words[$0].mark == "," }), opening > sentence.lowerBound,
           opening - sentence.lowerBound <= 5, words[sentence.lowerBound].isCapitalized, opening + 1 < comma,
           ["the", "a", "an"].contains(words[opening + 1].folded) {
            return true
        }
        guard comma > 1, let number = finder.names.unitOfWord[comma - 1] else { return false }
        let unit = finder.names.units[number]
        guard unit.isPersonLike || unit.type == .person, unit.range.upperBound == comma, unit.range.lowerBound > 0 else { return false }
        return words[unit.range.lowerBound - 1].mark == ","
    }

    /// "Nigel Ross, who said it was an honour, thanked the staff": a report in a relative clause ends at
    /// the clause's comma.
    private func relativeCut(_ clause: (range: Range<Int>, embedded: [Int])?, cue: Int,
                             sentence: Range<Int>) -> (range: Range<Int>, embedded: [Int])? {
        guard let clause, isRelative(before: cue, words: words, sentence: sentence),
              let comma = clause.range.first(where: { words[$0].mark == "," && !finder.isNumberComma($0) }) else { return clause }
        guard comma - clause.range.lowerBound >= Self.shortestClause else { return nil }
        return (clause.range.lowerBound..<comma, clause.embedded.filter { layout.quotations[$0].outerEnd <= comma })
    }

    /// Whether the cue at `cue` is the verb of a relative clause after a comma ("X, who said", "X, qui a dit").
    private func isRelative(before cue: Int, words: [QuoteWord], sentence: Range<Int>) -> Bool {
        var index = cue - 1
        while index > sentence.lowerBound, finder.vocabulary.verbGroupWords.contains(words[index].folded) { index -= 1 }
        return index > sentence.lowerBound && ["who", "qui"].contains(words[index].folded) && words[index - 1].mark == ","
    }

    /// The word after the addressee of "tell" starting at `start`: "the judge", "reporters", "him",
    /// "Jane Roe"; nil when no addressee is there.
    private func addresseeEnd(from start: Int, sentence: Range<Int>) -> Int? {
        guard start < sentence.upperBound, layout.isOutsideQuotes(start), !words[start].isPunctuation else { return nil }
        if let number = finder.names.unitOfWord[start], finder.names.units[number].range.lowerBound == start {
            return finder.names.units[number].range.upperBound
        }
        if Self.objectPronouns.contains(words[start].folded) { return start + 1 }
        var index = start
        if ["the", "a", "an", "his", "her", "their", "its"].contains(words[index].folded) { index += 1 }
        // A determiner and up to two words ("the court", "the local council"), or a bare plural ("reporters").
        let limit = min(sentence.upperBound, index + 3)
        var end = index
        while end < limit, !words[end].isPunctuation, !Self.subjectPronouns.contains(words[end].folded) { end += 1 }
        guard end > index, end < sentence.upperBound, Self.subjectPronouns.contains(words[end].folded) else { return nil }
        if index == start, !words[start].folded.hasSuffix("s") { return nil }
        return end
    }

    private static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you"]
    private static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me"]

    /// "said inflation had fallen", "said tariffs imposed by the administration had added": a bare noun
    /// subject followed within a few words by an auxiliary or modal.
    private func finiteVerbFollows(_ start: Int, sentence: Range<Int>, within: Int = 6) -> Bool {
        guard start < sentence.upperBound, !vocabulary.nonClauseStarts.contains(words[start].folded) else { return false }
        if start > sentence.lowerBound, Self.subjectPronouns.contains(words[start - 1].folded),
           vocabulary.englishFiniteVerbs.contains(words[start].folded) || pastTense(words[start].folded) { return true }
        var index = start + 1
        while index < min(sentence.upperBound, start + within + 1), !words[index].isPunctuation {
            if vocabulary.englishFiniteVerbs.contains(words[index].folded) { return true }
            // "said supply chains remained fragile", "said sales fell": a past tense after a bare noun.
            if index <= start + 3, pastTense(words[index].folded), !vocabulary.clauseOpeners.contains(words[index - 1].folded) { return true }
            index += 1
        }
        return false
    }

    /// A regular past tense ("remained", "increased") or a common irregular one ("fell", "rose").
    private func pastTense(_ folded: String) -> Bool {
        (folded.count > 4 && folded.hasSuffix("ed")) || vocabulary.irregularPasts.contains(folded)
    }



    /// The cue verb governing the "que" at `index`: within a few words before it, same language.
    private func cueBefore(_ index: Int, sentence: Range<Int>, language: String) -> (Int, CueForm)? {
        var position = index - 1
        var gap = 0
        while position >= sentence.lowerBound, gap <= Self.longestGap, layout.isOutsideQuotes(position) {
            let word = words[position]
            if let mark = word.mark, mark != "," { return nil }
            if let form = cues.cue(at: position, language: language), form.usage != .incise,
               position + form.words.count <= index {
                if hasDirectObject(between: position + form.words.count, and: index, form: form) { return nil }
                return cues.isNegated(position) ? nil : (position, form)
            }
            if !word.isPunctuation { gap += 1 }
            position -= 1
        }
        return nil
    }

    private static let reportCoordinators: Set<String> = ["et", "mais", "puis", "and", "but"]

    /// Whether a cue verb with its own "que"/"that" follows the coordinator at `index` ("but warned that").
    private func startsSecondReport(after index: Int, end: Int) -> Bool {
        var position = index + 1
        while position < min(end, index + 4), finder.vocabulary.verbGroupWords.contains(words[position].folded) { position += 1 }
        guard position < end, let form = cues.cue(at: position) else { return false }
        let next = position + form.words.count
        var look = next
        while look < min(end, next + 3) {
            if ["que", "qu'", "that"].contains(words[look].folded) { return true }
            look += 1
        }
        return false
    }

    /// Whether a noun phrase object stands between the cue and "que"/"that", which is then a relative
    /// pronoun ("a lancé R1, un modèle que…", "announced a plan that…"). Objects inside a prepositional
    /// phrase ("a déclaré à la presse que", "dans un communiqué") and the addressee of "tell" are fine.
    private func hasDirectObject(between start: Int, and end: Int, form: CueForm) -> Bool {
        if form.language == "en" && Self.addresseeLemmas.contains(form.lemma) { return false }
        var index = start
        while index < end {
            if vocabulary.articles.contains(words[index].folded) {
                let previous = index > start ? words[index - 1] : nil
                if previous == nil || previous!.isPunctuation || !vocabulary.objectPrepositions.contains(previous!.folded) { return true }
            }
            index += 1
        }
        return false
    }

    /// English cues whose object is the addressee: "told the committee that", "warned investors that".
    private static let addresseeLemmas: Set<String> = ["tell", "warn", "assure", "remind", "inform", "caution"]

    /// The content clause from `start` to the end of the sentence; cut before a colon that introduces
    /// a quotation (and a participle leading to it: ", commentant :") and before a participle cue
    /// starting a second report (", ajoutant que"); nil when the clause is too short, or when
    /// quotations woven into it make up half its words or more ("a déclaré que c'était « … »": the
    /// quotation is then the quote). Quotations that stay inside the clause are listed.
    private func clause(from start: Int, sentence: Range<Int>) -> (range: Range<Int>, embedded: [Int])? {
        var end = sentence.upperBound
        while end > start, let mark = words[end - 1].mark, ".!?…".contains(mark), layout.isOutsideQuotes(end - 1) { end -= 1 }
        var embedded: [Int] = []
        var index = start
        while index < end {
            // ", adding that …", ", ajoutant que …": a second report starts.
            if words[index].mark == ",", index + 1 < end, let form = cues.cue(at: index + 1), form.isPresentParticiple {
                end = index
                break
            }
            // ", but warned that …", "et a ajouté que …": a coordinated second report.
            if Self.reportCoordinators.contains(words[index].folded), index > start, startsSecondReport(after: index, end: end) {
                end = index
                if end > start, words[end - 1].mark == "," { end -= 1 }
                break
            }
            guard let number = layout.quotationOfWord[index] else { index += 1; continue }
            let quotation = layout.quotations[number]
            var before = index - 1
            while before >= start, let mark = words[before].mark, "—–-".contains(mark) { before -= 1 }
            if before >= start, words[before].mark == ":", QuotedTermFilter.isSpeech(quotation, in: layout, words: cues.lexicon.ruleWords) {
                end = before
                if let comma = (start..<before).last(where: { words[$0].mark == "," }), before - comma <= 4,
                   (comma + 1..<before).contains(where: { cues.cue(at: $0) != nil || words[$0].folded.hasSuffix("ant") }) {
                    end = comma
                }
                break
            }
            if QuotedTermFilter.isSpeech(quotation, in: layout, words: cues.lexicon.ruleWords) { embedded.append(number) }
            index = max(index + 1, quotation.outerEnd)
        }
        while end > start, isTrailing(words[end - 1]) { end -= 1 }
        let count = (start..<end).filter { !words[$0].isPunctuation }.count
        guard count >= Self.shortestClause else { return nil }
        let inside = embedded.filter { layout.quotations[$0].outerEnd <= end }
        let quoted = inside.reduce(0) { $0 + QuotedTermFilter.wordCount(layout.quotations[$1], in: layout) }
        if !inside.isEmpty && quoted * 2 >= count { return nil }
        return (start..<end, inside)
    }

    // MARK: selon / according to / pour

    private func accordingTo(at index: Int, sentence: Range<Int>) -> Candidate? {
        guard let cueEnd = DirectAttribution.accordingToEnd(words, index) else { return nil }
        var phraseEnd = cueEnd
        // "according to Senior Insp. Ramon Dizon": a title's abbreviation does not end the phrase.
        while phraseEnd < sentence.upperBound, phraseEnd - cueEnd < 16, !words[phraseEnd].isPunctuation
                || layout.isAbbreviationPeriod(phraseEnd) && phraseEnd + 1 < sentence.upperBound && words[phraseEnd + 1].isCapitalized,
              layout.isOutsideQuotes(phraseEnd) { phraseEnd += 1 }
        guard phraseEnd > cueEnd, let found = finder.speaker(in: cueEnd..<phraseEnd, recent: []) else { return nil }
        // "selon la technologie FD-SOI", "selon les cas": a thing, not a source.
        var head = cueEnd
        while head < phraseEnd, vocabulary.articles.contains(words[head].folded) { head += 1 }
        if head > cueEnd, head < phraseEnd, !words[head].isCapitalized, found.type != .person,
           !(head..<min(phraseEnd, head + 3)).contains(where: { finder.speakerNoun(at: $0) != nil }) {
            return nil
        }
        var source = cueEnd..<phraseEnd
        if let number = finder.appositiveName(at: phraseEnd, limit: sentence.upperBound) {
            // "Selon le porte-parole du Kremlin, Dmitri Peskov, …": the name is the speaker.
            source = finder.names.units[number].range
            phraseEnd = source.upperBound
        }
        guard !containsSpeechQuotation(sentence) else { return nil }
        var end = sentence.upperBound
        while end > sentence.lowerBound, isTrailing(words[end - 1]) { end -= 1 }
        let clause: Range<Int>
        let leading = (sentence.lowerBound..<index).filter { !words[$0].isPunctuation }.count
        if (leading <= 1 || isLeadingAdjunct(sentence.lowerBound..<index)), phraseEnd < end, words[phraseEnd].mark == "," {
            // An apposition may run into the trailing commas that `end` leaves out ("Selon X, maire de Y,").
            clause = min(skippingApposition(from: phraseEnd + 1, sentence: sentence), end)..<end
        } else if phraseEnd >= end {
            var clauseEnd = index
            while clauseEnd > sentence.lowerBound, isTrailing(words[clauseEnd - 1]) { clauseEnd -= 1 }
            clause = sentence.lowerBound..<clauseEnd
        } else {
            clause = sentence.lowerBound..<end
        }
        guard clause.count >= Self.shortestClause else { return nil }
        return Candidate(clause: clause, cue: index..<cueEnd, source: .phrase(source), rule: "selon")
    }

    /// "Pour Jensen Huang, l'IA …": only with a person (a name or a role the article gives someone).
    private func pourPhrase(at index: Int, sentence: Range<Int>) -> Candidate? {
        guard index == sentence.lowerBound, words[index].folded == "pour" else { return nil }
        var comma = index + 1
        while comma < sentence.upperBound, comma - index < 8, !words[comma].isPunctuation { comma += 1 }
        guard comma < sentence.upperBound, words[comma].mark == ",", comma > index + 1,
              let speaker = finder.speaker(in: (index + 1)..<comma, recent: []), speaker.type == .person,
              speaker.kind == .entity || speaker.kind == .name || speaker.kind == .description else { return nil }
        guard !containsSpeechQuotation(sentence) else { return nil }
        var end = sentence.upperBound
        while end > comma + 1, isTrailing(words[end - 1]) { end -= 1 }
        let start = skippingApposition(from: comma + 1, sentence: sentence)
        guard end - start >= Self.shortestClause else { return nil }
        return Candidate(clause: start..<end, cue: index..<index + 1, source: .phrase((index + 1)..<comma), rule: "pour")
    }

    /// Whether every comma-separated part of `range` opens with a preposition and none holds a verb:
    /// "Dans la Drôme, à Valence", "Du côté des syndicats" (not "After the iPhone shipped, people began…").
    private func onlyCircumstances(_ range: Range<Int>) -> Bool {
        guard !hasFiniteVerb(range) else { return false }
        let prepositions = vocabulary.adjunctPrepositions.union(["du", "de", "pour", "selon", "among", "for", "from"])
        var start = range.lowerBound
        while start < range.upperBound {
            guard prepositions.contains(words[start].folded), finder.text.slice(words[start].span).lowercased() != "a" else { return false }
            guard let comma = (start..<range.upperBound).first(where: { words[$0].mark == "," }) else { return true }
            start = comma + 1
        }
        return true
    }

    /// Whether words `range` hold a finite verb or a cue (a French "a" only when written without accent).
    private func hasFiniteVerb(_ range: Range<Int>) -> Bool {
        range.contains { index in
            let folded = words[index].folded
            if folded == "a" { return finder.text.slice(words[index].span) == "a" }
            return vocabulary.finiteVerbs.contains(folded) || vocabulary.clauseVerbs.contains(folded) || cues.cue(at: index) != nil
        }
    }


    /// A circumstance opening the sentence before "selon" ("Dans la Drôme,", "En 2024,", "In London,"):
    /// a preposition, at most six words, ending with a comma.
    private func isLeadingAdjunct(_ range: Range<Int>) -> Bool {
        guard range.count >= 2, range.count <= 7, words[range.upperBound - 1].mark == "," else { return false }
        // "À Paris," but not the English article "A".
        return vocabulary.adjunctPrepositions.contains(words[range.lowerBound].folded)
            && finder.text.slice(words[range.lowerBound].span).lowercased() != "a"
            && !range.dropLast().contains { words[$0].isPunctuation && words[$0].mark != "," }
    }


    /// Whether the sentence holds a quotation that is a quote of its own (four words or more).
    private func containsSpeechQuotation(_ sentence: Range<Int>) -> Bool {
        // Each quotation is looked at once, not once per word inside it.
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard let number = layout.quotationOfWord[index] else {
                index += 1
                continue
            }
            if QuotedTermFilter.isSpeech(layout.quotations[number], in: layout, words: cues.lexicon.ruleWords) { return true }
            index = max(index + 1, layout.quotations[number].outerEnd)
        }
        return false
    }

    /// Punctuation that does not end a clause's text: sentence marks, commas, dashes (not "%" or ")").
    private func isTrailing(_ word: QuoteWord) -> Bool {
        guard let mark = word.mark else { return false }
        return ".!?…,;:—–-".contains(mark)
    }

    /// After "Pour X," or "Selon X,", skips the appositions describing X ("ancien dirigeant de Stellantis,",
    /// "42 ans, mère de trois enfants,").
    private func skippingApposition(from start: Int, sentence: Range<Int>) -> Int {
        var segmentStart = start
        for _ in 0..<3 {
            var comma = segmentStart
            while comma < sentence.upperBound, comma - segmentStart < 12, !words[comma].isPunctuation || finder.isNumberComma(comma) {
                comma += 1
            }
            guard comma < sentence.upperBound, comma > segmentStart, words[comma].mark == ",",
                  isApposition(segmentStart..<comma) else { break }
            segmentStart = comma + 1
        }
        return segmentStart
    }

    /// Whether words `range` describe a person rather than open the clause: no verb, and a role noun,
    /// an age ("42 ans"), a former ("ancien", "former") or a noun with its complement ("mère de", "sociologue à").
    private func isApposition(_ range: Range<Int>) -> Bool {
        guard !range.contains(where: { vocabulary.finiteVerbs.contains(words[$0].folded) || cues.cue(at: $0) != nil }) else { return false }
        if range.contains(where: { finder.speakerNoun(at: $0)?.nounClass == .role }) { return true }
        let first = words[range.lowerBound].folded
        if Self.formerWords.contains(first) { return true }
        guard range.count >= 2 else { return false }
        let second = words[range.lowerBound + 1].folded
        if first.first?.isNumber == true, ["ans", "years", "year-old"].contains(second) { return true }
        return !words[range.lowerBound].isCapitalized && !vocabulary.articles.contains(first) && vocabulary.complementPrepositions.contains(second)
    }

    private static let formerWords: Set<String> = ["ancien", "ancienne", "anciens", "ex", "former", "lui-meme", "elle-meme"]

    /// Whether the speaker of a "cue + que" candidate is the author ("on peut dire que", "cela suggère
    /// que", "il est à noter que").
    func hasAuthorSubject(_ cue: Int) -> Bool {
        let sentence = layout.sentences[layout.sentenceOfWord[cue]]
        var position = cue - 1
        while position > max(sentence.lowerBound, cue - 6) {
            if ["il", "it"].contains(words[position - 1].folded), Self.impersonalVerbs.contains(words[position].folded) { return true }
            position -= 1
        }
        var index = cue - 1
        while index >= 0, !words[index].isPunctuation, finder.vocabulary.verbGroupWords.contains(words[index].folded) { index -= 1 }
        guard index >= 0 else { return false }
        // "Chez Renault, on estime que": not the author.
        if words[index].folded == "on", words[sentence.lowerBound].folded == "chez" { return false }
        return vocabulary.authorSubjects.contains(words[index].folded)
            || (index > 0 && ["peut", "peux", "faut", "pouvons", "can", "could", "must"].contains(words[index].folded))
    }
}
