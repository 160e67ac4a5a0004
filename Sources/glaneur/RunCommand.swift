import ArgumentParser
import Foundation
import GlaneurCore
import GlaneurPipeline

/// How documents are kept apart from the run, chosen with `--isolation`.
enum Isolation: String, ExpressibleByArgument, CaseIterable {
    /// Supervised worker processes: a trap costs one document (a `crash` error record).
    case process
    /// Threads in this process: slightly cheaper, but a trap ends the whole run.
    case none
}

/// `glaneur run`: annotate articles and write `glaneur/1` JSON lines.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Annotate articles (files, directories, or standard input with '-').",
        discussion: """
            Every input yields a record or an error record, except directory entries left out by these \
            counted skip rules (see the summary): names starting with '.' (unless --hidden), symbolic links \
            to directories (not followed), and files not matching --include or matching --exclude. Symbolic \
            links to files are read; dangling or looping links, FIFOs, sockets, devices and unreadable \
            directories inside a directory each yield an error record. Records are byte-identical across \
            runs and --jobs values. On SIGINT or SIGTERM the run stops reading, writes the records finished \
            so far, the summary and the report, and exits 130 or 143; the same command with --resume \
            completes the output. With --isolation process, a document that runs longer than \
            --document-timeout (60 s by default) gets a 'timeout' error record and the batch goes on. \
            GLANEUR_FAULT=STAGE:ID[:trap|hang|overflow] in the environment makes stage STAGE trap, hang or \
            overflow its stack on document ID (to check isolation and the watchdog). \(ExitStatus.documentation)
            """
    )

    @Argument(help: "Files or directories (read recursively); '-' reads standard input: JSONL records, or one document.")
    var paths: [String] = ["-"]

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write the records to this file instead of standard output ('-').",
        discussion: "A regular file or a new path is replaced atomically, keeping its permissions; a device or FIFO is written to directly; a symbolic link is followed and stays."))
    var output: String?

    @Option(help: "Pipeline configuration (default: pipeline.json here or beside the executable's checkout).")
    var config: String?

    @Option(help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Optional layers to add, comma-separated: \(RecordEncoder.optionalLayers.map(\.rawValue).joined(separator: ", ")).")
    var layers: String = ""

    @Option(help: "Language of every document (fr or en), overriding the records' and the detector's.")
    var lang: String?

    @Option(help: "Also write the batch's quality report (with the stages' timings) as JSON to this file.")
    var report: String?

    @Option(help: "process: each document in a supervised worker process, a crash costs one document; none: in this process, a crash ends the run.")
    var isolation: Isolation = .process

    @Option(help: ArgumentHelp("With --isolation process, the longest a document may take, in seconds (default 60; 0: no limit); a document that takes longer gets a 'timeout' error record naming the stage it was in, and its worker is replaced.", valueName: "seconds"))
    var documentTimeout: Double?

    /// The watchdog's limit when `--document-timeout` is not given.
    static let defaultDocumentTimeout = 60.0

    @Flag(help: "Complete the output file (-o) of an interrupted run with the same input, to the same bytes as an uninterrupted run.")
    var resume = false

    @Flag(help: "Write each document's stage timings (timings_ms) into its record; records then differ between runs.")
    var timings = false

    @Option(help: ArgumentHelp("Inside directories, read only files matching this glob (repeatable); without '/' it matches the file name, with '/' the path below the directory.", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Inside directories, leave out files and directories matching this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "Inside directories, also read entries whose name starts with '.'.")
    var hidden = false

    @Option(help: ArgumentHelp("Largest document read, in bytes (suffixes K, M, G); larger ones yield a 'too-large' error record. JSONL batches are streamed, the limit applies to each record.", valueName: "size"))
    var maxDocumentSize: String = "16M"

    @Option(help: "Process only shard I of N (1-based), chosen by a stable hash of each document's id; see docs/scale.md.")
    var shard: String?

    @Flag(help: "Do not print the summary on standard error.")
    var quiet = false

    /// Languages with rules and resources.
    static let languages = ["en", "fr"]

    func validate() throws {
        guard jobs >= 1 && jobs <= 512 else { throw ValidationError("--jobs must be between 1 and 512") }
        _ = try Self.optionalLayers(named: layers)
        if let lang, !Self.languages.contains(lang) {
            throw ValidationError("--lang '\(lang)' is not supported (supported: \(Self.languages.joined(separator: ", ")))")
        }
        do { _ = try shard.map(Shard.init) } catch { throw ValidationError("--shard: \(error)") }
        if resume && (output == nil || output == "-") {
            throw ValidationError("--resume needs the output file of the interrupted run (-o FILE)")
        }
        _ = try documentSizeLimit()
        if let documentTimeout {
            guard documentTimeout >= 0 && documentTimeout <= 604_800 else {
                throw ValidationError("--document-timeout must be between 0 (no limit) and 604800 seconds")
            }
            guard isolation == .process else {
                throw ValidationError("--document-timeout needs --isolation process (a document running in this process cannot be stopped)")
            }
        }
    }

    private func documentSizeLimit() throws -> Int {
        let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = maxDocumentSize.uppercased()
        var multiplier = 1
        if let last = digits.last, let factor = multipliers[last] {
            multiplier = factor
            digits.removeLast()
        }
        guard let value = Int(digits), value > 0, value <= (4 << 30) / multiplier else {
            throw ValidationError("--max-document-size must be a positive size up to 4G, such as 16M or 500000")
        }
        return value * multiplier
    }

    /// The optional layers named in a comma-separated list; always-written layers are accepted and ignored.
    static func optionalLayers(named list: String) throws -> Set<Layer> {
        var result: Set<Layer> = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            if let layer = Layer(rawValue: name), RecordEncoder.optionalLayers.contains(layer) {
                result.insert(layer)
            } else if let layer = Layer(rawValue: name), [.entities, .quotes, .claims, .text].contains(layer) {
                continue // always written
            } else {
                let known = RecordEncoder.optionalLayers.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown layer '\(name)' (optional layers: \(known))")
            }
        }
        return result
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN) // a closed pipe becomes a write error (exit 74), not a silent death
        let relay = InterruptRelay()
        let monitor = InterruptMonitor { relay.interrupt($0) }
        // Outputs first: a path that cannot be written is found before any work.
        let outputs = try openOutputs()
        let runner: Runner
        do {
            runner = try makeRunner(sink: outputs.records)
        } catch {
            outputs.abandon()
            throw error
        }
        runner.resumePoint = outputs.resumePoint
        relay.attach(runner)
        var reader = InputReader(maximumDocumentSize: try documentSizeLimit(),
                                 filter: InputFilter(include: include, exclude: exclude, readsHiddenEntries: hidden))
        reader.shard = try shard.map(Shard.init)
        runner.progress = RunProgress.onTerminal(expectedDocuments: shard == nil ? RunProgress.expectedDocuments(paths) : nil)
        let started = Date()
        var result = runner.run(paths, reader: reader)
        runner.progress?.finish()
        withExtendedLifetime(monitor) {}
        if report != nil {
            result.describeRun(configuration: try? locateConfiguration(), inputs: paths, started: started, ended: Date(), jobs: jobs, shard: shard)
        }
        result.version = GlaneurVersion.current
        let stopReason = runner.stopReason
        if case .interrupted(let signal)? = stopReason { result.interruptingSignal = signal }
        try finish(outputs, result: result, stopReason: stopReason)
        if runner.duplicateIDs > 0 {
            warn("\(runner.duplicateIDs) documents had an id already seen in this run")
        }
        if !quiet { FileHandle.standardError.write(Data((result.summary() + "\n").utf8)) }
        switch stopReason {
        case .interrupted(let signal)?:
            let kept = output.map { "; the finished records are in \($0): run the same command with --resume to complete it" } ?? ""
            warn("interrupted by \(signal == SIGINT ? "SIGINT" : "SIGTERM") after \(result.documents) documents\(kept)")
            throw ExitCode(InterruptMonitor.exitStatus(for: signal))
        case .outputFailed(let error)?:
            throw CommandFailure(.inputOutput, error.description)
        case .resumeMismatch(let message)?:
            throw CommandFailure(.configuration, "cannot resume: \(message)")
        case nil:
            if result.failed > 0 { throw ExitCode(ExitStatus.documentsFailed.rawValue) }
        }
    }

    /// The record and report outputs, opened (and the resumed records copied) before any work.
    private struct Outputs {
        var records: OutputSink
        var report: OutputSink?
        var resumePoint: ResumePoint?

        func abandon() {
            records.abandon()
            report?.abandon()
        }
    }

    private func openOutputs() throws -> Outputs {
        do {
            let path = output == "-" ? nil : output
            let resumePoint = try resume ? path.flatMap { path throws(OutputError) in try ResumePoint.load(path: path) } : nil
            let records = try path.map { path throws(OutputError) in try OutputSink(path: path) } ?? OutputSink()
            let reportSink: OutputSink?
            do {
                reportSink = try report.map { path throws(OutputError) in try OutputSink(path: path) }
                if let resumePoint { try records.copy(resumePoint.byteCount, bytesOf: resumePoint.path) }
            } catch {
                records.abandon()
                throw error
            }
            return Outputs(records: records, report: reportSink, resumePoint: resumePoint)
        } catch {
            throw CommandFailure(.inputOutput, "\(error)")
        }
    }

    /// Loads the configuration and starts the processor: worker processes, or the pipeline in here.
    private func makeRunner(sink: OutputSink) throws -> Runner {
        let layers = try Self.optionalLayers(named: layers)
        let encoder = RecordEncoder(extraLayers: layers, includesTimings: timings)
        do {
            let configurationURL = try locateConfiguration()
            let configuration = try PipelineConfiguration.load(from: configurationURL)
            let types = try Pipeline.stageTypes(of: configuration)
            var produced: Set<Layer> = []
            var stageNames: [String] = []
            for type in types {
                produced.formUnion(type.producedLayers)
                stageNames.append(type.stageName)
            }
            if let layer = layers.subtracting(produced).sorted().first {
                throw ConfigurationError("layer '\(layer.rawValue)' was requested but no configured stage produces it")
            }
            let processor: any DocumentProcessor
            switch isolation {
            case .none:
                processor = InProcessProcessor(pipeline: try Pipeline(configuration: configuration), encoder: encoder)
            case .process:
                var arguments = ["worker", "--config", configurationURL.path, "--layers", layers.map(\.rawValue).sorted().joined(separator: ",")]
                if timings { arguments.append("--timings") }
                let timeout = documentTimeout ?? Self.defaultDocumentTimeout
                processor = try WorkerPool(launch: WorkerLaunch(arguments: arguments), count: jobs, encoder: encoder,
                                           documentTimeout: timeout > 0 ? timeout : nil)
            }
            return Runner(processor: processor, stageNames: stageNames, encoder: encoder, sink: sink, jobs: jobs,
                          languageOverride: lang)
        } catch let error as ConfigurationError {
            throw CommandFailure(.configuration, error.message)
        } catch let error as WorkerStartError {
            throw CommandFailure(error.isConfiguration ? .configuration : .busy, error.description)
        }
    }

    /// Commits the records (or drops them when they could not all be written) and writes the report.
    private func finish(_ outputs: Outputs, result: RunReport, stopReason: Runner.StopReason?) throws {
        do {
            switch stopReason {
            case .outputFailed?, .resumeMismatch?:
                outputs.records.abandon()
            case .interrupted?, nil:
                try outputs.records.finish()
            }
        } catch {
            outputs.report?.abandon()
            throw CommandFailure(.inputOutput, error.description)
        }
        guard let reportSink = outputs.report else { return }
        reportSink.writeLine(result.json())
        do {
            try reportSink.finish()
        } catch {
            throw CommandFailure(.inputOutput, error.description)
        }
    }

    private func locateConfiguration() throws -> URL {
        if let config { return URL(fileURLWithPath: config) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        guard let found = PipelineConfiguration.locateDefault(executable: executable) else {
            throw ConfigurationError("no pipeline.json in the working directory or above the executable; pass --config")
        }
        return found
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("glaneur: \(message)\n".utf8))
    }
}

/// Hands interrupts to the runner once it exists; an interrupt before that stops it at once.
private final class InterruptRelay: @unchecked Sendable {
    private let lock = NSLock()
    private var runner: Runner?
    private var signal: Int32?

    func interrupt(_ number: Int32) {
        lock.withLock {
            if signal == nil { signal = number }
            runner?.stop(signal: number)
        }
    }

    func attach(_ runner: Runner) {
        lock.withLock {
            self.runner = runner
            if let signal { runner.stop(signal: signal) }
        }
    }
}
