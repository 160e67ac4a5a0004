import CGlaneurICU
import Foundation
import GlaneurCore
import GlaneurPipeline

/// The whole pipeline against raw ICU word break on the same text, in one process, in CPU time:
///
///     glaneur-bench pipeline [--megabytes N] [--no-processes] [FILE_OR_DIR...]
///
/// The corpus is every `.txt` (text record) and `.html` (HTML record) file under the arguments,
/// by default `../shared/gold/real` and `../shared/corpus/seeds` beside the repository, written as
/// JSONL records to a scratch file and repeated until it holds at least N MB (default 10). Prints
/// MB of input per CPU-second for reading, each stage, writing the records and the whole, the ratio
/// of the whole to ICU, then, by running the `glaneur` executable built beside this one, the
/// startup cost (one short article end to end) and `--jobs 2` against `--jobs 1`.
enum PipelineBenchmark {
    static func run(_ arguments: [String]) throws {
        var arguments = arguments
        var megabytes = 10.0
        if let index = arguments.firstIndex(of: "--megabytes"), index + 1 < arguments.count, let value = Double(arguments[index + 1]) {
            megabytes = value
            arguments.removeSubrange(index...index + 1)
        }
        let runsProcesses = !arguments.contains("--no-processes")
        arguments.removeAll { $0 == "--no-processes" }
        guard let configurationURL = PipelineConfiguration.locateDefault(executable: executableURL()) else {
            throw ConfigurationError("pipeline.json not found")
        }
        let repository = configurationURL.deletingLastPathComponent()
        if arguments.isEmpty {
            let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
            arguments = [shared.appendingPathComponent("gold/real").path, shared.appendingPathComponent("corpus/seeds").path]
        }
        let scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("glaneur-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let corpus = scratch.appendingPathComponent("corpus.jsonl")
        let (records, corpusBytes) = try writeCorpus(from: arguments, to: corpus, megabytes: megabytes)
        print(String(format: "corpus: %d records, %.2f MB of JSONL (%@ repeated)", records, Double(corpusBytes) / 1e6,
                     arguments.joined(separator: " ")))

        let configuration = try PipelineConfiguration.load(from: configurationURL)
        var startupCPU: [(stage: String, seconds: Double)] = []
        for options in configuration.stages {
            let type = try StageRegistry.standard.stageType(named: options.stage)
            startupCPU.append((options.stage, try ThreadCPUClock.best { _ = try type.init(options: options) }))
        }
        let pipeline = try Pipeline(configuration: try PipelineConfiguration.load(from: configurationURL))
        let encoder = RecordEncoder()

        var documents: [Document] = []
        let readCPU = ThreadCPUClock.best {
            InputReader().read([corpus.path]) { item in
                if case .success(let document) = item.document { documents.append(document) }
            }
        }
        let inputBytes = documents.reduce(0) { $0 + $1.input.bytes.count }
        var stageCPU = [Double](repeating: 0, count: pipeline.stages.count)
        var outputCPU = 0.0
        var outputBytes = 0
        var failures = 0
        var texts: [(text: String, language: String?)] = []
        for original in documents {
            var document = original
            var failed = false
            for (index, stage) in pipeline.stages.enumerated() {
                let start = ThreadCPUClock.now()
                do { try stage.process(&document) } catch { failed = true }
                stageCPU[index] += ThreadCPUClock.now() - start
                if failed { break }
            }
            if failed {
                failures += 1
                continue
            }
            let start = ThreadCPUClock.now()
            outputBytes += encoder.encode(document).count
            outputCPU += ThreadCPUClock.now() - start
            texts.append((document.text, document.language))
        }
        var boundaries = 0
        let icuCPU = try ThreadCPUClock.best { boundaries = try countWordBoundaries(texts) }

        let whole = readCPU + stageCPU.reduce(0, +) + outputCPU
        print(String(format: "%d documents (%d failed), %.2f MB of input, %.2f MB of records out, %d ICU word boundaries",
                     documents.count, failures, Double(inputBytes) / 1e6, Double(outputBytes) / 1e6, boundaries))
        print("                     CPU s      MB/s   share")
        func row(_ label: String, _ seconds: Double) {
            print("  " + label.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: "%9.3f %9.1f %6.1f %%", seconds, megabytesPerSecond(bytes: inputBytes, seconds: seconds), 100 * seconds / whole))
        }
        row("read", readCPU)
        for (index, stage) in pipeline.stages.enumerated() { row(stage.name, stageCPU[index]) }
        row("write", outputCPU)
        row("whole", whole)
        print(String(format: "  ICU word break %8.3f %9.1f MB/s; the whole pipeline runs at %.1f %% of it",
                     icuCPU, megabytesPerSecond(bytes: inputBytes, seconds: icuCPU), 100 * icuCPU / whole))
        let stageStartups = startupCPU.map { String(format: "%@ %.1f", $0.stage, $0.seconds * 1000) }.joined(separator: ", ")
        print(String(format: "  startup in process (each stage loading its data, first build): %.1f ms CPU (%@)",
                     startupCPU.reduce(0) { $0 + $1.seconds } * 1000, stageStartups))

        guard runsProcesses else { return }
        let glaneur = executableURL().deletingLastPathComponent().appendingPathComponent("glaneur")
        guard FileManager.default.isExecutableFile(atPath: glaneur.path) else {
            print("  (no glaneur executable beside glaneur-bench: startup and --jobs skipped)")
            return
        }
        let short = scratch.appendingPathComponent("short.jsonl")
        try Data(#"{"id":"short","text":"Le maire a annoncé 120 emplois. « Nous investissons », a-t-il dit."}"#.utf8 + [0x0A]).write(to: short)
        let output = scratch.appendingPathComponent("out.jsonl").path
        var startup = Double.infinity
        for _ in 0..<5 {
            startup = min(startup, try runProcess(glaneur.path, ["run", "--quiet", "--jobs", "1", "-o", output, short.path]).cpu)
        }
        print(String(format: "  startup end to end (glaneur run, one short article, best of 5): %.1f ms CPU", startup * 1000))
        let one = try runProcess(glaneur.path, ["run", "--quiet", "--jobs", "1", "-o", output, corpus.path])
        let two = try runProcess(glaneur.path, ["run", "--quiet", "--jobs", "2", "-o", output, corpus.path])
        print(String(format: "  glaneur run --jobs 1: %.2f s wall, %.2f s CPU (%.1f MB/s wall, %.1f MB/s CPU)",
                     one.wall, one.cpu, megabytesPerSecond(bytes: inputBytes, seconds: one.wall), megabytesPerSecond(bytes: inputBytes, seconds: one.cpu)))
        print(String(format: "  glaneur run --jobs 2: %.2f s wall, %.2f s CPU (%.1f MB/s wall, %.1f MB/s CPU)",
                     two.wall, two.cpu, megabytesPerSecond(bytes: inputBytes, seconds: two.wall), megabytesPerSecond(bytes: inputBytes, seconds: two.cpu)))
        print(String(format: "  --jobs 2 / --jobs 1: %.2fx wall-clock throughput, %.2fx CPU per document (wall figures need an idle machine)",
                     one.wall / two.wall, two.cpu / one.cpu))
    }

    /// Writes every `.txt` and `.html` file under `paths` as a JSONL record, the whole repeated until
    /// the file holds `megabytes`; ids carry the repetition so that every record is distinct.
    private static func writeCorpus(from paths: [String], to url: URL, megabytes: Double) throws -> (records: Int, bytes: Int) {
        var sources: [(name: String, field: String, content: String)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ConfigurationError("no such file or directory: \(path)")
            }
            let files = isDirectory.boolValue ? benchmarkFiles(under: path) : [path]
            for file in files {
                let lowered = file.lowercased()
                let field = lowered.hasSuffix(".txt") ? "text" : (lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")) ? "html" : nil
                guard let field, let content = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
                sources.append(((file as NSString).lastPathComponent, field, content))
            }
        }
        guard !sources.isEmpty else { throw ConfigurationError("no .txt or .html files in \(paths.joined(separator: " "))") }
        var bytes: [UInt8] = []
        var records = 0
        var repetition = 0
        while Double(bytes.count) < megabytes * 1e6 {
            for source in sources {
                var json = JSONWriter()
                json.beginObject()
                json.key("id"); json.string("\(source.name)#\(repetition)")
                json.key(source.field); json.string(source.content)
                json.endObject()
                bytes += json.bytes
                bytes.append(0x0A)
                records += 1
            }
            repetition += 1
        }
        try Data(bytes).write(to: url)
        return (records, bytes.count)
    }

    private static func benchmarkFiles(under directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var files: [String] = []
        while let relative = enumerator?.nextObject() as? String { files.append(directory + "/" + relative) }
        return files.sorted()
    }

    /// Counts ICU word boundaries over each text, one iterator per language, as a raw reference.
    private static func countWordBoundaries(_ texts: [(text: String, language: String?)]) throws -> Int {
        guard let french = gl_break_open(GL_BREAK_WORD, "fr", nil), let english = gl_break_open(GL_BREAK_WORD, "en", nil) else {
            throw ConfigurationError("cannot open an ICU word break iterator")
        }
        defer {
            gl_break_close(french)
            gl_break_close(english)
        }
        var count = 0
        for (text, language) in texts {
            var text = text
            let iterator = language == "en" ? english : french
            text.withUTF8 { buffer in
                guard let base = buffer.baseAddress else { return }
                gl_break_set_text(iterator, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int64(buffer.count))
                while gl_break_next(iterator) >= 0 { count += 1 }
            }
        }
        return count
    }

    /// Runs `executable` with `arguments` to its end; its wall time and CPU time (user + system, from wait4).
    private static func runProcess(_ executable: String, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let started = DispatchTime.now().uptimeNanoseconds
        let status = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard status == 0 else { throw ConfigurationError("cannot run \(executable): error \(status)") }
        var exitStatus: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &exitStatus, 0, &usage) == pid else { throw ConfigurationError("cannot wait for \(executable)") }
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return (wall, seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }

    private static func seconds(_ time: timeval) -> Double {
        Double(time.tv_sec) + Double(time.tv_usec) / 1e6
    }

    /// This program's path, resolved through `/proc/self/exe` when the shell gave a bare name.
    private static func executableURL() -> URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
