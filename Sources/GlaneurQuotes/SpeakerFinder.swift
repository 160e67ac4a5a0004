import GlaneurCore

/// Finds and resolves speaker mentions around cues: names (through the entities layer and short
/// forms), pronouns (to the latest compatible person), descriptions (to the person given that role, or
/// the name they contain) and unnamed sources.
struct SpeakerFinder {
    let layout: QuoteLayout
    let names: DocumentNames
    let lexicon: QuoteLexicon
    let text: String
    /// Closed-class words of the speaker rules.
    var vocabulary: SpeakerWords { lexicon.speakerWords }

    /// Whether the folded word is a preposition ("de", "chez", "by").
    func isPreposition(_ folded: String) -> Bool { vocabulary.prepositions.contains(folded) }
    private static let authorPronouns: Set<String> = ["je", "j'", "nous", "on", "vous", "i", "we", "you"]

    // MARK: Segments

    /// The speaker named in words `range` (outside quotations). Among names of equal rank, the first
    /// wins, or the last one with `nearestToEnd` (a subject just before its verb).
    func speaker(in range: Range<Int>, recent: [SpeakerMention], nearestToEnd: Bool = false) -> SpeakerMention? {
        let words = layout.words
        var bestUnit: (priority: Int, number: Int)?
        var pronoun: (range: Range<Int>, entry: PronounEntry)?
        var head: (index: Int, noun: SpeakerNoun)?
        var index = range.lowerBound
        while index < range.upperBound {
            guard layout.isOutsideQuotes(index), !words[index].isPunctuation else { index += 1; continue }
            if let number = names.unitOfWord[index] {
                let unit = names.units[number]
                let priority = Self.priority(of: unit)
                if priority < 9, bestUnit == nil || priority < bestUnit!.priority || (nearestToEnd && priority == bestUnit!.priority) {
                    bestUnit = (priority, number)
                }
                index = max(index + 1, unit.range.upperBound)
                continue
            }
            // A stressed pronoun stands alone ("selon lui,", "according to her"), not before a noun ("her label").
            if pronoun == nil, let found = pronounEntry(at: index, limit: range.upperBound),
               found.entry.role != .stressed || found.range.upperBound == range.upperBound || words[found.range.upperBound].isPunctuation {
                pronoun = found
            }
            if head == nil, let noun = speakerNoun(at: index), noun.nounClass != .title, noun.nounClass != .data {
                head = (index, noun)
            }
            index += 1
        }
        if let best = bestUnit, best.priority == 0 { return mention(ofUnit: best.number) }
        if let head {
            let phrase = descriptionRange(from: head.index, limit: range.upperBound)
            switch head.noun.nounClass {
            case .role where Self.spokespersonNouns.contains(headForm(at: head.index)):
                if let best = bestUnit, best.priority < 6, names.units[best.number].isOrganizationLike
                    || names.units[best.number].type == .organization || (names.units[best.number].type == nil && !names.units[best.number].isPersonLike) {
                    return mention(ofUnit: best.number).mentioned(at: layout.span(phrase.lowerBound, phrase.upperBound), as: .description)
                }
                // "a spokesman for the group", "son porte-parole": the organisation the article is about.
                if let number = spokespersonOrganization(head: head.index, phrase: phrase, recent: recent) {
                    var found = mention(ofUnit: number).mentioned(at: layout.span(phrase.lowerBound, phrase.upperBound), as: .description)
                    if found.type == nil || found.type == .product { found.type = .organization }
                    return found
                }
                return unnamed(phrase, gender: head.noun.gender)
            case .role where isIndefinite(head.index):
                // "un conseiller", "a spokesperson": someone the article does not name.
                if let best = bestUnit, best.priority < 6, names.units[best.number].range.lowerBound == head.index + 1,
                   !names.units[best.number].isOrganizationLike {
                    return mention(ofUnit: best.number)
                }
                return unnamed(phrase, gender: head.noun.gender)
            case .role:
                // "le développeur Nar": a name in apposition to the role.
                if let best = bestUnit, best.priority < 6, names.units[best.number].range.lowerBound > head.index,
                   !names.units[best.number].isOrganizationLike, names.units[best.number].type != .organization,
                   names.units[best.number].range.lowerBound == phrase.upperBound || names.units[best.number].range.lowerBound == head.index + 1 {
                    return mention(ofUnit: best.number)
                }
                let span = layout.span(phrase.lowerBound, phrase.upperBound)
                if let person = personWithRole(phrase: phrase, before: range.lowerBound, gender: head.noun.gender) {
                    return person.mentioned(at: span, as: .description)
                }
                // "le syndicaliste", "the executive": a definite description takes up the latest person, named
                // in this sentence or the previous one.
                if head.noun.gender != .plural, let latest = latestPerson(before: range.lowerBound, gender: head.noun.gender),
                   isNearby(latest, position: range.lowerBound) {
                    return latest.mentioned(at: span, as: .description)
                }
                return unnamed(phrase, gender: head.noun.gender)
            case .source:
                if let best = bestUnit, best.priority < 6 { return mention(ofUnit: best.number) }
                // "the report" after "Deloitte's annual review": the author of the source named before.
                if vocabulary.reportNouns.contains(headForm(at: head.index)), isDefiniteDescription(head.index),
                   let number = earlierSourceAuthor(before: head.index) {
                    return mention(ofUnit: number).mentioned(at: layout.span(phrase.lowerBound, phrase.upperBound), as: .description)
                }
                return unnamed(phrase, gender: head.noun.gender)
            case .group:
                // "d'autres comme Rand": a name the group is said to include; not "des sources proches de l'Élysée".
                if let best = bestUnit, best.priority < 6, introducesMember(before: names.units[best.number].range.lowerBound) {
                    return mention(ofUnit: best.number)
                }
                // "Analysts at Davy", "les économistes de BNP Paribas": the organisation they work for speaks.
                if let best = bestUnit, best.priority < 6, worksFor(head: head.index, unit: names.units[best.number]) {
                    return mention(ofUnit: best.number).mentioned(at: layout.span(phrase.lowerBound, phrase.upperBound), as: .description)
                }
                return unnamed(phrase, gender: head.noun.gender)
            case .institution:
                // "le ministère de l'Intérieur", "the Community union": the name it contains.
                if let best = bestUnit, best.priority < 6, !names.units[best.number].isPersonLike {
                    return mention(ofUnit: best.number)
                }
                // "the company", "le groupe": the organisation the article is about, named just before.
                // "Selon le tribunal" after "Le tribunal correctionnel de Paris a condamné": the full name given before.
                if phrase.upperBound == head.index + 1, isDefiniteDescription(head.index),
                   let earlier = earlierInstitutionName(head: head.index) {
                    return SpeakerMention(span: layout.span(phrase.lowerBound, phrase.upperBound), canonical: String(text.slice(earlier)),
                                          type: .organization, entityID: nil, kind: .description, gender: head.noun.gender)
                }
                // "Europe's largest airline", "the carrier": never the place, the organisation of that kind.
                if isAnaphoricInstitution(headForm(at: head.index)), isDefiniteDescription(head.index),
                   let number = organizationTakenUp(before: range.lowerBound, head: headForm(at: head.index), recent: recent) {
                    var found = mention(ofUnit: number).mentioned(at: layout.span(phrase.lowerBound, phrase.upperBound), as: .description)
                    if found.type == nil || found.type == .product { found.type = .organization }
                    return found
                }
                let nameStart = phrase.lowerBound < head.index ? head.index : phrase.lowerBound
                let capitalized = (nameStart..<phrase.upperBound).contains { words[$0].isCapitalized }
                let span = capitalized ? layout.span(nameStart, phrase.upperBound) : layout.span(phrase.lowerBound, phrase.upperBound)
                return SpeakerMention(span: span, canonical: capitalized ? String(text.slice(span)) : nil,
                                      type: capitalized ? .organization : nil, entityID: nil,
                                      kind: capitalized ? .description : .unnamed, gender: head.noun.gender)
            case .title, .data:
                break
            }
        }
        if let best = bestUnit, best.priority < 6 { return mention(ofUnit: best.number) }
        if let pronoun { return resolve(pronoun.entry, at: pronoun.range, recent: recent) }
        // A capital for its government ("Washington estime que") comes last; not a place completing a
        // description ("la skieuse originaire de Mels (Saint-Gall)").
        if let best = bestUnit, best.priority < 9,
           !(range.lowerBound..<names.units[best.number].range.lowerBound).contains(where: {
               !words[$0].isPunctuation && !words[$0].isCapitalized && !vocabulary.descriptionOpeners.contains(words[$0].folded)
           }) {
            return mention(ofUnit: best.number)
        }
        return nil
    }

