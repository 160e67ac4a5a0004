import Foundation
import Testing

/// A trap in a stage (injected with GLANEUR_FAULT) costs one document, not the batch.
@Suite(.serialized) struct CrashIsolationTests {
    private let tenRecords = (1...10).map { #"{"id": "doc-\#($0)", "text": "Le chômage a baissé de \#($0) % en un an."}"# }.joined(separator: "\n") + "\n"

    @Test func aTrapOnTheThirdOfTenDocumentsGivesNineRecordsAndOneCrashRecord() throws {
        let outcome = try CommandRunner.run(["run", "--jobs", "2", "-"], input: Data(tenRecords.utf8),
                                            environment: ["GLANEUR_FAULT": "claims:doc-3"])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        let records = try outcome.records()
        #expect(records.map { $0["id"] as? String } == (1...10).map { "doc-\($0)" })
        #expect(records.filter { $0["error"] == nil }.count == 9)
        let error = try #require(records[2]["error"] as? [String: Any])
        #expect(error["code"] as? String == "crash")
        #expect(error["stage"] as? String == "claims")
        #expect((error["signal"] as? Int ?? 0) > 0)
        #expect(outcome.stderr.contains("10 documents, 9 annotated, 1 failed"))
    }

    @Test func theWorkerIsReplacedSoLaterDocumentsStillRunInIsolation() throws {
        let outcome = try CommandRunner.run(["run", "--jobs", "1", "-"], input: Data(tenRecords.utf8),
                                            environment: ["GLANEUR_FAULT": "decode:doc-1"])
        let records = try outcome.records()
        #expect(records.count == 10)
        #expect(records[0]["error"] != nil && records[1...].allSatisfy { $0["error"] == nil })
    }

    @Test func withoutIsolationTheTrapEndsTheRun() throws {
        let outcome = try CommandRunner.run(["run", "--isolation", "none", "-"], input: Data(tenRecords.utf8),
                                            environment: ["GLANEUR_FAULT": "claims:doc-3"])
        #expect(outcome.status != 0 && outcome.status != 1)
        #expect(!outcome.stdout.contains(#""code":"crash""#))
    }

    @Test func aWorkerThatCannotBuildItsPipelineIsAConfigurationError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("pipeline.json")
        try Data(#"{"stages": [{"stage": "decode", "options": {"no-such-option": 1}}]}"#.utf8).write(to: config)
        let outcome = try CommandRunner.run(["run", "--config", config.path, "-"], input: Data(tenRecords.utf8))
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("no-such-option"))
        #expect(outcome.stdout.isEmpty)
    }
}
