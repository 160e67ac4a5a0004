import GlaneurCore

/// A name in the text: an entity of the entities layer, or a run of capitalised words it does not know.
struct NamedUnit: Sendable {
    var range: Range<Int>
    var canonical: String
    var type: EntityType?
    var entityID: String?
    var fromEntity: Bool
    var isPersonLike: Bool
    var isOrganizationLike: Bool
    var gender: SpeakerGender
    var precededByDeterminer: Bool
    /// Folded words around the name outside its sentence's quotations (appositions, titles).
    var context: Set<String>
}

/// The names of one document, with what pronoun and description resolution need: persons in order,
/// full names by their words (for short forms), and the words around each person (for roles).
struct DocumentNames {
    let units: [NamedUnit]
    let unitOfWord: [Int?]
    /// Indices of person-like units outside quotations, in text order.
    let persons: [Int]
    /// Indices of organisation-like units outside quotations, in text order.
    let organizations: [Int]
    /// Persons by the words around them ("pdg", "ministre"), to resolve role descriptions.
    let personsByContextWord: [String: [Int]]
    /// Multi-word person and organisation units by each of their folded words.
    private let fullNamesByWord: [String: [Int]]

    private static let englishParticles: Set<String> = ["for", "of", "and", "the", "a", "&"]
    private static let nameArticles: Set<String> = ["le", "la", "les", "l'", "the"]

