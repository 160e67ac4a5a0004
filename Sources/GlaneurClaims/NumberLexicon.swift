import Foundation
import GlaneurCore

/// A unit of time with the factor that converts the stated number into it ("décennie": year × 10).
struct DurationUnit: Sendable {
    var unit: String
    var factor: Double
}

/// A currency form: its ISO 4217 code, whether it may precede the number, whether it needs a scale word.
struct CurrencyForm: Sendable {
    var code: String
    var mayPrecede: Bool
    /// "livres" is money only with a scale word ("361 millions de livres"); otherwise a weight.
    var needsScale: Bool
}

/// Which phrase tables a lexeme may start (`first`) or end (`last`) a phrase of, one bit per table.
struct PhraseEnds: Sendable {
    var first: UInt32 = 0
    var last: UInt32 = 0
}

/// Word classes the rules consult (see `context-words.tsv`).
enum WordClass: String, CaseIterable, Sendable {
    case notNoun = "not-noun", reference, month, timeCue = "time-cue"
    case changeVerb = "change-verb", rangeStart = "range-start", article, notRate = "not-rate"
    case ordinalSuffix = "ordinal-suffix", both, pluralNoun = "plural-noun", auxiliary
    case relativePeriod = "relative-period", clockSuffix = "clock-suffix", definite, comparative
    case percentagePoint = "percentage-point", ratio, preAdjective = "pre-adjective", nationality
    case partitive, ellipsis, durationPreposition = "duration-preposition", indefinite, rangeConnector = "range-connector"
    case adjective, inclusion, comparisonFollower = "comparison-follower", periodPart = "period-part"
    case modelSuffix = "model-suffix", moneyNoun = "money-noun", fractionVerb = "fraction-verb"
    case complementMarker = "complement-marker"

    /// The class's bit in a set of classes.
    var bit: UInt64 { Self.bits[self]! }

    private static let bits: [WordClass: UInt64] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, 1 << UInt64($0)) })
}

/// The number words, units, currencies and qualifier phrases of one language, compiled from
/// `lexicons/numbers/*.tsv` (that language first, the other language filling gaps).
///
/// A class, so that the per-sentence readers share it instead of copying some twenty tables; it is
/// filled by its initializer and never changed afterwards, hence `@unchecked Sendable`.
final class NumberLexicon: @unchecked Sendable {
    private(set) var cardinals = PhraseTable<Double>(bit: 1 << 0)
    private(set) var scales = PhraseTable<Double>(bit: 1 << 1)
    /// Value in percent, and whether the word is an ordinal ("cinquième") that needs "un"/"a" or a number.
    private(set) var fractions = PhraseTable<(percent: Double, isOrdinal: Bool)>(bit: 1 << 2)
    private(set) var multiplierWords = PhraseTable<Double>(bit: 1 << 3)
    private(set) var multiplierCues = PhraseTable<Bool>(bit: 1 << 4)
    private(set) var multiplierUnits = PhraseTable<Bool>(bit: 1 << 5)
    private(set) var approximateCounts = PhraseTable<Double>(bit: 1 << 6)
    private(set) var currencies = PhraseTable<CurrencyForm>(bit: 1 << 7)
    private(set) var percentUnits = PhraseTable<String>(bit: 1 << 8)
    private(set) var durationUnits = PhraseTable<DurationUnit>(bit: 1 << 9)
    private(set) var measureUnits = PhraseTable<String>(bit: 1 << 10)
    private(set) var durationModifiers = PhraseTable<Bool>(bit: 1 << 11)
    private(set) var qualifiers = PhraseTable<Approximation>(bit: 1 << 12)
    private(set) var trailingQualifiers = PhraseTable<Approximation>(bit: 1 << 13)
    private(set) var changes = PhraseTable<Change>(bit: 1 << 14)
    private(set) var rateWords = PhraseTable<Bool>(bit: 1 << 15)
    /// Word classes of each folded word, one bit per class (`WordClass.bit`).
    private var wordClasses: [String: UInt64] = [:]
    /// For each lexeme that starts or ends a phrase of a table, the tables' bits (`PhraseTable.bit`).
    private var phraseEnds: [String: PhraseEnds] = [:]
    /// Folded words that can start a number or a quantity word; other words are skipped at once.
    private(set) var quantityStarters: Set<String> = ["demi", "demie", "half", "a", "an", "moins", "minus", "negatif", "negative"]

    func word(_ key: String, is wordClass: WordClass) -> Bool {
        (wordClasses[key] ?? 0) & wordClass.bit != 0
    }

    /// The tables in which `lexeme` (a key or a text as written) may start or end a phrase.
    func phraseEnds(of lexeme: String) -> PhraseEnds {
        phraseEnds[lexeme] ?? PhraseEnds()
    }