    /// The organisation a spokesperson with no name speaks for: a definite institution noun after it
    /// ("a spokesman for the group") or a possessive before it ("son porte-parole", "its spokeswoman").
    private func spokespersonOrganization(head: Int, phrase: Range<Int>, recent: [SpeakerMention]) -> Int? {
        let words = layout.words
        var end = head + 1
        while end < phrase.upperBound, words[end].hyphenBefore { end += 1 }
        if let institution = (end..<phrase.upperBound).first(where: { speakerNoun(at: $0)?.nounClass == .institution }),
           isDefiniteDescription(institution) {
            return organizationTakenUp(before: phrase.lowerBound, head: headForm(at: institution), recent: recent)
        }
        if head > 0, Self.possessives.union(["his", "her"]).contains(words[phrase.lowerBound].folded) {
            return organizationTakenUp(before: phrase.lowerBound, head: nil, recent: recent)
        }
        return nil
    }

    /// Whether `unit` is an organisation right after the group noun at `head` and a preposition of
    /// membership ("analysts at Davy", "les analystes de Natixis", "economists from ING").
    private func worksFor(head: Int, unit: NamedUnit) -> Bool {
        let words = layout.words
        guard !unit.isPersonLike, unit.type != .person, unit.type != .place else { return false }
        var position = head + 1
        guard position < unit.range.lowerBound, Self.membershipPrepositions.contains(words[position].folded) else { return false }
        position += 1
        while position < unit.range.lowerBound, vocabulary.descriptionOpeners.contains(words[position].folded) { position += 1 }
        return position == unit.range.lowerBound
    }

    private static let membershipPrepositions: Set<String> = ["at", "from", "of", "de", "d'", "du", "des", "chez"]

    /// Whether the words before `index` introduce a member of a group ("comme", "such as", "including").
    private func introducesMember(before index: Int) -> Bool {
        let words = layout.words
        guard index > 0 else { return false }
        let previous = words[index - 1].folded
        if ["comme", "notamment", "like", "including", "dont"].contains(previous) { return true }
        guard index > 1 else { return false }
        let pair = words[index - 2].folded + " " + previous
        return ["tels que", "telles que", "tel que", "such as", "a commencer"].contains(pair) || words[index - 1].mark == ","
    }

    /// The latest person mentioned before word `position` whose gender hint is compatible.
    private func latestPerson(before position: Int, gender: SpeakerGender) -> SpeakerMention? {
        guard let last = names.lastPerson(before: position) else { return nil }
        var index = last
        while index >= max(0, last - 30) {
            let unit = names.units[names.persons[index]]
            if unit.gender.accepts(gender) && !isModifier(unit) { return mention(ofUnit: names.persons[index]) }
            index -= 1
        }
        return nil
    }

