import ArgumentParser
import Foundation
import GlaneurPipeline

/// `glaneur worker` (hidden): one supervised worker process of `glaneur run --isolation process`.
/// It speaks the framed protocol of `WorkerMessage` on descriptors 3 and 4, not to people.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Process documents for a supervising 'glaneur run' (internal).",
        shouldDisplay: false
    )

    @Option(help: "Pipeline configuration file.")
    var config: String

    @Option(help: "Optional layers to write, comma-separated.")
    var layers: String = ""

    @Flag(help: "Write timings_ms into records.")
    var timings = false

    func run() throws {
        let status = WorkerService.serve {
            let pipeline = try Pipeline(configuration: PipelineConfiguration.load(from: URL(fileURLWithPath: config)))
            let encoder = RecordEncoder(extraLayers: try RunCommand.optionalLayers(named: layers), includesTimings: timings)
            return InProcessProcessor(pipeline: pipeline, encoder: encoder)
        }
        throw ExitCode(status)
    }
}
