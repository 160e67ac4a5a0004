import GlaneurCore

/// Brand names merged in camel case from a known company's name ("VodafoneThree", "MasOrange",
/// "VodafoneZiggo"): one word with a capital inside, one of whose parts is the one-word name of a
/// lexicon organisation, names an organisation.
struct CamelCaseBrands: Sendable {
    /// Folded one-word organisation names of five letters or more ("Time" in "FaceTime" is too short to tell).
    private let organizationWords: Set<String>

    init(entries: [LexiconEntry]) {
        var names: Set<String> = []
        for entry in entries where entry.type == .organization {
            for name in entry.names where name.count >= 5 && name.allSatisfy(\.isLetter) {
                names.insert(TextFolding.fold(name))
            }
        }
        organizationWords = names
    }

    /// The organisations named by free camel-case words outside `covered` words.
    func find(in words: DocumentWords, covered: [Bool], text: String) -> [Mention] {
        var found: [Mention] = []
        for index in 0..<words.count where !covered[index] && words[index].isCapitalized && !words[index].isGlued {
            guard index + 1 >= words.count || !words[index + 1].isGlued else { continue }
            let word = words.text(index)
            guard word.utf8.count >= 7, hasInnerCapital(word), parts(of: word).contains(where: { $0.count >= 5 && organizationWords.contains(TextFolding.fold($0)) })
            else { continue }
            found.append(Mention(words: index..<index + 1, type: .organization, canonical: String(word), id: nil, origin: .discovered,
                                 rule: "discovery:camel-case-brand"))
        }
        return found
    }

    /// A quick byte test: an ASCII capital right after an ASCII lower-case letter.
    private func hasInnerCapital(_ word: Substring) -> Bool {
        var previousIsLower = false
        for byte in word.utf8 {
            if byte >= 0x41 && byte <= 0x5A, previousIsLower { return true }
            previousIsLower = byte >= 0x61 && byte <= 0x7A
        }
        return false
    }

    /// "VodafoneThree" → "Vodafone", "Three"; empty when there is no capital after a lower-case letter.
    private func parts(of word: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var previousIsLower = false
        for character in word {
            if character.isUppercase, previousIsLower {
                parts.append(current)
                current = ""
            }
            current.append(character)
            previousIsLower = character.isLowercase
        }
        guard !parts.isEmpty else { return [] }
        return parts + [current]
    }
}