    init(layout: QuoteLayout, entities: [Entity], lexicon: QuoteLexicon, text: String) {
        let words = layout.words
        var units: [NamedUnit] = []
        var unitOfWord = [Int?](repeating: nil, count: words.count)

        // Runs of capitalised words ignoring entities: a discovered entity inside a longer run is a
        // piece of a longer name ("Cancer Now" in "Breast Cancer Now").
        var freeRunOfWord = [Range<Int>?](repeating: nil, count: words.count)
        for run in Self.capitalisedRuns(layout, unitOfWord, lexicon, text) where run.count > 1 {
            for position in run { freeRunOfWord[position] = run }
        }

        // Entities of the entities layer, mapped to word ranges.
        let sorted = entities.sorted { $0.span < $1.span }
        var wordIndex = 0
        for entity in sorted {
            while wordIndex < words.count && words[wordIndex].span.end <= entity.span.start { wordIndex += 1 }
            var end = wordIndex
            while end < words.count && words[end].span.start < entity.span.end { end += 1 }
            // A name has a capital somewhere: a lexicon alias matched on a common word ("un" for UN) is not one.
            guard end > wordIndex, (wordIndex..<end).allSatisfy({ unitOfWord[$0] == nil }),
                  text.slice(entity.span).contains(where: \.isUppercase) else { continue }
            // "Insp." is not the lexicon's "INSP": an acronym alias matched on a word not written in capitals.
            if entity.origin != .discovered, end - wordIndex == 1, QuoteLexicon.words(entity.canonical).count >= 3,
               !Self.isShoutedAcronym(text.slice(entity.span)) { continue }
            // "Météo-France", "Aix-Marseille": an entity starting inside a hyphenated name is a piece of it.
            if words[wordIndex].hyphenBefore, wordIndex > 0, words[wordIndex - 1].isCapitalized, unitOfWord[wordIndex - 1] == nil { continue }
            // A place opening an organisation's name is part of it: "Arizona Building and Construction Trades Council".
            if let run = freeRunOfWord[wordIndex], run.lowerBound <= wordIndex, run.upperBound >= end, run.count > end - wordIndex,
               entity.origin != .lexicon || (entity.type == .place && lexicon.organizationWords.contains(words[run.upperBound - 1].folded)) {
                continue
            }
            // A person's name has every word capitalised ("le maire" is not "Le Maire").
            if entity.type == .person, (wordIndex..<end).contains(where: {
                !words[$0].isPunctuation && !words[$0].isCapitalized && !lexicon.ruleWords.nameParticles.contains(words[$0].folded)
            }) { continue }
            // "Claire Vautrin" is not the lexicon's "Catherine Vautrin": a different first name before a surname match.
            if entity.type == .person, wordIndex > 0, words[wordIndex - 1].isCapitalized, unitOfWord[wordIndex - 1] == nil,
               words[wordIndex - 1].span.end < entity.span.start, words[wordIndex - 1].paragraph == words[wordIndex].paragraph,
               !lexicon.notNames.contains(words[wordIndex - 1].folded), lexicon.speakerNouns[words[wordIndex - 1].folded] == nil,
               let canonicalFirst = QuoteLexicon.words(entity.canonical).first, canonicalFirst != words[wordIndex - 1].folded,
               QuoteLexicon.words(entity.canonical).count > end - wordIndex {
                continue
            }
            // "chez Marie Dupuis, responsable …" typed as an organisation: two or three capitalised words
            // opening with a known first name, none of them an organisation word, name a person.
            let type = Self.isMistypedPerson(entity, wordIndex..<end, words, lexicon) ? EntityType.person : entity.type
            let person = type == .person
            let organization = type == .organization
            for index in wordIndex..<end { unitOfWord[index] = units.count }
            units.append(NamedUnit(range: wordIndex..<end, canonical: person ? Self.withoutLeadingRoles(entity.canonical, lexicon) : entity.canonical,
                                   type: type, entityID: entity.id,
                                   fromEntity: true, isPersonLike: person, isOrganizationLike: organization, gender: .either,
                                   precededByDeterminer: wordIndex > 0 && lexicon.ruleWords.nameDeterminers.contains(words[wordIndex - 1].folded),
                                   context: []))
        }

        // Capitalised words seen away from a sentence start: single sentence-initial words count as
        // names only if they also occur capitalised elsewhere, belong to a longer name or precede a verb.
        var capitalizedInside: Set<String> = []
        for index in words.indices where words[index].isCapitalized && !Self.isClauseStart(layout, index) {
            capitalizedInside.insert(words[index].folded)
        }

        // Capitalised runs.
        let runs = Self.capitalisedRuns(layout, unitOfWord, lexicon, text)
        var multiWordFolded: Set<String> = []
        for run in runs where run.count > 1 {
            for position in run where !words[position].isPunctuation { multiWordFolded.insert(words[position].folded) }
        }
        for run in runs {
            if run.count == 1 {
                let word = words[run.lowerBound]
                // "The German automaker says": a nationality adjective before a lower-case noun.
                if let next = run.upperBound < words.count ? words[run.upperBound] : nil, !next.isPunctuation, !next.isCapitalized,
                   lexicon.ruleWords.nationalitySuffixes.contains(where: { word.folded.hasSuffix($0) }),
                   !lexicon.ruleWords.nameAuxiliaries.contains(next.folded), lexicon.cue(at: run.upperBound, in: words) == nil { continue }
                let next = run.upperBound < words.count ? words[run.upperBound] : nil
                let beforeVerb = next.map { lexicon.ruleWords.nameAuxiliaries.contains($0.folded) || lexicon.cue(at: run.upperBound, in: words) != nil } ?? false
                if Self.isClauseStart(layout, run.lowerBound) && !capitalizedInside.contains(word.folded)
                    && !multiWordFolded.contains(word.folded) && (!beforeVerb || lexicon.speakerNouns[word.folded] != nil) { continue }
            }
            let folded = run.map { words[$0].folded }
            let organization = folded.contains { lexicon.organizationWords.contains($0) }
            let acronyms = run.allSatisfy { String(text.slice(words[$0].span)).allSatisfy { !$0.isLowercase } }
            let parts = run.filter { !words[$0].hyphenBefore && !words[$0].isPunctuation }.count
            let alphabetic = run.allSatisfy { words[$0].isPunctuation || !words[$0].folded.contains(where: \.isNumber) }
            let person = parts > 1 && !organization && !acronyms && alphabetic && !Self.nameArticles.contains(folded[0])
            for position in run { unitOfWord[position] = units.count }
            units.append(NamedUnit(range: run, canonical: String(text.slice(layout.span(run.lowerBound, run.upperBound))),
                                   type: nil, entityID: nil, fromEntity: false, isPersonLike: person,
                                   isOrganizationLike: organization, gender: .either,
                                   precededByDeterminer: run.lowerBound > 0 && lexicon.ruleWords.nameDeterminers.contains(words[run.lowerBound - 1].folded),
                                   context: []))
        }
        units.sort { $0.range.lowerBound < $1.range.lowerBound }
        units = units.map { Self.withUncutCanonical($0, layout: layout, text: text) }
        units = Self.withOrganizationComplements(units, layout: layout, lexicon: lexicon, text: text)
        unitOfWord = [Int?](repeating: nil, count: words.count)
        for (number, unit) in units.enumerated() {
            for position in unit.range { unitOfWord[position] = number }
        }

        // "le groupe Mécafor", "the carrier Wizz": a name right after an institution noun is an organisation.
        for number in units.indices where units[number].type == nil && !units[number].isPersonLike {
            let start = units[number].range.lowerBound
            if start > 0, !words[start - 1].isCapitalized, lexicon.speakerNouns[words[start - 1].folded]?.nounClass == .institution {
                units[number].isOrganizationLike = true
            }
        }

        // Full names by word; single words of a known person name become that person.
        var fullNamesByWord: [String: [Int]] = [:]
        for (number, unit) in units.enumerated() where unit.range.count > 1 && (unit.isPersonLike || unit.isOrganizationLike) {
            for position in unit.range where !words[position].isPunctuation && words[position].isCapitalized {
                fullNamesByWord[words[position].folded, default: []].append(number)
            }
        }
        for number in units.indices where units[number].range.count == 1 && !units[number].isPersonLike {
            let folded = words[units[number].range.lowerBound].folded
            if let full = fullNamesByWord[folded]?.first, units[full].isPersonLike, !units[number].isOrganizationLike,
               units[number].type == nil || units[number].type == .person {
                units[number].isPersonLike = true
            }
        }

        // Context words and gender hints of persons.
        var persons: [Int] = []
        var organizations: [Int] = []
        for number in units.indices where layout.isOutsideQuotes(units[number].range.lowerBound) {
            let unit = units[number]
            if unit.isPersonLike {
                persons.append(number)
                var context: Set<String> = []
                var gender = SpeakerGender.either
                let sentence = layout.sentences[layout.sentenceOfWord[unit.range.lowerBound]]
                var position = unit.range.lowerBound - 1
                // "La ministre de l'Économie, Claire Vautrin": the role may stand before a comma.
                let contextStart = max(sentence.lowerBound, unit.range.lowerBound - 10)
                if position >= contextStart, words[position].mark == "," { position -= 1 }
                while position >= contextStart, layout.isOutsideQuotes(position), words[position].mark != ",",
                      unitOfWord[position].map({ !units[$0].isPersonLike }) ?? true {
                    context.insert(Self.compoundForm(words, position))
                    if gender == .either, let noun = lexicon.speakerNouns[words[position].folded],
                       noun.nounClass == .title || (noun.nounClass == .role && noun.gender == .feminine) {
                        gender = noun.gender
                    }
                    position -= 1
                }
                position = unit.range.upperBound
                if position < sentence.upperBound, words[position].mark == "," {
                    position += 1
                    while position < min(sentence.upperBound, unit.range.upperBound + 10), layout.isOutsideQuotes(position),
                          !words[position].isPunctuation {
                        context.insert(Self.compoundForm(words, position))
                        if let noun = lexicon.speakerNouns[words[position].folded], noun.nounClass == .role, noun.gender == .feminine,
                           gender == .either {
                            gender = .feminine
                        }
                        position += 1
                    }
                }
                if gender == .either, let first = Self.firstName(of: unit, words: words, lexicon: lexicon) { gender = first }
                units[number].context = context
                units[number].gender = gender
            } else if unit.isOrganizationLike || unit.type == .organization || (unit.type == nil && unit.range.count > 1) {
                organizations.append(number)
            }
        }
        // A run of capitalised words is a person's name only with some evidence: a known first name, its
        // last word used alone elsewhere ("Stafford said"), or a role or title next to it. "Central Park",
        // "Human Landing System" have none.
        var standalone: Set<String> = []
        for unit in units where unit.range.count == 1 && !unit.fromEntity { standalone.insert(words[unit.range.lowerBound].folded) }
        persons = persons.filter { number in
            let unit = units[number]
            guard !unit.fromEntity, unit.range.count > 1 else { return true }
            // "a spokeswoman for Aer Lingus", "porte-parole de Bouygues Immobilier": the body a role belongs to.
            let start = unit.range.lowerBound
            if start > 1, Self.roleComplementPrepositions.contains(words[start - 1].folded),
               lexicon.speakerNouns[DocumentNames.compoundForm(words, start - 2)]?.nounClass == .role,
               Self.firstName(of: unit, words: words, lexicon: lexicon) == nil {
                units[number].isPersonLike = false
                units[number].isOrganizationLike = true
                organizations.append(number)
                return false
            }
            let evidence = Self.firstName(of: unit, words: words, lexicon: lexicon) != nil
                || standalone.contains(words[unit.range.upperBound - 1].folded)
                || unit.context.contains { lexicon.speakerNouns[$0].map { $0.nounClass == .role || $0.nounClass == .title } ?? false }
            if !evidence { units[number].isPersonLike = false }
            return evidence
        }
        organizations.sort()
        // A short form has the gender of its full name.
        for number in persons where units[number].gender == .either && units[number].range.count == 1 && !units[number].fromEntity {
            if let full = fullNamesByWord[words[units[number].range.lowerBound].folded]?.last(where: { $0 < number }) {
                units[number].gender = units[full].gender
            }
        }
        var personsByContextWord: [String: [Int]] = [:]
        for number in persons {
            for word in units[number].context { personsByContextWord[word, default: []].append(number) }
        }
        self.personsByContextWord = personsByContextWord
        self.units = units
        self.unitOfWord = unitOfWord
        self.persons = persons
        self.organizations = organizations
        self.fullNamesByWord = fullNamesByWord
    }

