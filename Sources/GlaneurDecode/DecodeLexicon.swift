import Foundation
import GlaneurCore

/// The decode stage's word lists (`lexicons/decode`): language-neutral files at the top, one
/// folder per language (`fr/`, `en/`, …) whose lists are merged, since decode runs before the
/// language is known. See `lexicons/decode/README.md` for each file.
struct DecodeLexicon: Sendable {
    /// Whole short lines of site chrome, folded, with their rule.
    var lines: [(rule: String, line: String)] = []
    /// Beginnings of short lines of site chrome, folded, with their rule, in file order.
    var prefixes: [(rule: String, prefix: String)] = []
    /// Beginnings of links to other stories ("lire aussi : …").
    var crossLinkPrefixes: [String] = []
    /// Beginnings of subscription walls and site notices.
    var noticePrefixes: [String] = []
    /// Endings of agency credit lines ("avec afp").
    var agencyCredits: [String] = []
    /// Words a date line may hold besides numbers (month and day names, time zones, "le", "on").
    var dateWords: Set<String> = []
    /// Whole lines opening a comment thread ("laisser un commentaire").
    var commentThreadLines: Set<String> = []
    /// Class and id names by kind (`class-hints.tsv`).
    var classHints: [String: [String]] = [:]

    private static let owner = "stage 'decode'"

    /// Reads `directory`: `class-hints.tsv` must exist, every other file is optional, and at least
    /// one language folder must hold `boilerplate-lines.tsv`.
    init(directory: URL) throws {
        for row in try WordList.rows(directory.appendingPathComponent("class-hints.tsv"), owner: Self.owner) {
            guard row.count == 2, !row[1].isEmpty else { throw Self.malformed("class-hints.tsv", row) }
            classHints[row[0], default: []].append(row[1])
        }
        try read(directory, name: "")
        let languages = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted().filter {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).appendingPathComponent("boilerplate-lines.tsv").path)
        }
        guard !languages.isEmpty else {
            throw ConfigurationError("\(Self.owner): no <lang>/boilerplate-lines.tsv under \(directory.path)")
        }
        for language in languages {
            try read(directory.appendingPathComponent(language), name: language + "/")
        }
    }

    private mutating func read(_ folder: URL, name: String) throws {
        func url(_ file: String) -> URL { folder.appendingPathComponent(file) }
        for row in try WordList.rows(url("boilerplate-lines.tsv"), owner: Self.owner, optional: true) {
            guard row.count == 2, !row[1].isEmpty else { throw Self.malformed(name + "boilerplate-lines.tsv", row) }
            lines.append((row[0], row[1]))
        }
        for row in try WordList.rows(url("boilerplate-prefixes.tsv"), owner: Self.owner, optional: true) {
            guard row.count == 2 else { throw Self.malformed(name + "boilerplate-prefixes.tsv", row) }
            prefixes.append((row[0], try Self.beginning(row[1], file: name + "boilerplate-prefixes.tsv")))
        }
        crossLinkPrefixes += try WordList.lines(url("cross-link-prefixes.txt"), owner: Self.owner, optional: true).map {
            try Self.beginning($0, file: name + "cross-link-prefixes.txt")
        }
        noticePrefixes += try WordList.lines(url("notice-prefixes.txt"), owner: Self.owner, optional: true).map {
            try Self.beginning($0, file: name + "notice-prefixes.txt")
        }
        agencyCredits += try WordList.lines(url("agency-credits.txt"), owner: Self.owner, optional: true)
        dateWords.formUnion(try WordList.lines(url("date-words.txt"), owner: Self.owner, optional: true))
        commentThreadLines.formUnion(try WordList.lines(url("comment-thread-lines.txt"), owner: Self.owner, optional: true))
    }

    /// A line beginning written `words*` (the `*` keeps a trailing space visible): `words`.
    private static func beginning(_ entry: String, file: String) throws -> String {
        guard entry.count > 1, entry.hasSuffix("*") else {
            throw ConfigurationError("\(owner): '\(entry)' in \(file) must end with '*' (the rest of the line)")
        }
        return String(entry.dropLast())
    }

    private static func malformed(_ file: String, _ row: [String]) -> ConfigurationError {
        ConfigurationError("\(owner): \(file): expected kind<TAB>entry, got '\(row.joined(separator: "\t"))'")
    }
}