    /// "explique la skieuse de 21 ans", "said the teenager": next to a quote, a definite description
    /// whose noun no lexicon lists stands for a person: the nearest earlier person the article gives
    /// that word, else the latest compatible person of this sentence or the previous one.
    func personDescribed(by range: Range<Int>) -> SpeakerMention? {
        let words = layout.words
        guard range.count >= 2, let first = range.first, Self.definiteArticles.contains(words[first].folded) else { return nil }
        let noun = first + 1
        guard !words[noun].isPunctuation, !words[noun].isCapitalized, names.unitOfWord[noun] == nil,
              speakerNoun(at: noun) == nil, !vocabulary.verbGroupWords.contains(words[noun].folded) else { return nil }
        let gender: SpeakerGender = words[first].folded == "la" ? .feminine : words[first].folded == "le" ? .masculine : .either
        var end = noun + 1
        while end < range.upperBound, !words[end].isPunctuation, !vocabulary.circumstanceWords.contains(words[end].folded) { end += 1 }
        let span = layout.span(first, end)
        // Only persons with evidence of their own: typed by the entities layer, or with a gender hint.
        let isPerson = { (number: Int) -> Bool in
            let unit = self.names.units[number]
            return unit.range.lowerBound < first && unit.gender.accepts(gender) && (unit.type == .person || unit.gender != .either)
                && !self.isModifier(unit)
        }
        if let described = names.personsByContextWord[DocumentNames.compoundForm(words, noun)]?.last(where: isPerson) {
            return mention(ofUnit: described).mentioned(at: span, as: .description)
        }
        guard let last = names.lastPerson(before: first) else { return nil }
        let sentence = layout.sentenceOfWord[first]
        for index in stride(from: last, through: max(0, last - 10), by: -1) where isPerson(names.persons[index]) {
            let unit = names.units[names.persons[index]]
            guard layout.sentenceOfWord[unit.range.lowerBound] + 1 >= sentence else { return nil }
            return mention(ofUnit: names.persons[index]).mentioned(at: span, as: .description)
        }
        return nil
    }

    private static let definiteArticles: Set<String> = ["le", "la", "l'", "the"]

    /// Whether a person mention lies in the sentence of `position` or the one before.
    private func isNearby(_ person: SpeakerMention, position: Int) -> Bool {
        let words = layout.words
        guard let number = (0..<position).last(where: { names.unitOfWord[$0] != nil && layout.span($0, $0 + 1).start >= person.span.start })
                .flatMap({ names.unitOfWord[$0] }) else { return false }
        let unit = names.units[number]
        return layout.sentenceOfWord[unit.range.lowerBound] + 1 >= layout.sentenceOfWord[min(position, words.count - 1)]
    }

    /// A name used to qualify a noun, not as someone in the story: "the Trump administration",
    /// "l'administration Trump".
    private func isModifier(_ unit: NamedUnit) -> Bool {
        let words = layout.words
        let start = unit.range.lowerBound
        let end = unit.range.upperBound
        if start > 0, ["the", "a", "an"].contains(words[start - 1].folded), end < words.count,
           !words[end].isPunctuation, !words[end].isCapitalized, words[end].folded != "'s" {
            return true
        }
        // "l'administration Trump", "la loi Duval"; not "le maraîcher Paul Kerhervé", a first and last name
        // after a noun no lexicon lists.
        if start > 1, !words[start - 1].isPunctuation, !words[start - 1].isCapitalized,
           layout.sentenceOfWord[start - 2] == layout.sentenceOfWord[start],
           ["l'", "le", "la", "les"].contains(words[start - 2].folded) {
            let noun = speakerNoun(at: start - 1)
            if noun?.nounClass != .role && (noun != nil || unit.range.count == 1 || !unit.isPersonLike) { return true }
        }
        return false
    }

    /// Whether the noun at `index` has an indefinite determiner ("un analyste", "a spokesperson").
    private func isIndefinite(_ index: Int) -> Bool {
        // The nearest determiner within a few words: "un conseiller", "a White House spokeswoman".
        let words = layout.words
        var position = index - 1
        while position >= max(0, index - 4), !words[position].isPunctuation {
            let folded = words[position].folded
            if Self.indefiniteDeterminers.contains(folded) { return true }
            if vocabulary.descriptionOpeners.contains(folded) { return false }
            position -= 1
        }
        return false
    }

    private static let indefiniteDeterminers: Set<String> = ["un", "une", "des", "a", "an", "one", "another", "plusieurs", "several"]

    /// The folded head noun at `index`, joined to a hyphenated second part ("porte-parole").
    private func headForm(at index: Int) -> String {
        let words = layout.words
        if index + 1 < words.count, words[index + 1].hyphenBefore { return words[index].folded + "-" + words[index + 1].folded }
        return words[index].folded
    }

    /// The speaker noun at `index`, also when hyphenated ("porte-parole", "co-fondateur").
    func speakerNoun(at index: Int) -> SpeakerNoun? {
        let words = layout.words
        if index + 1 < words.count, words[index + 1].hyphenBefore,
           let noun = lexicon.speakerNouns[words[index].folded + "-" + words[index + 1].folded] {
            return noun
        }
        if words[index].hyphenBefore, index > 0, lexicon.speakerNouns[words[index - 1].folded + "-" + words[index].folded] != nil {
            return nil
        }
        return lexicon.speakerNouns[words[index].folded]
    }

    /// Lower is better: persons, then other multi-word names, organisations, single names, places.
    private static func priority(of unit: NamedUnit) -> Int {
        if unit.type == .product { return 9 }
        if unit.type == .place { return 7 }
        if unit.isPersonLike || unit.type == .person { return 0 }
        if unit.type == .organization || unit.isOrganizationLike { return 2 }
        if unit.range.count > 1 { return 1 }
        return unit.precededByDeterminer ? 4 : 3
    }