    /// A canonical name cut inside the last word of its mention ("Anne Le Floc" for "Anne Le Floc'h")
    /// is completed from the text.
    private static func withUncutCanonical(_ unit: NamedUnit, layout: QuoteLayout, text: String) -> NamedUnit {
        var unit = unit
        let surface = text.slice(layout.span(unit.range.lowerBound, unit.range.upperBound))
        if surface.utf8.elementsEqual(unit.canonical.utf8) { return unit }
        var surfaceText = String(surface)
        var canonicalText = unit.canonical
        let folded = surfaceText.withUTF8 { TextFolding.fold(utf8: $0) }
        let canonical = canonicalText.withUTF8 { TextFolding.fold(utf8: $0) }
        guard folded.count > canonical.count, folded.hasPrefix(canonical),
              let next = folded.dropFirst(canonical.count).first, next.isLetter || next == "'" else { return unit }
        unit.canonical = surfaceText
        return unit
    }

    /// Organisation names ending in a marker word take their lower-case complements, the way French
    /// writes them: "l'Union sociale pour l'habitat", "Groupement des industries de Haute-Garonne",
    /// "la Cour des comptes". A name further on that a complement reaches is absorbed. `units` is sorted.
    private static func withOrganizationComplements(_ units: [NamedUnit], layout: QuoteLayout, lexicon: QuoteLexicon,
                                                    text: String) -> [NamedUnit] {
        let words = layout.words
        var unitStartingAt: [Int: Int] = [:]
        for (number, unit) in units.enumerated() { unitStartingAt[unit.range.lowerBound] = number }
        var result: [NamedUnit] = []
        var absorbedUntil = 0
        for var unit in units {
            guard unit.range.lowerBound >= absorbedUntil else { continue }
            let last = unit.range.upperBound - 1
            let sameName = !unit.fromEntity || QuoteLexicon.words(unit.canonical) == unit.range.map { words[$0].folded }
            guard unit.type != .person, unit.type != .place, !unit.isPersonLike, sameName, layout.isOutsideQuotes(last) else {
                result.append(unit)
                continue
            }
            // "Santé publique France", "Voies navigables France": a name, an adjective and a country or region.
            let next = unit.range.upperBound
            // "CISSS de Laval": an acronym takes a capitalised complement like a marker word.
            let acronym = unit.range.count == 1 && words[last].folded.count >= 3
                && Self.isShoutedAcronym(text.slice(layout.span(last, last + 1)))
            if !lexicon.organizationWords.contains(words[last].folded) && !acronym {
                if !unit.fromEntity, next + 1 < words.count, !words[next].isCapitalized, !words[next].isPunctuation,
                   lexicon.ruleWords.complementAdjectiveEndings.contains(where: { words[next].folded.hasSuffix($0) }),
                   let place = unitStartingAt[next + 1], units[place].type == .place {
                    unit.range = unit.range.lowerBound..<units[place].range.upperBound
                    unit.canonical = String(text.slice(layout.span(unit.range.lowerBound, unit.range.upperBound)))
                    unit.type = .organization
                    unit.isOrganizationLike = true
                    absorbedUntil = unit.range.upperBound
                }
                result.append(unit)
                continue
            }
            var end = unit.range.upperBound
            var position = end
            while position < words.count, position - end < 10, words[position].paragraph == words[last].paragraph,
                  !words[position].isPunctuation, layout.isOutsideQuotes(position) {
                let folded = words[position].folded
                if Self.complementPrepositions.contains(folded) {
                    var noun = position + 1
                    while noun < words.count, Self.nameArticles.contains(words[noun].folded) { noun += 1 }
                    guard noun < words.count, words[noun].paragraph == words[last].paragraph, !words[noun].isPunctuation,
                          !words[noun].folded.contains(where: \.isNumber), !lexicon.notNames.contains(words[noun].folded),
                          lexicon.cue(at: noun, in: words) == nil, !lexicon.ruleWords.nameDeterminers.contains(words[noun].folded) else { break }
                    if let number = unitStartingAt[noun] {
                        guard units[number].type != .person, !units[number].isPersonLike else { break }
                        position = units[number].range.upperBound
                    } else if words[noun].isCapitalized || (!acronym && !lexicon.ruleWords.notComplementNouns.contains(words[noun].folded)) {
                        position = noun + 1
                    } else {
                        break
                    }
                    end = position
                } else if !acronym, !words[position].isCapitalized, lexicon.ruleWords.complementAdjectiveEndings.contains(where: { folded.hasSuffix($0) }),
                          lexicon.cue(at: position, in: words) == nil {
                    position += 1
                    end = position
                } else {
                    break
                }
            }
            // "La Confédération paysanne" opening a sentence: the article is not part of the name.
            if !unit.fromEntity, unit.range.count > 1, Self.nameArticles.contains(words[unit.range.lowerBound].folded),
               lexicon.organizationWords.contains(words[unit.range.lowerBound + 1].folded) {
                unit.range = (unit.range.lowerBound + 1)..<unit.range.upperBound
                unit.canonical = String(text.slice(layout.span(unit.range.lowerBound, unit.range.upperBound)))
            }
            if end > unit.range.upperBound {
                unit.range = unit.range.lowerBound..<end
                unit.canonical = String(text.slice(layout.span(unit.range.lowerBound, end)))
                unit.isOrganizationLike = true
                absorbedUntil = end
            }
            result.append(unit)
        }
        return result
    }

