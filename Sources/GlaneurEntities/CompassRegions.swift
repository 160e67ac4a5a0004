import GlaneurCore

/// "le Sud-Ouest", "the North-East": two compass points joined by a hyphen name a region, even when
/// a newspaper bears the same name ("Sud Ouest", written without the hyphen or after "journal").
enum CompassRegions {
    private static let points: Set<String> = ["nord", "sud", "est", "ouest", "north", "south", "east", "west"]
    /// Nouns before a newspaper's name.
    private static let mediaNouns: Set<String> = ["journal", "quotidien", "newspaper", "daily", "confrere", "hebdomadaire", "titre"]

    static func retype(_ mentions: [Mention], words: DocumentWords, text: String) -> [Mention] {
        mentions.map { mention in
            let range = mention.words
            guard mention.type == .organization, mention.origin == .lexicon, range.count == 2,
                  points.contains(words[range.lowerBound].folded), points.contains(words[range.lowerBound + 1].folded),
                  words[range.lowerBound + 1].isGlued,
                  words.gapContainsHyphen(TextSpan(words[range.lowerBound].span.end, words[range.lowerBound + 1].span.start)),
                  range.lowerBound == 0 || !mediaNouns.contains(words[range.lowerBound - 1].folded) else { return mention }
            return Mention(words: range, type: .place, canonical: words.surface(range, in: text), id: nil,
                           origin: .lexicon, rule: "\(mention.rule)+region")
        }
    }
}
