import GlaneurCore

/// "CHU de Nantes", "CISSS de Laval", "SDIS of Kent": an acronym of three letters or
/// more followed by "de"/"du"/"des"/"of" (and "la"/"the") and a capitalised name is a local branch
/// of an organisation, named with its place. The place inside, if already matched, is absorbed.
enum AcronymOrganizations {
    /// The organisation mentions found, and `mentions` without the places they absorbed.
    static func find(in words: DocumentWords, covered: inout [Bool], mentions: inout [Mention], text: String,
                     links: Set<String>, resources: NameResources) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index + 2 < words.count {
            defer { index += 1 }
            guard isAcronym(index, words), !covered[index], !resources.titles.contains(words[index].folded),
                  links.contains(words[index + 1].folded), !words[index + 1].isCapitalized,
                  words[index + 1].sentence == words[index].sentence else { continue }
            var start = index + 2
            if start < words.count, ["la", "l", "the"].contains(words[start].folded), !words[start].isCapitalized { start += 1 }
            guard start < words.count, words[start].isCapitalized, words[start].sentence == words[index].sentence else { continue }
            var end = start
            while end < words.count, end - start < 6, words[end].sentence == words[index].sentence, words[end].isWord,
                  words[end].isCapitalized || words[end].isGlued {
                end += 1
            }
            // The name may be a place already matched, never a person or another organisation.
            let inside = mentions.indices.filter { mentions[$0].words.overlaps(start..<end) }
            guard inside.allSatisfy({ mentions[$0].type == .place && mentions[$0].words.lowerBound >= start
                                      && mentions[$0].words.upperBound <= end }),
                  (start..<end).allSatisfy({ position in !covered[position] || inside.contains { mentions[$0].words.contains(position) } }) else { continue }
            for position in inside.reversed() { mentions.remove(at: position) }
            for position in index..<end { covered[position] = true }
            found.append(Mention(words: index..<end, type: .organization, canonical: words.surface(index..<end, in: text), id: nil,
                                 origin: .discovered, rule: "discovery:acronym-of-place"))
            index = end - 1
        }
        return found
    }

    /// Three to six upper-case letters standing alone ("CISSS", "CHU"; not "IA", not "R&D").
    private static func isAcronym(_ index: Int, _ words: DocumentWords) -> Bool {
        let word = words[index]
        // Cheap tests first: most words are no capitalised word of three to six letters.
        guard word.isCapitalized, (3...6).contains(word.folded.utf8.count), !word.isGlued, index + 1 < words.count,
              !words[index + 1].isGlued else { return false }
        let text = words.text(index)
        return (3...6).contains(text.count) && text.allSatisfy { $0.isUppercase && $0.isLetter }
    }
}