    /// Prepositions between a role and the body it belongs to ("spokeswoman for", "porte-parole de").
    private static let roleComplementPrepositions: Set<String> = ["for", "of", "at", "de", "du", "d'", "chez"]

    /// Prepositions that join a complement to an organisation's name.
    private static let complementPrepositions: Set<String> = ["de", "des", "du", "d'", "pour", "sur", "aux"]

    /// A person's name without the titles and roles it may start with: "House Speaker Brian Bosma" →
    /// "Brian Bosma", "Press Secretary Stephanie Grisham" → "Stephanie Grisham".
    private static func withoutLeadingRoles(_ canonical: String, _ lexicon: QuoteLexicon) -> String {
        let parts = canonical.split(separator: " ")
        guard let last = parts.lastIndex(where: { lexicon.speakerNouns[TextFolding.fold($0)].map { $0.nounClass == .role || $0.nounClass == .title } ?? false }),
              parts.count - last - 1 >= 2 else { return canonical }
        return parts[(last + 1)...].joined(separator: " ")
    }

    /// The gender usually carried by the unit's first name ("Jean-Pierre", "Marie"), when known.
    private static func firstName(of unit: NamedUnit, words: [QuoteWord], lexicon: QuoteLexicon) -> SpeakerGender? {
        if unit.fromEntity {
            let first = QuoteLexicon.words(unit.canonical).first ?? ""
            return lexicon.firstNames[first]
        }
        var key = words[unit.range.lowerBound].folded
        var index = unit.range.lowerBound + 1
        while index < unit.range.upperBound, words[index].hyphenBefore {
            key += "-" + words[index].folded
            index += 1
        }
        return lexicon.firstNames[key] ?? lexicon.firstNames[words[unit.range.lowerBound].folded]
    }

