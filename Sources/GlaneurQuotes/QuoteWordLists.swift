import Foundation
import GlaneurCore

/// Reads the closed-class word lists of the quotes stage: `lexicons/quotes/<lang>/<folder>/<name>.txt`,
/// folded forms one per line (through `WordList`). A rule sees the union of the languages, since
/// French and English text share the stage; each list must exist in at least one language.
enum QuoteWordLists {
    static let languages = ["fr", "en"]

    /// The folded words of list `name` under `folder`, all languages together.
    static func load(_ directory: URL, folder: String, name: String) throws -> Set<String> {
        var words: Set<String> = []
        var found = false
        for language in languages {
            let url = directory.appendingPathComponent(language).appendingPathComponent(folder)
                .appendingPathComponent(name + ".txt")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            found = true
            for entry in try WordList.lines(url, owner: "stage 'quotes'") { words.insert(TextFolding.fold(entry)) }
        }
        guard found else {
            throw ConfigurationError("stage 'quotes': no \(folder)/\(name).txt under \(directory.path)/<language>")
        }
        return words
    }
}

/// The closed-class words the speaker rules read, from `lexicons/quotes/<lang>/speakers/`.
struct SpeakerWords: Sendable {
    /// Words skipped between a subject and its cue verb (auxiliaries, adverbs, clitics, negation).
    let verbGroupWords: Set<String>
    /// Determiners that open a description of a speaker ("le porte-parole", "the spokesman").
    let descriptionOpeners: Set<String>

    init(directory: URL) throws {
        verbGroupWords = try QuoteWordLists.load(directory, folder: "speakers", name: "verb-group-words")
        descriptionOpeners = try QuoteWordLists.load(directory, folder: "speakers", name: "description-openers")
    }
}
