import GlaneurCore

/// What follows (or precedes) a number and gives it a kind: "%", "dollars", "ans", "fois", "nm", a counted noun.
struct UnitMatch: Sendable {
    var kind: ClaimKind
    var unit: String?
    /// Multiplies the number ("décennie": 10 years).
    var factor: Double = 1
    /// Lexeme index after the unit.
    var end: Int
    var rule: String
    /// An hour unit ("h", "heures", "hours"), which may give a time of day ("à 15 h", "à 20 heures").
    var isHour = false
}

/// Reads the unit of a number from the lexemes after it.
struct UnitReader {
    let lexemes: [Lexeme]
    let lexicon: NumberLexicon

    /// The unit right after `number` (after "de"/"d'"/"of" when the number has a scale word).
    func unit(after number: ParsedNumber) -> UnitMatch? {
        var index = number.end
        guard index < lexemes.count else { return nil }
        // "3-min", "2,5-km", "trois-tonnes"
        if lexemes[index].isSymbol("-"), !lexemes[index].spaceBefore, index + 1 < lexemes.count,
           !lexemes[index + 1].spaceBefore, lexemes[index + 1].isWord {
            index += 1
        }
        if let (unit, end) = lexicon.percentUnits.match(lexemes, at: index) {
            return UnitMatch(kind: .percent, unit: unit, end: end, rule: "percent-unit")
        }
        if let match = currency(at: index, number: number) { return match }
        let linked = number.scale > 1 || number.isApproximateCount ? skipDe(index) : nil
        if let linked, let match = currency(at: linked, number: number) { return match }
        if let match = multiplier(at: index) { return match }
        if let match = duration(at: index) { return match }
        if let linked, let match = duration(at: linked) { return match }
        if let match = measure(at: index) { return match }
        if let linked, let match = measure(at: linked) { return match }
        if let match = countedNoun(at: index, number: number) { return match }
        if let linked, let match = countedNoun(at: linked, number: number) { return match }
        return nil
    }

    /// The index after "de", "d'", "of" at `index`, if one is there.
    func skipDe(_ index: Int) -> Int? {
        guard index < lexemes.count else { return nil }
        let key = lexemes[index].key
        if key == "de" || key == "of" || key == "des" { return index + 1 }
        if key == "d", index + 1 < lexemes.count, lexemes[index + 1].isSymbol("'") { return index + 2 }
        return nil
    }

    func currency(at index: Int, number: ParsedNumber) -> UnitMatch? {
        guard let (form, end) = lexicon.currencies.match(lexemes, at: index), isUnitBoundary(end) else { return nil }
        if form.needsScale && number.scale == 1 { return nil }
        // "10 $ c'est": an elided word, not "$ c" (Canadian dollars).
        if end < lexemes.count, lexemes[end].isSymbol("'"), !lexemes[end].spaceBefore { return nil }
        return UnitMatch(kind: .money, unit: form.code, end: end, rule: "money-after")
    }

    private func multiplier(at index: Int) -> UnitMatch? {
        guard let (_, unitEnd) = lexicon.multiplierUnits.match(lexemes, at: index), isUnitBoundary(unitEnd) else { return nil }
        var end = unitEnd
        // "25 fois moins", "trois fois plus", "10 times more"
        if end < lexemes.count, lexicon.word(lexemes[end].key, is: .comparative) { end += 1 }
        return UnitMatch(kind: .multiplier, unit: nil, end: end, rule: "multiplier-fois")
    }

    private func duration(at start: Int) -> UnitMatch? {
        var index = start
        // "3 prochaines années", "12 derniers mois", "five more years"
        var modifiers = 0
        while modifiers < 2, index < lexemes.count, lexicon.durationModifiers.match(lexemes, at: index) != nil {
            index += 1
            modifiers += 1
        }
        guard let (unit, end) = lexicon.durationUnits.match(lexemes, at: index), isUnitBoundary(end) else { return nil }
        return UnitMatch(kind: .duration, unit: unit.unit, factor: unit.factor, end: end, rule: "duration-unit",
                         isHour: unit.unit == "hour" && index == start)
    }

    private func measure(at index: Int) -> UnitMatch? {
        guard let (symbol, end) = lexicon.measureUnits.match(lexemes, at: index), isUnitBoundary(end) else { return nil }
        // A one-letter symbol followed by an apostrophe is an elided word ("3 l'an").
        if end < lexemes.count, lexemes[end].isSymbol("'"), !lexemes[end].spaceBefore { return nil }
        return UnitMatch(kind: .measure, unit: symbol, end: end, rule: "measure-unit")
    }

    /// A lower-case word that can be a noun: "890 000 puces", "trois articles".
    private func countedNoun(at index: Int, number: ParsedNumber) -> UnitMatch? {
        guard index < lexemes.count else { return nil }
        let word = lexemes[index]
        // A capitalised noun counts only in the plural ("27 États membres", "500,000 Chips"), not "15 Pro".
        guard word.isWord, word.key.count >= 2, !word.isCapitalized || (number.value >= 2 && word.key.hasSuffix("s") && !isAllCaps(word)),
              !lexicon.word(word.key, is: .notNoun), !lexicon.word(word.key, is: .month),
              lexicon.cardinals.match(lexemes, at: index) == nil, lexicon.scales.match(lexemes, at: index) == nil,
              lexicon.qualifiers.match(lexemes, at: index) == nil, isUnitBoundary(index + 1) else { return nil }
        // Glued to the number ("9000s", "5G") is a name, not a count.
        if !word.spaceBefore && !lexemes[index - 1].isSymbol("-") { return nil }
        // Two or more things take a plural noun: this keeps verbs and adjectives out ("tous deux avoir").
        if number.value >= 2 && !isPlural(word) { return nil }
        // "tous deux", "both": an anaphora.
        if number.isSpelled, number.start > 0, lexicon.word(lexemes[number.start - 1].key, is: .both) { return nil }
        return UnitMatch(kind: .count, unit: word.raw, end: index + 1, rule: number.isSpelled ? "count-spelled" : "count-noun")
    }

    /// "US", "SLS", "INTs": acronyms, not counted nouns.
    private func isAllCaps(_ word: Lexeme) -> Bool {
        word.raw.unicodeScalars.dropLast().allSatisfy { $0.properties.isUppercase }
    }

    private func isPlural(_ word: Lexeme) -> Bool {
        guard let last = word.key.last else { return false }
        return last == "s" || last == "x" || last == "z" || lexicon.word(word.key, is: .pluralNoun)
    }

    /// A unit must end where a word ends: not glued to more letters or digits.
    func isUnitBoundary(_ end: Int) -> Bool {
        guard end < lexemes.count else { return true }
        let next = lexemes[end]
        return next.spaceBefore || next.kind == .symbol
    }
}
