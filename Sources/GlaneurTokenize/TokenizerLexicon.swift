import Foundation
import GlaneurCore

/// The word lists that tailor tokenization to one language, read once from `lexicons/tokenize`.
///
/// Lists are stored as folded strings (see `TextFolding`), except abbreviations, which keep their
/// case so that `M.` (monsieur) does not swallow the period after a lower-case `m` (metres).
struct TokenizerLexicon: Sendable {
    /// Abbreviations with their final period, as written (`M.`, `janv.`).
    var abbreviations: Set<String> = []
    /// Length in bytes of the longest abbreviation, to skip longer words without a lookup.
    private(set) var longestAbbreviation = 0
    /// Abbreviations that often end a sentence (`etc.`).
    var sentenceFinalAbbreviations: Set<String> = []
    /// Folded elided words with their apostrophe (`l'`, `jusqu'`), French.
    var elisionPrefixes: Set<String> = []
    /// Folded words that start with an elision but stay whole (`l'on`).
    var elisionExceptions: Set<String> = []
    /// Length in bytes of the longest elision exception as written (’ takes three bytes).
    private var longestElisionException = 0
    /// Folded pronouns split off a verb after a hyphen (`il`, `ce`), French.
    var clitics: Set<String> = []
    /// Folded compounds kept whole (`rendez-vous`, `c'est-à-dire`, `o'clock`).
    var compounds: Set<String> = []
    /// Folded clitic endings split off a word (`n't`, `'s`), English.
    var contractions: [String] = []
    /// Folded words made of two syntactic words, with the byte length of the first (`cannot` → 3).
    var wordSplits: [String: Int] = [:]
    /// Bit `n` is set when a fused word has `n` bytes, so that other words skip the lookup.
    private(set) var wordSplitLengths: UInt64 = 0
    /// Bit `n` is set when a fused word starts with the `n`-th ASCII letter (case-insensitive).
    private(set) var wordSplitInitials: UInt32 = 0
    /// Unit symbols split off a number glued to them (`h`, `km`), case-sensitive (`g` but not `G`).
    var units: Set<String> = []
    /// Folded words that start sentences and are not names (`il`, `the`): after `B.` they show that
    /// the letter is not an initial.
    var sentenceStarters: Set<String> = []
    /// Top-level domains that make `name.tld` a URL.
    var topLevelDomains: Set<String> = []

    /// Longest folded elision prefix, in bytes, to bound lookups.
    private(set) var longestElisionPrefix = 0

    /// Reads `directory/<language>/*.txt` and `directory/tlds.txt`; missing files are empty lists.
    init(directory: URL, language: String) throws {
        let languageDirectory = directory.appendingPathComponent(language)
        for line in try Self.lines(languageDirectory.appendingPathComponent("abbreviations.txt")) {
            let parts = line.split(separator: " ")
            let abbreviation = String(parts[0])
            guard abbreviation.hasSuffix(".") else {
                throw ConfigurationError("stage 'tokenize': abbreviation '\(abbreviation)' in \(language)/abbreviations.txt must end with a period")
            }
            abbreviations.insert(abbreviation)
            if parts.dropFirst().contains("final") { sentenceFinalAbbreviations.insert(abbreviation) }
        }
        longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
        elisionPrefixes = try Self.foldedSet(languageDirectory.appendingPathComponent("elision-prefixes.txt"))
        longestElisionPrefix = elisionPrefixes.map(\.utf8.count).max() ?? 0
        elisionExceptions = try Self.foldedSet(languageDirectory.appendingPathComponent("elision-exceptions.txt"))
        longestElisionException = (elisionExceptions.map(\.utf8.count).max() ?? 0) + 2
        clitics = try Self.foldedSet(languageDirectory.appendingPathComponent("clitics.txt"))
        compounds = try Self.foldedSet(languageDirectory.appendingPathComponent("compounds.txt"))
        contractions = try Self.lines(languageDirectory.appendingPathComponent("contractions.txt")).map { TextFolding.fold($0) }
        units = Set(try Self.lines(languageDirectory.appendingPathComponent("units.txt")))
        for line in try Self.lines(languageDirectory.appendingPathComponent("word-splits.txt")) {
            let parts = line.split(separator: "|")
            guard parts.count == 2 else {
                throw ConfigurationError("stage 'tokenize': '\(line)' in \(language)/word-splits.txt must be two parts joined by |")
            }
            let word = TextFolding.fold(parts.joined())
            wordSplits[word] = TextFolding.fold(parts[0]).utf8.count
            if word.utf8.count < 64 { wordSplitLengths |= 1 << UInt64(word.utf8.count) }
            if let first = word.utf8.first, ScalarClass.isASCIILetter(first) { wordSplitInitials |= 1 << UInt32((first | 0x20) - 0x61) }
        }
        sentenceStarters = try Self.foldedSet(languageDirectory.appendingPathComponent("sentence-starters.txt"))
        topLevelDomains = try Self.foldedSet(directory.appendingPathComponent("tlds.txt"))
    }

    /// Whether `text[start..<end]` (a word with its final period) is a known abbreviation, as
    /// written or, for lower-case entries, capitalised.
    func abbreviation(_ text: UTF8Text, _ start: Int, _ end: Int) -> (isAbbreviation: Bool, endsSentences: Bool) {
        guard end - start <= longestAbbreviation else { return (false, false) }
        var candidate = text.string(start, end)
        if !abbreviations.contains(candidate) {
            guard text.isUppercase(at: start) else { return (false, false) }
            let firstLength = text.scalar(at: start).length
            candidate = text.string(start, start + firstLength).lowercased() + text.string(start + firstLength, end)
            guard abbreviations.contains(candidate) else { return (false, false) }
        }
        return (true, sentenceFinalAbbreviations.contains(candidate))
    }

    /// Whether the word `text[start..<end]` may be a fused word (`cannot`): a cheap test on its
    /// length and first letter before any lookup.
    @inline(__always) func mayBeFusedWord(_ text: UTF8Text, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length < 64, wordSplitLengths & (1 << UInt64(length)) != 0 else { return false }
        let first = text[start]
        return ScalarClass.isASCIILetter(first) && wordSplitInitials & (1 << UInt32((first | 0x20) - 0x61)) != 0
    }

    /// Whether `text[start..<end]` starts with an elision but stays whole (`l'on`).
    func isElisionException(_ text: UTF8Text, _ start: Int, _ end: Int) -> Bool {
        end - start <= longestElisionException && elisionExceptions.contains(text.folded(start, end))
    }

    private static func foldedSet(_ url: URL) throws -> Set<String> {
        Set(try lines(url).map { TextFolding.fold($0) })
    }

    private static func lines(_ url: URL) throws -> [String] {
        try WordList.lines(url, owner: "stage 'tokenize'", optional: true)
    }
}
