import GlaneurCore

/// Hyphenated compound names: "Radio-Varenne", "Baie-Saint-Odile", "Ouest-du-Varenne". A place or
/// organisation mention glued by hyphens to capitalised words is one part of a longer name, which
/// replaces it (origin `discovered`, rule `hyphen-compound`). The compound is a place when the
/// gazetteer lists it, when a lower-case link word joins its parts or a place word opens it, or
/// when the words before the mention are places; else it keeps the type of the mention that opens
/// it, else it is an organisation named after a place ("Radio-Canada"). Names joined to names
/// ("Paris-Berlin", "EU-Mercosur") and combining forms ("Sino-US") stay apart.

enum HyphenCompounds {
    /// `isPlace` tells whether a gazetteer key (folded words joined by spaces) names a place.
    static func join(_ mentions: [Mention], words: DocumentWords, text: String, isPlace: (String) -> Bool) -> [Mention] {
        let sorted = mentions.sorted { $0.words.lowerBound < $1.words.lowerBound }
        var result: [Mention] = []
        var swallowedUpTo = -1
        for (position, mention) in sorted.enumerated() {
            if mention.words.lowerBound < swallowedUpTo { continue }
            guard mention.type == .place || mention.type == .organization,
                  let compound = compound(around: mention.words, words) else {
                result.append(mention)
                continue
            }
            // The mentions the compound takes in must lie wholly inside it.
            let parts = sorted[position...].prefix { $0.words.lowerBound < compound.upperBound }
            let before = result.last.map { $0.words.upperBound > compound.lowerBound } ?? false
            guard !before, parts.allSatisfy({ $0.words.upperBound <= compound.upperBound && $0.type != .person }),
                  !(parts.count > 1 && parts.allSatisfy { $0.type == .place }),
                  parts.filter({ $0.origin == .lexicon }).count < 2,
                  let type = type(of: compound, opener: mention, words, isPlace: isPlace) else {
                result.append(mention)
                continue
            }
            result.append(Mention(words: compound, type: type, canonical: words.surface(compound, in: text), id: nil,
                                  origin: .discovered, rule: "hyphen-compound"))
            swallowedUpTo = compound.upperBound
        }
        return result
    }

    /// The words glued by hyphens to `range` on either side, capitalised at both ends, or nil when
    /// nothing is glued.
    private static func compound(around range: Range<Int>, _ words: DocumentWords) -> Range<Int>? {
        func joinable(_ index: Int) -> Bool {
            words[index].isWord && (words[index].isCapitalized || words.lists.compoundLinks.contains(words[index].folded))
        }
        var start = range.lowerBound, end = range.upperBound
        while start > 0, isHyphenated(start, words), joinable(start - 1) { start -= 1 }
        while end < words.count, isHyphenated(end, words), joinable(end) { end += 1 }
        while start < range.lowerBound, !words[start].isCapitalized { start += 1 }
        while end > range.upperBound, !words[end - 1].isCapitalized { end -= 1 }
        guard start < range.lowerBound || end > range.upperBound else { return nil }
        return start..<end
    }

    private static func type(of compound: Range<Int>, opener: Mention, _ words: DocumentWords,
                             isPlace: (String) -> Bool) -> EntityType? {
        let head = words[compound.lowerBound].folded
        if words.lists.compoundPrefixes.contains(head) { return nil }
        if compound.contains(where: { !words[$0].isCapitalized }) || words.lists.compoundPlaceHeads.contains(head)
            || words.lists.placeNouns.contains(head) || isPlace(compound.map { words[$0].folded }.joined(separator: " ")) {
            return .place
        }
        if opener.words.lowerBound == compound.lowerBound { return opener.type }
        let before = (compound.lowerBound..<opener.words.lowerBound).map { words[$0].folded }.joined(separator: " ")
        return isPlace(before) ? .place : .organization
    }

    /// True when word `index` is glued to the previous one by a hyphen.
    private static func isHyphenated(_ index: Int, _ words: DocumentWords) -> Bool {
        words[index].isGlued && words.gapContainsHyphen(TextSpan(words[index - 1].span.end, words[index].span.start))
    }
}
