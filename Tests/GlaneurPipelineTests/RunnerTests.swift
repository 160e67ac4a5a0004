import GlaneurTestSupport
import Foundation
import GlaneurCore
import GlaneurReport
import Testing
@testable import GlaneurPipeline

/// A stage that fails on documents whose text contains "PANNE", to exercise error records.
private struct FailingStage: Stage {
    static let stageName = "failing"
    static let requiredLayers: Set<Layer> = [.text]
    static let producedLayers: Set<Layer> = []

    init(options: StageOptions) throws {
        try options.requireKnownKeys([])
    }

    func process(_ document: inout Document) throws {
        if document.text.contains("PANNE") { throw StageError(code: "test-failure", message: "the text asked for it") }
        document.count("seen", stage: name)
    }
}

@Suite struct RunnerTests {
    private func makePipeline() throws -> Pipeline {
        var registry = StageRegistry.standard
        registry.register(FailingStage.self)
        let json = #"{"stages": [{"stage": "decode"}, {"stage": "tokenize"}, {"stage": "failing"}, {"stage": "claims"}]}"#
        let configuration = try PipelineConfiguration.parse(try JSONParser.parse(json), baseDirectory: URL(fileURLWithPath: "/tmp"), origin: "test")
        return try Pipeline(configuration: configuration, registry: registry)
    }

    /// Runs `paths` with `jobs` workers into a file; returns the parsed records and the report.
    private func run(_ paths: [String], jobs: Int, in directory: TemporaryDirectory) throws -> ([JSONValue], RunReport) {
        let output = directory.url.appendingPathComponent("out-\(jobs).jsonl")
        let sink = try OutputSink(path: output.path)
        let report = Runner(pipeline: try makePipeline(), encoder: RecordEncoder(), sink: sink, jobs: jobs).run(paths)
        try sink.finish()
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        return (try lines.map { try JSONParser.parse(String($0)) }, report)
    }

    @Test func outputFollowsInputOrderWhateverTheNumberOfJobs() throws {
        let directory = try TemporaryDirectory()
        var lines = ""
        for number in 0..<400 {
            // Uneven sizes make workers finish out of order.
            let filler = String(repeating: "Une phrase de remplissage. ", count: (number * 37) % 50)
            lines += #"{"id": "doc-\#(number)", "text": "Article \#(number) : hausse de \#(number % 90) %. \#(filler)"}"# + "\n"
        }
        let input = try directory.write("batch.jsonl", lines)
        let (sequential, _) = try run([input], jobs: 1, in: directory)
        let (parallel, report) = try run([input], jobs: 4, in: directory)
        #expect(parallel.map { $0["id"]?.stringValue } == (0..<400).map { "doc-\($0)" })
        #expect(parallel == sequential)
        #expect(parallel.allSatisfy { $0["timings_ms"] == nil })
        #expect(report.documents == 400 && report.failed == 0)
    }

    @Test func failingDocumentsBecomeErrorRecordsAndTheBatchGoesOn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("1-good.txt", "Un bon article sur la hausse de 5 %.")
        try directory.write("2-bad.txt", "Cet article provoque une PANNE.")
        try directory.write("3-empty.txt", "")
        try directory.write("4-good.txt", "Un autre bon article.")
        let (records, report) = try run([directory.url.path], jobs: 2, in: directory)
        #expect(records.map { $0["id"]?.stringValue } == ["1-good", "2-bad", "3-empty", "4-good"])
        #expect(records[1]["error"]?["stage"]?.stringValue == "failing")
        #expect(records[1]["error"]?["code"]?.stringValue == "test-failure")
        #expect(records[2]["error"]?["stage"]?.stringValue == "read")
        #expect(records[0]["error"] == nil && records[3]["text"]?.stringValue == "Un autre bon article.")
        #expect(report.failed == 2 && report.documents == 4)
        #expect(report.failures == ["failing/test-failure": 1, "read/empty": 1])
        #expect(report.quality[section: "failing"]?.counters["seen"] == 2)
    }
}

/// Counts how many documents it holds at once.
private final class ConcurrencyProbe: DocumentProcessor, @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private(set) var largest = 0

    func process(_ document: Document) -> ProcessedDocument {
        lock.withLock { current += 1; largest = max(largest, current) }
        usleep(2_000) // long enough for other documents to arrive if the runner let them
        lock.withLock { current -= 1 }
        return ProcessedDocument(record: Array(document.id.utf8), outcome: .annotated(DocumentReport(annotated: document, stages: [])))
    }

    func shutDown() {}
}

@Suite struct RunnerBoundsTests {
    @Test func bytesInFlightStayUnderTheBudget() throws {
        let directory = try TemporaryDirectory()
        let text = String(repeating: "x", count: 600)
        let input = try directory.write("batch.jsonl", (0..<30).map { #"{"id": "b\#($0)", "text": "\#(text)"}"# }.joined(separator: "\n"))
        let output = directory.url.appendingPathComponent("out.jsonl")
        let sink = try OutputSink(path: output.path)
        let probe = ConcurrencyProbe()
        let runner = Runner(processor: probe, stageNames: [], encoder: RecordEncoder(), sink: sink, jobs: 4)
        runner.maximumBytesInFlight = 1000
        let report = runner.run([input])
        try sink.finish()
        #expect(report.documents == 30)
        #expect(probe.largest == 1)
        #expect(try String(contentsOf: output, encoding: .utf8).split(separator: "\n") == (0..<30).map { "b\($0)"[...] })
    }
}
