import GlaneurCore

/// Products named next to the noun of their kind: a model code or a capitalised word right after
/// a French product noun ("le moteur M88", "le missile Meteor", "la puce X90") or before an English
/// one ("the LEAP-1A engine", "the Meteor missile", "737-800 jets").
enum ProductNouns {
    /// "737", "800": a code whose first character is a digit.
    private static func startsWithDigit(_ index: Int, _ words: DocumentWords) -> Bool {
        guard let first = words[index].folded.utf8.first else { return false }
        return first >= 0x30 && first <= 0x39
    }

    /// Capitalised words before an English product noun that describe, not name: nationalities.
    private static let demonymEndings = ["ian", "ean", "can", "ese", "ish", "ch", "i"]
    private static let demonyms: Set<String> = ["german", "thai", "swiss", "greek", "dutch", "french", "british", "welsh", "scottish"]

    /// The product mentions found outside `covered` words.
    static func find(in words: DocumentWords, covered: [Bool], text: String, french: Bool) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            // Cheap tests first: the name stands right after the noun in French, right before it in English.
            let neighbour = french ? index + 1 : index - 1
            guard !covered[index], neighbour >= 0, neighbour < words.count,
                  words[neighbour].isCapitalized || startsWithDigit(neighbour, words),
                  words[index].isWord, !words[index].isCapitalized,
                  let initial = words[index].folded.utf8.first, words.lists.productNounInitials[Int(initial)] else { continue }
            let folded = words[index].folded
            if french, words.lists.frenchProductNouns.contains(folded), let name = nameAfter(index, words, covered) {
                found.append(mention(name, words, text))
                index = name.upperBound - 1
            } else if !french, words.lists.englishProductNouns.contains(folded), let name = nameBefore(index, words, covered), !overlaps(name, found) {
                found.append(mention(name, words, text))
            }
        }
        return found.sorted { $0.words.lowerBound < $1.words.lowerBound }
    }

    private static func mention(_ range: Range<Int>, _ words: DocumentWords, _ text: String) -> Mention {
        Mention(words: range, type: .product, canonical: words.surface(range, in: text), id: nil, origin: .discovered,
                rule: "discovery:product-noun")
    }

    private static func overlaps(_ range: Range<Int>, _ found: [Mention]) -> Bool {
        found.contains { $0.words.overlaps(range) }
    }

    /// "moteur M88", "missile Meteor", "fusée Ariane 6": a code, or one or two capitalised words and
    /// an optional number or code, right after the noun.
    private static func nameAfter(_ noun: Int, _ words: DocumentWords, _ covered: [Bool]) -> Range<Int>? {
        let start = noun + 1
        guard start < words.count, words[start].isWord, !words[start].isGlued, words[start].sentence == words[noun].sentence else { return nil }
        if let code = codeChain(from: start, words, covered) { return start..<code }
        var end = start
        while end < words.count, end - start < 2, isFreeName(end, words, covered), words[end].sentence == words[noun].sentence,
              end == start || !words[end].isGlued {
            end = chainEnd(from: end, words, covered)
        }
        guard end > start else { return nil }
        // "les drones FPV", "des missiles ICBM": an acronym after a plural noun names a kind, not a model.
        let kind = words[noun].folded
        if end == start + 1, kind.hasSuffix("s") || kind.hasSuffix("x"), !words.text(start).contains(where: \.isLowercase) {
            return nil
        }
        if end < words.count, !words[end].isGlued, words[end].sentence == words[noun].sentence,
           let code = codeChain(from: end, words, covered) ?? shortNumber(end, words) {
            end = code
        }
        return start..<end
    }

    /// "the LEAP-1A engine", "the Meteor missile", "737-800 jets": a code, or a capitalised word
    /// after "the" or "a", right before the noun.
    private static func nameBefore(_ noun: Int, _ words: DocumentWords, _ covered: [Bool]) -> Range<Int>? {
        var start = noun - 1
        guard start >= 0, words[start].isWord, !words[noun].isGlued, words[start].sentence == words[noun].sentence else { return nil }
        while start > 0, words[start].isGlued, words[start - 1].isWord { start -= 1 }
        if let code = codeChain(from: start, words, covered), code == noun { return start..<noun }
        // "a Kanomax model 4431": before "model", a capitalised word is the maker.
        guard start == noun - 1, !["model", "models"].contains(words[noun].folded), isFreeName(start, words, covered),
              !words[start].isSentenceInitial, start > 0,
              ["the", "a", "an", "its", "their"].contains(words[start - 1].folded), !isDemonym(words[start].folded) else { return nil }
        return start..<noun
    }

    /// A free capitalised word that may name a product: no function word, no month, no acronym of
    /// two letters ("puces IA", "chips AI" are common nouns).
    private static func isFreeName(_ index: Int, _ words: DocumentWords, _ covered: [Bool]) -> Bool {
        let word = words[index], text = words.text(index)
        return word.isWord && word.isCapitalized && !covered[index] && (text.count >= 3 || text.contains(where: \.isLowercase))
            && !words.lists.functionWords.contains(word.folded) && !words.lists.calendarWords.contains(word.folded)
    }

    /// The end of `index` and the words glued to it.
    private static func chainEnd(from index: Int, _ words: DocumentWords, _ covered: [Bool]) -> Int {
        var end = index + 1
        while end < words.count, words[end].isGlued, words[end].isWord, !covered[end] { end += 1 }
        return end
    }

    /// The end of a model code starting at `index`: glued pieces of letters and digits holding a
    /// digit, with a letter or a hyphen between digits ("M88", "RBE2", "LEAP-1A", "737-800"), not a
    /// year or a span of years.
    private static func codeChain(from index: Int, _ words: DocumentWords, _ covered: [Bool]) -> Int? {
        guard words[index].isWord, !covered[index] else { return nil }
        let end = chainEnd(from: index, words, covered)
        let pieces = (index..<end).map { words.text($0) }
        guard pieces.contains(where: { $0.contains(where: \.isNumber) }), pieces.joined().count <= 12 else { return nil }
        let hasLetter = pieces.contains { $0.contains(where: \.isLetter) }
        if hasLetter {
            // "M88", "1A": a code starts with a capital or a digit; "5G", "3nm", "1990s", "64GB" are no models.
            guard let first = pieces.first?.first, first.isUppercase || first.isNumber else { return nil }
            if first.isNumber {
                let letters = pieces.joined().drop(while: \.isNumber)
                if letters.allSatisfy(\.isLetter), letters.contains(where: \.isLowercase) || units.contains(String(letters)) { return nil }
            }
            return end
        }
        guard pieces.count >= 2, pieces.allSatisfy({ $0.count == 3 }) else { return nil }
        return end
    }

    /// "6" in "Ariane 6": one or two digits standing alone.
    private static func shortNumber(_ index: Int, _ words: DocumentWords) -> Int? {
        let text = words.text(index)
        guard words[index].isWord, (1...2).contains(text.count), text.allSatisfy(\.isNumber),
              index + 1 >= words.count || !words[index + 1].isGlued else { return nil }
        return index + 1
    }

    /// Units written after a number ("5G", "64GB", "10MW").
    private static let units: Set<String> = ["G", "GB", "TB", "MB", "KB", "W", "KW", "MW", "GW", "TW", "V", "K", "D", "X", "M", "B", "T"]

    private static func isDemonym(_ folded: String) -> Bool {
        demonyms.contains(folded) || demonymEndings.contains { folded.hasSuffix($0) }
    }
}