    func mention(ofUnit number: Int) -> SpeakerMention {
        let unit = names.fullName(of: number, words: layout.words)
        let span = layout.span(unit.range.lowerBound, unit.range.upperBound)
        let type: EntityType? = unit.type ?? (unit.isPersonLike ? .person : unit.isOrganizationLike ? .organization : nil)
        return SpeakerMention(span: span, canonical: unit.canonical, type: type, entityID: unit.entityID,
                              kind: unit.fromEntity ? .entity : .name, gender: unit.gender)
    }

    private func unnamed(_ phrase: Range<Int>, gender: SpeakerGender) -> SpeakerMention {
        SpeakerMention(span: layout.span(phrase.lowerBound, phrase.upperBound), canonical: nil, type: nil, entityID: nil,
                       kind: .unnamed, gender: gender)
    }

    /// A description noun phrase: its determiner, the head and up to a few following words, within `limit`.
    private func descriptionRange(from head: Int, limit: Int) -> Range<Int> {
        let words = layout.words
        var start = head
        // Back to the determiner over a few modifiers: "a White House spokeswoman", "le nouveau PDG".
        var position = head - 1
        while position >= max(0, head - 4), !words[position].isPunctuation, words[position].paragraph == words[head].paragraph,
              layout.isOutsideQuotes(position) {
            if vocabulary.descriptionOpeners.contains(words[position].folded) {
                start = position
                break
            }
            position -= 1
        }
        var end = head + 1
        while end < limit, end - head < 9, !words[end].isPunctuation, layout.isOutsideQuotes(end),
              !vocabulary.circumstanceWords.contains(words[end].folded),
              !vocabulary.verbGroupWords.contains(words[end].folded) || Self.descriptionInnerWords.contains(words[end].folded),
              lexicon.cue(at: end, in: words) == nil {
            end += 1
        }
        return start..<end
    }


    /// An earlier mention of the institution noun at `head` with lower-case complements ending in a name:
    /// "tribunal correctionnel de Paris", "conseil départemental de la Drôme". Its text span.
    private func earlierInstitutionName(head: Int) -> TextSpan? {
        let words = layout.words
        let noun = words[head].folded
        var index = head - 1
        while index >= 0 {
            if words[index].folded == noun, layout.isOutsideQuotes(index) {
                var end = index + 1
                var named = false
                while end < words.count, end - index < 8, !words[end].isPunctuation {
                    if vocabulary.adjectiveEndings.contains(where: { words[end].folded.hasSuffix($0) }), !words[end].isCapitalized {
                        end += 1
                    } else if ["de", "du", "des", "d'"].contains(words[end].folded) {
                        var next = end + 1
                        while next < words.count, ["la", "l'", "le", "les"].contains(words[next].folded) { next += 1 }
                        guard next < words.count, let number = names.unitOfWord[next], names.units[number].range.lowerBound == next else { break }
                        end = names.units[number].range.upperBound
                        named = true
                    } else {
                        break
                    }
                }
                if named { return layout.span(index, end) }
            }
            index -= 1
        }
        return nil
    }

    /// The name given with the latest earlier source noun: "Deloitte's annual review", "un rapport de
    /// la Cour des comptes", "a survey by Ipsos". Its unit number.
    private func earlierSourceAuthor(before position: Int) -> Int? {
        let words = layout.words
        var index = position - 1
        while index >= 0 {
            if layout.isOutsideQuotes(index), speakerNoun(at: index)?.nounClass == .source {
                // Before the noun: "Deloitte's (annual) review".
                var look = index - 1
                while look >= max(0, index - 3), !words[look].isPunctuation, words[look].folded != "'s" { look -= 1 }
                if look > 0, words[look].folded == "'s", let number = names.unitOfWord[look - 1], isAuthor(names.units[number]) { return number }
                // After it: "rapport (annuel) de la Cour des comptes", "survey by Ipsos".
                look = index + 1
                while look < min(words.count, index + 6), !words[look].isPunctuation {
                    if let number = names.unitOfWord[look] {
                        if isAuthor(names.units[number]), look > 0, vocabulary.prepositions.contains(words[look - 1].folded)
                            || vocabulary.descriptionOpeners.contains(words[look - 1].folded) { return number }
                        break
                    }
                    look += 1
                }
            }
            index -= 1
        }
        return nil
    }


    /// Whether a name may author a report: an organisation or a person, not a place or a product.
    private func isAuthor(_ unit: NamedUnit) -> Bool {
        unit.type != .place && unit.type != .product
    }


    /// Whether the description headed at `head` is definite: an article, a possessive or a possessive
    /// name before it ("the company", "sa filiale", "Europe's largest airline").
    private func isDefiniteDescription(_ head: Int) -> Bool {
        let words = layout.words
        var position = head - 1
        while position >= max(0, head - 4), !words[position].isPunctuation {
            let folded = words[position].folded
            if Self.indefiniteDeterminers.contains(folded) { return false }
            if Self.definiteDeterminers.contains(folded) || Self.possessives.contains(folded) || folded == "'s" { return true }
            position -= 1
        }
        return false
    }

    private static let possessives: Set<String> = ["its", "their", "son", "sa", "leur"]

