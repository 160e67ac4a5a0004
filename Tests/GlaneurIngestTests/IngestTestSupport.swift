import Foundation
import GlaneurIngest
import GlaneurPipeline

/// The repository's pipeline, built once for all ingest tests.
enum IngestTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let configuration = repositoryRoot.appendingPathComponent("pipeline.json")
    nonisolated(unsafe) static let pipeline: Pipeline = try! Pipeline(configuration: PipelineConfiguration.load(from: configuration))

    /// Runs one ingestion of `sources` with the given state and output directories.
    static func ingest(_ sources: [String], in directory: URL, fingerprint: String = "test-fingerprint",
                       configure: (inout IngestOptions) -> Void = { _ in }) throws -> IngestSummary {
        var options = IngestOptions(sources: sources, stateDirectory: directory.appendingPathComponent("state"),
                                    outputDirectory: directory.appendingPathComponent("out"))
        options.jobs = 2
        options.batchSize = 100
        configure(&options)
        return try Ingestor(pipeline: pipeline, fingerprint: fingerprint, options: options).run()
    }

    /// Runs one ingestion whose documents go to `glaneur worker` processes, as `glaneur ingest`
    /// does by default; `fault` (`STAGE:ID`) reaches the workers only, as `GLANEUR_FAULT`.
    static func ingestInWorkers(_ sources: [String], in directory: URL, fault: String? = nil,
                                configure: (inout IngestOptions) -> Void = { _ in }) throws -> IngestSummary {
        var options = IngestOptions(sources: sources, stateDirectory: directory.appendingPathComponent("state"),
                                    outputDirectory: directory.appendingPathComponent("out"))
        options.jobs = 2
        options.batchSize = 100
        configure(&options)
        let worker = [try glaneurExecutable().path, "worker", "--config", configuration.path]
        let launch = WorkerLaunch(executable: "/usr/bin/env", arguments: fault.map { ["GLANEUR_FAULT=\($0)"] + worker } ?? worker)
        let stageNames = try Pipeline.stageTypes(of: PipelineConfiguration.load(from: configuration)).map { $0.stageName }
        return try Ingestor(stageNames: stageNames, fingerprint: "test-fingerprint", options: options) { [options] in
            try WorkerPool(launch: launch, count: options.jobs, encoder: options.encoder)
        }.run()
    }

    /// The `glaneur` executable built beside the test bundle (`swift build --build-tests` builds it).
    static func glaneurExecutable() throws -> URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("glaneur")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no glaneur executable near \(CommandLine.arguments[0])"])
    }

    /// Every record of every committed batch file under `out`, with the file it came from.
    static func records(in directory: URL) throws -> [(file: String, record: [String: Any])] {
        let out = directory.appendingPathComponent("out")
        guard let enumerator = FileManager.default.enumerator(atPath: out.path) else { return [] }
        var result: [(String, [String: Any])] = []
        for case let relative as String in enumerator where relative.hasSuffix(".jsonl") && !(relative as NSString).lastPathComponent.hasPrefix(".") {
            let data = try Data(contentsOf: out.appendingPathComponent(relative))
            for line in data.split(separator: 0x0A) {
                result.append((relative, try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Files whose name marks them temporary, anywhere under `directory`.
    static func temporaryFiles(in directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        var found: [String] = []
        while let relative = enumerator?.nextObject() as? String {
            if relative.hasSuffix(".tmp") { found.append(relative) }
        }
        return found
    }

    /// An RSS 2.0 feed whose items carry their article in `content:encoded`.
    static func feed(_ items: [(guid: String, title: String, body: String)]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Synthetic</title>

            """
        for item in items {
            let paragraphs = item.body.components(separatedBy: "\n\n").map { "<p>\($0)</p>" }.joined()
            xml += """
                <item><title>\(item.title)</title><link>https://example.org/\(item.guid)</link><guid>\(item.guid)</guid>\
                <description>Summary only.</description><content:encoded><![CDATA[\(paragraphs)]]></content:encoded></item>

                """
        }
        return xml + "</channel></rss>\n"
    }
}
