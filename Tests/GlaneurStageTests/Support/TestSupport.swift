import Foundation
import GlaneurClaims
import GlaneurCore
import GlaneurDecode
import GlaneurEntities
import GlaneurQuotes
import GlaneurTokenize

/// Text with expected spans marked inline: `"Le [[président]] a dit"` → the text without the
/// brackets and the spans of the marked parts (UTF-8 offsets, as stages produce).
struct MarkedText {
    let text: String
    let spans: [TextSpan]

    init(_ marked: String) {
        var text = ""
        var spans: [TextSpan] = []
        var open: Int?
        var rest = Substring(marked)
        while !rest.isEmpty {
            if rest.hasPrefix("[[") {
                open = text.utf8.count
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("]]"), let start = open {
                spans.append(TextSpan(start, text.utf8.count))
                open = nil
                rest = rest.dropFirst(2)
            } else {
                text.append(rest.first!)
                rest = rest.dropFirst()
            }
        }
        self.text = text
        self.spans = spans
    }
}

/// The repository root (where `Package.swift` and `lexicons/` live), found from this source file.
let repositoryRoot: URL = {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
        directory = directory.deletingLastPathComponent()
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

/// Options for a stage, with relative paths resolved against the repository root.
func stageOptions(_ stage: String, _ values: [String: JSONValue] = [:]) -> StageOptions {
    StageOptions(stage: stage, values: values, baseDirectory: repositoryRoot)
}

/// Stages built once for all tests (lexicon loading is not repeated per test).
enum SharedStages {
    static let decode = try! DecodeStage(options: stageOptions("decode"))
    static let tokenize = try! TokenizeStage(options: stageOptions("tokenize"))
    /// Lexicon and rules only: the learned tagger's additions are tested with `entitiesWithTagger`.
    static let entities = try! EntitiesStage(options: stageOptions("entities", [
        "lexicons": .string("lexicons/entities"), "tagger": .bool(false),
    ]))
    /// The stage as the pipeline runs it, with the learned name tagger.
    static let entitiesWithTagger = try! EntitiesStage(options: stageOptions("entities", ["lexicons": .string("lexicons/entities")]))
    static let quotes = try! QuotesStage(options: stageOptions("quotes"))
    static let claims = try! ClaimsStage(options: stageOptions("claims"))
}

/// Runs plain text through decode and the given later stages, as the pipeline would.
func annotate(_ text: String, language: String = "fr", through stages: [any Stage]) throws -> Document {
    var document = Document(id: "test", source: "test",
                            input: RawInput(format: .plainText, bytes: Array(text.utf8)), language: language)
    try SharedStages.decode.process(&document)
    for stage in stages { try stage.process(&document) }
    return document
}

extension Document {
    /// The text of each span of a layer, for readable assertions.
    func texts(_ spans: [TextSpan]) -> [String] { spans.map { String(text.slice($0)) } }
}
