import Foundation
import GlaneurCore
import GlaneurPipeline

/// Whole-pipeline throughput on files given as arguments, one document at a time on one core.
enum PipelineBenchmark {
    static func run(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw ConfigurationError("usage: glaneur-bench pipeline FILE_OR_DIR...") }
        guard let configurationURL = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ConfigurationError("pipeline.json not found")
        }
        let pipeline = try Pipeline(configuration: try PipelineConfiguration.load(from: configurationURL))
        var documents: [Document] = []
        InputReader().read(arguments) { item in
            if case .success(let document) = item.document { documents.append(document) }
        }
        let bytes = documents.reduce(0) { $0 + $1.input.bytes.count }
        var perStage: [String: Double] = [:]
        let seconds = measureSeconds(repetitions: 3) {
            perStage = [:]
            for document in documents {
                if case .success(let done) = pipeline.process(document) {
                    for timing in done.timings { perStage[timing.stage, default: 0] += timing.milliseconds / 1000 }
                }
            }
        }
        print(String(format: "pipeline: %d documents, %.2f MB in %.3f s: %.1f MB/s, %.0f documents/s",
                     documents.count, Double(bytes) / 1e6, seconds, megabytesPerSecond(bytes: bytes, seconds: seconds),
                     Double(documents.count) / seconds))
        for stage in pipeline.stages {
            let time = perStage[stage.name] ?? 0
            let label = stage.name.padding(toLength: 10, withPad: " ", startingAt: 0)
            print("  " + label + String(format: "%8.3f s  %7.1f MB/s of input", time, megabytesPerSecond(bytes: bytes, seconds: time)))
        }
    }
}
