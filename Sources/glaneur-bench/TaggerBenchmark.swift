import Foundation
import GlaneurCore
import GlaneurDecode
import GlaneurEntities
import GlaneurNameTagger
import GlaneurPipeline
import GlaneurTokenize

/// Name tagger figures: model loading, the tagger alone over every sentence of tokenized articles,
/// and the entities stage with and without it, in CPU time of one thread.
enum TaggerBenchmark {
    static func run(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw ConfigurationError("usage: glaneur-bench tagger FILE_OR_DIR... (articles)") }
        guard let configuration = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ConfigurationError("pipeline.json not found")
        }
        let root = configuration.deletingLastPathComponent()
        let lexicons = root.appendingPathComponent("lexicons")
        let modelURL = lexicons.appendingPathComponent("models/name-tagger/model.gnt")
        var model = try NameTaggerModel(contentsOf: modelURL)
        let loadSeconds = try measureSeconds(repetitions: 3) { model = try NameTaggerModel(contentsOf: modelURL) }
        let entries = try Lexicon(contentsOf: lexicons.appendingPathComponent("entities")).entries.map(\.entry)
        let tagger = NameTagger(model: model, lexicon: try TaggerLexicon.entitiesStage(names: lexicons.appendingPathComponent("names"), entries: entries,
                                                          gazetteer: lexicons.appendingPathComponent("gazetteer")))
        print(String(format: "tagger: model of %d features loaded in %.3f s (best of 3)", model.featureCount, loadSeconds))

        let documents = try tokenizedDocuments(arguments, root: root)
        guard !documents.isEmpty else { throw ConfigurationError("no article among the inputs") }
        let articleBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let rounds = max(1, 10_000_000 / max(1, articleBytes))
        let mb = Double(articleBytes * rounds) / 1e6
        let sentences = documents.map { document in
            document.sentences.map { sentence in
                document.tokens.filter { $0.span.start >= sentence.start && $0.span.end <= sentence.end }
                    .map { TaggerToken(text: document.text.slice($0.span), folded: $0.folded) }
            }
        }
        var names = 0
        let alone = ThreadCPUClock.best(of: 3) {
            names = 0
            for _ in 0..<rounds {
                for document in sentences {
                    for sentence in document { names += tagger.names(in: sentence).count }
                }
            }
        }
        print(String(format: "  tagger alone: %d documents x %d, %.1f MB in %.3f s on the CPU: %.1f MB/s (%d names)",
                     documents.count, rounds, mb, alone, mb / alone, names))
        for (label, enabled) in [("entities stage without tagger", false), ("entities stage with tagger", true)] {
            let stage = try EntitiesStage(options: StageOptions(stage: "entities", values: ["tagger": .bool(enabled)], baseDirectory: root))
            var entities = 0
            let seconds = try ThreadCPUClock.best(of: 3) {
                entities = 0
                for _ in 0..<rounds {
                    for document in documents {
                        var copy = document
                        try stage.process(&copy)
                        entities += copy.entities.count
                    }
                }
            }
            print(String(format: "  %@: %.1f MB in %.3f s on the CPU: %.1f MB/s (%d entities)", label, mb, seconds, mb / seconds, entities))
        }
    }

    /// Decoded and tokenized documents (any language) from the inputs.
    private static func tokenizedDocuments(_ paths: [String], root: URL) throws -> [Document] {
        let decode = try DecodeStage(options: StageOptions(stage: "decode", baseDirectory: root))
        let tokenize = try TokenizeStage(options: StageOptions(stage: "tokenize", baseDirectory: root))
        var documents: [Document] = []
        InputReader().read(paths) { item in
            guard case .success(var document) = item.document, (try? decode.process(&document)) != nil,
                  (try? tokenize.process(&document)) != nil else { return }
            documents.append(document)
        }
        return documents
    }
}
