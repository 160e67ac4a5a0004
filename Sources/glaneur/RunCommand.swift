import ArgumentParser
import Foundation
import GlaneurCore
import GlaneurPipeline

/// `glaneur run`: annotate articles and write `glaneur/1` JSON lines.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Annotate articles (files, directories, or standard input with '-').",
        discussion: """
        Exits with status 1 when any document failed; every input still yields a record or an error record, \
        except directory entries left out by these counted skip rules (see the summary): names starting \
        with '.' (unless --hidden), symbolic links to directories (not followed), and files not matching \
        --include or matching --exclude. Symbolic links to files are read; dangling or looping links, \
        FIFOs, sockets, devices and unreadable directories inside a directory each yield an error record.
        """
    )

    @Argument(help: "Files or directories (read recursively); '-' reads standard input: JSONL records, or one document.")
    var paths: [String] = ["-"]

    @Option(name: .shortAndLong, help: "Write the records to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Pipeline configuration (default: pipeline.json here or beside the executable's checkout).")
    var config: String?

    @Option(help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Optional layers to add, comma-separated: \(RecordEncoder.optionalLayers.map(\.rawValue).joined(separator: ", ")).")
    var layers: String = ""

    @Option(help: "Language of every document, overriding the records' and the detector's.")
    var lang: String?

    @Option(help: "Also write the batch's quality report as JSON to this file.")
    var report: String?

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

    func validate() throws {
        guard jobs >= 1 && jobs <= 512 else { throw ValidationError("--jobs must be between 1 and 512") }
        _ = try requestedLayers()
        do { _ = try shard.map(Shard.init) } catch { throw ValidationError("--shard: \(error)") }
        _ = try documentSizeLimit()
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

    private func requestedLayers() throws -> Set<Layer> {
        var result: Set<Layer> = []
        for name in layers.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
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
        let pipeline: Pipeline
        do {
            pipeline = try Pipeline(configuration: loadConfiguration())
        } catch let error as ConfigurationError {
            throw ValidationError(error.message)
        }
        let layers = try requestedLayers()
        let missing = layers.subtracting(pipeline.produces)
        if let layer = missing.sorted().first {
            throw ValidationError("layer '\(layer.rawValue)' was requested but no configured stage produces it")
        }
        let sink = try output.map { try OutputSink(file: URL(fileURLWithPath: $0)) } ?? OutputSink()
        let runner = Runner(pipeline: pipeline, encoder: RecordEncoder(extraLayers: layers), sink: sink, jobs: jobs, languageOverride: lang)
        let started = Date()
        runner.progress = RunProgress.onTerminal(expectedDocuments: shard == nil ? RunProgress.expectedDocuments(paths) : nil)
        var reader = InputReader(maximumDocumentSize: try documentSizeLimit(),
                                 filter: InputFilter(include: include, exclude: exclude, readsHiddenEntries: hidden))
        reader.shard = try shard.map(Shard.init)
        var result = runner.run(paths, reader: reader)
        runner.progress?.finish()
        try sink.finish()
        if let report {
            result.describeRun(configuration: configurationURL(), inputs: paths, started: started, ended: Date(), jobs: jobs, shard: shard)
            try Data(result.json() + [0x0A]).write(to: URL(fileURLWithPath: report), options: .atomic)
        }
        if !quiet { FileHandle.standardError.write(Data((result.summary() + "\n").utf8)) }
        if result.failed > 0 { throw ExitCode(1) }
    }

    private func loadConfiguration() throws -> PipelineConfiguration {
        guard let found = configurationURL() else {
            throw ConfigurationError("no pipeline.json in the working directory or above the executable; pass --config")
        }
        return try PipelineConfiguration.load(from: found)
    }

    /// The configuration file: `--config`, else the default one.
    private func configurationURL() -> URL? {
        if let config { return URL(fileURLWithPath: config) }
        return PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0]))
    }
}
