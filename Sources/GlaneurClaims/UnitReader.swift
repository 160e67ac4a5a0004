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

    /// Pence are pounds: "78.4p" and "210 pence" are 0.784 and 2.10 GBP (`factor` 0.01).
    func currency(at index: Int, number: ParsedNumber) -> UnitMatch? {
        // "78.4p", "12p": a "p" glued to an amount under 400 ("720p" is a video resolution).
        if index < lexemes.count, lexemes[index].raw == "p", !lexemes[index].spaceBefore, number.scale == 1,
           number.value < 400, isUnitBoundary(index + 1), !(index + 1 < lexemes.count && lexemes[index + 1].isSymbol("'")) {
            return UnitMatch(kind: .money, unit: "GBP", factor: 0.01, end: index + 1, rule: "money-pence")
        }
        guard let (form, end) = lexicon.currencies.match(lexemes, at: index), isUnitBoundary(end) else { return nil }
        if form.needsScale && number.scale == 1 { return nil }
        // "10 $ c'est": an elided word, not "$ c" (Canadian dollars).
        if end < lexemes.count, lexemes[end].isSymbol("'"), !lexemes[end].spaceBefore { return nil }
        if form.code == "pence" { return UnitMatch(kind: .money, unit: "GBP", factor: 0.01, end: end, rule: "money-pence") }
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
        // "flown six times", "condamné deux fois": occurrences, unless something is compared.
        if end == unitEnd, !isComparison(after: end), !isComparisonContext(before: number.start) {
            return UnitMatch(kind: .count, unit: lexemes[index].raw, end: end, rule: "count-occurrences")
        }
        return UnitMatch(kind: .multiplier, unit: nil, end: end, rule: "multiplier-fois")
    }

    /// Whether a comparison follows "fois", "times" or "twice": "as much", "la taille de", "the estimate", "more",
    /// or in English a noun ("12 times earnings").
    func isComparison(after index: Int) -> Bool {
        guard index < lexemes.count, lexemes[index].isWord else { return false }
        let key = lexemes[index].key
        if isEnglish, lexemes[index].spaceBefore, !lexemes[index].isCapitalized, !lexicon.word(key, is: .notNoun),
           !key.hasSuffix("ly"), !key.hasSuffix("ed"), !lexicon.word(key, is: .month), duration(at: index) == nil,
           lexicon.rateWords.match(lexemes, at: index) == nil, lexicon.durationModifiers.match(lexemes, at: index) == nil {
            return true
        }
        // "2.5 times greater", "three times longer": an English comparative in -er.
        let isEnglishComparative = isEnglish && key.count > 4 && key.hasSuffix("er")
        // "trois fois la semaine": a frequency, not a comparison.
        if lexicon.word(key, is: .comparisonFollower), duration(at: index + 1) != nil { return false }
        return isEnglishComparative || lexicon.word(key, is: .comparative) || lexicon.word(key, is: .comparisonFollower)
    }

    /// Whether the words before a multiplier make it a factor rather than a count of occurrences:
    /// "une amélioration de 255 fois", "grew by five times", "a augmenté de trois fois", "rose 10 times".
    func isComparisonContext(before start: Int) -> Bool {
        let position = (lexicon.qualifiers.match(lexemes, endingAt: start)?.start ?? start) - 1
        guard position >= 0 else { return false }
        let previous = lexemes[position]
        if previous.isSymbol("'") { return position > 0 && lexemes[position - 1].key == "d" }
        return ["de", "by", "of", "par"].contains(previous.key) || lexicon.word(previous.key, is: .changeVerb)
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
        guard word.isWord, word.spaceBefore || (index > 0 && lexemes[index - 1].isSymbol("-")) else { return nil }
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
        // "42 Rafale", "150 MAX 10s", "30 older 737-800s": a count of the model named.
        var modelStart = index
        while modelStart < index + 2, modelName(at: modelStart, number: number) == nil, isModelModifier(at: modelStart) {
            modelStart += 1
        }
        if let end = modelName(at: modelStart, number: number) {
            // "30 Boeing jets", "two Western hostages": in English the noun after the name is what is counted.
            if isEnglish, end < lexemes.count, lexemes[end].isWord, lexemes[end].spaceBefore, !lexemes[end].isCapitalized,
               isCountable(lexemes[end], at: end, number: number) {
                return UnitMatch(kind: .count, unit: lexemes[end].raw, end: end + 1, rule: "count-model")
            }
            return UnitMatch(kind: .count, unit: text(from: modelStart, to: end), end: end, rule: "count-model")
        }
        return nil
    }

    /// The end of a product or model name after a count: a code mixing letters and digits ("A320neo",
    /// "737-800s", "A350-1000"), a capitalised name with a code ("MAX 10s", "Boeing 737 MAX"), or one
    /// capitalised singular word ("42 Rafale"; not a variant such as "15 Pro", nor a month).
    private func modelName(at start: Int, number: ParsedNumber) -> Int? {
        guard start < lexemes.count, lexemes[start].spaceBefore, number.value >= 2, number.value == number.value.rounded(),
              number.scale == 1, !number.isApproximateCount else { return nil }
        let first = lexemes[start]
        guard (first.isWord && first.isCapitalized) || first.isDigits else { return nil }
        var (end, hasCode) = codeGroup(at: start)
        if !hasCode && first.isDigits { return nil }
        if !hasCode, lexicon.word(first.key, is: .notNoun) || lexicon.word(first.key, is: .month)
            || lexicon.word(first.key, is: .nationality) { return nil }
        // "MAX 10s", "Boeing 737", "Airbus A320": a name followed by its code, and more of the name after it.
        var parts = 1
        while parts < 4, end < lexemes.count, lexemes[end].spaceBefore {
            let next = lexemes[end]
            let (groupEnd, groupHasCode) = codeGroup(at: end)
            let isNamePart = groupHasCode || next.isDigits
                || (hasCode && next.isWord && next.isCapitalized && !lexicon.word(next.key, is: .notNoun))
            guard isNamePart else { break }
            hasCode = hasCode || groupHasCode || next.isDigits
            end = groupEnd
            parts += 1
        }
        if !hasCode {
            // One capitalised singular word before a lower-case word or punctuation: "42 Rafale".
            // Not an English acronym without its plural ("2 INT"), nor an abbreviation ("2 Tbsp. sugar").
            guard end == start + 1, first.key.count >= 3, !lexicon.word(first.key, is: .modelSuffix),
                  !(isEnglish && isCapitals(first.raw.unicodeScalars[...])),
                  !(end < lexemes.count && lexemes[end].isSymbol(".") && !lexemes[end].spaceBefore && end + 1 < lexemes.count
                    && lexemes[end + 1].isWord && !lexemes[end + 1].isCapitalized),
                  end >= lexemes.count || !(lexemes[end].isWord && lexemes[end].isCapitalized) else { return nil }
        }
        return isUnitBoundary(end) ? end : nil
    }

    /// A word before a model name: "older", "additional", "new", "nouveaux", "autres".
    private func isModelModifier(at index: Int) -> Bool {
        guard index < lexemes.count else { return false }
        let word = lexemes[index]
        guard word.isWord, word.spaceBefore, !word.isCapitalized else { return false }
        if lexicon.word(word.key, is: .preAdjective) { return true }
        return isEnglish && !lexicon.word(word.key, is: .notNoun) && ["er", "ed", "al", "ing"].contains { word.key.hasSuffix($0) }
    }

    /// The end of the glued letters, digits and inner hyphens starting at `start` ("A350-1000", "737-800s",
    /// "A321XLRs"), and whether they mix letters and digits.
    private func codeGroup(at start: Int) -> (end: Int, mixesLettersAndDigits: Bool) {
        var end = start + 1
        var hasDigits = lexemes[start].isDigits
        var hasLetters = lexemes[start].isWord
        while end < lexemes.count, !lexemes[end].spaceBefore {
            let lexeme = lexemes[end]
            if lexeme.isSymbol("-"), end + 1 < lexemes.count, !lexemes[end + 1].spaceBefore,
               lexemes[end + 1].isDigits || lexemes[end + 1].isWord {
                end += 1
                continue
            }
            guard lexeme.isDigits || lexeme.isWord else { break }
            hasDigits = hasDigits || lexeme.isDigits
            hasLetters = hasLetters || lexeme.isWord
            end += 1
        }
        return (end, hasDigits && hasLetters)
    }

    private func text(from start: Int, to end: Int) -> String {
        var text = ""
        for index in start..<end {
            if index > start && lexemes[index].spaceBefore { text += " " }
            text += lexemes[index].raw
        }
        return text
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