    /// The organisation a definite description with head noun `head` (any kind when nil) takes up before word `position`:
    /// among organisations of a compatible kind (a business is not "the agency"), the one the article
    /// is about: each mention counts, twice as a sentence's subject, and being the subject (or the latest
    /// speaker) of the current or previous sentence adds six, being typed as an organisation two; ties go
    /// to the latest.
    func organizationTakenUp(before position: Int, head: String?, recent: [SpeakerMention]) -> Int? {
        let words = layout.words
        let currentSentence = layout.sentenceOfWord[min(position, words.count - 1)]
        // The organisation that spoke last, in person or through a spokesperson, in this sentence or the
        // previous one ("une porte-parole de X"); not analysts who work there.
        let previousStart = words[layout.sentences[max(0, currentSentence - 1)].lowerBound].span.start
        let lastSpeaker = recent.last.flatMap { last -> String? in
            guard last.type != .person, last.span.start >= previousStart else { return nil }
            let mention = TextFolding.fold(text.slice(last.span))
            guard last.kind != .description || Self.spokespersonNouns.contains(where: { mention.contains($0) }) else { return nil }
            return last.canonical.map(TextFolding.fold)
        }
        var scores: [String: (typed: Bool, score: Int, latest: Int)] = [:]
        // Organisations, and names of no known kind: several words, a sentence's subject before its verb
        // ("Zentra a annoncé"), or before an institution noun ("the RMT union").
        let candidates = names.units.indices.filter { number in
            let unit = names.units[number]
            guard unit.range.lowerBound < position, layout.isOutsideQuotes(unit.range.lowerBound), !unit.isPersonLike else { return false }
            if unit.type == .organization || unit.isOrganizationLike { return true }
            // "Instagram first introduced…": a product name opening the sentence may be its company.
            if unit.type == .product { return isSentenceSubject(unit.range.lowerBound) }
            guard unit.type == nil else { return false }
            if isAcronym(unit) { return true }
            let next = unit.range.upperBound
            guard next < words.count else { return false }
            if speakerNoun(at: next)?.nounClass == .institution { return true }
            let verbFollows = vocabulary.verbGroupWords.contains(words[next].folded) || lexicon.cue(at: next, in: words) != nil
            return (unit.range.count > 1 || isSentenceSubject(unit.range.lowerBound)) && verbFollows
        }
        // Of the kind the noun names when there is one ("the agency": an Agency), else the subject of
        // this sentence or the previous one, of any kind, else a name written as an acronym.
        let ofKind = candidates.filter { number in head.map { isCompatible(names.units[number], with: $0) } ?? true }
        let hasNamedKind = head.map { vocabulary.specificInstitutions.contains($0) || Self.regulatorNouns.contains($0) } ?? false
        let recentSubjects = candidates.filter { number in
            isSentenceSubject(names.units[number].range.lowerBound)
                && layout.sentenceOfWord[names.units[number].range.lowerBound] + 1 >= currentSentence
        }
        // Bodies go by acronyms ("NASA", "FDA"): else one of those.
        let acronyms = candidates.filter { isAcronym(names.units[$0]) }
        for number in ofKind.isEmpty && hasNamedKind ? (recentSubjects.isEmpty ? acronyms : recentSubjects) : ofKind {
            let unit = names.units[number]
            guard unit.type != .place, unit.type != .person else { continue }
            let subject = isSentenceSubject(unit.range.lowerBound)
            var score = subject ? 2 : 1
            let key = TextFolding.fold(unit.canonical)
            if (subject || key == lastSpeaker), layout.sentenceOfWord[unit.range.lowerBound] + 1 >= currentSentence { score += 6 }
            let typed = unit.type == .organization || unit.isOrganizationLike
            scores[key] = (typed, (scores[key]?.score ?? 0) + score, number)
        }
        return scores.values.max { ($0.score + ($0.typed ? 2 : 0), $0.latest) < ($1.score + ($1.typed ? 2 : 0), $1.latest) }?.latest
    }

    /// Whether a name is written as an acronym of three letters or more ("NASA", "ESTA").
    private func isAcronym(_ unit: NamedUnit) -> Bool {
        let surface = text.slice(layout.span(unit.range.lowerBound, unit.range.upperBound))
        return surface.count >= 3 && surface.allSatisfy { $0.isUppercase }
    }

    /// Whether an organisation can be called by the noun `head`: a business by any business noun, a
    /// body whose name holds a kind ("Agency", "Union") only by that kind, a regulator by an authority's name.
    private func isCompatible(_ unit: NamedUnit, with head: String) -> Bool {
        var nameWords = Set(QuoteLexicon.words(unit.canonical)).union(unit.range.map { layout.words[$0].folded })
        // "the RMT union": the noun after the name tells its kind.
        if unit.range.upperBound < layout.words.count { nameWords.insert(layout.words[unit.range.upperBound].folded) }
        if Self.regulatorNouns.contains(head) { return !nameWords.isDisjoint(with: vocabulary.authorityWords) }
        if vocabulary.specificInstitutions.contains(head) {
            return nameWords.contains(head) || !nameWords.isDisjoint(with: Self.institutionSynonyms[head] ?? [])
        }
        return nameWords.isDisjoint(with: vocabulary.specificInstitutions)
    }

    /// Name words that a specific institution noun also takes up ("le syndicat" for a "Confédération").
    private static let institutionSynonyms: [String: Set<String>] = [
        "syndicat": ["confederation", "federation", "union"], "union": ["confederation", "federation", "syndicat"],
        "federation": ["confederation", "union"], "agency": ["agence", "administration", "authority", "office"],
        "agence": ["agency", "autorite", "office"],
        "institute": ["institut"], "institut": ["institute"], "university": ["universite"], "universite": ["university"],
    ]
    /// Nouns that take up an organisation named earlier ("the company", "l'agence", "the regulator").
    private func isAnaphoricInstitution(_ head: String) -> Bool {
        vocabulary.businessInstitutions.contains(head) || vocabulary.specificInstitutions.contains(head) || Self.regulatorNouns.contains(head)
    }
    private static let regulatorNouns: Set<String> = ["regulator", "watchdog", "regulateur"]

