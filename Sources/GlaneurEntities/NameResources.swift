import Foundation
import GlaneurCore

/// Word lists that let discovery type names no lexicon lists: first names, family names written
/// first (as in Chinese, Korean or Vietnamese names), titles and role nouns, organisation markers.
/// All words are kept folded.
public struct NameResources: Sendable {
    public var firstNames: Set<String> = []
    public var familyNames: Set<String> = []
    public var titles: Set<String> = []
    /// Words that open an organisation name ("Université", "Agence", "Bank").
    public var organizationPrefixes: Set<String> = []
    /// Words that close an organisation name ("Inc", "Group", "Research").
    public var organizationSuffixes: Set<String> = []
    /// Nationality and regional adjectives and demonyms ("Chinese", "Québécoises"), never a name on their own.
    public var demonyms: Set<String> = []

    public init() {}

    /// Reads `first-names.txt`, `family-names.txt`, `titles.txt` and `org-markers.txt` (word, tab,
    /// `prefix` or `suffix`) from `directory`, with `extra-first-names.txt`, the generated
    /// `first-names-world.txt`, `extra-titles.txt` and `demonyms.txt` when present; missing files leave their list empty.
    public init(directory: URL) throws {
        for file in ["first-names.txt", "extra-first-names.txt", "first-names-world.txt"] {
            firstNames.formUnion(try Self.words(directory.appendingPathComponent(file)))
        }
        familyNames = try Self.words(directory.appendingPathComponent("family-names.txt"))
        for file in ["titles.txt", "extra-titles.txt"] {
            titles.formUnion(try Self.words(directory.appendingPathComponent(file)))
        }
        demonyms = try Self.words(directory.appendingPathComponent("demonyms.txt"))
        for line in try Self.lines(directory.appendingPathComponent("org-markers.txt")) {
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            let units = MatchUnits.units(of: fields[0]).filter { MatchUnits.isWord($0.text) }
            guard let first = units.first, let last = units.last else { continue }
            switch fields.count > 1 ? fields[1] : "suffix" {
            case "prefix": organizationPrefixes.insert(first.folded)
            default: organizationSuffixes.insert(last.folded)
            }
        }
    }

    /// One-word entries (a hyphenated compound counts as one word), folded, without their dots
    /// ("M." → "m", "vice-président" → "vice-president"); longer phrases are skipped, their head
    /// words being listed on their own.
    private static func words(_ url: URL) throws -> Set<String> {
        var words: Set<String> = []
        for line in try lines(url) {
            let word = line.split(separator: "\t")[0].trimmingCharacters(in: .whitespaces)
            guard !word.contains(where: \.isWhitespace) else { continue }
            words.insert(TextFolding.fold(word).replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "'", with: "-"))
        }
        return words
    }

    /// Non-blank lines that are not `#` comments.
    private static func lines(_ url: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigurationError("stage 'entities': cannot read \(url.path)")
        }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