    /// The fullest name of unit `number`: a short form ("Heim", "Fang") becomes the nearest earlier
    /// longer name containing it (else the next one); entities keep their canonical name.
    func fullName(of number: Int, words: [QuoteWord]) -> NamedUnit {
        let unit = units[number]
        if unit.fromEntity || unit.range.count > 1 { return unit }
        guard let candidates = fullNamesByWord[words[unit.range.lowerBound].folded], !candidates.isEmpty else { return unit }
        let start = unit.range.lowerBound
        let earlier = candidates.last { units[$0].range.lowerBound < start }
        guard let chosen = earlier ?? candidates.first else { return unit }
        var full = units[chosen]
        full.range = unit.range
        return full
    }

    /// Index into `persons` of the last person starting before word `position`.
    func lastPerson(before position: Int) -> Int? {
        var low = 0
        var high = persons.count
        while low < high {
            let middle = (low + high) / 2
            if units[persons[middle]].range.lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Index into `organizations` of the last organisation starting before word `position`.
    func lastOrganization(before position: Int) -> Int? {
        var low = 0
        var high = organizations.count
        while low < high {
            let middle = (low + high) / 2
            if units[organizations[middle]].range.lowerBound < position { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// The folded word, joined to the previous one when hyphenated ("porte-parole").
    static func compoundForm(_ words: [QuoteWord], _ index: Int) -> String {
        guard words[index].hyphenBefore, index > 0 else { return words[index].folded }
        return words[index - 1].folded + "-" + words[index].folded
    }

    /// Whether an organisation entity of the discovery reads as a person's name: two or three capitalised
    /// words, none an organisation word, the first a known first name or the name followed by a role in
    /// apposition ("X Y, responsable du secteur").
    private static func isMistypedPerson(_ entity: Entity, _ range: Range<Int>, _ words: [QuoteWord], _ lexicon: QuoteLexicon) -> Bool {
        guard entity.type == .organization, entity.origin == .discovered, range.count >= 2, range.count <= 3,
              range.allSatisfy({ words[$0].isCapitalized && !words[$0].isPunctuation && words[$0].folded.count > 1
                  && !lexicon.organizationWords.contains(words[$0].folded) }) else { return false }
        if lexicon.firstNames[words[range.lowerBound].folded] != nil { return true }
        var position = range.upperBound
        guard position + 1 < words.count, words[position].mark == "," else { return false }
        position += 1
        if lexicon.ruleWords.nameDeterminers.contains(words[position].folded), position + 1 < words.count { position += 1 }
        return lexicon.speakerNouns[words[position].folded]?.nounClass == .role
    }

    /// An acronym of three letters or more ("AFP", "OFCE") does not run into the name after it
    /// ("l’AFP Jean Dupuis"); initials ("DD Dosa") do.
    private static func isShoutedAcronym(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.count >= 3 && word.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
        }
        return word.count >= 3 && word.allSatisfy { $0.isUppercase || $0.isNumber }
    }

    /// Runs of capitalised words, with initials and particles, that do not cross a word already
    /// taken by a unit (`unitOfWord`).
    private static func capitalisedRuns(_ layout: QuoteLayout, _ unitOfWord: [Int?], _ lexicon: QuoteLexicon,
                                        _ text: String) -> [Range<Int>] {
        let words = layout.words
        var runs: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard Self.startsName(words, index, unitOfWord, lexicon, layout) else { index += 1; continue }
            var end = index + 1
            while end < words.count, unitOfWord[end] == nil, words[end].paragraph == words[index].paragraph {
                if Self.continuesName(words[end], lexicon) && !Self.isShoutedAcronym(text.slice(words[end - 1].span)) {
                    end += 1
                    continue
                }
                // Initials: "T.V. Narendran", "C.C. Wei".
                if words[end].mark == ".", words[end - 1].isCapitalized, words[end - 1].folded.count == 1,
                   words[end - 1].span.end == words[end].span.start, end + 1 < words.count, unitOfWord[end + 1] == nil,
                   Self.continuesName(words[end + 1], lexicon) {
                    end += 1
                    continue
                }
                // A middle initial: "Sonya A. Zoghlin", "John F. Kennedy".
                if words[end].isCapitalized, words[end].folded.count == 1, end + 2 < words.count, words[end + 1].mark == ".",
                   words[end].span.end == words[end + 1].span.start, unitOfWord[end + 2] == nil,
                   Self.continuesName(words[end + 2], lexicon) {
                    end += 3
                    continue
                }
                // A capitalised particle after a first name: "Anne Le Floc'h", "Charles De Courson".
                if end - index == 1, lexicon.firstNames[words[index].folded] != nil, lexicon.ruleWords.nameParticles.contains(words[end].folded),
                   words[end].isCapitalized, end + 1 < words.count, unitOfWord[end + 1] == nil,
                   words[end + 1].paragraph == words[index].paragraph, Self.continuesName(words[end + 1], lexicon) {
                    end += 2
                    continue
                }
                // "Bishop Ana Cruz of the Free Church", "Professor Tom Hale of the University of Leeds": a
                // person's name ends before "of".
                if words[end].folded == "of", Self.isPersonName(index..<end, words, lexicon) { break }
                // Particles inside names: "Ursula von der Leyen", "Center for a New American Security".
                var look = end
                var particles = 0
                let firstNameLike = end - index == 1 && Self.isAlphabeticName(text.slice(words[index].span))
                var nameParticles = false
                while look < words.count, particles < 2, !words[look].isCapitalized, !words[look].isPunctuation,
                      Self.englishParticles.contains(words[look].folded) || lexicon.ruleWords.nameParticles.contains(words[look].folded) {
                    nameParticles = nameParticles || !Self.englishParticles.contains(words[look].folded)
                    look += 1
                    particles += 1
                }
                // "Dominique de Villepin" after a first name; "François Villeroy de Galhau" when a single
                // capitalised word ends the name (not "DD Dosa de Menow Ventures").
                if nameParticles, !firstNameLike {
                    let after = look + 1
                    let endsThere = after >= words.count || words[after].paragraph != words[look].paragraph
                        || !Self.continuesName(words[after], lexicon)
                    if !endsThere { break }
                }
                // "and" joins names only inside a longer one ("Department of Health and Human Services").
                let joinsWithAnd = words[end].folded == "and" && end - index == 1
                if particles > 0, !joinsWithAnd, look < words.count, unitOfWord[look] == nil, Self.continuesName(words[look], lexicon) {
                    end = look + 1
                    continue
                }
                break
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    /// Whether a run reads as a person's name: after optional titles or roles, two or three capitalised
    /// words with a known first name (or a title before them), no organisation word.
    private static func isPersonName(_ run: Range<Int>, _ words: [QuoteWord], _ lexicon: QuoteLexicon) -> Bool {
        let parts = run.filter { !words[$0].isPunctuation && !words[$0].hyphenBefore }
        let titles = parts.prefix { lexicon.speakerNouns[words[$0].folded].map { $0.nounClass == .role || $0.nounClass == .title } ?? false }
        let name = parts.dropFirst(titles.count)
        guard (2...3).contains(name.count), !parts.contains(where: { lexicon.organizationWords.contains(words[$0].folded) }) else { return false }
        return !titles.isEmpty || lexicon.firstNames[words[name.first!].folded] != nil
    }

    /// A capitalised word with lower-case letters and no digits ("Ursula", not "R1" or "CNAS").
    private static func isAlphabeticName(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x27 }
                && word.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
        }
        return word.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" } && word.contains(where: \.isLowercase)
    }

    private static func startsName(_ words: [QuoteWord], _ index: Int, _ unitOfWord: [Int?], _ lexicon: QuoteLexicon,
                                   _ layout: QuoteLayout) -> Bool {
        let word = words[index]
        guard unitOfWord[index] == nil, word.isCapitalized, !word.hyphenBefore else { return false }
        // A capitalised article inside a sentence belongs to the name: "selon Le Monde", "in The Guardian".
        // At a sentence start only before an organisation word: "Le Monde a révélé", not "Le Pentagone".
        if Self.nameArticles.contains(word.folded), index + 1 < words.count,
           words[index + 1].paragraph == word.paragraph, continuesName(words[index + 1], lexicon),
           !isClauseStart(layout, index) || lexicon.organizationWords.contains(words[index + 1].folded) {
            return true
        }
        return !lexicon.notNames.contains(word.folded) && !isRoleWord(word, lexicon) && !word.mayStartCue
    }

    private static func continuesName(_ word: QuoteWord, _ lexicon: QuoteLexicon) -> Bool {
        guard !word.isPunctuation, word.isCapitalized, !isRoleWord(word, lexicon) else { return false }
        // Inside a name a capitalised adverb belongs to it ("Breast Cancer Now"); articles and pronouns do not.
        return !lexicon.notNames.contains(word.folded) || nameAdverbs.contains(word.folded)
    }

    private static let nameAdverbs: Set<String> = ["now", "today", "ici", "maintenant", "demain", "ensemble", "plus"]

    /// A role or title ("Senator", "Chief", "Executive", "Président") is not part of the name it precedes.
    private static func isRoleWord(_ word: QuoteWord, _ lexicon: QuoteLexicon) -> Bool {
        guard let noun = lexicon.speakerNouns[word.folded] else { return false }
        return noun.nounClass == .role || noun.nounClass == .title
    }

    /// Opening marks, brackets, dashes and bullets that may stand before a clause's first word.
    private static func opensClause(_ mark: Character) -> Bool {
        switch mark {
        case "«", "“", "\"", "„", "‹", "‘", "(", "—", "–", "-", "•", "*": return true
        default: return false
        }
    }

    /// Whether word `index` opens its sentence or a clause inside it (after a colon or a quotation mark).
    static func isClauseStart(_ layout: QuoteLayout, _ index: Int) -> Bool {
        let sentence = layout.sentences[layout.sentenceOfWord[index]]
        var position = index - 1
        while position >= sentence.lowerBound, let mark = layout.words[position].mark, Self.opensClause(mark) {
            position -= 1
        }
        if position < sentence.lowerBound { return true }
        guard let mark = layout.words[position].mark else { return false }
        return mark == ":" || mark == "." || mark == "!" || mark == "?" || mark == "»" || mark == "”"
    }
}