    /// Whether word `index` opens its sentence, after an article at most, or after a circumstance
    /// opening the sentence ("Du côté des syndicats, Sud-Rail appelle").
    private func isSentenceSubject(_ index: Int) -> Bool {
        let words = layout.words
        let sentence = layout.sentences[layout.sentenceOfWord[index]]
        var start = sentence.lowerBound
        if vocabulary.prepositions.contains(words[start].folded),
           let comma = (start..<min(index, start + 8)).first(where: { words[$0].mark == "," }) {
            start = comma + 1
        }
        while start < index, words[start].isPunctuation || vocabulary.descriptionOpeners.contains(words[start].folded) { start += 1 }
        return start == index
    }
    private static let definiteDeterminers: Set<String> = ["le", "la", "l'", "the", "ce", "cette", "this"]
    /// Spokespeople speak for the organisation named with them ("a TSMC spokesperson").
    private static let spokespersonNouns: Set<String> = ["spokesperson", "spokesman", "spokeswoman", "porte-parole"]


    /// Words of the verb group that may still occur inside a description ("chercheur en politique").
    private static let descriptionInnerWords: Set<String> = ["en", "l'", "le"]


    /// A person named in apposition right after `end` (", Dmitri Peskov,"): its unit number.
    func appositiveName(at end: Int, limit: Int) -> Int? {
        let words = layout.words
        guard end + 1 < limit, words[end].mark == "," else { return nil }
        // "son avocat, Me Laurent Castel,": a title before the name.
        var first = end + 1
        while first + 1 < limit, lexicon.speakerNouns[words[first].folded]?.nounClass == .title || words[first].mark == "." { first += 1 }
        guard let number = names.unitOfWord[first] else { return nil }
        // "sa présidente, Le Floc'h,": after a role, a name of no known type is the person holding it.
        let afterRole = (max(0, end - 6)..<end).contains { speakerNoun(at: $0)?.nounClass == .role }
        guard names.units[number].isPersonLike || names.units[number].type == .person
                || (afterRole && names.units[number].type == nil && !names.units[number].isOrganizationLike) else { return nil }
        let after = names.units[number].range.upperBound
        guard after >= limit || words[after].isPunctuation else { return nil }
        return number
    }

    // MARK: Pronouns

    /// A pronoun (one or two words, possibly an inverted "-il") at `index`.
    func pronounEntry(at index: Int, limit: Int) -> (range: Range<Int>, entry: PronounEntry)? {
        let words = layout.words
        if index + 1 < limit, let entry = lexicon.pronouns[words[index].folded + " " + words[index + 1].folded] {
            return (index..<index + 2, entry)
        }
        if let entry = lexicon.pronouns[words[index].folded] { return (index..<index + 1, entry) }
        return nil
    }

    /// The person or organisation a pronoun at `range` stands for; unresolved pronouns keep the mention only.
    func resolve(_ entry: PronounEntry, at range: Range<Int>, recent: [SpeakerMention]) -> SpeakerMention {
        let span = layout.span(range.lowerBound, range.upperBound)
        if entry.gender == .plural {
            if let last = recent.last, last.canonical != nil, last.type != .person {
                return last.mentioned(at: span, as: .pronoun)
            }
            if let last = names.lastOrganization(before: range.lowerBound) {
                return mention(ofUnit: names.organizations[last]).mentioned(at: span, as: .pronoun)
            }
            return SpeakerMention(span: span, canonical: nil, type: nil, entityID: nil, kind: .pronoun, gender: .plural)
        }
        // "La Commission de régulation se montre réservée. Elle calcule que …": a French il/elle taking up
        // an organisation that was the previous sentence's subject.
        if ["il", "elle"].contains(layout.words[range.lowerBound].folded), let organization = previousSubjectOrganization(before: range.lowerBound) {
            return organization.mentioned(at: span, as: .pronoun)
        }
        if let latest = latestPerson(before: range.lowerBound, gender: entry.gender) {
            return latest.mentioned(at: span, as: .pronoun)
        }
        if let last = recent.last(where: { ($0.type == .person || $0.type == nil) && $0.gender.accepts(entry.gender) }) {
            return last.mentioned(at: span, as: .pronoun)
        }
        return SpeakerMention(span: span, canonical: nil, type: nil, entityID: nil, kind: .pronoun, gender: entry.gender)
    }

    /// The organisation opening the sentence before the one at `position`, when nothing else is named
    /// in between (the pronoun's own sentence holds no name before it).
    private func previousSubjectOrganization(before position: Int) -> SpeakerMention? {
        let words = layout.words
        let current = layout.sentenceOfWord[position]
        guard current > 0 else { return nil }
        let sentence = layout.sentences[current]
        // No one named before it in its sentence (a unit such as "TWh" names no one).
        guard !(sentence.lowerBound..<position).contains(where: { index in
            names.unitOfWord[index].map { names.units[$0].isPersonLike || names.units[$0].isOrganizationLike || names.units[$0].type != nil } ?? false
        }) else { return nil }
        let previous = layout.sentences[current - 1]
        var index = previous.lowerBound
        while index < previous.upperBound, words[index].isPunctuation || vocabulary.descriptionOpeners.contains(words[index].folded) { index += 1 }
        guard index < previous.upperBound, let number = names.unitOfWord[index] else { return nil }
        let unit = names.units[number]
        guard unit.type == .organization || unit.isOrganizationLike else { return nil }
        return mention(ofUnit: number)
    }

    // MARK: Roles

    /// The person the article gives the role in `phrase` ("le PDG de Nvidia"): a person whose
    /// apposition or title words contain the head noun, best matching the other words, nearest first.
    private func personWithRole(phrase: Range<Int>, before position: Int, gender: SpeakerGender) -> SpeakerMention? {
        let words = layout.words
        let content = phrase.map { DocumentNames.compoundForm(words, $0) }
            .filter { ($0.count > 2 && !lexicon.notNames.contains($0)) || lexicon.speakerNouns[$0] != nil }
        guard let headWord = content.first(where: { lexicon.speakerNouns[$0] != nil }) else { return nil }
        var best: (score: Int, distance: Int, number: Int)?
        for number in names.personsByContextWord[headWord] ?? [] {
            let unit = names.units[number]
            guard unit.gender.accepts(gender) else { continue }
            let score = content.filter { unit.context.contains($0) }.count
            let distance = abs(unit.range.lowerBound - position) + (unit.range.lowerBound > position ? 100_000 : 0)
            if best == nil || score > best!.score || (score == best!.score && distance < best!.distance) {
                best = (score, distance, number)
            }
        }
        return best.map { mention(ofUnit: $0.number) }
    }

