import GlaneurCore

/// Stock indices named after an organisation and a number ("S&P 500", "FTSE 100", "Stoxx 600"):
/// the organisation match is part of the index's name, which is reported as a product.
enum IndexNames {
    static func retype(_ mentions: [Mention], words: DocumentWords, text: String) -> [Mention] {
        mentions.map { mention in
            let next = mention.words.upperBound
            guard mention.type == .organization, mention.origin == .lexicon, next < words.count, isIndexNumber(next, words),
                  words[next].sentence == words[mention.words.lowerBound].sentence else { return mention }
            let range = mention.words.lowerBound..<next + 1
            return Mention(words: range, type: .product, canonical: words.surface(range, in: text), id: nil,
                           origin: .lexicon, rule: "\(mention.rule)+index")
        }
    }

    /// Two to four digits standing alone (not a year, not glued, not a decimal), not followed by
    /// "%" or a counted noun ("Apple 40 milliards").
    private static func isIndexNumber(_ index: Int, _ words: DocumentWords) -> Bool {
        let digits = words.text(index)
        guard words[index].isWord, !words[index].isGlued, (2...4).contains(digits.count),
              digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.first != "0" else { return false }
        if digits.count == 4, digits.hasPrefix("19") || digits.hasPrefix("20") { return false }
        let after = index + 1
        guard after < words.count, words[after].sentence == words[index].sentence else { return true }
        // "500,5", "500%": something glued to the number makes it a quantity.
        if words[after].span.start == words[index].span.end { return false }
        if !words[after].isWord { return words.text(after) != "%" }
        return !words.lists.countingWords.contains(words[after].folded)
    }
}
