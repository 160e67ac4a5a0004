import Foundation
import GlaneurClaims
import GlaneurCore
import GlaneurPipeline

/// Claims-stage throughput on files given as arguments: the earlier stages run once to prepare the
/// documents, then only the claims stage is timed (one core, best of several runs).
enum ClaimsBenchmark {
    static func run(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw ConfigurationError("usage: glaneur-bench claims FILE_OR_DIR...") }
        guard let configurationURL = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ConfigurationError("pipeline.json not found")
        }
        let pipeline = try Pipeline(configuration: try PipelineConfiguration.load(from: configurationURL))
        guard let claims = pipeline.stages.first(where: { $0 is ClaimsStage }) else {
            throw ConfigurationError("pipeline.json has no claims stage")
        }
        let earlier = try Pipeline(stages: Array(pipeline.stages.prefix { !($0 is ClaimsStage) }))
        var documents: [Document] = []
        InputReader().read(arguments) { item in
            if case .success(let document) = item.document, case .success(let prepared) = earlier.process(document) {
                documents.append(prepared)
            }
        }
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        var claimCount = 0
        var numberCount = 0
        let seconds = try measureSeconds(repetitions: 5) {
            claimCount = 0
            numberCount = 0
            for document in documents {
                var copy = document
                try claims.process(&copy)
                claimCount += copy.claims.count
                numberCount += copy.numbers.count
            }
        }
        print(String(format: "claims: %d documents, %.2f MB of text in %.4f s: %.1f MB/s, %.0f documents/s; %d claims, %d numbers",
                     documents.count, Double(textBytes) / 1e6, seconds, megabytesPerSecond(bytes: textBytes, seconds: seconds),
                     Double(documents.count) / seconds, claimCount, numberCount))
    }
}