    // MARK: Subjects

    /// The subject of the cue verb at `cue` within `sentence`: for a finite verb, the noun phrase
    /// before it (skipping an apposition between commas); for a present participle, the subject of
    /// the main clause (the first speaker candidate not governed by a preposition).
    func subject(ofCue cue: Int, form: CueForm, sentence: Range<Int>, recent: [SpeakerMention]) -> SpeakerMention? {
        let words = layout.words
        if form.isPresentParticiple { return mainSubject(before: cue, sentence: sentence, recent: recent) }
        // "comme le souligne X", "as X noted": the subject follows the verb.
        if cue >= 2, ["le", "l'"].contains(words[cue - 1].folded), ["comme", "ainsi"].contains(words[cue - 2].folded) {
            var end = cue + form.words.count
            while end < sentence.upperBound, layout.isOutsideQuotes(end), words[end].mark != ",", words[end].mark != ":" { end += 1 }
            return speaker(in: (cue + form.words.count)..<end, recent: recent)
        }
        var index = cue - 1
        while index >= sentence.lowerBound {
            if !words[index].isPunctuation, vocabulary.verbGroupWords.contains(words[index].folded), names.unitOfWord[index] == nil {
                index -= 1
            } else if words[index].mark == ")", let open = (sentence.lowerBound..<index).last(where: { words[$0].mark == "(" }) {
                // "the Regulatory Agency (MHRA) warned": a parenthesis before the verb.
                index = open - 1
            } else {
                break
            }
        }
        guard index >= sentence.lowerBound else { return nil }
        // "Nigel Ross, who said", "Anne Roy, qui a déclaré": the relative takes up the name before its comma.
        if ["who", "qui"].contains(words[index].folded), index - 1 > sentence.lowerBound, words[index - 1].mark == "," { index -= 1 }
        // "Il a confirmé un accord et assuré que": a coordinated verb shares the main subject.
        if Self.coordinators.contains(words[index].folded) {
            return mainSubject(before: index, sentence: sentence, recent: recent)
        }
        if words[index].mark == "," {
            // An apposition between commas: "Liang Wenfeng, PDG de DeepSeek, a déclaré".
            var opening = index - 1
            while opening >= sentence.lowerBound, !(words[opening].mark == "," && layout.isOutsideQuotes(opening) && !isNumberComma(opening)) {
                opening -= 1
            }
            // "The Fed's chair, Jerome Powell, has said": a person's name alone between the commas.
            if opening >= sentence.lowerBound, let number = names.unitOfWord[opening + 1],
               names.units[number].range == (opening + 1)..<index,
               names.units[number].isPersonLike || names.units[number].type == .person {
                return mention(ofUnit: number)
            }
            // "Sa présidente, Le Floc'h, a prévenu", "The group, WeWorkers Coalition, said": a name alone
            // after a description is what it describes.
            if opening >= sentence.lowerBound, let number = names.unitOfWord[opening + 1],
               names.units[number].range == (opening + 1)..<index, names.units[number].type != .place,
               names.units[number].type != .product,
               let noun = (clauseStart(before: opening, sentence: sentence)..<opening).compactMap({ speakerNoun(at: $0) }).first,
               noun.nounClass != .title, noun.nounClass != .data {
                var found = mention(ofUnit: number)
                let organization = names.units[number].isOrganizationLike || names.units[number].type == .organization
                if noun.nounClass == .role, !organization { found.type = .person }
                if noun.nounClass != .role, found.type == nil { found.type = .organization }
                return found
            }
            if opening >= sentence.lowerBound {
                let start = clauseStart(before: opening, sentence: sentence)
                // "Which?, the consumer group, said": a name the layers do not know, described by the apposition.
                if let named = capitalisedPhrase(sentence.lowerBound..<opening, describedBy: (opening + 1)..<index) { return named }
                if let found = speaker(in: start..<opening, recent: recent, nearestToEnd: true) {
                    // "Le rapport, publié par la Cour des comptes, juge": the name in the apposition.
                    if found.canonical == nil, found.kind == .unnamed,
                       let head = (start..<opening).first(where: { speakerNoun(at: $0) != nil }).flatMap({ speakerNoun(at: $0) }),
                       head.nounClass == .source || head.nounClass == .role,
                       let named = speaker(in: (opening + 1)..<index, recent: recent),
                       named.kind == .entity || named.kind == .name {
                        return named
                    }
                    return found
                }
            }
            return speaker(in: clauseStart(before: index, sentence: sentence)..<index, recent: recent, nearestToEnd: true)
        }
        let start = clauseStart(before: index + 1, sentence: sentence)
        // "Chez STMicroelectronics, on précise que": the organisation speaks through "on".
        if words[index].folded == "on", index == start, words[sentence.lowerBound].folded == "chez",
           let comma = (sentence.lowerBound..<index).first(where: { words[$0].mark == "," }) {
            return speaker(in: (sentence.lowerBound + 1)..<comma, recent: recent)
        }
        return speaker(in: start..<(index + 1), recent: recent, nearestToEnd: true)
    }

