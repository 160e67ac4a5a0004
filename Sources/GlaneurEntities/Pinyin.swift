/// Recognises romanised Chinese given names ("Wenfeng", "Jinping", "Ching-te"): words made of one to
/// three pinyin syllables. Used with a family-name list, so that "Liang Wenfeng" reads as a person
/// while "Long Island" or "Park Avenue" do not.
enum Pinyin {
    private static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
                                   "r", "z", "c", "s", "y", "w"]
    private static let finals: Set<String> = [
        "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "i", "ia", "ie", "iao", "iu", "ian",
        "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ueng",
    ]
    /// Syllables without an initial.
    private static let bareFinals: Set<String> = ["a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er"]

    /// True when the folded word (hyphens allowed between syllables) is one to three pinyin syllables.
    static func isGivenName(_ folded: String) -> Bool {
        let letters = Array(folded.utf8.filter { $0 != UInt8(ascii: "-") })
        guard !letters.isEmpty, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return syllableCount(letters[...], limit: 3) != nil
    }

    /// The number of syllables `letters` splits into (at most `limit`), or nil.
    private static func syllableCount(_ letters: ArraySlice<UInt8>, limit: Int) -> Int? {
        if letters.isEmpty { return 0 }
        guard limit > 0 else { return nil }
        let word = String(decoding: letters, as: UTF8.self)
        for length in stride(from: min(6, letters.count), through: 1, by: -1) {
            let syllable = String(word.prefix(length))
            guard isSyllable(syllable), let rest = syllableCount(letters.dropFirst(length), limit: limit - 1) else { continue }
            return rest + 1
        }
        return nil
    }

    private static func isSyllable(_ syllable: String) -> Bool {
        if bareFinals.contains(syllable) { return true }
        guard let initial = initials.first(where: { syllable.hasPrefix($0) }) else { return false }
        return finals.contains(String(syllable.dropFirst(initial.count)))
    }
}
