import GlaneurCore

/// Extends product mentions over the version and edition that follow them, so that a lexicon
/// family name becomes the model the article names: "Gemini" + " 2.5 Pro", "DeepSeek R1" + "-0528",
/// "Kirin" + " X90s", and adjacent products merge ("Blackwell" + "B200").
enum ProductVersions {
    static func extend(_ mentions: [Mention], words: DocumentWords, text: String) -> [Mention] {
        var result: [Mention] = []
        var index = 0
        while index < mentions.count {
            var mention = mentions[index]
            index += 1
            guard mention.type == .product else { result.append(mention); continue }
            let matched = words.surface(mention.words, in: text)
            var end = mention.words.upperBound
            while end < words.count, words[end].sentence == words[mention.words.lowerBound].sentence {
                if index < mentions.count, mentions[index].words.lowerBound == end {
                    guard mentions[index].type == .product, !words[end].isGlued || words[end].isWord else { break }
                    end = mentions[index].words.upperBound
                    index += 1
                } else if words[end].isWord, words[end].isGlued || isVersion(end, words) {
                    end += 1
                } else {
                    break
                }
            }
            if end > mention.words.upperBound {
                let extended = words.surface(mention.words.lowerBound..<end, in: text)
                let canonical = TextFolding.fold(mention.canonical), folded = TextFolding.fold(matched)
                if canonical.hasSuffix(folded), canonical != folded {
                    mention.canonical = String(mention.canonical.dropLast(matched.count)) + extended
                } else {
                    mention.canonical = extended
                }
                mention.words = mention.words.lowerBound..<end
                mention.id = nil
                mention.rule += "+version"
            }
            result.append(mention)
        }
        return result
    }

    /// A version number ("4", "2.5"), a model code ("X90s", "o4", "B200") or a capitalised edition word.
    private static func isVersion(_ index: Int, _ words: DocumentWords) -> Bool {
        let word = words[index], text = words.text(index)
        let hasDigit = word.hasDigit
        if hasDigit {
            let allDigits = text.allSatisfy(\.isNumber)
            // "9000s" may come as "9000" + "s": a number with a glued suffix is a model code.
            let hasGluedSuffix = index + 1 < words.count && words[index + 1].isGlued && words[index + 1].isWord
            return allDigits && !hasGluedSuffix ? text.count <= 2 : text.count <= 8
        }
        return word.isCapitalized && words.lists.productEditions.contains(word.folded)
    }
}
