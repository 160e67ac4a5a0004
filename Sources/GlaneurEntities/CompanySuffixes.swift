import GlaneurCore

/// What follows a company's name and still belongs to it: a legal form or a group word keeps the
/// company ("Airbus SE", "Siemens AG", "BMW Group" are Airbus, Siemens, BMW); a country or
/// "International" names a subsidiary of its own ("Vodafone UK", "Orange France").
enum CompanySuffixes {
    /// Organisation matches followed, in the same sentence, by a legal form or a subsidiary word
    /// take that word in; a place match standing there ("UK", "France") gives way.
    static func extend(_ mentions: [Mention], words: DocumentWords, text: String) -> [Mention] {
        var result: [Mention] = []
        var swallowedUpTo = -1
        for var mention in mentions {
            if mention.words.lowerBound < swallowedUpTo { continue }
            let next = mention.words.upperBound
            guard mention.type == .organization, mention.origin == .lexicon, next < words.count, words[next].isWord,
                  !words[next].isGlued, words[next].sentence == words[mention.words.lowerBound].sentence,
                  !(next + 1 < words.count && words[next + 1].isGlued && words[next + 1].isWord) else {
                result.append(mention)
                continue
            }
            // Cheap test first: every legal form and subsidiary word but "plc" is capitalised.
            guard words[next].isCapitalized || words[next].folded == "plc" else {
                result.append(mention)
                continue
            }
            let suffix = String(words.text(next))
            if words.lists.legalForms.contains(suffix), !abbreviates(mention, words) {
                mention.words = mention.words.lowerBound..<next + 1
                mention.rule += "+legal-form"
            } else if words.lists.legalForms.contains(suffix) || words.lists.subsidiaries.contains(suffix), !followsOwnPlace(mention, words) {
                // A subsidiary ("Vodafone UK"); also "OCI Group", no group of the "Organisation de la
                // coopération islamique": an acronym of a longer name before a legal form names a company of its own.
                let range = mention.words.lowerBound..<next + 1
                mention = Mention(words: range, type: .organization, canonical: words.surface(range, in: text), id: nil,
                                  origin: .lexicon, rule: mention.rule + "+subsidiary")
            } else {
                result.append(mention)
                continue
            }
            swallowedUpTo = mention.words.upperBound
            result.append(mention)
        }
        return result
    }

    /// "CGT-Cheminots", "FO-Métaux": an acronym organisation glued by a hyphen to capitalised words
    /// no match covers names a branch of its own (a union federation, a subsidiary).
    static func hyphenatedBranches(_ mentions: [Mention], words: DocumentWords, text: String) -> [Mention] {
        var result = mentions
        for (position, mention) in mentions.enumerated() where mention.type == .organization && mention.origin == .lexicon {
            let last = mention.words.upperBound - 1
            guard last + 1 < words.count, words[last + 1].isGlued, isAcronym(last, words) else { continue }
            // Mentions are sorted: the next one is the only one that may start inside the branch.
            let nextStart = position + 1 < mentions.count ? mentions[position + 1].words.lowerBound : words.count
            var end = last + 1
            while end < words.count, end < nextStart, words[end].isGlued, words[end].isCapitalized,
                  words.text(end).contains(where: \.isLowercase),
                  words.gapContainsHyphen(TextSpan(words[end - 1].span.end, words[end].span.start)) {
                end += 1
            }
            guard end > last + 1 else { continue }
            let range = mention.words.lowerBound..<end
            result[position] = Mention(words: range, type: .organization, canonical: words.surface(range, in: text), id: nil,
                                       origin: .lexicon, rule: mention.rule + "+branch")
        }
        return result
    }

    /// Two letters or more, all capitals.
    static func isAcronym(_ index: Int, _ words: DocumentWords) -> Bool {
        let text = words.text(index)
        return words[index].isWord && text.count >= 2 && text.allSatisfy { $0.isUppercase }
    }

    /// True when the match is an acronym of a longer canonical name ("OCI" for "Organisation de la
    /// coopération islamique"), not the company's own short name ("BMW").
    private static func abbreviates(_ mention: Mention, _ words: DocumentWords) -> Bool {
        mention.words.count == 1 && isAcronym(mention.words.lowerBound, words)
            && TextFolding.fold(mention.canonical) != words[mention.words.lowerBound].folded
    }

    /// "Air France France": a company whose name already ends with the country takes no subsidiary.
    private static func followsOwnPlace(_ mention: Mention, _ words: DocumentWords) -> Bool {
        words[mention.words.upperBound - 1].folded == words[mention.words.upperBound].folded
    }

    /// "PLD Space", "CFM International": an acronym match right before a capitalised company word
    /// that no match covers and that ends the capitalised run is part of a longer name ("EU Energy
    /// Commissioner" keeps its "EU").
    static func acronymOpensLongerName(_ index: Int, _ words: DocumentWords, _ matched: [Bool]) -> Bool {
        let next = index + 1
        guard next < words.count, !matched[next], words[next].isCapitalized, !words[next].isGlued,
              words[next].sentence == words[index].sentence, words.lists.companyWords.contains(words[next].folded) else { return false }
        let acronym = words.text(index)
        guard acronym.count >= 2, acronym.allSatisfy({ $0.isUppercase || $0.isNumber }), acronym.contains(where: \.isLetter)
        else { return false }
        let after = next + 1
        return after >= words.count || !words[after].isCapitalized || words[after].sentence != words[next].sentence
    }
}
