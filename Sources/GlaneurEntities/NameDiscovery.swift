import GlaneurCore

/// A capitalised name no lexicon knows, typed by a cue.
struct DiscoveredName {
    var words: Range<Int>
    var type: EntityType
    /// The cue that typed it ("first-name", "title", "apposition", "org-marker", …).
    var rule: String
}

/// Finds capitalised name sequences outside lexicon matches and keeps those a cue supports:
/// a known first name, a title or role noun before or in apposition, an organisation marker,
/// a speech verb after, or an organisation context ("fondateur de X", "CEO of X", "chez X").
struct NameDiscovery: Sendable {
    let resources: NameResources

    /// The names discovered in `words` outside the `covered` words; `french` enables the rules for
    /// French institution names written with lower-case words ("Parquet national financier").
    func discover(in words: DocumentWords, covered: [Bool], french: Bool = false) -> [DiscoveredName] {
        var found: [DiscoveredName] = []
        var covered = covered
        if french {
            found = lowerCaseInstitutions(words, covered)
            for name in found {
                for index in name.words { covered[index] = true }
            }
        }
        var index = 0
        var limit = 0
        while index < words.count {
            guard startsRun(at: index, words, covered) else { index += 1; continue }
            let run = runEnd(from: index, words, covered)
            defer { index = max(run, index + 1) }
            if let name = classify(index..<run, words, covered, limit: limit, french: french) {
                found.append(name)
                limit = max(limit, name.words.upperBound)
            }
        }
        return found.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    /// "tribunal correctionnel de Paris", "hôpital Bichat": lower-case institution nouns opening a
    /// name that ends with a capitalised word.
    private func lowerCaseInstitutions(_ words: DocumentWords, _ covered: [Bool]) -> [DiscoveredName] {
        let spans = OrganizationSpans(words: words, covered: covered)
        var found: [DiscoveredName] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            // Cheap tests first, without copying the word: most lower-case words are no institution noun.
            guard words[index].isWord, !words[index].isCapitalized, !covered[index], (4...10).contains(words[index].folded.utf8.count),
                  DiscoveryWords.institutionHeadInitials.contains(words[index].folded.utf8.first ?? 0),
                  DiscoveryWords.institutionHeads.contains(words[index].folded),
                  !words.titleCaseSentences.contains(words[index].sentence), let span = spans.lowerCaseInstitution(at: index),
                  // "hôpital du Peking Union Medical College": the marked name inside is the organisation.
                  !resources.organizationSuffixes.contains(words[span.upperBound - 1].folded) else { continue }
            found.append(DiscoveredName(words: span, type: .organization, rule: "org-marker"))
            index = span.upperBound - 1
        }
        return found
    }

    private func startsRun(at index: Int, _ words: DocumentWords, _ covered: [Bool]) -> Bool {
        let word = words[index]
        return word.isCapitalized && !covered[index] && !words.titleCaseSentences.contains(word.sentence)
    }

