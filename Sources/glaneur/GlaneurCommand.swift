import ArgumentParser
import Foundation
import GlaneurPipeline

/// The `glaneur` command line.
@main
struct GlaneurCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glaneur",
        abstract: "Glean clean text, entities, quotes and numeric claims from scraped news articles.",
        discussion: ExitStatus.documentation,
        version: GlaneurVersion.current,
        subcommands: [
            RunCommand.self,
            LexiconCommand.self,
            IngestCommand.self,
            WorkerCommand.self,
            TrainTaggerCommand.self,
            ReportCommand.self,
            EvalCommand.self,
            MergeCommand.self,
        ]
    )

    /// Runs the command, mapping failures to the documented exit statuses (see `ExitStatus`).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("glaneur: \(failure.message)\n".utf8))
            Foundation.exit(failure.status.rawValue)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
