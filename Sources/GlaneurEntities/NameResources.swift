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

    public init() {}

    /// Reads `first-names.txt`, `family-names.txt`, `titles.txt` and `org-markers.txt` (word, tab,
    /// `prefix` or `suffix`) from `directory`; missing files leave their list empty.
    public init(directory: URL) throws {
        firstNames = try Self.words(directory.appendingPathComponent("first-names.txt"))
        familyNames = try Self.words(directory.appendingPathComponent("family-names.txt"))
        titles = try Self.words(directory.appendingPathComponent("titles.txt"))
        for line in try Self.lines(directory.appendingPathComponent("org-markers.txt")) {
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            let word = TextFolding.fold(fields[0])
            switch fields.count > 1 ? fields[1] : "suffix" {
            case "prefix": organizationPrefixes.insert(word)
            case "both": organizationPrefixes.insert(word); organizationSuffixes.insert(word)
            default: organizationSuffixes.insert(word)
            }
        }
    }

    private static func words(_ url: URL) throws -> Set<String> {
        Set(try lines(url).map { TextFolding.fold($0.split(separator: "\t")[0].trimmingCharacters(in: .whitespaces)) })
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
