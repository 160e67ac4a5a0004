import Foundation
import GlaneurCore
import GlaneurPipeline

/// Quotes stage throughput on files given as arguments: earlier stages run once, then the quotes
/// stage alone is timed over all documents in CPU time of the calling thread (best of five).
enum QuotesBenchmark {
    static func run(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw ConfigurationError("usage: glaneur-bench quotes FILE_OR_DIR...") }
        guard let configurationURL = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ConfigurationError("pipeline.json not found")
        }
        let pipeline = try Pipeline(configuration: try PipelineConfiguration.load(from: configurationURL))
        guard let quotesIndex = pipeline.stages.firstIndex(where: { $0.name == "quotes" }) else {
            throw ConfigurationError("pipeline.json has no quotes stage")
        }
        let quotes = pipeline.stages[quotesIndex]
        var prepared: [Document] = []
        InputReader().read(arguments) { item in
            guard case .success(var document) = item.document else { return }
            do {
                for stage in pipeline.stages[..<quotesIndex] { try stage.process(&document) }
                prepared.append(document)
            } catch {
                print("skipped \(document.source): \(error)")
            }
        }
        let bytes = prepared.reduce(0) { $0 + $1.text.utf8.count }
        var found = 0
        let seconds = try ThreadCPUClock.best(of: 5) {
            found = 0
            for var document in prepared {
                try quotes.process(&document)
                found += document.quotes.count
            }
        }
        print(String(format: "quotes: %d documents, %.2f MB of text in %.4f CPU s: %.1f MB/s, %.0f documents/s, %d quotes",
                     prepared.count, Double(bytes) / 1e6, seconds, megabytesPerSecond(bytes: bytes, seconds: seconds),
                     Double(prepared.count) / seconds, found))
    }
}
