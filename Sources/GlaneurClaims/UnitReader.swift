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
    /// English acronyms are counted only in the plural ("GPUs"); French ones do not inflect ("5 000 GPU").
    let isEnglish: Bool

    /// The unit right after `number` (after "de"/"d'"/"of" when the number has a scale word).
    func unit(after number: ParsedNumber) -> UnitMatch? {
        var index = number.end
        guard index < lexemes.count else { return nil }
        // "3-min", "2,5-km", "trois-tonnes"; a compound adjective such as "four-cylinder" is not a count.
        var isCompound = false
        if lexemes[index].isSymbol("-"), !lexemes[index].spaceBefore, index + 1 < lexemes.count,
           !lexemes[index + 1].spaceBefore, lexemes[index + 1].isWord {
            index += 1
            isCompound = true
        }
        if let (unit, end) = lexicon.percentUnits.match(lexemes, at: index) {
            return UnitMatch(kind: .percent, unit: unit, end: end, rule: "percent-unit")
        }
        if let match = currency(at: index, number: number) { return match }
        let linked = number.scale > 1 || number.isApproximateCount ? skipDe(index) : nil
        if let linked, let match = currency(at: linked, number: number) { return match }
        if let match = multiplier(at: index, number: number) { return match }
        if let match = duration(at: index) { return match }
        if let linked, let match = duration(at: linked) { return match }
        if let match = measure(at: index) { return match }
        if let linked, let match = measure(at: linked) { return match }
        if isCompound { return nil }
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

    private func multiplier(at index: Int, number: ParsedNumber) -> UnitMatch? {
        // "10x cheaper": a lower-case x glued to a number up to 100 ("777x" is an aircraft).
        if index < lexemes.count, lexemes[index].raw == "x", !lexemes[index].spaceBefore, isUnitBoundary(index + 1),
           number.value <= 100 {
            return UnitMatch(kind: .multiplier, unit: nil, end: index + 1, rule: "multiplier-x")
        }
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

    /// A word that can be the counted noun: "890 000 puces", "trois articles", "27 États membres", "5 000 GPU",
    /// or the noun after a brand or model name: "2,048 Nvidia H800 chips".
    func countedNoun(at index: Int, number: ParsedNumber) -> UnitMatch? {
        guard index < lexemes.count else { return nil }
        // "tous deux", "both": an anaphora.
        if number.isSpelled, number.start > 0, lexicon.word(lexemes[number.start - 1].key, is: .both) { return nil }
        let word = lexemes[index]
        // Glued to the number ("9000s", "5G") is a name, not a count.
        guard word.isWord, word.spaceBefore || lexemes[index - 1].isSymbol("-") else { return nil }
        let rule = number.isSpelled ? "count-spelled" : "count-noun"
        // "three consecutive cuts", "120 full-time consultants", "deux autres procès"
        if let noun = noun(afterModifiersAt: index, number: number) {
            return UnitMatch(kind: .count, unit: lexemes[noun].raw, end: noun + 1, rule: rule)
        }
        if isCountable(word, at: index, number: number) {
            return UnitMatch(kind: .count, unit: word.raw, end: index + 1, rule: rule)
        }
        if word.isCapitalized, let noun = noun(afterNameAt: index, number: number) {
            return UnitMatch(kind: .count, unit: lexemes[noun].raw, end: noun + 1, rule: rule)
        }
        return nil
    }

    private func isCountable(_ word: Lexeme, at index: Int, number: ParsedNumber) -> Bool {
        guard word.key.count >= 2, isUnitBoundary(index + 1), !lexicon.word(word.key, is: .notNoun), !lexicon.word(word.key, is: .month),
              !lexicon.word(word.key, is: .adjective),
              lexicon.cardinals.match(lexemes, at: index) == nil, lexicon.scales.match(lexemes, at: index) == nil,
              lexicon.qualifiers.match(lexemes, at: index) == nil else { return false }
        // A capitalised noun counts in the plural ("27 États membres") or as an acronym, which does not
        // inflect ("5 000 GPU"); not "15 Pro" or a first name.
        if word.isCapitalized { return number.value >= 2 && (word.key.hasSuffix("s") || isAcronym(word)) }
        // Two or more things take a plural noun: this keeps verbs and adjectives out ("tous deux avoir").
        return number.value < 2 || isPlural(word)
    }

    /// The noun after one or two modifiers: English lower-case words or nationality adjectives that are not
    /// the noun themselves ("two blast furnaces", "120 full-time consultants", "three English clubs"), French
    /// adjectives that come first ("deux anciens cadres"). Its index.
    private func noun(afterModifiersAt start: Int, number: ParsedNumber) -> Int? {
        var position = start
        for _ in 0..<2 {
            guard position < lexemes.count, isModifier(at: position, number: number) else { return nil }
            position += 1
            // "full-time", "long-term"
            if position + 1 < lexemes.count, lexemes[position].isSymbol("-"), !lexemes[position].spaceBefore,
               lexemes[position + 1].isWord, !lexemes[position + 1].spaceBefore {
                position += 2
            }
            if position < lexemes.count, lexemes[position].isWord, lexemes[position].spaceBefore,
               !lexemes[position].isCapitalized || isAcronym(lexemes[position]),
               isCountable(lexemes[position], at: position, number: number) {
                return position
            }
        }
        return nil
    }

    private func isModifier(at index: Int, number: ParsedNumber) -> Bool {
        let word = lexemes[index]
        guard word.isWord, index == 0 || word.spaceBefore || lexemes[index - 1].isSymbol("-") else { return false }
        if !isEnglish { return lexicon.word(word.key, is: .preAdjective) }
        if word.isCapitalized { return lexicon.word(word.key, is: .nationality) }
        if lexicon.word(word.key, is: .adjective) { return true }
        // A word that could itself be the counted noun is not a modifier ("three people said").
        return !(number.value >= 2 && isPlural(word)) && !lexicon.word(word.key, is: .notNoun) && !lexicon.word(word.key, is: .month)
            && lexicon.cardinals.match(lexemes, at: index) == nil && lexicon.scales.match(lexemes, at: index) == nil
            && lexicon.qualifiers.match(lexemes, at: index) == nil
    }

    /// The lower-case noun after up to four lexemes of a capitalised name ("Nvidia H800", "US"): its index.
    /// The name must carry a model code or be an acronym, or the number be large, so that "The 15 Pro sells"
    /// does not count sales.
    private func noun(afterNameAt start: Int, number: ParsedNumber) -> Int? {
        var position = start
        var hasCode = isCapitals(lexemes[start].raw.unicodeScalars[...])
        while position < lexemes.count, position - start < 4 {
            let lexeme = lexemes[position]
            let isGlued = !lexeme.spaceBefore && position > start && lexeme.kind != .symbol
            guard (lexeme.isWord && lexeme.isCapitalized) || isGlued else { break }
            hasCode = hasCode || (isGlued && lexeme.isDigits)
            position += 1
        }
        guard hasCode || number.value >= 1000 || number.scale > 1 else { return nil }
        guard position > start, position < lexemes.count, lexemes[position].isWord, lexemes[position].spaceBefore,
              !lexemes[position].isCapitalized, isCountable(lexemes[position], at: position, number: number) else { return nil }
        return position
    }

    /// "GPU", "PME", "GPUs": capitals only, with a plural "s" at most (required in English).
    private func isAcronym(_ word: Lexeme) -> Bool {
        let scalars = word.raw.unicodeScalars[...]
        if scalars.last == "s" { return isCapitals(scalars.dropLast()) }
        return !isEnglish && isCapitals(scalars)
    }

    private func isCapitals(_ scalars: Substring.UnicodeScalarView) -> Bool {
        scalars.count >= 2 && scalars.allSatisfy { $0.properties.isUppercase }
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
