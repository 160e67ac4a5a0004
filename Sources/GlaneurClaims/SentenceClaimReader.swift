import GlaneurCore

/// A claim found in a sentence, with the number mentions it came from (two for a range).
struct FoundClaim: Sendable {
    var claim: Claim
    var mentions: [NumberMention]
}

/// Finds the claims and number mentions of one sentence, left to right in one pass.
///
/// For each number: rejections that need only the number's surroundings (names, references, dates,
/// times, phone numbers, list numbers, footnotes), then its unit, then rejections that need the unit
/// (years, ordinals, names before counts), then ranges, qualifiers, changes and rates.
struct SentenceClaimReader {
    let lexemes: [Lexeme]
    let lexicon: NumberLexicon
    let isEnglish: Bool
    /// Why a span cannot be a quantity when it lies inside a URL or e-mail address ("url") or a named entity ("name").
    let protectedReason: (TextSpan) -> String?
    /// Whether the sentence starts glued to the previous one ("confirmée.2 Les autres": a footnote marker).
    let isGluedToPreviousSentence: Bool
    /// The currency of the previous sentence's last money claim, which a bare scaled amount here takes
    /// ("Le budget atteint 450 milliards d'euros. Il en faudra 20 milliards de plus.").
    let previousCurrency: String?
    /// The currency of the document's last money claim before this sentence.
    let documentCurrency: String?
    private let numbers: NumberReader
    private let units: UnitReader

    init(lexemes: [Lexeme], lexicon: NumberLexicon, isEnglish: Bool, isGluedToPreviousSentence: Bool = false,
         previousCurrency: String? = nil, documentCurrency: String? = nil, protectedReason: @escaping (TextSpan) -> String?) {
        self.lexemes = lexemes
        self.previousCurrency = previousCurrency
        self.documentCurrency = documentCurrency
        self.lexicon = lexicon
        self.isEnglish = isEnglish
        self.isGluedToPreviousSentence = isGluedToPreviousSentence
        self.protectedReason = protectedReason
        numbers = NumberReader(lexemes: lexemes, lexicon: lexicon, isEnglish: isEnglish)
        units = UnitReader(lexemes: lexemes, lexicon: lexicon, isEnglish: isEnglish)
    }

    func read() -> (claims: [FoundClaim], mentions: [NumberMention]) {
        var claims: [FoundClaim] = []
        var mentions: [NumberMention] = []
        var index = 0
        var consumed = 0
        while index < lexemes.count {
            if lexemes[index].isWord && !lexemes[index].isQuantityStarter {
                index += 1
                continue
            }
            if let found = quantityWord(at: index, consumed: consumed) {
                claims.append(found.claim)
                index = found.end
                consumed = index
                continue
            }
            guard let number = numbers.read(at: index) else {
                index += 1
                continue
            }
            // The last currency code of the sentence ("cent" and "pesewa" do not say which currency).
            let currency = claims.last { $0.claim.kind == .money && $0.claim.unit?.count == 3 }?.claim.unit ?? previousCurrency
            switch interpret(number, consumed: consumed, previous: claims.last { $0.claim.kind != .multiplier }?.claim,
                             currency: currency) {
            case .claim(let found, let end):
                claims.append(found)
                index = max(end, number.end)
                consumed = index
            case .rejected(let reason, let end):
                mentions.append(NumberMention(span: span(number.start, number.end), value: number.value, claimKind: nil, rejection: reason))
                index = max(end, number.end)
            case .ignored:
                index = number.end
            }
        }
        return (claims, mentions)
    }

    private enum Outcome {
        case claim(FoundClaim, end: Int)
        case rejected(String, end: Int)
        case ignored
    }

