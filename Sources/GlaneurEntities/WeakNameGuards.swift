import GlaneurCore

/// Last checks on the names the weaker sources proposed (the learned tagger, discovery cues,
/// short-name links), where common nouns and roles capitalised by custom pass for names, and
/// where the words around a name decide its type better than the source did. Each guard drops the
/// mention, or retypes or extends it and adds its name to the mention's `rule`. Lexicon and
/// gazetteer matches pass untouched, except a title-case abbreviation read as an acronym.
enum WeakNameGuards {
    /// The mentions that pass the guards.
    static func filter(_ mentions: [Mention], words: DocumentWords, resources: NameResources, text: String) -> [Mention] {
        mentions.compactMap { mention in
            if mention.origin == .lexicon {
                return isAbbreviation(mention, words, in: text) ? nil : mention
            }
            guard mention.origin == .tagger || mention.origin == .discovered || mention.origin == .alias else { return mention }
            let parts = mention.words.filter { words[$0].isWord }
            guard var first = parts.first, let last = parts.last else { return mention }
            var mention = mention
            // "au Malien Amadou Diallo": a French nationality noun (after an article) before a name is no
            // part of it and makes it a person ("the European Space Agency" keeps its adjective).
            if mention.origin == .tagger, parts.count >= 3, words[first].isCapitalized, resources.demonyms.contains(words[first].folded),
               first > 0, ["le", "la", "l", "les", "au", "aux", "du", "des"].contains(words[first - 1].folded),
               !isOrganizationWord(words[last].folded, words, resources) {
                first = parts[1]
                mention.words = first..<mention.words.upperBound
                mention.canonical = words.surface(mention.words, in: text)
                mention.type = .person
                mention.rule += "+demonym"
            }
            // "the Government", "le Conseil": one organisation-type word is a common noun.
            if parts.count == 1, words.lists.organizationTypes.contains(words[first].folded) { return nil }
            // "Vice-Chairman", "Senior Inspector": a role, not a name.
            if parts.allSatisfy({ isTitleWord(words[$0].folded, words, resources) }) { return nil }
            // "the State Drought Response unit": a person's name does not open with an organisation-type word.
            if mention.type == .person, words.lists.organizationTypes.contains(words[first].folded) { return nil }
            // "Minister for Works", "… for Trade and Regional Ports": the portfolio of a title.
            if isPortfolio(first, words) { return nil }
            // "District Education Officer": words that qualify the title noun after them.
            if mention.origin == .tagger, mention.type != .person, qualifiesTitle(last, words) { return nil }
            // "… Harbour Maintenance Services": a person's name does not end with an organisation word.
            if mention.type == .person, parts.count > 1, isOrganizationWord(words[last].folded, words, resources) {
                mention.type = .organization
                mention.rule += "+org-word"
                return mention
            }
            // "the late Jane Doe": a person.
            if mention.type != .person, first >= 2, words[first - 1].folded == "late", words[first - 2].folded == "the" {
                mention.type = .person
                mention.rule += "+the-late"
                return mention
            }
            // "place de la Fraternité", "rue Victor-Hugo": a lower-case street or place noun before the name.
            if mention.type != .person, let head = placeHead(before: first, words) {
                mention.words = head..<mention.words.upperBound
                mention.canonical = words.surface(mention.words, in: text)
                mention.type = .place
                mention.rule += "+place-head"
                return mention
            }
            // "Lake Taupo", "Kowhai Valley", "Co Clare": a place word opening or ending an organisation's name.
            // Discovery's organisation cues ("Friends of the Wild Coast said") and names joined by "of" outweigh it.
            if mention.type == .organization, mention.origin == .tagger, parts.count > 1,
               !parts.contains(where: { words.lists.organizationConnectors.contains(words[$0].folded) && !words[$0].isCapitalized }),
               words.lists.placeHeads.contains(words[first].folded) || words.lists.placeTails.contains(words[last].folded) {
                mention.type = .place
                mention.rule += "+place-word"
            }
            return mention
        }
    }

    /// The lower-case place noun right before `first`, through "de", "du", "des" and "la" ("place de
    /// la", "rue du"); "à la place de" (instead of) is no place.
    private static func placeHead(before first: Int, _ words: DocumentWords) -> Int? {
        var position = first - 1
        if position >= 0, ["la", "l"].contains(words[position].folded) { position -= 1 }
        if position >= 0, ["de", "du", "des", "d"].contains(words[position].folded) { position -= 1 }
        guard position >= 0, words[position].isWord, !words[position].isCapitalized,
              words[position].sentence == words[first].sentence, words.lists.placeHeads.contains(words[position].folded)
        else { return nil }
        if position >= 2, words[position - 1].folded == "la", words[position - 2].folded == "a" { return nil }
        return position
    }

    private static func isTitleWord(_ folded: String, _ words: DocumentWords, _ resources: NameResources) -> Bool {
        words.lists.titleWords.contains(folded) || resources.titles.contains(folded)
    }

    private static func isOrganizationWord(_ folded: String, _ words: DocumentWords, _ resources: NameResources) -> Bool {
        let singular = folded.hasSuffix("s") ? String(folded.dropLast()) : folded
        return [folded, singular].contains { words.lists.organizationTypes.contains($0) || resources.organizationSuffixes.contains($0) }
    }