    /// A short capitalised phrase opening the sentence that no name covers ("Which?"), followed by an
    /// apposition describing it ("the consumer group"): the speaker, named by its own words.
    private func capitalisedPhrase(_ range: Range<Int>, describedBy apposition: Range<Int>) -> SpeakerMention? {
        let words = layout.words
        let content = range.filter { !words[$0].isPunctuation }
        guard let first = content.first, let last = content.last, first == range.lowerBound, content.count <= 4,
              range.lowerBound == layout.sentences[layout.sentenceOfWord[range.lowerBound]].lowerBound,
              content.allSatisfy({ words[$0].isCapitalized && names.unitOfWord[$0] == nil }),
              let opener = apposition.first, vocabulary.descriptionOpeners.contains(words[opener].folded),
              let head = apposition.first(where: { speakerNoun(at: $0) != nil }).flatMap({ speakerNoun(at: $0) }),
              head.nounClass == .institution || head.nounClass == .group else { return nil }
        // "Which?": a mark written against the name belongs to it.
        var end = last + 1
        if end < range.upperBound, let mark = words[end].mark, "?!".contains(mark), words[end].span.start == words[last].span.end { end += 1 }
        let span = layout.span(first, end)
        return SpeakerMention(span: span, canonical: String(text.slice(span)), type: .organization, entityID: nil, kind: .name,
                              gender: .plural)
    }

    /// The subject of the sentence's main clause: the first speaker candidate not governed by a
    /// preposition, else the latest speaker.
    private func mainSubject(before cue: Int, sentence: Range<Int>, recent: [SpeakerMention]) -> SpeakerMention? {
        let words = layout.words
        var index = sentence.lowerBound
        while index < cue {
            // "The group, WeWorkers Coalition, formed … stating that": the name in apposition to the description.
            if speakerNoun(at: index) != nil, index + 2 < cue, words[index + 1].mark == ",", let number = names.unitOfWord[index + 2],
               names.units[number].range.lowerBound == index + 2, names.units[number].range.upperBound < cue,
               words[names.units[number].range.upperBound].mark == ",", names.units[number].type != .place {
                return mention(ofUnit: number)
            }
            // "Mayor Ruth Olsen", "Council leader Amy Park": the name after a role, not the role.
            if speakerNoun(at: index) != nil, index + 1 < cue, let number = names.unitOfWord[index + 1],
               names.units[number].range.lowerBound == index + 1, names.units[number].isPersonLike {
                index += 1
                continue
            }
            if layout.isOutsideQuotes(index), !words[index].isPunctuation,
               !Self.authorPronouns.contains(words[index].folded), !isGovernedByPreposition(index, sentence: sentence) {
                let end = names.unitOfWord[index].map { names.units[$0].range.upperBound } ?? index + 1
                if let found = speaker(in: index..<min(end, cue), recent: recent), found.kind != .unnamed || found.canonical != nil {
                    // "WHO co-lead Mary Stone", "Town of Elmvale Mayor Ann Price": the person the
                    // organisation's name qualifies.
                    if found.type != .person, let person = personQualified(after: min(end, cue), before: cue) { return person }
                    return found
                }
            }
            index = names.unitOfWord[index].map { max(index + 1, names.units[$0].range.upperBound) } ?? index + 1
        }
        return recent.last
    }

    private static let coordinators: Set<String> = ["et", "mais", "puis", "and", "but", "then"]

    /// A person named right after role words (and capitalised words) from `start`: "co-lead Mary Stone".
    private func personQualified(after start: Int, before limit: Int) -> SpeakerMention? {
        let words = layout.words
        var index = start
        var roles = 0
        while index < min(limit, start + 5), !words[index].isPunctuation || words[index].hyphenBefore {
            if let number = names.unitOfWord[index], names.units[number].range.lowerBound == index {
                return roles > 0 && names.units[number].isPersonLike ? mention(ofUnit: number) : nil
            }
            if speakerNoun(at: index)?.nounClass == .role || speakerNoun(at: index)?.nounClass == .title {
                roles += 1
            } else if !words[index].hyphenBefore && !words[index].isCapitalized && !(index + 1 < limit && words[index + 1].hyphenBefore) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// "from the White House", "à l'Élysée": a preposition right before the word or its article.
    private func isGovernedByPreposition(_ index: Int, sentence: Range<Int>) -> Bool {
        let words = layout.words
        guard index > sentence.lowerBound else { return false }
        if vocabulary.prepositions.contains(words[index - 1].folded) { return true }
        return index - 1 > sentence.lowerBound && vocabulary.descriptionOpeners.contains(words[index - 1].folded)
            && vocabulary.prepositions.contains(words[index - 2].folded)
    }

    /// A comma inside a number ("5,000") is not a clause boundary.
    func isNumberComma(_ index: Int) -> Bool {
        let words = layout.words
        guard words[index].mark == ",", index > 0, index + 1 < words.count else { return false }
        return words[index - 1].folded.last?.isNumber == true && words[index + 1].folded.first?.isNumber == true
            && words[index - 1].span.end == words[index].span.start && words[index].span.end == words[index + 1].span.start
    }

    /// Start of the clause ending before `end`: after the last comma, semicolon, colon, closing mark or
    /// relative/subordinating word, else the sentence start.
    private func clauseStart(before end: Int, sentence: Range<Int>) -> Int {
        let words = layout.words
        var index = end - 1
        while index >= sentence.lowerBound {
            if layout.isOutsideQuotes(index) {
                // "L'agence régionale de santé (ARS) des Pays de la Loire": a parenthesis inside the phrase.
                if words[index].mark == ")", let open = (sentence.lowerBound..<index).last(where: { words[$0].mark == "(" }), open > sentence.lowerBound,
                   !words[open - 1].isPunctuation {
                    index = open - 1
                    continue
                }
                if let mark = words[index].mark, ",;:»”\"()".contains(mark), !isNumberComma(index) { return index + 1 }
                if ["que", "qu'", "qui", "that", "who", "which"].contains(words[index].folded) { return index + 1 }
            } else if let quotation = layout.quotationOfWord[index] {
                return layout.quotations[quotation].outerEnd
            }
            index -= 1
        }
        return sentence.lowerBound
    }
}
