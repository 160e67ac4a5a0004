import Foundation
import GlaneurCore
import GlaneurNameTagger

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
        try ListFields.forEach(inFile: directory.appendingPathComponent("org-markers.txt"), owner: "stage 'entities'") { fields in
            guard !fields[0].isEmpty, fields[0][0] != 0x23 else { return }
            let units = MatchUnits.units(of: String(decoding: fields[0], as: UTF8.self)).filter { MatchUnits.isWord($0.text) }
            guard let first = units.first, let last = units.last else { return }
            if fields.count > 1, fields[1].elementsEqual("prefix".utf8) {
                organizationPrefixes.insert(first.folded)
            } else {
                organizationSuffixes.insert(last.folded)
            }
        }
    }

    /// One-word entries (a hyphenated compound counts as one word), folded, without their dots
    /// ("M." → "m", "vice-président" → "vice-president"); longer phrases are skipped, their head
    /// words being listed on their own. Lines are cut and folded from the bytes; only entries with
    /// bytes beyond ASCII go through `TextFolding`.
    private static func words(_ url: URL) throws -> Set<String> {
        var words: Set<String> = []
        try ListFields.forEach(inFile: url, owner: "stage 'entities'") { fields in
            let word = fields[0]
            guard !word.isEmpty, word[0] != 0x23 else { return }
            if word.contains(where: { $0 >= 0x80 }) {
                guard !String(decoding: word, as: UTF8.self).contains(where: \.isWhitespace) else { return }
                var folded = TextFolding.fold(utf8: word)
                words.insert(folded.withUTF8 { withoutDots($0) })
            } else {
                guard !word.contains(where: { $0 == 0x20 || $0 >= 0x09 && $0 <= 0x0D }) else { return }
                words.insert(withoutDots(word))
            }
        }
        return words
    }

    /// Folded ASCII letters (others kept as they are) without dots, apostrophes as hyphens.
    private static func withoutDots(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes where byte != 0x2E {
                buffer[count] = byte == 0x27 ? 0x2D : byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