    private func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(lexemes[start].start, lexemes[end - 1].end)
    }

    // MARK: Numbers

    /// `previous` is the sentence's last claim other than a multiplier, whose unit an elliptic number takes
    /// ("dont deux ferme"); `currency` is the one a bare scaled amount takes ("contre 67 milliards").
    private func interpret(_ parsed: ParsedNumber, consumed: Int, previous: Claim?, currency: String?) -> Outcome {
        if let fraction = fraction(after: parsed, consumed: consumed) { return .claim(fraction.claim, end: fraction.end) }
        if let (reason, end) = rejectionBeforeUnit(parsed) { return .rejected(reason, end: end) }
        var number = parsed
        let prefix = prefixCurrency(before: number.start, consumed: consumed)
        var unit = units.unit(after: number)
        if let prefix, unit?.kind != .money { unit = money(after: prefix, number: &number) }
        // "£1.2bn ... a further 300m": after an amount of money, a glued "m" is millions of it, not metres.
        if let currency, prefix == nil, unit?.kind == .measure, unit?.unit == "m", number.scale == 1,
           !lexemes[number.end].spaceBefore, lexemes[number.end].raw == "m" {
            number.value *= 1e6
            number.scale = 1e6
            unit = UnitMatch(kind: .money, unit: currency, end: number.end + 1, rule: "ellipsis")
            number.end += 1
        }
        // "multiplié par quatre", "multiplié par près de quatre", "multiplied by 3"
        let qualifierStart = lexicon.qualifiers.match(lexemes, endingAt: number.start)?.start ?? number.start
        if unit == nil || unit?.kind == .count, lexicon.multiplierCues.match(lexemes, endingAt: qualifierStart) != nil {
            unit = UnitMatch(kind: .multiplier, unit: nil, end: number.end, rule: "multiplier-cue")
        }
        if number.isLoneOne, let outcome = loneOneOutcome(number, unit: unit, consumed: consumed, previous: previous) { return outcome }
        if let reason = zeroEpithet(number, unit: unit) { return .rejected(reason, end: number.end) }
        if let reason = rejectionAfterUnit(number, unit: unit, hasPrefix: prefix != nil) {
            return .rejected(reason, end: number.end)
        }
        // An elliptic number takes the previous claim's unit, over a singular noun after it when that unit is
        // not a count ("dont un ferme"); a partitive gives the noun of a bare number.
        if unit == nil || unit?.kind == .count, let elliptic = ellipticUnit(number, previous: previous, currency: currency),
           unit?.unit == nil || (elliptic.kind != .count && isInclusion(before: number)) {
            unit = elliptic
        } else if unit == nil || (unit?.kind == .count && unit?.unit == nil) {
            unit = partitiveUnit(after: number) ?? unit
        }
        var value = number.value
        var valueMax: Double?
        var second: ParsedNumber?
        var end = unit?.end ?? number.end
        if let range = range(after: number, unit: unit, consumed: consumed, prefixStart: prefix?.start) {
            value = range.firstValue
            if !range.isChange {
                valueMax = range.second.value * (range.unit?.factor ?? 1)
                second = range.second
            }
            unit = range.unit.map { UnitMatch(kind: $0.kind, unit: $0.unit, factor: $0.factor, end: range.end, rule: $0.rule) } ?? unit
            end = range.end
            // "entre 2,5 et 2,7 milliards" after an amount of money: a range of that currency.
            if unit == nil, let elliptic = ellipticUnit(range.second, previous: previous, currency: currency), elliptic.kind == .money {
                unit = UnitMatch(kind: .money, unit: elliptic.unit, end: end, rule: "ellipsis")
            }
        }
        guard var unit else {
            // "Le bénéfice net recule à 1,3 milliard": an amount of money named before a bare scaled amount.
            if number.scale > 1 || (second?.scale ?? 1) > 1, !number.isApproximateCount,
               lexemes[..<number.start].contains(where: { $0.isWord && lexicon.word($0.key, is: .moneyNoun) }) {
                let money = UnitMatch(kind: .money, unit: documentCurrency, end: number.end, rule: "money-noun")
                return .claim(build(number, value: value, valueMax: valueMax, unit: money, end: end, prefix: prefix, consumed: consumed,
                                    second: second), end: end)
            }
            if number.scale > 1 || number.isApproximateCount || (second?.scale ?? 1) > 1 {
                let count = UnitMatch(kind: .count, unit: nil, end: number.end, rule: "count-scaled")
                return .claim(build(number, value: value, valueMax: valueMax, unit: count, end: end, prefix: prefix, consumed: consumed,
                                    second: second), end: end)
            }
            return .rejected(number.isSpelled ? "spelled-no-unit" : "no-unit", end: number.end)
        }
        // "a reculé de 0,3 point, à 7,3 %": percentage points where the sentence gives percentages.
        if unit.kind == .count, let noun = unit.unit, lexicon.word(TextFolding.fold(noun), is: .percentagePoint), value < 10,
           givesPercentages() {
            unit = UnitMatch(kind: .percent, unit: "pp", end: unit.end, rule: "percent-points")
        }
        switch unit.kind {
        case .duration:
            // "a 17-year-old girl": an age in a compound adjective, not a stated duration.
            if end + 1 < lexemes.count, lexemes[end].isSymbol("-"), lexemes[end + 1].key == "old" {
                return .rejected("age", end: end + 2)
            }
            value *= unit.factor
            // "trois ans et demi", "deux heures et demie"
            if end + 1 < lexemes.count, lexemes[end].key == "et", ["demi", "demie"].contains(lexemes[end + 1].key) {
                value += 0.5 * unit.factor
                end += 2
            }
        case .money where unit.factor != 1:
            value *= unit.factor
        case .money where prefix == nil && unit.unit != "cent" && unit.unit != "pence":
            if let (cents, centsEnd) = cents(after: end) {
                value += cents
                end = centsEnd
            }
        default:
            break
        }
        unit.end = end
        return .claim(build(number, value: value, valueMax: valueMax, unit: unit, end: end, prefix: prefix, consumed: consumed,
                            second: second), end: end)
    }

    /// The money unit given by a currency written before the number; "£1.5m", "$30mn": a glued "m" is
    /// millions there, not metres.
    private func money(after prefix: (code: String, start: Int), number: inout ParsedNumber) -> UnitMatch {
        if number.scale == 1, number.end < lexemes.count, !lexemes[number.end].spaceBefore,
           ["m", "mn"].contains(lexemes[number.end].raw), units.isUnitBoundary(number.end + 1) {
            number.value *= 1e6
            number.scale = 1e6
            number.end += 1
        }
        return UnitMatch(kind: .money, unit: prefix.code, end: number.end, rule: "money-before")
    }

    /// A lone "un"/"une"/"one" is a number before a money, measure or percent unit, before a duration after a
    /// preposition such as "pendant", "for" (not "sur un an", year on year, nor the apposition "2020, une
    /// année marquée"), after a qualifier ("about one extra error"), starting a range ("entre une et deux
    /// recrues") or in an ellipsis ("dont un ferme"). Nil when it is a number.
    private func loneOneOutcome(_ number: ParsedNumber, unit: UnitMatch?, consumed: Int, previous: Claim?) -> Outcome? {
        let before = number.start > 0 ? lexemes[number.start - 1].key : nil
        let hasQualifier = lexicon.qualifiers.match(lexemes, endingAt: number.start) != nil
        if unit == nil || unit?.kind == .count {
            // "une fois", "plus d'une fois", "once": a manner of speaking, not a count.
            if unit?.rule == "count-occurrences" { return .ignored }
            if hasQualifier && unit != nil { return nil }
            if range(after: number, unit: unit, consumed: consumed) != nil { return nil }
            // "trois ans de prison, dont un ferme"
            if isInclusion(before: number), ellipticUnit(number, previous: previous, currency: nil) != nil { return nil }
            return lexemes.count == 1 ? .rejected("no-unit", end: number.end) : .ignored
        }
        if unit?.kind == .duration {
            if let before, lexicon.word(before, is: .relativePeriod) { return .ignored }
            let isDurationContext = before == nil || hasQualifier || lexicon.word(before!, is: .durationPreposition)
            return isDurationContext ? nil : .ignored
        }
        return unit?.kind == .multiplier ? .ignored : nil
    }

    /// "dont deux ferme", "contre 67,4 milliards", "sur les 38": the unit of the sentence's previous claim.
    /// A scaled amount after money is money too ("3,3 milliards d'euros ... l'évalue à 13,2 milliards"), in
    /// the `currency` of the last amount of money of this sentence or the previous one, unless the previous
    /// claim counts something ("3 millions de ménages, contre 2 millions").
    private func ellipticUnit(_ number: ParsedNumber, previous: Claim?, currency: String?) -> UnitMatch? {
        if number.scale > 1, let currency, previous?.kind == .money || (previous?.kind != .count && previous?.kind != .measure) {
            return UnitMatch(kind: .money, unit: previous?.kind == .money ? previous?.unit : currency, end: number.end, rule: "ellipsis")
        }
        // "en hausse de 5 %, dont 3 milliards": millions and billions are not percentages.
        if number.scale > 1, previous?.kind == .percent { return nil }
        guard let previous, previous.kind != .count || previous.unit != nil, number.start > 0,
              !number.isSpelled || number.value >= 1, !startsRange(number) else { return nil }
        var position = number.start - 1
        if position > 0, lexicon.word(lexemes[position].key, is: .definite) { position -= 1 }
        guard lexicon.word(lexemes[position].key, is: .ellipsis) else { return nil }
        return UnitMatch(kind: previous.kind, unit: previous.unit, end: number.end, rule: "ellipsis")
    }

    /// "taux zéro", "tolérance zéro", "zero-hours contracts", "zéro déchet": a spelled zero after a noun, glued
    /// to the next word or before a singular noun describes it; nothing is counted ("zero deaths" is).
    private func zeroEpithet(_ number: ParsedNumber, unit: UnitMatch?) -> String? {
        guard number.isSpelled, number.value == 0, number.end == number.start + 1 else { return nil }
        if unit?.kind == .count, let noun = unit?.unit, !["s", "x"].contains(where: { TextFolding.fold(noun).hasSuffix($0) }) {
            return "epithet"
        }
        if number.end + 1 < lexemes.count, lexemes[number.end].isSymbol("-"), !lexemes[number.end].spaceBefore,
           !lexemes[number.end + 1].spaceBefore {
            return "epithet"
        }
        guard number.start > 0 else { return nil }
        let previous = lexemes[number.start - 1]
        guard previous.isWord, !lexicon.word(previous.key, is: .notNoun),
              !lexicon.word(previous.key, is: .auxiliary), lexicon.qualifiers.match(lexemes, endingAt: number.start) == nil else { return nil }
        // A participle or a past tense comes before an amount ("a coûté zéro euro", "reached zero").
        let raw = previous.raw.lowercased()
        return ["é", "ée", "és", "ées", "ed"].contains { raw.hasSuffix($0) } ? nil : "epithet"
    }

    /// "from 30-600 MW", "de 3 à 5 ans": the number starts a range that brings its own unit.
    private func startsRange(_ number: ParsedNumber) -> Bool {
        guard number.end + 1 < lexemes.count else { return false }
        let connector = lexemes[number.end]
        guard connector.isSymbol("-") || lexicon.word(connector.key, is: .rangeConnector) else { return false }
        return numbers.read(at: number.end + 1) != nil
    }

    /// "dont", "including" right before the number: a part of the previous quantity, whatever follows it.
    private func isInclusion(before number: ParsedNumber) -> Bool {
        number.start > 0 && lexicon.word(lexemes[number.start - 1].key, is: .inclusion)
    }

    /// "Ten of the 20 clubs", "fewer than 1,000 of those workers", "trois des cinq sites": a count of the
    /// noun after the partitive. The claim stops at the number, so "20 clubs" is read too.
    private func partitiveUnit(after number: ParsedNumber) -> UnitMatch? {
        var position = number.end
        guard position < lexemes.count, lexicon.word(lexemes[position].key, is: .partitive) else { return nil }
        position += 1
        // "of the", "of those", "of 20": an English partitive names its set; French "des" is a determiner.
        var isDetermined = !isEnglish
        if position < lexemes.count, lexicon.word(lexemes[position].key, is: .definite) {
            position += 1
            isDetermined = true
        }
        if let next = numbers.read(at: position), !next.isSpelled || next.value > 1 {
            position = next.end
            isDetermined = true
        }
        guard isDetermined, let noun = units.countedNoun(at: position, number: number) else { return nil }
        return UnitMatch(kind: .count, unit: noun.unit, end: number.end, rule: "count-partitive")
    }

    private func build(_ number: ParsedNumber, value: Double, valueMax: Double?, unit: UnitMatch, end: Int,
                       prefix: (code: String, start: Int)?, consumed: Int, second: ParsedNumber? = nil) -> FoundClaim {
        var start = prefix?.start ?? number.start
        var approximation: Approximation?
        if let (found, qualifierStart) = qualifier(endingAt: start, consumed: consumed) {
            approximation = found
            start = qualifierStart
        }
        // "over four seasons", "over five years": during, not more than.
        if approximation == .moreThan, unit.kind == .duration, lexemes[start].key == "over" {
            approximation = nil
            start = prefix?.start ?? number.start
        }
        var end = end
        // "1% or lower", "deux ans au moins", "20 ans environ"
        if approximation == nil, let (found, trailingEnd) = lexicon.trailingQualifiers.match(lexemes, at: end) {
            approximation = found
            end = trailingEnd
        }
        var change = number.sign
        // "edged up to 4.1%", "jumped up to": a verb's particle, not the qualifier "up to".
        if approximation == .upTo, start > 0, lexemes[start].key == "up", lexemes[start - 1].key.hasSuffix("ed") {
            approximation = nil
            change = .up
            start = prefix?.start ?? number.start
        }
        if approximation == nil && number.isApproximateCount { approximation = .about }
        if change == nil, let (found, _) = lexicon.changes.match(lexemes, endingAt: start), start > consumed {
            change = found
        }
        let claim = Claim(span: span(start, end), kind: unit.kind, value: value, valueMax: valueMax, unit: unit.unit,
                          approximation: approximation, per: rate(after: end), change: change, rule: unit.rule)
        var mentions = [NumberMention(span: span(number.start, number.end), value: number.value, claimKind: unit.kind, rejection: nil)]
        if let second {
            mentions.append(NumberMention(span: span(second.start, second.end), value: second.value, claimKind: unit.kind, rejection: nil))
        }
        return FoundClaim(claim: claim, mentions: mentions)
    }

    /// The qualifier ending at `index`, also across an indefinite article ("roughly a 40% chance"), or any
    /// article before a quantity word ("au moins la moitié"); "larger than the 15-inch" compares.
    private func qualifier(endingAt index: Int, consumed: Int, acrossDefinite: Bool = false) -> (Approximation, start: Int)? {
        if let (found, start) = lexicon.qualifiers.match(lexemes, endingAt: index), start >= consumed { return (found, start) }
        guard index > 0, lexicon.word(lexemes[index - 1].key, is: acrossDefinite ? .article : .indefinite),
              let (found, start) = lexicon.qualifiers.match(lexemes, endingAt: index - 1), start >= consumed else { return nil }
        return (found, start)
    }

    // MARK: Rejections

    private func rejectionBeforeUnit(_ number: ParsedNumber) -> (String, Int)? {
        let start = number.start
        let end = number.end
        let numberSpan = span(start, end)
        if let reason = protectedReason(numberSpan) { return (reason, end) }
        // "niveau 3", not "un niveau deux fois supérieur".
        if let previous = previousWord(before: start), lexicon.word(previous.key, is: .reference),
           lexicon.multiplierUnits.match(lexemes, at: end) == nil { return ("reference", end) }
        if start > 0, lexemes[start - 1].isSymbol("#"), !lexemes[start].spaceBefore { return ("reference", end) }
        guard !number.isSpelled else { return nil }
        if let timeEnd = timeOfDay(number) { return ("time", timeEnd) }
        if let dateEnd = numericDate(number) { return ("date", dateEnd) }
        if let phoneEnd = phoneNumber(number) { return ("phone", phoneEnd) }
        if start > 0, !lexemes[start].spaceBefore {
            let previous = lexemes[start - 1]
            if previous.isWord, lexicon.currencies.match(lexemes, endingAt: start)?.payload.mayPrecede != true { return ("name", end) }
            // "GPT-4", "Covid-19", "H-1B", "R1-0528"
            if previous.isSymbol("-"), start > 1, !previous.spaceBefore, lexemes[start - 2].isWord || lexemes[start - 2].isDigits {
                if !(number.isPlainInteger && isYearValue(number.value)) { return ("name", end) }
            }
            if previous.isSymbol("/"), start > 1, lexemes[start - 2].isDigits { return ("date", end) }
        }
        if number.isPlainInteger {
            let next = end < lexemes.count ? lexemes[end] : nil
            // "1. Introduction", "2) Résultats", "(1)"
            if start == 0, let next, next.isSymbol(".") || next.isSymbol(")"), number.value < 100 { return ("list-number", end) }
            if start > 0, lexemes[start - 1].isSymbol("("), let next, next.isSymbol(")") { return ("list-number", end + 1) }
            // "[3]", "fin de phrase.3"
            if start > 0, lexemes[start - 1].isSymbol("["), let next, next.isSymbol("]") { return ("footnote", end + 1) }
            if start > 1, !lexemes[start].spaceBefore, [".", ",", ";", ")", "»", "\u{201D}", "\""].contains(lexemes[start - 1].key),
               lexemes[start - 2].isWord, lexemes[start].key.count <= 3 { return ("footnote", end) }
            if start == 0, isGluedToPreviousSentence, lexemes[start].key.count <= 3 { return ("footnote", end) }
            if let month = end < lexemes.count ? lexemes[end] : nil, lexicon.word(month.key, is: .month), number.value <= 31 {
                return ("date", end + 1)
            }
            if start > 0, lexicon.word(lexemes[start - 1].key, is: .month), number.value <= 31 || isYearValue(number.value) {
                return ("date", end)
            }
        }
        return nil
    }

    private func rejectionAfterUnit(_ number: ParsedNumber, unit: UnitMatch?, hasPrefix: Bool) -> String? {
        let end = number.end
        let strongKinds: [ClaimKind] = [.money, .percent, .measure, .multiplier]
        if !number.isSpelled, end < lexemes.count, lexemes[end].isWord, lexicon.word(lexemes[end].key, is: .clockSuffix),
           unit == nil || unit?.kind == .count {
            return "time"
        }
        if !number.isSpelled, end < lexemes.count, lexemes[end].isWord, !lexemes[end].spaceBefore, unit == nil || unit?.kind == .count {
            return lexicon.word(lexemes[end].key, is: .ordinalSuffix) ? "ordinal" : "name"
        }
        // "020", "0958": a leading zero marks a code or a phone number, not a quantity.
        if number.isPlainInteger, lexemes[number.start].key.count > 1, lexemes[number.start].key.hasPrefix("0") {
            return "code"
        }
        if number.isPlainInteger, isYearValue(number.value), !strongKinds.contains(unit?.kind ?? .count) {
            return "year"
        }
        if let unit, unit.kind == .duration {
            // "à 15 h", "jusqu'à 20 heures", "at 8 hours"...: a time of day.
            if unit.isHour, number.value <= 24, number.value == number.value.rounded(),
               let previous = previousWord(before: number.start), lexicon.word(previous.key, is: .timeCue),
               previous.key != "a" || previous.raw.lowercased() == "à" {
                return "time"
            }
            // "il y a deux ans", "two years ago": a relative date.
            if number.start >= 2, lexemes[number.start - 1].key == "a", lexemes[number.start - 2].key == "y" { return "relative-date" }
            if unit.end < lexemes.count, lexemes[unit.end].key == "ago" { return "relative-date" }
        }
        // "4 Français sur 10"; not "1 200 personnes sur trois sites", which counts the sites.
        if unit == nil || (unit?.kind == .count && (isEnglish || unit?.unit == nil)), isDenominator(number) { return "ratio" }
        // "Gemini 2.5 Pro", "CAC 40", "Llama 4": a capitalised word right before a number with no unit.
        if !hasPrefix, unit == nil || unit?.kind == .count || unit?.rule == "multiplier-x", number.scale == 1 || number.isSpelled,
           number.start > 1 {
            let previous = lexemes[number.start - 1]
            // "visited Kyiv four times": occurrences, not "Kyiv four".
            let isSpelledOccurrence = number.isSpelled && unit?.rule == "count-occurrences"
            if !isSpelledOccurrence, previous.isWord, previous.isCapitalized, !lexicon.word(previous.key, is: .notNoun),
               lexicon.qualifiers.match(lexemes, endingAt: number.start) == nil {
                return "name"
            }
        }
        return nil
    }

    /// "4 Français sur 10", "un sur trois", "one in five Americans": a number right after "sur"/"in" that
    /// follows another number, at most one word before.
    private func isDenominator(_ number: ParsedNumber) -> Bool {
        let start = number.start
        guard start >= 2, lexicon.word(lexemes[start - 1].key, is: .ratio) else { return false }
        let earliest = isEnglish ? start - 2 : max(0, start - 3)
        return (earliest...(start - 2)).contains { index in
            lexemes[index].isDigits || (lexemes[index].isWord && lexicon.cardinals.match(lexemes, at: index) != nil)
        }
    }

    /// Whether the sentence has a percent unit ("%", "pour cent", "percent").
    private func givesPercentages() -> Bool {
        lexemes.indices.contains { lexicon.percentUnits.match(lexemes, at: $0) != nil }
    }

    private func isYearValue(_ value: Double) -> Bool { value >= 1800 && value <= 2100 && value == value.rounded() }

    private func previousWord(before index: Int) -> Lexeme? {
        var position = index - 1
        // "n° 1", "No. 5", "p. 12"; not "said no. 5 were" (a sentence end).
        var skippedPoint = false
        while position >= 0, lexemes[position].isSymbol("°") || lexemes[position].isSymbol(".") {
            skippedPoint = skippedPoint || lexemes[position].isSymbol(".")
            position -= 1
        }
        guard position >= 0, lexemes[position].isWord else { return nil }
        let word = lexemes[position]
        // Before a point, an abbreviation is capitalised ("No.") or one or two letters ("p.", "n."), not "no.".
        let isAbbreviation = word.isCapitalized || (word.key.count <= 2 && word.raw != "no")
        return skippedPoint && !isAbbreviation ? nil : word
    }

    /// "14:30", "14h30", "14 h 30": the index after the time, if the number starts one.
    private func timeOfDay(_ number: ParsedNumber) -> Int? {
        let end = number.end
        guard number.isPlainInteger, number.value < 24, end + 1 < lexemes.count else { return nil }
        let separator = lexemes[end]
        let minutes = lexemes[end + 1]
        guard minutes.isDigits, minutes.key.count == 2 else { return nil }
        if separator.isSymbol(":"), !separator.spaceBefore, !minutes.spaceBefore { return end + 2 }
        if separator.key == "h" { return end + 2 }
        return nil
    }

    /// "12/03/2024", "20.01.2025", "2024-05-12", "2023/24", "2019-2024": the index after the date.
    private func numericDate(_ number: ParsedNumber) -> Int? {
        guard lexemes[number.start].isDigits else { return nil }
        var parts = [lexemes[number.start].key]
        var position = number.start + 1
        while parts.count < 3, position + 1 < lexemes.count, ["/", ".", "-"].contains(lexemes[position].key),
              !lexemes[position].spaceBefore, lexemes[position + 1].isDigits, !lexemes[position + 1].spaceBefore {
            parts.append(lexemes[position + 1].key)
            position += 2
        }
        let lengths = parts.map(\.count)
        let dayMonthYear = lengths.count == 3 && lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4)
        let yearMonthDay = lengths.count == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2
        let yearSpan = lengths.count == 2 && lengths[0] == 4 && Double(parts[0]).map(isYearValue) == true
            && (lengths[1] == 2 || (lengths[1] == 4 && Double(parts[1]).map(isYearValue) == true))
        return dayMonthYear || yearMonthDay || yearSpan ? max(position, number.end) : nil
    }

    /// "01 23 45 67 89", "06.12.34.56.78": four or more groups of two digits.
    private func phoneNumber(_ number: ParsedNumber) -> Int? {
        guard lexemes[number.start].isDigits, lexemes[number.start].key.count == 2 else { return nil }
        var position = number.start + 1
        var groups = 1
        while position < lexemes.count {
            if lexemes[position].isDigits, lexemes[position].key.count == 2, lexemes[position].spaceBefore {
                position += 1
            } else if position + 1 < lexemes.count, lexemes[position].isSymbol("."), lexemes[position + 1].isDigits,
                      lexemes[position + 1].key.count == 2 {
                position += 2
            } else {
                break
            }
            groups += 1
        }
        return groups >= 4 ? position : nil
    }

    // MARK: Context

    private func prefixCurrency(before index: Int, consumed: Int) -> (code: String, start: Int)? {
        guard let (form, start) = lexicon.currencies.match(lexemes, endingAt: index), form.mayPrecede, start >= consumed else { return nil }
        return (form.code, start)
    }

    private struct Range {
        var firstValue: Double
        var second: ParsedNumber
        var unit: UnitMatch?
        var end: Int
        /// "passé de 47 à 69 milliards d'euros": two values; the first borrows the second's unit.
        var isChange = false
    }

    /// "3 à 5 ans", "entre 7 500 et 8 000", "10 - 20 euros", "10 euros - 20 euros", "deux ou trois".
    /// `prefixStart` is where a currency written before the first number starts ("between €2.2bn and €2.4bn").
    private func range(after number: ParsedNumber, unit: UnitMatch?, consumed: Int, prefixStart: Int? = nil) -> Range? {
        let connector = unit?.end ?? number.end
        guard connector + 1 < lexemes.count else { return nil }
        let key = lexemes[connector].key
        let start = prefixStart ?? number.start
        let startsWithBetween = start > 0 && lexicon.word(lexemes[start - 1].key, is: .rangeStart)
        let isConnector = key == "-" || lexicon.word(key, is: .rangeConnector) || (startsWithBetween && (key == "et" || key == "and"))
        guard isConnector else { return nil }
        // "passé de 10 à 20 %" gives two values, not a range.
        var isChange = false
        if start > 1, ["de", "from", "d"].contains(lexemes[start - 1].key) || lexemes[start - 1].isSymbol("'") {
            var verb = start - 2
            if lexemes[start - 1].isSymbol("'") { verb -= 1 }
            if verb >= 0, lexicon.word(lexemes[verb].key, is: .changeVerb) { isChange = true }
        }
        // "rose 12p to 345p", "fell by 3% to 7%": the size of a change, then the new level.
        if start > 0, lexicon.word(lexemes[start - 1].key, is: .changeVerb) { isChange = true }
        if start > 1, lexemes[start - 1].key == "by", lexicon.word(lexemes[start - 2].key, is: .changeVerb) { isChange = true }
        if isChange && unit != nil { return nil }
        // "€2.2bn and €2.4bn": the second amount repeats the currency.
        var secondStart = connector + 1
        if prefixStart != nil, let (form, currencyEnd) = lexicon.currencies.match(lexemes, at: secondStart), form.mayPrecede {
            secondStart = currencyEnd
        }
        guard var second = numbers.read(at: secondStart), !second.isLoneOne || key == "ou" else { return nil }
        if secondStart > connector + 1, let code = unit?.unit {
            _ = money(after: (code, connector + 1), number: &second)
        }
        if second.isPlainInteger, isYearValue(second.value), !(number.isPlainInteger && isYearValue(number.value)) { return nil }
        let secondPrefix = prefixCurrency(before: second.start, consumed: connector + 1).map {
            UnitMatch(kind: .money, unit: $0.code, end: second.end, rule: "money-before")
        }
        // "€3.3bn-€3.5bn next year": the currency before the second amount is its unit, whatever follows.
        let secondUnit = secondStart > connector + 1 ? secondPrefix : units.unit(after: second) ?? secondPrefix
        if let unit, let secondUnit, secondUnit.kind != unit.kind { return nil }
        if unit == nil && secondUnit == nil && !startsWithBetween { return nil }
        var firstValue = number.value
        if number.scale == 1 && second.scale > 1 { firstValue *= second.scale }
        guard second.value > firstValue || isChange else { return nil }
        let resolved = secondUnit ?? unit
        if isChange {
            guard let resolved else { return nil }
            return Range(firstValue: firstValue, second: second, unit: resolved, end: number.end, isChange: true)
        }
        return Range(firstValue: firstValue, second: second, unit: resolved, end: secondUnit?.end ?? second.end)
    }

    /// "15 dollars et 15 cents", "1 USD 23 cents", "15 dollars 50": the sub-unit amount and the index after it.
    private func cents(after index: Int) -> (Double, Int)? {
        var position = index
        if position < lexemes.count, lexemes[position].key == "et" || lexemes[position].key == "and" { position += 1 }
        guard position < lexemes.count, let amount = numbers.read(at: position), amount.value < 100 || amount.isSpelled, amount.value >= 1,
              !amount.isApproximateCount, !amount.isLoneOne || position > index else { return nil }
        if let (form, end) = lexicon.currencies.match(lexemes, at: amount.end), form.code == "cent" || form.code == "pence" {
            return (amount.value / 100, end)
        }
        // "quarante-cinq cents" reads as 4500 in French grammar; after a currency it is 45 cents.
        if amount.isSpelled, amount.value >= 100, ["cents", "cent"].contains(lexemes[amount.end - 1].key),
           amount.value.truncatingRemainder(dividingBy: 100) == 0, amount.value < 10_000 {
            return (amount.value / 10_000, amount.end)
        }
        let isLast = amount.end >= lexemes.count || (lexemes[amount.end].kind == .symbol && lexemes[amount.end].key != "%")
        return isLast && amount.end > position ? (amount.value / 100, amount.end) : nil
    }

    /// The rate right after a quantity, or after its complement of up to three words ("3 million tonnes of
    /// scrap steel a year").
    private func rate(after index: Int) -> String? {
        if let found = rate(at: index) { return found }
        guard var position = units.skipDe(index) else { return nil }
        for _ in 0..<3 {
            guard position < lexemes.count, lexemes[position].isWord, lexicon.rateWords.match(lexemes, at: position) == nil else { break }
            position += 1
            // Past a complement, only a time rate is safe ("of scrap steel a year", not "of a child").
            if let found = rate(at: position), let (_, afterRate) = lexicon.rateWords.match(lexemes, at: position),
               lexicon.durationUnits.match(lexemes, at: afterRate) != nil {
                return found
            }
        }
        return nil
    }

    /// "par an", "per year", "/ jour", "par million de tokens", "a day": the rate's denominator as written.
    private func rate(at index: Int) -> String? {
        guard index < lexemes.count, let (_, afterRate) = lexicon.rateWords.match(lexemes, at: index),
              afterRate < lexemes.count else { return nil }
        var position = afterRate
        let first = position
        if let (scale, scaleEnd) = lexicon.scales.match(lexemes, at: position), scale >= 1000 {
            position = units.skipDe(scaleEnd) ?? scaleEnd
        }
        guard position < lexemes.count, lexemes[position].isWord, !lexicon.word(lexemes[position].key, is: .notRate),
              !lexicon.word(lexemes[position].key, is: .notNoun) || lexicon.durationUnits.match(lexemes, at: position) != nil else {
            return nil
        }
        var end = position + 1
        // "€/m²"
        if end < lexemes.count, lexemes[end].isSymbol("²") || lexemes[end].isSymbol("³"), !lexemes[end].spaceBefore { end += 1 }
        return textBetween(first, end)
    }

    private func textBetween(_ start: Int, _ end: Int) -> String {
        var text = ""
        for index in start..<end {
            if index > start && lexemes[index].spaceBefore { text += " " }
            text += lexemes[index].raw
        }
        return text
    }

    // MARK: Fractions and multiplier words

    /// "deux tiers des", "un quart de", "trois quarts": the fraction after a number, as a percentage.
    private func fraction(after number: ParsedNumber, consumed: Int) -> (claim: FoundClaim, end: Int)? {
        // "two-thirds of"
        var fractionStart = number.end
        if fractionStart + 1 < lexemes.count, lexemes[fractionStart].isSymbol("-"), !lexemes[fractionStart].spaceBefore,
           !lexemes[fractionStart + 1].spaceBefore {
            fractionStart += 1
        }
        guard let (fraction, end) = lexicon.fractions.match(lexemes, at: fractionStart),
              number.value < 10, number.value == number.value.rounded() else { return nil }
        // "contre près des deux tiers il y a dix ans": two or more thirds (French quarts too) are a fraction
        // whatever follows; "two quarters" may be periods.
        let isPluralFraction = number.value >= 2 && !fraction.isOrdinal && (!isEnglish || lexemes[end - 1].key == "thirds")
        // "dont un tiers en France", "soit un quart": a share of what was just said.
        let isShare = number.start > 0 && (lexicon.word(lexemes[number.start - 1].key, is: .ellipsis) || ["soit", "or"].contains(lexemes[number.start - 1].key))
        guard isFractionFollower(end) || (isPluralFraction && !(end < lexemes.count && lexemes[end].isSymbol("-")))
                || isVerb(at: end) || isShare else { return nil }
        let value = (number.isLoneOne ? 1 : number.value) * fraction.percent
        let unit = UnitMatch(kind: .percent, unit: "%", end: end, rule: "fraction")
        return (build(number, value: value, valueMax: nil, unit: unit, end: end, prefix: nil, consumed: consumed), end)
    }

    /// Whether a verb likely starts at `index`, making a fraction before it the subject ("a third said no",
    /// "un quart envisagent de partir"): an auxiliary, a modal, a verb of saying, a French plural verb
    /// ("a third undisclosed buyer": an English participle may be an adjective).
    private func isVerb(at index: Int) -> Bool {
        guard index < lexemes.count, lexemes[index].isWord, lexemes[index].spaceBefore else { return false }
        let key = lexemes[index].key
        if lexicon.word(key, is: .auxiliary) || lexicon.word(key, is: .fractionVerb) { return true }
        return !isEnglish && key.count > 4 && key.hasSuffix("ent")
    }

    /// What may follow a fraction word: "de", "of", also after an adverb ("un tiers seulement des"), or the
    /// end of a clause.
    private func isFractionFollower(_ index: Int) -> Bool {
        guard index < lexemes.count else { return true }
        let next = lexemes[index]
        if next.isWord, next.key.hasSuffix("ment") || next.key.hasSuffix("ly"), index + 1 < lexemes.count,
           ["de", "du", "des", "d", "of"].contains(lexemes[index + 1].key) {
            return true
        }
        return (next.kind == .symbol && next.key != "-") || ["de", "du", "des", "d", "of"].contains(next.key)
    }

    /// "la moitié des", "plus du double", "twice", "a doublé": quantities written as one word.
    private func quantityWord(at index: Int, consumed: Int) -> (claim: FoundClaim, end: Int)? {
        guard lexemes[index].isWord else { return nil }
        let previous = index > 0 ? lexemes[index - 1].key : ""
        let qualifier = self.qualifier(endingAt: index, consumed: 0, acrossDefinite: true)
        let hasDeterminer = lexicon.word(previous, is: .article) || qualifier != nil
        var kind: ClaimKind
        var value: Double
        var end: Int
        var change: Change?
        var rule: String
        if let (fraction, fractionEnd) = lexicon.fractions.match(lexemes, at: index) {
            // "un cinquième des", "a fifth of"; "le cinquième" is a rank.
            if fraction.isOrdinal && !lexicon.word(previous, is: .indefinite) { return nil }
            // "first half", "la première moitié", "half-year", "half-time": a part of a period.
            if lexicon.word(previous, is: .periodPart) { return nil }
            if fractionEnd < lexemes.count, lexemes[fractionEnd].isSymbol("-"), !lexemes[fractionEnd].spaceBefore { return nil }
            // "la moitié des", "plus de la moitié", "half of", "more than half": a fraction of something.
            let isHalf = lexemes[index].key == "half"
            let followedByOf = fractionEnd < lexemes.count && ["de", "du", "des", "d", "of"].contains(lexemes[fractionEnd].key)
            let followedByThe = isHalf && fractionEnd < lexemes.count && lexemes[fractionEnd].key == "the"
            // "fell by a fifth", "a baissé d'un cinquième": the size of a change.
            let isChangeSize = index >= 2 && ["by", "de", "d"].contains(lexemes[index - 2].key) && isFractionFollower(fractionEnd)
            guard (hasDeterminer && (followedByOf || isVerb(at: fractionEnd) || isChangeSize))
                    || (qualifier != nil && (followedByOf || isFractionFollower(fractionEnd) || isVerb(at: fractionEnd)))
                    || (isHalf && (followedByOf || followedByThe)) else { return nil }
            kind = .percent
            value = fraction.percent
            end = fractionEnd
            rule = "fraction"
        } else if let (factor, multiplierEnd) = lexicon.multiplierWords.match(lexemes, at: index) {
            let key = lexemes[index].key
            let raw = lexemes[index].raw.lowercased()
            let isAdverb = key == "twice" || key == "thrice" || key.hasSuffix("fold")
            // "a doublé", "doubled"; "un doublé" (two goals) is a noun.
            let isVerb = ["é", "ée", "és", "ées", "ed", "ent", "ing"].contains { raw.hasSuffix($0) } && !lexicon.word(previous, is: .indefinite)
                || (index > 0 && lexemes[index - 1].raw.lowercased() == previous && lexicon.word(previous, is: .auxiliary))
            guard isVerb || isAdverb || (hasDeterminer && !lexicon.word(previous, is: .indefinite)) else { return nil }
            value = factor
            end = multiplierEnd
            // "crashed twice", "visited twice": occurrences; "twice as fast", "twice the cost": a multiplier.
            if (key == "twice" || key == "thrice"), !units.isComparison(after: end), !units.isComparisonContext(before: index) {
                kind = .count
                rule = "count-occurrences"
            } else {
                kind = .multiplier
                change = isVerb ? .up : nil
                rule = isVerb ? "multiplier-verb" : "multiplier-word"
            }
        } else {
            return nil
        }
        var start = index
        var approximation: Approximation?
        if let (found, qualifierStart) = qualifier, qualifierStart >= consumed {
            approximation = found
            start = qualifierStart
        }
        let unit = kind == .percent ? "%" : kind == .count ? "times" : nil
        let claim = Claim(span: span(start, end), kind: kind, value: value, unit: unit,
                          approximation: approximation, change: change, rule: rule)
        let mention = NumberMention(span: span(index, end), value: value, claimKind: kind, rejection: nil)
        return (FoundClaim(claim: claim, mentions: [mention]), end)
    }
}
