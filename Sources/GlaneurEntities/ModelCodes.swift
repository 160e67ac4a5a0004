import GlaneurCore

/// Bare model codes of products named "Maker Code" ("R2" for "DeepSeek R2", "K2" for "Kimi K2"):
/// a code counts only in a document that already names the maker, and only written as in the lexicon.
struct ModelCodes: Sendable {
    struct Code: Sendable {
        var entry: Int
        var maker: String
        var text: String
    }

    private var codes: [String: [Code]] = [:]

    init(entries: [LexiconEntry]) {
        for (index, entry) in entries.enumerated() where entry.type == .product {
            for name in entry.names {
                let units = MatchUnits.units(of: name)
                guard units.count == 2, let code = units.last, MatchUnits.isWord(units[0].text),
                      code.text.contains(where: \.isNumber), code.text.contains(where: \.isLetter) else { continue }
                let list = codes[code.folded, default: []]
                guard !list.contains(where: { $0.entry == index }) else { continue }
                codes[code.folded] = list + [Code(entry: index, maker: units[0].folded, text: String(code.text))]
            }
        }
    }

    /// The product a free word names, given the folded surfaces of the lexicon mentions of the document.
    func product(for index: Int, in words: DocumentWords, mentioned: Set<String>) -> Int? {
        guard words[index].hasDigit, let candidates = codes[words[index].folded] else { return nil }
        let text = words.text(index)
        return candidates.first { $0.text == text && mentioned.contains($0.maker) }?.entry
    }
}
