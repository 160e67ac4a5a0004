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

    @Test func aStageThatOverflowsTheStackGivesACrashRecordNamingTheStage() throws {
        let outcome = try CommandRunner.run(["run", "--jobs", "1", "-"], input: Data(tenRecords.utf8),
                                            environment: ["GLANEUR_FAULT": "quotes:doc-4:overflow"])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        let records = try outcome.records()
        #expect(records.map { $0["id"] as? String } == (1...10).map { "doc-\($0)" })
        let error = try #require(records[3]["error"] as? [String: Any])
        #expect(error["code"] as? String == "crash")
        #expect(error["stage"] as? String == "quotes")
        #expect(error["signal"] as? Int == Int(SIGSEGV))
        #expect(records.filter { $0["error"] == nil }.count == 9)
    }

    @Test func aDocumentOverTheTimeLimitGetsATimeoutRecordAndTheBatchGoesOn() throws {
        let outcome = try CommandRunner.run(["run", "--jobs", "2", "--document-timeout", "2", "-"], input: Data(tenRecords.utf8),
                                            environment: ["GLANEUR_FAULT": "entities:doc-5:hang"])
        #expect(outcome.status == 1, "\(outcome.stderr)")
        let records = try outcome.records()
        #expect(records.map { $0["id"] as? String } == (1...10).map { "doc-\($0)" })
        let error = try #require(records[4]["error"] as? [String: Any])
        #expect(error["code"] as? String == "timeout")
        #expect(error["stage"] as? String == "entities")
        #expect((error["message"] as? String ?? "").contains("over 2 s"))
        #expect(records.filter { $0["error"] == nil }.count == 9)
        #expect(outcome.stderr.contains("10 documents, 9 annotated, 1 failed"))
    }

    @Test func theTimeLimitNeedsWorkerProcesses() throws {
        let outcome = try CommandRunner.run(["run", "--isolation", "none", "--document-timeout", "5", "-"], input: Data(tenRecords.utf8))
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--document-timeout needs --isolation process"))
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
