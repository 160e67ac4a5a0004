import ArgumentParser
import Foundation
import GlaneurCore
import GlaneurEntities
import GlaneurNameTagger
import GlaneurPipeline

/// `glaneur train-tagger`: trains the learned name tagger on prepared BIO files and scores it on
/// their held-out splits (`scripts/train-tagger.sh` prepares the data and runs it).
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-tagger",
        abstract: "Train the name tagger (averaged perceptron) and report held-out span F1.",
        discussion: """
            DIR holds train.tsv, dev.tsv and test-*.tsv (token<TAB>BIO label, blank line between sentences), \
            as written by scripts/prepare-tagger-data.py. The model is written to OUT/model.gnt.
            """
    )

    @Option(help: "Directory of prepared training data.")
    var data: String

    @Option(help: "Directory to write model.gnt into.")
    var out: String

    @Option(help: "Training passes over the data.")
    var epochs = 10

    @Option(help: "Probability of hiding a sentence's lexicon features in a pass.")
    var dropout = 0.5

    @Option(help: "Weights below this magnitude are dropped from the saved model.")
    var minWeight: Float = 2

    @Option(help: "Name lists (default: lexicons/names beside pipeline.json).")
    var names: String?

    @Option(help: "Entity lexicons whose aliases are membership features (default: lexicons/entities).")
    var lexicons: String?

    @Option(help: "World gazetteer directory holding places.tsv (default: lexicons/gazetteer).")
    var gazetteer: String?

    @Option(help: "Confidence thresholds to score on the held-out files.")
    var thresholds: [Double] = [0, 0.5, 0.7, 0.8, 0.9]

    func run() throws {
        let root = try Self.repositoryRoot()
        let namesDirectory = names.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("lexicons/names")
        let lexiconLocation = lexicons.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("lexicons/entities")
        let entries = try Lexicon(contentsOf: lexiconLocation).entries.map(\.entry)
        let gazetteerDirectory = gazetteer.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("lexicons/gazetteer")
        let lexicon = try TaggerLexicon.entitiesStage(names: namesDirectory, entries: entries, gazetteer: gazetteerDirectory)
        print("lexicon: \(lexicon.phraseCount) phrases in classes \(lexicon.classes.joined(separator: ", "))")

        let dataDirectory = URL(fileURLWithPath: data)
        let training = try LabeledCorpus.read(dataDirectory.appendingPathComponent("train.tsv"))
        let start = Date()
        let trained = PerceptronTrainer(epochs: epochs, lexicalDropout: dropout).train(training, lexicon: lexicon) { print($0) }
        print(String(format: "trained in %.0f s", Date().timeIntervalSince(start)))

        let outDirectory = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: outDirectory, withIntermediateDirectories: true)
        let modelURL = outDirectory.appendingPathComponent("model.gnt")
        try trained.write(to: modelURL, minimumWeight: minWeight)
        let model = try NameTaggerModel(contentsOf: modelURL)
        let size = (try FileManager.default.attributesOfItem(atPath: modelURL.path)[.size] as? Int) ?? 0
        print("model: \(model.featureCount) of \(trained.featureCount) features kept, \(size) bytes, \(modelURL.path)")

        let tagger = NameTagger(model: model, lexicon: lexicon)
        let heldOut = try FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)
            .filter { $0 == "dev.tsv" || ($0.hasPrefix("test-") && $0.hasSuffix(".tsv")) }.sorted()
        for file in heldOut {
            let sentences = try LabeledCorpus.read(dataDirectory.appendingPathComponent(file))
            var whole = SpanEvaluation()
            var byThreshold = Array(repeating: SpanEvaluation(), count: thresholds.count)
            for sentence in sentences {
                whole.add(gold: sentence.labels, found: NameTagger.spans(of: tagger.labels(of: sentence.tokens)))
                let names = tagger.names(in: sentence.tokens)
                for (index, threshold) in thresholds.enumerated() {
                    byThreshold[index].add(gold: sentence.labels, found: names.filter { $0.confidence >= threshold }.map { ($0.tokens, $0.type) })
                }
            }
            print("\(file) (\(sentences.count) sentences), whole-sentence decoding:\n\(whole.report)")
            for (index, threshold) in thresholds.enumerated() {
                let score = byThreshold[index].scores()
                print(String(format: "  capitalised stretches, confidence >= %.2f: P %.3f R %.3f F1 %.3f", threshold, score.precision, score.recall, score.f1))
            }
        }
    }

    private static func repositoryRoot() throws -> URL {
        guard let configuration = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ValidationError("no pipeline.json found; give --names and --lexicons")
        }
        return configuration.deletingLastPathComponent()
    }
}
