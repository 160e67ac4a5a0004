import Foundation
import GlaneurCore

/// A word list of `lexicons/entities/<language>/`: one word a line, a tab, then the role the word
/// plays (`before`, `after`, …); `#` comments. Words are folded, so case and accents do not matter.
struct RoleWordList: Sendable {
    private(set) var words: [String: Set<String>] = [:]

    init() {}

    /// Reads `file` from the `language` folders of `directory`, merging them; missing files add nothing.
    init(directory: URL, file: String, languages: [String]) throws {
        for language in languages {
            let url = directory.appendingPathComponent(language).appendingPathComponent(file)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ConfigurationError("stage 'entities': cannot read \(url.path)")
            }
            try read(String(decoding: data, as: UTF8.self), file: "\(language)/\(file)")
        }
    }

    /// A list over the text of one file (tests).
    init(text: String) throws {
        try read(text, file: "inline")
    }

    private mutating func read(_ text: String, file: String) throws {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let first = line.first, first != "#" else { continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else {
                throw ConfigurationError("stage 'entities': \(file):\(number + 1): expected a word, a tab and a role")
            }
            words[String(fields[1]).trimmed(), default: []].insert(TextFolding.fold(String(fields[0]).trimmed()))
        }
    }

    /// The folded words that play `role`.
    subscript(role: String) -> Set<String> { words[role] ?? [] }
}

private extension String {
    func trimmed() -> String {
        String(drop { $0 == " " || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
    }
}
