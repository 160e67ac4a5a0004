import GlaneurCore

/// "le Groupement des industries françaises aéronautiques et spatiales (Gifas)": a short name in
/// brackets right after an organisation's name is that organisation's acronym; it and its later
/// free mentions in the document take the organisation's canonical name.
enum BracketedAcronyms {
    static func link(_ mentions: [Mention], words: DocumentWords, covered: inout [Bool]) -> [Mention] {
        var acronyms: [String: Mention] = [:]
        for mention in mentions where mention.type == .organization && mention.words.count >= 2 {
            let open = mention.words.upperBound, inner = open + 1, close = open + 2
            guard close < words.count, words.text(open) == "(", words.text(close) == ")", !covered[inner],
                  isShortName(inner, words),
                  // "Groupement … (Gifas)": the acronym starts as the name does.
                  words[inner].folded.first == words[mention.words.lowerBound].folded.first else { continue }
            acronyms[String(words.text(inner))] = mention
        }
        guard !acronyms.isEmpty else { return mentions }
        var linked = mentions
        for index in 0..<words.count where !covered[index] && words[index].isCapitalized {
            guard let target = acronyms[String(words.text(index))],
                  index + 1 >= words.count || !words[index + 1].isGlued else { continue }
            covered[index] = true
            linked.append(Mention(words: index..<index + 1, type: .organization, canonical: target.canonical, id: target.id,
                                  origin: .alias, rule: "bracketed-acronym"))
        }
        return linked
    }

    /// One word of two to eight letters or digits starting with a capital, with at least two
    /// capitals or in title case of at most six letters ("Gifas", "CNIL", "ANSSI").
    private static func isShortName(_ index: Int, _ words: DocumentWords) -> Bool {
        let text = words.text(index)
        guard words[index].isWord, words[index].isCapitalized, (2...8).contains(text.count),
              index + 1 < words.count, !words[index + 1].isGlued else { return false }
        return text.filter(\.isUppercase).count >= 2 || text.count <= 6
    }
}