    /// Loads every table for `language` ("fr" or "en") from `directory`.
    init(directory: URL, language: String) throws {
        func rows(_ file: String, strict: Bool = false) throws -> [[String]] {
            let all = try WordList.rows(directory.appendingPathComponent(file), owner: "stage 'claims'")
            let own = all.filter { $0[0] == language || $0[0] == "*" }
            let other = all.filter { $0[0] != language && $0[0] != "*" }
            return strict ? own : own + other
        }
        func number(_ text: String, _ file: String) throws -> Double {
            guard let value = Double(text) else { throw ConfigurationError("stage 'claims': bad number '\(text)' in \(file)") }
            return value
        }
        func column(_ row: [String], _ index: Int) -> String { index < row.count ? row[index] : "" }

        // French number words in an English text are other words ("Sept." is September).
        for row in try rows("cardinals.tsv", strict: language == "en") { cardinals.insert(row[1], exact: false, try number(row[2], "cardinals.tsv")) }
        for row in try rows("scales.tsv") { scales.insert(row[1], exact: column(row, 3) == "exact", try number(row[2], "scales.tsv")) }
        for row in try rows("fractions.tsv") {
            fractions.insert(row[1], exact: false, (try number(row[2], "fractions.tsv"), column(row, 3) == "ordinal"))
        }
        for row in try rows("multiplier-words.tsv") {
            multiplierWords.insert(row[1], exact: false, try number(row[2], "multiplier-words.tsv"))
        }
        for row in try rows("multiplier-cues.tsv") { multiplierCues.insert(row[1], exact: false, true) }
        for row in try rows("multiplier-units.tsv", strict: true) { multiplierUnits.insert(row[1], exact: false, true) }
        for row in try rows("approximate-counts.tsv") {
            approximateCounts.insert(row[1], exact: false, try number(row[2], "approximate-counts.tsv"))
        }
        for row in try rows("currencies.tsv") {
            let flags = column(row, 3).split(separator: ",")
            currencies.insert(row[1], exact: flags.contains("exact"),
                              CurrencyForm(code: row[2], mayPrecede: flags.contains("prefix"), needsScale: flags.contains("scaled")))
        }
        for row in try rows("percent-units.tsv") { percentUnits.insert(row[1], exact: false, row[2]) }
        for row in try rows("duration-units.tsv") {
            durationUnits.insert(row[1], exact: false, DurationUnit(unit: row[2], factor: try number(row[3], "duration-units.tsv")))
        }
        for row in try rows("measure-units.tsv") { measureUnits.insert(row[1], exact: column(row, 3) == "exact", row[2]) }
        for row in try rows("duration-modifiers.tsv") { durationModifiers.insert(row[1], exact: false, true) }
        for row in try rows("qualifiers.tsv") {
            guard let approximation = Approximation(rawValue: row[2]) else {
                throw ConfigurationError("stage 'claims': unknown approximation '\(row[2])' in qualifiers.tsv")
            }
            qualifiers.insert(row[1], exact: false, approximation)
        }
        for row in try rows("trailing-qualifiers.tsv", strict: true) {
            guard let approximation = Approximation(rawValue: row[2]) else {
                throw ConfigurationError("stage 'claims': unknown approximation '\(row[2])' in trailing-qualifiers.tsv")
            }
            trailingQualifiers.insert(row[1], exact: false, approximation)
        }
        for row in try rows("changes.tsv") {
            guard let change = Change(rawValue: row[2]) else {
                throw ConfigurationError("stage 'claims': unknown change '\(row[2])' in changes.tsv")
            }
            changes.insert(row[1], exact: false, change)
        }
        for row in try rows("rate-words.tsv", strict: true) { rateWords.insert(row[1], exact: false, true) }
        for table in [cardinals.foldedFirstLexemes, scales.foldedFirstLexemes, fractions.foldedFirstLexemes,
                      multiplierWords.foldedFirstLexemes, approximateCounts.foldedFirstLexemes] {
            quantityStarters.formUnion(table)
        }
        for row in try rows("context-words.tsv") {
            guard let wordClass = WordClass(rawValue: row[2]) else {
                throw ConfigurationError("stage 'claims': unknown word class '\(row[2])' in context-words.tsv")
            }
            // A word class is language-specific: "a" is an article in English, a verb in French.
            guard row[0] == language || row[0] == "*" else { continue }
            let lexemes = Lexeme.lexemes(of: row[1])
            guard lexemes.count == 1, lexemes[0].kind == .word else {
                throw ConfigurationError("stage 'claims': '\(row[1])' in context-words.tsv is not a single word")
            }
            wordClasses[lexemes[0].key, default: 0] |= wordClass.bit
        }
        func addEnds<Payload>(_ table: PhraseTable<Payload>) {
            for lexeme in table.firstLexemes { phraseEnds[lexeme, default: PhraseEnds()].first |= table.bit }
            for lexeme in table.lastLexemes { phraseEnds[lexeme, default: PhraseEnds()].last |= table.bit }
        }
        addEnds(cardinals)
        addEnds(scales)
        addEnds(fractions)
        addEnds(multiplierWords)
        addEnds(multiplierCues)
        addEnds(multiplierUnits)
        addEnds(approximateCounts)
        addEnds(currencies)
        addEnds(percentUnits)
        addEnds(durationUnits)
        addEnds(measureUnits)
        addEnds(durationModifiers)
        addEnds(qualifiers)
        addEnds(trailingQualifiers)
        addEnds(changes)
        addEnds(rateWords)
    }
}
