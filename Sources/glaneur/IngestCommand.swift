import ArgumentParser
import Foundation
import GlaneurCore
import GlaneurIngest
import GlaneurPipeline

/// `glaneur ingest`: incremental, exactly-once ingestion for cron (see docs/ingest.md).
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Annotate what is new in directories, growing JSONL files and RSS/Atom feeds, exactly once.",
        subcommands: [IngestRunCommand.self, IngestStatusCommand.self],
        defaultSubcommand: IngestRunCommand.self
    )
}

/// `glaneur ingest SOURCE... --state DIR --out DIR`.
struct IngestRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest the sources (the default subcommand: `glaneur ingest SOURCE...`).",
        discussion: """
            Exit codes: 0 done (also when nothing was new); 1 some documents failed (their error records \
            are written and kept in the state; a document that crashed a stage is one of them, code 'crash'); \
            2 usage error; 64 configuration error; 66 a source could not be read (the others were ingested); \
            74 the state or the output could not be read or written; 75 another run holds the lock (try again \
            later, or pass --wait), or worker processes could not be started.
            """
    )

    @Argument(help: "Directories, JSONL files, RSS/Atom feed files or http(s) feed URLs.")
    var sources: [String]

    @Option(help: "State directory (SQLite ledger and lock).")
    var state: String

    @Option(help: "Output directory: batches go to OUT/YYYY/MM/DD/<batch-id>.jsonl with <batch-id>.report.json.")
    var out: String

    @Option(help: "Pipeline configuration (default: pipeline.json here or beside the executable's checkout).")
    var config: String?

    @Option(help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Most items per batch; each batch is one output file and one ledger commit.")
    var batchSize: Int = 500

    @Option(help: "process: each document in a supervised worker process, a crash costs one item (recorded failed with code 'crash'); none: in this process, a crash ends the run.")
    var isolation: Isolation = .process

    @Option(help: "Wait this many seconds for another run's lock instead of exiting with 75.")
    var wait: Double = 0

    @Flag(help: "Record duplicates in the state but do not write their records.")
    var dropDuplicates = false

    @Flag(help: "Annotate again the items whose last attempt failed.")
    var retryFailed = false

    @Flag(help: "Annotate again the items annotated under an older pipeline fingerprint.")
    var reprocessStale = false

    func validate() throws {
        guard jobs >= 1 && jobs <= 512 else { throw ValidationError("--jobs must be between 1 and 512") }
        guard batchSize >= 1 else { throw ValidationError("--batch-size must be at least 1") }
        guard wait >= 0 else { throw ValidationError("--wait must not be negative") }
    }

    func run() throws {
        let lock: StateLock
        do {
            lock = try StateLock(directory: URL(fileURLWithPath: state), wait: wait)
        } catch let error as IngestError {
            throw IngestConfiguration.failure(error)
        }
        let configurationURL = try IngestConfiguration.locate(config)
        let configuration: PipelineConfiguration
        let stageNames: [String]
        let fingerprint: String
        do {
            configuration = try PipelineConfiguration.load(from: configurationURL)
            stageNames = try Pipeline.stageTypes(of: configuration).map { $0.stageName }
            fingerprint = try PipelineFingerprint.compute(version: GlaneurVersion.current, configuration: configurationURL)
        } catch let error as ConfigurationError {
            throw CommandFailure(.configuration, error.message)
        }
        var options = IngestOptions(sources: sources, stateDirectory: URL(fileURLWithPath: state), outputDirectory: URL(fileURLWithPath: out))
        options.jobs = jobs
        options.batchSize = batchSize
        options.wait = wait
        options.dropDuplicates = dropDuplicates
        options.retryFailed = retryFailed
        options.reprocessStale = reprocessStale
        let summary: IngestSummary
        do {
            let ingestor = Ingestor(stageNames: stageNames, fingerprint: fingerprint, options: options) { [isolation, jobs, options] in
                switch isolation {
                case .none:
                    return InProcessProcessor(pipeline: try Pipeline(configuration: configuration), encoder: options.encoder)
                case .process:
                    // The same workers as `glaneur run` (no optional layers, no timings: the ingest records).
                    let launch = WorkerLaunch(arguments: ["worker", "--config", configurationURL.path])
                    return try WorkerPool(launch: launch, count: jobs, encoder: options.encoder)
                }
            }
            summary = try ingestor.run(holding: lock)
        } catch let error as IngestError {
            throw IngestConfiguration.failure(error)
        }
        for message in summary.sourceErrors { IngestConfiguration.printError("glaneur ingest: \(message)") }
        IngestConfiguration.printError(summary.line)
        if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
    }
}

/// `glaneur ingest status --state DIR [--json]`.
struct IngestStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show what the state holds: seen, annotated, failed, duplicates, stale, backlog, last batch, last error."
    )

    @Option(help: "State directory.")
    var state: String

    @Option(help: "Pipeline configuration, to count stale items (default: as for ingest; else the last batch's fingerprint).")
    var config: String?

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let fingerprint = (try? IngestConfiguration.locate(config)).flatMap {
            try? PipelineFingerprint.compute(version: GlaneurVersion.current, configuration: $0)
        }
        let status: IngestStatus
        do {
            status = try IngestStatus.read(stateDirectory: URL(fileURLWithPath: state), fingerprint: fingerprint)
        } catch {
            throw CommandFailure(.inputOutput, "ingest status: \(error)")
        }
        if json {
            FileHandle.standardOutput.write(Data(status.json + [0x0A]))
        } else {
            print(status.text)
        }
    }
}

/// Configuration lookup shared by the ingest subcommands.
enum IngestConfiguration {
    static func locate(_ path: String?) throws -> URL {
        if let path { return URL(fileURLWithPath: path) }
        guard let found = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw CommandFailure(.configuration, "no pipeline.json in the working directory or above the executable; pass --config")
        }
        return found
    }

    /// The documented exit status of a run that stopped early: 75 when locked (or when worker
    /// processes cannot be started), 64 when the pipeline cannot be built, else 74.
    static func failure(_ error: IngestError) -> CommandFailure {
        switch error {
        case .locked:
            return CommandFailure(.busy, "ingest: \(error)")
        case .annotator(let cause as ConfigurationError):
            return CommandFailure(.configuration, "ingest: \(cause.message)")
        case .annotator(let cause as WorkerStartError):
            return CommandFailure(cause.isConfiguration ? .configuration : .busy, "ingest: \(cause.description)")
        case .annotator, .state:
            return CommandFailure(.inputOutput, "ingest: \(error)")
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
