import GlaneurTestSupport
import Foundation
import GlaneurIngest
import GRDB
import XCTest

/// A document that traps a stage during an ingestion costs that item only: it is written as an
/// error record with code `crash`, recorded failed in the ledger, and `--retry-failed` takes it again.
final class CrashIsolationTests: XCTestCase {
    func testTrappingItemIsRecordedAsCrashAndRetriedLater() throws {
        let scratch = try TemporaryDirectory()
        var generator = SyntheticArticles(seed: 31)
        for index in 0..<6 { try scratch.write("drop/doc-\(index).txt", SyntheticArticles.file(generator.article())) }
        let sources = [scratch.url.appendingPathComponent("drop").path]

        let crashed = try IngestTestSupport.ingestInWorkers(sources, in: scratch.url, fault: "quotes:doc-2")
        XCTAssertEqual(crashed.annotated, 5, crashed.line)
        XCTAssertEqual(crashed.failed, 1, crashed.line)
        XCTAssertEqual(crashed.exitCode, IngestSummary.ExitCode.documentsFailed)
        let records = try IngestTestSupport.records(in: scratch.url).map(\.record)
        XCTAssertEqual(records.map { $0["id"] as! String }, (0..<6).map { "doc-\($0)" })
        let error = try XCTUnwrap(records[2]["error"] as? [String: Any])
        XCTAssertEqual(error["code"] as? String, "crash")
        XCTAssertEqual(error["stage"] as? String, "quotes")
        XCTAssertGreaterThan(error["signal"] as? Int ?? 0, 0)
        XCTAssertTrue(records.enumerated().allSatisfy { $0.offset == 2 || $0.element["error"] == nil })

        let ledger = try DatabaseQueue(path: scratch.url.appendingPathComponent("state/ingest.sqlite").path)
        let row = try XCTUnwrap(try ledger.read { db in
            try Row.fetchOne(db, sql: "SELECT outcome, failure_stage, failure_code FROM items WHERE document_id = 'doc-2' AND current = 1")
        })
        XCTAssertEqual(row[0] as String, "failed")
        XCTAssertEqual(row[1] as String, "quotes")
        XCTAssertEqual(row[2] as String, "crash")
        let report = try batchReports(in: scratch.url)
        XCTAssertEqual(report.count, 1)
        XCTAssertEqual((report.first?["items"] as? [String: Any])?["failed"] as? Int, 1)

        let unchanged = try IngestTestSupport.ingestInWorkers(sources, in: scratch.url)
        XCTAssertEqual(unchanged.annotated + unchanged.failed, 0, unchanged.line)
        let retried = try IngestTestSupport.ingestInWorkers(sources, in: scratch.url) { $0.retryFailed = true }
        XCTAssertEqual(retried.annotated, 1, retried.line)
        XCTAssertEqual(retried.failed, 0, retried.line)
        let latest = try IngestTestSupport.records(in: scratch.url).map(\.record).last
        XCTAssertEqual(latest?["id"] as? String, "doc-2")
        XCTAssertNil(latest?["error"])
        XCTAssertEqual(try IngestStatus.read(stateDirectory: scratch.url.appendingPathComponent("state"), fingerprint: nil).failed, 0)
    }

    private func batchReports(in directory: URL) throws -> [[String: Any]] {
        let out = directory.appendingPathComponent("out")
        let names = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".report.json") } ?? []
        return try names.sorted().map { name in
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent(name))) as! [String: Any]
        }
    }
}
