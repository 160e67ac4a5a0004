/// Phrases made of lexemes (split the way the claims stage splits text), matched longest first.
///
/// Keys join the lexemes' folded forms, with a space where the phrase has one: "US$" and "US $" are
/// different phrases, so "a $5" is not read as "A$5". "Exact" phrases join the text as written, so that
/// case-sensitive symbols ("M", "m", "t") are told apart.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// The table's bit in `PhraseEnds`: lexemes carry the tables they may start or end a phrase of,
    /// so that most positions are rejected without a lookup.
    let bit: UInt32
    private var folded: [String: Payload] = [:]
    private var exact: [String: Payload] = [:]
    private(set) var longest = 0
    /// First and last lexemes of all phrases (folded, or as written for exact ones).
    private(set) var firstLexemes: Set<String> = []
    private(set) var lastLexemes: Set<String> = []
    /// Folded first lexemes of all phrases, exact ones included.
    private(set) var foldedFirstLexemes: Set<String> = []

    init(bit: UInt32) {
        self.bit = bit
    }

    /// Adds a phrase unless an earlier entry already holds it.
    mutating func insert(_ phrase: String, exact isExact: Bool, _ payload: Payload) {
        let lexemes = Lexeme.lexemes(of: phrase)
        guard !lexemes.isEmpty else { return }
        let key = Self.key(lexemes[...], exact: isExact)
        if isExact {
            if exact[key] == nil { exact[key] = payload }
        } else if folded[key] == nil {
            folded[key] = payload
        }
        longest = max(longest, lexemes.count)
        firstLexemes.insert(isExact ? lexemes[0].raw : lexemes[0].key)
        foldedFirstLexemes.insert(lexemes[0].key)
        lastLexemes.insert(isExact ? lexemes[lexemes.count - 1].raw : lexemes[lexemes.count - 1].key)
    }

    /// The longest phrase starting at `index`: its payload and the index after it.
    func match(_ lexemes: [Lexeme], at index: Int) -> (payload: Payload, end: Int)? {
        let limit = min(longest, lexemes.count - index)
        guard limit > 0, lexemes[index].phraseEnds.first & bit != 0 else { return nil }
        for length in stride(from: limit, through: 1, by: -1) where lexemes[index + length - 1].phraseEnds.last & bit != 0 {
            if let payload = lookup(lexemes[index..<(index + length)]) { return (payload, index + length) }
        }
        return nil
    }

    /// The longest phrase ending just before `index`: its payload and its first index.
    func match(_ lexemes: [Lexeme], endingAt index: Int) -> (payload: Payload, start: Int)? {
        let limit = min(longest, index)
        guard limit > 0, lexemes[index - 1].phraseEnds.last & bit != 0 else { return nil }
        for length in stride(from: limit, through: 1, by: -1) where lexemes[index - length].phraseEnds.first & bit != 0 {
            if let payload = lookup(lexemes[(index - length)..<index]) { return (payload, index - length) }
        }
        return nil
    }

    private func lookup(_ slice: ArraySlice<Lexeme>) -> Payload? {
        if slice.count == 1, let only = slice.first {
            return exact[only.raw] ?? folded[only.key]
        }
        return exact[Self.key(slice, exact: true)] ?? folded[Self.key(slice, exact: false)]
    }

    private static func key(_ slice: ArraySlice<Lexeme>, exact: Bool) -> String {
        var key = ""
        for lexeme in slice {
            if lexeme.spaceBefore && !key.isEmpty { key += " " }
            key += exact ? lexeme.raw : lexeme.key
        }
        return key
    }
}