    /// "Minister of Health", "Commissioner for Works": a capitalised title, "of" or "for", then the word.
    /// "Minister of Health": a government title, "of" or "for", then the word; in "Minister of Trade
    /// and Industry", after "and", the capitalised words before it count too.
    private static func isPortfolio(_ index: Int, _ words: DocumentWords) -> Bool {
        var position = index - 1
        if position >= 1, ["and", "et"].contains(words[position].folded) {
            position -= 1
            while position >= 0, words[position].isCapitalized, words[position].sentence == words[index].sentence { position -= 1 }
        }
        guard position >= 1, ["of", "for"].contains(words[position].folded), words[position - 1].isCapitalized,
              words[position - 1].sentence == words[index].sentence else { return false }
        return portfolioTitles.contains(words[position - 1].folded)
    }

    /// Government titles followed by their portfolio ("Minister of Health"; "CEO of Acme" names a firm).
    private static let portfolioTitles: Set<String> = [
        "minister", "secretary", "commissioner", "ministre", "commissaire", "secretaire",
    ]

    /// True when a capitalised title word follows `last` in the same sentence ("… Officer").
    private static func qualifiesTitle(_ last: Int, _ words: DocumentWords) -> Bool {
        let next = last + 1
        guard next < words.count, words[next].isWord, words[next].isCapitalized, !words[next].isGlued,
              words[next].sentence == words[last].sentence else { return false }
        return words.lists.titleWords.contains(words[next].folded)
    }

    /// "Insp. Jane Doe": one short word in title case right before an abbreviation dot and a name of
    /// two capitalised words, matched by an organisation's acronym ("INSP"), is an abbreviated title.
    private static func isAbbreviation(_ mention: Mention, _ words: DocumentWords, in documentText: String) -> Bool {
        guard mention.words.count == 1, mention.type == .organization else { return false }
        let index = mention.words.lowerBound, text = words.text(index)
        // "Cardiff. National Grid…": a name that is its own canonical form is no acronym.
        guard TextFolding.fold(mention.canonical) != words[index].folded, (2...5).contains(text.count),
              text.first?.isUppercase == true, text.dropFirst().allSatisfy(\.isLowercase) else { return false }
        // The dot is a word of its own, or part of an abbreviation the tokenizer kept whole ("Insp.").
        let end = words[index].span.end
        let dotIsWord = index + 1 < words.count && words.text(index + 1) == "." && words[index + 1].span.start == end
        let utf8 = documentText.utf8
        let dotIsKept = !dotIsWord && end < utf8.count && utf8[utf8.index(utf8.startIndex, offsetBy: end)] == UInt8(ascii: ".")
        let name = dotIsWord ? index + 2 : index + 1
        guard dotIsWord || dotIsKept, name + 1 < words.count, words[name].isCapitalized,
              !words.lists.functionWords.contains(words[name].folded),
              words[name + 1].isCapitalized, !words[name + 1].isSentenceInitial
        else { return false }
        return true
    }

    /// "Crédit Maritime Kerlann": a capitalised word the tagger took for a name of its own right after
    /// an organisation the lexicon knows, in the same sentence with nothing between, continues its
    /// name (a regional branch, a division); the organisation takes it in (rule `+continued`).
    static func joinContinuations(_ mentions: [Mention], words: DocumentWords, text: String) -> [Mention] {
        let sorted = mentions.sorted { $0.words.lowerBound < $1.words.lowerBound }
        var result: [Mention] = []
        for mention in sorted {
            if var previous = result.last, previous.origin == .lexicon, previous.type == .organization,
               mention.origin == .tagger, mention.type != .person, mention.type != .product,
               mention.words.count == 1, mention.words.lowerBound == previous.words.upperBound,
               !words[mention.words.lowerBound].isGlued, words[mention.words.lowerBound].isCapitalized,
               words[mention.words.lowerBound].sentence == words[previous.words.lowerBound].sentence {
                previous.words = previous.words.lowerBound..<mention.words.upperBound
                previous.canonical = words.surface(previous.words, in: text)
                previous.id = nil
                previous.rule += "+continued"
                result[result.count - 1] = previous
                continue
            }
            result.append(mention)
        }
        return result
    }

    /// "Hôpital Saint-Aubin de Varenne": an organisation discovered by its opening word, named by a
    /// capitalised name, then "de" and a place the gazetteer knows, is the organisation at that place;
    /// the name stops before "de" and the place is a place of its own (rule `org-locative`).
    static func splitLocatives(_ mentions: [Mention], words: DocumentWords, text: String, resources: NameResources,
                               isPlace: (String) -> Bool) -> [Mention] {
        var result: [Mention] = []
        for mention in mentions {
            guard mention.origin == .discovered, mention.type == .organization, mention.words.count >= 4,
                  resources.organizationPrefixes.contains(words[mention.words.lowerBound].folded),
                  let connector = mention.words.last(where: { ["de", "d", "of"].contains(words[$0].folded) }),
                  connector > mention.words.lowerBound + 1, connector + 1 < mention.words.upperBound,
                  words[connector - 1].isCapitalized, !words.lists.organizationConnectors.contains(words[connector - 1].folded),
                  case let place = connector + 1..<mention.words.upperBound,
                  place.allSatisfy({ words[$0].isCapitalized || words[$0].isGlued }),
                  isPlace(place.map { words[$0].folded }.joined(separator: " ")) else {
                result.append(mention)
                continue
            }
            var organization = mention
            organization.words = mention.words.lowerBound..<connector
            organization.canonical = words.surface(organization.words, in: text)
            organization.rule += "+locative"
            result.append(organization)
            result.append(Mention(words: place, type: .place, canonical: words.surface(place, in: text), id: nil,
                                  origin: .discovered, rule: "org-locative"))
        }
        return result
    }
}