    /// The end of the run of capitalised words (with name particles) that starts at `start`.
    private func runEnd(from start: Int, _ words: DocumentWords, _ covered: [Bool]) -> Int {
        var end = start + 1
        while end < words.count, words[end].sentence == words[start].sentence {
            let word = words[end]
            if word.isCapitalized, !covered[end] {
                end += 1
            } else if isBretonEnding(end, words) {
                // "Le Floc’h", "Le Gac’h": the Breton "c’h" keeps its lower-case "h".
                end += 1
            } else if words.text(end) == "&", end + 1 < words.count, words[end + 1].isCapitalized, !covered[end + 1] {
                end += 2
            } else if word.isWord, !word.isGlued, !word.isCapitalized, end + 1 < words.count, words[end + 1].isCapitalized,
                      !covered[end + 1], !words[end + 1].isGlued || word.folded == "d",
                      !words.lists.functionWords.contains(words[end + 1].folded),
                      words.lists.nameParticles.contains(word.folded)
                        || DiscoveryWords.frenchNameParticles.contains(word.folded) && resources.firstNames.contains(words[start].folded)
                            && (start + 1..<end).allSatisfy({ words[$0].isGlued }) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// "Finance Minister Ngozi Okafor", "Senior Vice President Lars Ekdahl": two title words or more
    /// opening a run, followed by two or three name words that hold no title, marker or place noun;
    /// the start of those name words.
    private func nameAfterTitleWords(_ run: Range<Int>, _ words: DocumentWords) -> Int? {
        func isTitleWord(_ index: Int) -> Bool {
            isTitle(at: index, words) || words.lists.titleWords.contains(words[index].folded)
        }
        var nameStart = run.lowerBound
        while nameStart < run.upperBound, isTitleWord(nameStart) { nameStart += 1 }
        let rest = (nameStart..<run.upperBound).filter { !words[$0].isGlued }
        guard nameStart - run.lowerBound >= 2, (2...3).contains(rest.count) else { return nil }
        let isName = rest.allSatisfy { index in
            let folded = words[index].folded
            return words[index].isCapitalized && !isTitleWord(index) && !resources.organizationSuffixes.contains(folded)
                && !resources.organizationPrefixes.contains(folded) && !words.lists.placeNouns.contains(folded)
                && !words.lists.functionWords.contains(folded) && words.text(index).contains(where: \.isLowercase)
        }
        return isName ? nameStart : nil
    }

    /// The lower-case "h" glued by an apostrophe to a capitalised word ("Floc’h").
    private func isBretonEnding(_ index: Int, _ words: DocumentWords) -> Bool {
        guard words[index].isGlued, words[index].folded == "h", words[index - 1].isCapitalized,
              words[index].span.start > words[index - 1].span.end else { return false }
        return index + 1 >= words.count || !words[index + 1].isGlued
    }

    private func classify(_ run: Range<Int>, _ words: DocumentWords, _ covered: [Bool], limit: Int, french: Bool) -> DiscoveredName? {
        var start = run.lowerBound, end = run.upperBound
        var leadingTitle = false
        var titleStart: Int?
        // Function words, elided articles and titles open runs without being part of the name.
        while start < end {
            let folded = words[start].folded
            if words.lists.functionWords.contains(folded) || words.lists.calendarWords.contains(folded)
                || words.lists.numberWords.contains(folded) {
                start += 1
            } else if isTitle(at: start, words) {
                leadingTitle = true
                titleStart = titleStart ?? start
                start += 1
            } else {
                break
            }
        }
        // "Chief Financial Officer Cécile Cabanis": capitalised title words before a known first name
        // are the person's role, not part of the name.
        if end - start >= 3, let firstName = (start + 1..<end).first(where: { resources.firstNames.contains(words[$0].folded) && !words[$0].isGlued }),
           (start..<firstName).allSatisfy({ isTitle(at: $0, words) || words.lists.titleWords.contains(words[$0].folded) }) {
            titleStart = titleStart ?? start
            leadingTitle = true
            start = firstName
        } else if end - start >= 4, let nameStart = nameAfterTitleWords(start..<end, words) {
            titleStart = titleStart ?? start
            leadingTitle = true
            start = nameStart
        }
        // "l’IA Ola Nordmann": an acronym after an elided article is a common noun, not a name part.
        if end - start >= 2, start > 0, words[start].isGlued, words.text(start).allSatisfy({ $0.isUppercase || $0.isNumber }),
           ["l", "d"].contains(words[start - 1].folded) {
            start += 1
        }
        while end > start, words.lists.calendarWords.contains(words[end - 1].folded) { end -= 1 }
        // A glued piece cannot begin a name ("Nvidia’s" is no name start, "Jean-Pierre" keeps its first
        // half) unless an elided article precedes it ("L’Association").
        while start < end, words[start].isGlued, start > run.lowerBound, !["l", "d"].contains(words[start - 1].folded) { start += 1 }
        guard start < end, !isByline(start, words) else { return nil }
        // A sentence-initial capital that is no known name part is an ordinary word when a name
        // follows ("Hier Kestrel Group", "Entretemps Lennart Heim").
        var trimmedInitial = false
        if words[start].isSentenceInitial, !leadingTitle, !words[start].isGlued,
           (start..<end).filter({ !words[$0].isGlued }).count >= 3, !isNamePart(words[start].folded),
           !resources.organizationPrefixes.contains(words[start].folded) {
            start += 1
            while start < end, words[start].isGlued { start += 1 }
            trimmedInitial = true
        }
        let nameWords = (start..<end).filter { !words[$0].isGlued }.count
        let first = words[start].folded, last = words[end - 1].folded

        if resources.organizationSuffixes.contains(last) {
            // "Premier League": a title word opening a name that ends with a marker belongs to the name.
            let nameStart = nameWords >= 2 ? start : titleStart ?? start
            if (nameStart..<end).filter({ !words[$0].isGlued }).count >= 2 {
                let spans = OrganizationSpans(words: words, covered: covered)
                let extended = spans.extendSuffixed(nameStart..<end)
                let begin = spans.extendOverAnd(nameStart, limit: limit) { isTitle(at: $0, words) }
                return DiscoveredName(words: begin..<extended.upperBound, type: .organization, rule: "org-marker")
            }
        }
        if resources.organizationPrefixes.contains(first) {
            var extended = extendOrganization(start..<end, words, covered)
            // Lower-case complements only inside running text: "Service public :" opening a line is a heading.
            if french, !words[start].isSentenceInitial,
               let institution = OrganizationSpans(words: words, covered: covered).extendInstitution(start..<end),
               institution.upperBound > extended.upperBound {
                extended = institution
            }
            if extended.count >= 2 { return DiscoveredName(words: extended, type: .organization, rule: "org-marker") }
        }
        let span = start..<end
        // "Friends of the Earth Cymru said": a name of two words or more joined by "of" or "for" to
        // capitalised words before it is no person's name; a speech verb makes the whole an organisation.
        if span.lowerBound > limit, ["of", "the", "for"].contains(words[span.lowerBound - 1].folded) {
            let spans = OrganizationSpans(words: words, covered: covered)
            let joined = spans.joinedByOf(span.lowerBound, limit: limit) { isTitle(at: $0, words) }
            if joined < span.lowerBound {
                guard nameWords >= 2, speechVerb(after: span.upperBound, words) else { return nil }
                return DiscoveredName(words: joined..<span.upperBound, type: .organization, rule: "org-speaker")
            }
        }
        let count = span.filter { !words[$0].isGlued }.count
        guard count <= 4 else { return nil }
        // "SUD-Rail", "FO-Métaux": in French, an acronym glued by a hyphen to one capitalised word names an organisation.
        if french, count == 1, span.count == 2, CompanySuffixes.isAcronym(span.lowerBound, words), words.text(span.lowerBound + 1).contains(where: \.isLowercase),
           words.gapContainsHyphen(TextSpan(words[span.lowerBound].span.end, words[span.lowerBound + 1].span.start)) {
            return DiscoveredName(words: span, type: .organization, rule: "acronym-compound")
        }
        if !leadingTitle, organizationContext(before: span.lowerBound, words) {
            // "the journal Monthly Notices of the Royal Astronomical Society": the name takes its complement.
            let takesComplement = span.upperBound < words.count && words[span.upperBound].folded == "of"
            let extended = takesComplement ? OrganizationSpans(words: words, covered: covered).extendSuffixed(span) : span
            return DiscoveredName(words: extended, type: .organization, rule: "org-context")
        }
        if let rule = personCue(span, words, covered, leadingTitle: leadingTitle, nameWords: count, trimmedInitial: trimmedInitial) {
            return DiscoveredName(words: span, type: .person, rule: rule)
        }
        if organizationApposition(after: span.upperBound, words) {
            return DiscoveredName(words: span, type: .organization, rule: "org-context")
        }
        if count == 1, isCamelCase(words.text(span.lowerBound)), span.lowerBound > 0,
           DiscoveryWords.sourceCues.contains(words[span.lowerBound - 1].folded) {
            return DiscoveredName(words: span, type: .organization, rule: "source")
        }
        return nil
    }

    /// "By Jane Doe", "Par Jean Dupont" opening a line: a byline, not article content.
    private func isByline(_ start: Int, _ words: DocumentWords) -> Bool {
        guard start > 0 else { return false }
        let previous = words[start - 1]
        return previous.isSentenceInitial && ["by", "par", "written", "ecrit", "photo", "credit"].contains(previous.folded)
    }

    private func isNamePart(_ folded: String) -> Bool {
        resources.firstNames.contains(folded) || resources.familyNames.contains(folded)
    }

    /// The cue making `span` a person's name, if any.
    /// `trimmedInitial`: a sentence-initial word was trimmed from the run, so the name may be cut
    /// ("Breast Cancer Now said"); a speech verb is then no cue.
    private func personCue(_ span: Range<Int>, _ words: DocumentWords, _ covered: [Bool], leadingTitle: Bool, nameWords: Int,
                           trimmedInitial: Bool) -> String? {
        let first = words[span.lowerBound]
        let hasLetters = span.allSatisfy { words.text($0).contains(where: \.isLetter) }
        guard hasLetters else { return nil }
        // A lone acronym ("médecin IA") is a common noun, not a person.
        if nameWords == 1, !words.text(span.lowerBound).contains(where: \.isLowercase) { return nil }
        if leadingTitle { return "title" }
        if titleBefore(span.lowerBound, words, covered, nameWords: nameWords) { return "title" }
        if nameWords >= 2 || !followsCommonNoun(span.lowerBound, words), appositionTitle(after: span.upperBound, words) {
            return "apposition"
        }
        if nameWords >= 2 || !first.isSentenceInitial, appositiveBefore(span.lowerBound, words), closesApposition(span.upperBound, words) {
            return "apposition"
        }
        guard nameWords >= 2 else { return nil }
        // "Nicolas Le Goff", "Anna Van Damme": a capitalised particle inside the name is no name part.
        let parts = span.filter {
            (!words[$0].isGlued || words[$0 - 1].folded == "d") && words[$0].isCapitalized
                && ($0 == span.lowerBound || $0 == span.upperBound - 1 || !words.lists.capitalizedParticles.contains(words[$0].folded))
        }
        if resources.firstNames.contains(first.folded), !words.lists.placeNouns.contains(words[span.upperBound - 1].folded),
           !parts.contains(where: { resources.organizationSuffixes.contains(words[$0].folded) }),
           parts.count == 2 || hasMiddleName(parts, words) {
            return "first-name"
        }
        if resources.familyNames.contains(first.folded), nameWords == 2, span.count <= 3,
           Pinyin.isGivenName((span.lowerBound + 1..<span.upperBound).map { words[$0].folded }.joined(separator: "-")) {
            return "family-name"
        }
        if !trimmedInitial, speechVerb(after: span.upperBound, words) { return "speech-verb" }
        if span.lowerBound > 0, DiscoveryWords.invertedSpeech.contains(words[span.lowerBound - 1].folded) { return "speech-verb" }
        return nil
    }

    /// "TopTribune", "DeepMind": a capital inside a word after lower-case letters marks a brand,
    /// not a surname ("McCarthy", "DeSantis", "LeCun", "DiCaprio" excepted by their prefixes).
    private func isCamelCase(_ text: Substring) -> Bool {
        let letters = Array(text)
        guard letters.count >= 4, letters[0].isUppercase else { return false }
        let prefix = String(letters.prefix(3)).lowercased()
        if ["mc", "de", "di", "le", "la", "du", "da", "o'", "o’"].contains(String(prefix.prefix(2))) || prefix == "mac" || prefix == "van" || prefix == "von" {
            return false
        }
        return (2..<letters.count).contains { letters[$0].isUppercase && letters[$0 - 1].isLowercase }
    }

    /// "prix Nobel", "plan Marshall": one capitalised word right after a lower-case content word
    /// completes that noun; it is no person's name.
    private func followsCommonNoun(_ index: Int, _ words: DocumentWords) -> Bool {
        guard index > 0 else { return false }
        let previous = words[index - 1]
        return previous.isWord && !previous.isCapitalized && previous.sentence == words[index].sentence
            && !words.lists.functionWords.contains(previous.folded) && !words.lists.speechVerbs.contains(previous.folded)
    }

    /// Three words whose middle one is an initial or a first name ("John F. Kennedy", "Mary Jane Smith"):
    /// longer capitalised runs are rarely names ("Will Chinese Chips Win").
    private func hasMiddleName(_ parts: [Int], _ words: DocumentWords) -> Bool {
        guard parts.count == 3 else { return false }
        let middle = words[parts[1]]
        return words.text(parts[1]).count == 1 || resources.firstNames.contains(middle.folded)
    }

    /// The folded form of a glued compound ending at `index` ("co-auteur", "porte-parole", "start-up").
    private func compound(endingAt index: Int, _ words: DocumentWords) -> (whole: String, start: Int) {
        var start = index
        while start > 0, words[start].isGlued, words[start - 1].isWord { start -= 1 }
        guard start < index else { return (words[index].folded, index) }
        return ((start...index).map { words[$0].folded }.joined(separator: "-"), start)
    }

    private func isTitle(at index: Int, _ words: DocumentWords) -> Bool {
        let word = words[index]
        guard word.isWord else { return false }
        // "£11m", "5M": a unit glued to a number; "m" alone is "M." only when capitalised.
        if word.isGlued, index > 0, words[index - 1].hasDigit { return false }
        if word.folded.count == 1, !word.isCapitalized { return false }
        if resources.titles.contains(word.folded) { return true }
        let whole = compound(endingAt: index, words).whole
        return whole != word.folded && resources.titles.contains(whole)
    }

    /// A title or role noun shortly before, with only lower-case words or acronyms in between
    /// ("le chercheur en politique de l’IA Lennart Heim", "le président chinois Xi"). A one-word name
    /// must follow the title within two words; no verb form may come between.
    private func titleBefore(_ index: Int, _ words: DocumentWords, _ covered: [Bool], nameWords: Int) -> Bool {
        var position = index - 1
        var steps = 0
        let reach = nameWords >= 2 ? 7 : 2
        // "PDG de Kestrel", "auteur de Chip War": the name is the title's complement, not its holder.
        if position >= 0, words.lists.complementPrepositions.contains(words[position].folded) { return false }
        // "déléguée CGT Énergie": one word right after a known name continues that name.
        if nameWords == 1, position >= 0, covered[position], words[position].isCapitalized { return false }
        while position >= 0, steps < reach, words[position].sentence == words[index].sentence {
            let word = words[position]
            guard word.isWord else { return false }
            if isTitle(at: position, words) { return true }
            // "directeur du groupe de travaux publics X": the name belongs to the organisation noun.
            if words.lists.organizationNouns.contains(word.folded) { return false }
            let isAcronym = words.text(position).count <= 4 && words.text(position).allSatisfy { $0.isUppercase || $0.isNumber }
            if word.isCapitalized && !isAcronym { return false }
            if words.lists.verbForms.contains(word.folded) { return false }
            position -= 1
            steps += 1
        }
        return false
    }

    /// ", PDG de …", ", co-auteur du rapport", ", ancien directeur …", ", analyste technologique".
    private func appositionTitle(after end: Int, _ words: DocumentWords) -> Bool {
        guard let next = appositionHead(after: end, words),
              !words.lists.sharedRoles.contains(words[next].folded) else { return false }
        return isTitle(at: next, words) || resources.titles.contains(words[next].folded)
    }

    /// ", fabricant de smartphones", ", a company that …".
    private func organizationApposition(after end: Int, _ words: DocumentWords) -> Bool {
        guard let next = appositionHead(after: end, words) else { return false }
        return words.lists.organizationNouns.contains(compound(endingAt: next, words).whole)
            || words.lists.organizationNouns.contains(words[next].folded)
            || words.lists.sharedRoles.contains(words[next].folded)
    }

    /// The first word after ", " and any determiners or modifiers; glued compounds are read whole.
    private func appositionHead(after end: Int, _ words: DocumentWords) -> Int? {
        guard end < words.count, words.text(end) == "," else { return nil }
        var position = end + 1
        var steps = 0
        while position < words.count, steps < 4, words[position].isWord, words[position].sentence == words[end].sentence {
            var last = position
            while last + 1 < words.count, words[last + 1].isGlued, words[last + 1].isWord { last += 1 }
            if isTitle(at: last, words) || words.lists.organizationNouns.contains(compound(endingAt: last, words).whole) {
                return last
            }
            // ", a London-based lender": a name qualified by a hyphenated participle is a modifier.
            let isQualifiedName = last > position && words.lists.nameQualifiers.contains(words[last].folded)
            if !isQualifiedName, !words.lists.appositionFillers.contains(words[position].folded) {
                return roleAfterModifiers(from: position, words) ?? position
            }
            position = last + 1
            steps += 1
        }
        return nil
    }

    /// ", a football finance lecturer": a title after at most two lower-case modifiers.
    private func roleAfterModifiers(from position: Int, _ words: DocumentWords) -> Int? {
        var next = position
        for _ in 0..<3 {
            guard next < words.count, words[next].isWord, !words[next].isCapitalized, words[next].sentence == words[position].sentence,
                  !words.lists.functionWords.contains(words[next].folded), !words.lists.verbForms.contains(words[next].folded)
            else { return nil }
            if next > position, isTitle(at: next, words) { return next }
            next += 1
        }
        return nil
    }

    /// "L’ambassadeur de Chine aux États-Unis, Shi Fang, a appelé": a title in the clause before the comma.
    private func appositiveBefore(_ index: Int, _ words: DocumentWords) -> Bool {
        guard index > 0, words.text(index - 1) == "," else { return false }
        var position = index - 2
        var steps = 0
        while position >= 0, steps < 8, words[position].sentence == words[index].sentence, words[position].isWord {
            if isTitle(at: position, words) { return true }
            position -= 1
            steps += 1
        }
        return false
    }

    private func closesApposition(_ end: Int, _ words: DocumentWords) -> Bool {
        end >= words.count || !words[end].isWord || words[end].sentence != words[end - 1].sentence
    }

    /// "Ben Buchanan a écrit", "Jane Doe said", "DD Dosa de Menow Ventures a écrit".
    private func speechVerb(after end: Int, _ words: DocumentWords) -> Bool {
        var position = end
        if position + 1 < words.count, DiscoveryWords.organizationPrepositions.contains(words[position].folded),
           words[position + 1].isCapitalized {
            position += 1
            while position < words.count, words[position].isCapitalized { position += 1 }
        }
        var steps = 0
        while position < words.count, steps < 3, words[position].isWord {
            let folded = words[position].folded
            if words.lists.speechVerbs.contains(folded) { return true }
            guard words.lists.auxiliaries.contains(folded) else { return false }
            position += 1
            steps += 1
        }
        return false
    }

    /// "fondateur d’Anduril", "CEO of Acme", "chez Eurasia", "la start-up Acme".
    private func organizationContext(before index: Int, _ words: DocumentWords) -> Bool {
        guard index > 0, words[index - 1].isWord else { return false }
        let previous = words[index - 1].folded
        if previous == "chez" { return true }
        let noun = compound(endingAt: index - 1, words).whole
        // A capitalised noun ends another name ("European Union Gordon Sondland").
        if !words[index - 1].isCapitalized,
           words.lists.organizationNouns.contains(noun) || words.lists.organizationNouns.contains(previous) { return true }
        // "la start-up grenobloise Quantara": one adjective between the noun and the name.
        if index > 1, !words[index - 1].isCapitalized, !words.lists.functionWords.contains(previous), words[index - 2].isWord,
           words.lists.organizationNouns.contains(compound(endingAt: index - 2, words).whole) {
            return true
        }
        if organizationNounWithComplement(before: index, words) { return true }
        guard DiscoveryWords.organizationPrepositions.contains(previous), index > 1, words[index - 2].isWord else { return false }
        return words.lists.organizationRoles.contains(compound(endingAt: index - 2, words).whole)
            || words.lists.organizationRoles.contains(words[index - 2].folded)
    }

    /// "le groupe de travaux publics X", "la société de conseil X": an organisation noun, "de" and one
    /// to three lower-case words (no verb) right before the name.
    private func organizationNounWithComplement(before index: Int, _ words: DocumentWords) -> Bool {
        var position = index - 1
        var lowerCaseWords = 0
        while position >= 1, lowerCaseWords < 3, words[position].isWord, !words[position].isCapitalized,
              words[position].sentence == words[index].sentence {
            let folded = words[position].folded
            guard !words.lists.functionWords.contains(folded), !words.lists.verbForms.contains(folded) else { return false }
            lowerCaseWords += 1
            position -= 1
            if ["de", "d"].contains(words[position].folded) {
                return position >= 1 && words.lists.organizationNouns.contains(compound(endingAt: position - 1, words).whole)
            }
        }
        return false
    }

    /// An organisation name opened by a prefix marker, extended over connectors and capitalised words
    /// ("Université de Stanford", "Center for a New American Security").
    private func extendOrganization(_ span: Range<Int>, _ words: DocumentWords, _ covered: [Bool]) -> Range<Int> {
        var end = span.upperBound
        var probe = end
        while probe < words.count, words[probe].sentence == words[span.lowerBound].sentence {
            let word = words[probe]
            // "Town of Elmvale Mayor Ann Price": a title starts a person's name.
            if word.isCapitalized, !word.isGlued, resources.titles.contains(word.folded), !isComplement(probe, words) { break }
            if word.isCapitalized, !covered[probe] || isComplement(probe, words) {
                probe += 1
                end = probe
            } else if (word.isWord && words.lists.organizationConnectors.contains(word.folded)) || words.text(probe) == "&" {
                probe += 1
            } else {
                break
            }
        }
        return span.lowerBound..<end
    }

    /// A word right after "de", "of" (or "de la", "of the"): a known name there completes an
    /// organisation's name ("Université de Paris") rather than starting a new one ("Institut et Inserm").
    private func isComplement(_ index: Int, _ words: DocumentWords) -> Bool {
        var previous = index - 1
        if previous > 0, ["la", "l", "the"].contains(words[previous].folded) { previous -= 1 }
        return previous >= 0 && ["de", "du", "des", "d", "of"].contains(words[previous].folded)
    }
}
