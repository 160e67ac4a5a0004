import GlaneurCore

/// A mention under construction: the words it covers and what it refers to.
struct Mention {
    var words: Range<Int>
    var type: EntityType
    var canonical: String
    var id: String?
    var origin: EntityOrigin
    var rule: String
}

/// Links short mentions to a full name of the same document: a one-word capitalised mention that
/// equals the last word of a person's name ("Heim"), or its first word when that word is no first
/// name or is a family name ("Xi" for "Xi Jinping"), takes that person's canonical name; the first
/// word of an organisation named by a word and a marker does the same ("Eurasia" for "Eurasia
/// Group"). Among several candidates, the nearest full mention before it wins.
struct MentionResolution {
    let resources: NameResources

    func resolve(_ mentions: [Mention], words: DocumentWords, covered: [Bool]) -> [Mention] {
        var fullNames: [String: [Int]] = [:]
        for (index, mention) in mentions.enumerated() where mention.type == .person {
            let parts = mention.words.filter { words[$0].isWord && words[$0].isCapitalized && !words[$0].isGlued }
            guard parts.count >= 2, let last = parts.last, let first = parts.first else { continue }
            if words.text(last).count >= 2 {
                fullNames[words[last].folded, default: []].append(index)
            }
            if words.text(first).count >= 2,
               resources.familyNames.contains(words[first].folded) || !resources.firstNames.contains(words[first].folded) {
                fullNames[words[first].folded, default: []].append(index)
            }
        }
        // "Eurasia Group" … "Eurasia": an organisation named by a word and a marker, later without the marker.
        for (index, mention) in mentions.enumerated() where mention.type == .organization {
            let parts = mention.words.filter { words[$0].isWord && !words[$0].isGlued }
            guard parts.count == 2, words[parts[0]].isCapitalized, words.text(parts[0]).count >= 3,
                  resources.organizationSuffixes.contains(words[parts[1]].folded) else { continue }
            fullNames[words[parts[0]].folded, default: []].append(index)
        }
        // "Joan State" … "the state": a place noun, title or organisation word the document also
        // writes in lower case is a common noun, never a short name.
        let commonNouns = fullNames.keys.filter { words.lists.placeNouns.contains($0) || words.lists.titleWords.contains($0)
            || words.lists.organizationTypes.contains($0) }
        if !commonNouns.isEmpty {
            let lowerCase = Set((0..<words.count).lazy.filter { words[$0].isWord && !words[$0].isCapitalized }.map { words[$0].folded })
            for key in commonNouns where lowerCase.contains(key) { fullNames[key] = nil }
        }
        guard !fullNames.isEmpty else { return mentions }
        var resolved = mentions
        // Discovered one-word persons that are short forms of a full name take that name.
        for (index, mention) in mentions.enumerated()
        where (mention.origin == .discovered || mention.origin == .tagger) && mention.type == .person && mention.words.count == 1 {
            if let target = nearest(fullNames[words[mention.words.lowerBound].folded], to: mention.words.lowerBound, mentions),
               mentions[target].words.count > 1 {
                resolved[index].canonical = mentions[target].canonical
                resolved[index].id = mentions[target].id
                resolved[index].origin = .alias
                resolved[index].rule = "short-name"
            }
        }
        // Lone capitalised words no rule claimed.
        for index in 0..<words.count where !covered[index] && words[index].isCapitalized && !words[index].isGlued
            && isLone(index, words, covered) {
            guard let target = nearest(fullNames[words[index].folded], to: index, mentions) else { continue }
            resolved.append(Mention(words: index..<index + 1, type: mentions[target].type, canonical: mentions[target].canonical,
                                    id: mentions[target].id, origin: .alias, rule: "short-name"))
        }
        return resolved
    }

    /// True when no free capitalised word is glued to or stands next to `index` in its sentence
    /// (a sentence-initial word before it does not count: "Cependant Heim précise").
    private func isLone(_ index: Int, _ words: DocumentWords, _ covered: [Bool]) -> Bool {
        let word = words[index]
        if index > 0 {
            let previous = words[index - 1]
            if previous.isCapitalized, !covered[index - 1], previous.sentence == word.sentence, !previous.isSentenceInitial { return false }
        }
        if index + 1 < words.count {
            let next = words[index + 1]
            if next.isCapitalized, !covered[index + 1], next.sentence == word.sentence { return false }
            if next.isGlued { return false }
        }
        return true
    }

    /// The candidate mention nearest before `position`, else the first one after it.
    private func nearest(_ candidates: [Int]?, to position: Int, _ mentions: [Mention]) -> Int? {
        guard let candidates, !candidates.isEmpty else { return nil }
        let before = candidates.filter { mentions[$0].words.upperBound <= position }
        if let best = before.max(by: { mentions[$0].words.lowerBound < mentions[$1].words.lowerBound }) { return best }
        return candidates.min(by: { mentions[$0].words.lowerBound < mentions[$1].words.lowerBound })
    }
}
