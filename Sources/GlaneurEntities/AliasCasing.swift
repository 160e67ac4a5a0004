/// How strictly the letter case of a document's text must follow an alias.
enum AliasCasing: Sendable {
    /// Every unit's letters have the alias's case (acronyms, short aliases, case-sensitive entries).
    case exact([String])
    /// An acronym of four letters or more, as written or in title case ("NATO" or "Nato", "OTAN" or
    /// "l’Otan", "RAND" or "Rand"), as the press writes them.
    case acronym(String)
    /// The first letter must be a capital (one-word names: "Apple" but not "apple").
    case initialCapital
    /// At least one capital somewhere in the span (longer names: "ministère chinois du Commerce").
    case anyCapital
    /// No constraint (aliases written in lower case).
    case free

    /// The casing an alias calls for, given its units and its entry's hints.
    init(units: [Substring], caseSensitive: Bool) {
        let letters = units.joined().filter(\.isLetter)
        let hasCapital = letters.contains(where: \.isUppercase)
        let isAcronym = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
        if isAcronym, units.count == 1, letters.count >= 4 {
            self = .acronym(String(units[0]))
        } else if caseSensitive || isAcronym || (hasCapital && letters.count <= 3) {
            self = .exact(units.map(String.init))
        } else if !hasCapital {
            self = .free
        } else if units.count == 1 {
            self = units[0].first?.isUppercase == true ? .initialCapital : .anyCapital
        } else {
            self = .anyCapital
        }
    }

    /// True for casings that accept only some letter cases of the alias.
    var isExact: Bool {
        switch self {
        case .exact, .acronym: return true
        case .initialCapital, .anyCapital, .free: return false
        }
    }

    /// Whether the document's unit texts satisfy this casing.
    func accepts(_ texts: [Substring]) -> Bool {
        switch self {
        case .free:
            return true
        case .initialCapital:
            return texts.first?.first?.isUppercase == true
        case .anyCapital:
            return texts.contains { $0.contains(where: \.isUppercase) }
        case .acronym(let expected):
            guard texts.count == 1, let text = texts.first, let first = text.first, first.isUppercase else { return false }
            return text == expected || text.dropFirst().allSatisfy { !$0.isUppercase }
        case .exact(let expected):
            guard expected.count == texts.count else { return false }
            for (want, got) in zip(expected, texts) where want != got {
                guard want.count == got.count else { return false }
                for (a, b) in zip(want, got) where a.isUppercase != b.isUppercase || a.isLowercase != b.isLowercase {
                    return false
                }
            }
            return true
        }
    }
}
