import GlaneurTestSupport
import Foundation
import GlaneurIngest
import XCTest

/// `--reprocess-stale`, `--retry-failed` and `--drop-duplicates`.
final class MaintenanceTests: XCTestCase {
    func testStaleItemsAreReannotatedOnlyWhenAsked() throws {
        let scratch = try TemporaryDirectory()
        var generator = SyntheticArticles(seed: 21)
        for index in 0..<4 { try scratch.write("drop/doc-\(index).txt", SyntheticArticles.file(generator.article())) }
        let jsonl = try scratch.write("more.jsonl", "{\"id\":\"r1\",\"text\":\"\(generator.sentence(words: 30))\"}\n")
        let sources = [scratch.url.appendingPathComponent("drop").path, jsonl]
        XCTAssertEqual(try IngestTestSupport.ingest(sources, in: scratch.url, fingerprint: "old").annotated, 5)

        let state = scratch.url.appendingPathComponent("state")
        XCTAssertEqual(try IngestStatus.read(stateDirectory: state, fingerprint: "new").stale, 5)
        let unchanged = try IngestTestSupport.ingest(sources, in: scratch.url, fingerprint: "new")
        XCTAssertEqual(unchanged.annotated, 0, unchanged.line)
        let reprocessed = try IngestTestSupport.ingest(sources, in: scratch.url, fingerprint: "new") { $0.reprocessStale = true }
        XCTAssertEqual(reprocessed.annotated, 5, reprocessed.line)
        XCTAssertEqual(reprocessed.reprocessed, 5, reprocessed.line)
        XCTAssertEqual(reprocessed.revisions + reprocessed.duplicates, 0, reprocessed.line)
        XCTAssertEqual(try IngestStatus.read(stateDirectory: state, fingerprint: "new").stale, 0)
    }

    func testFailedItemsAreRetriedOnlyWhenAsked() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("drop/blank.txt", "   \n")
        let sources = [scratch.url.appendingPathComponent("drop").path]
        let first = try IngestTestSupport.ingest(sources, in: scratch.url)
        XCTAssertEqual(first.failed, 1, first.line)
        XCTAssertEqual(first.exitCode, IngestSummary.ExitCode.documentsFailed)
        let record = try XCTUnwrap(try IngestTestSupport.records(in: scratch.url).first?.record)
        XCTAssertEqual((record["error"] as? [String: Any])?["code"] as? String, "empty")
        let status = try IngestStatus.read(stateDirectory: scratch.url.appendingPathComponent("state"), fingerprint: nil)
        XCTAssertEqual(status.failed, 1)
        XCTAssertTrue(status.lastError?.contains("blank: read/empty") == true, status.lastError ?? "none")

        XCTAssertEqual(try IngestTestSupport.ingest(sources, in: scratch.url).failed, 0)
        XCTAssertEqual(try IngestTestSupport.ingest(sources, in: scratch.url) { $0.retryFailed = true }.failed, 1)
    }

    func testDroppedDuplicatesAreRecordedButNotWritten() throws {
        let scratch = try TemporaryDirectory()
        var generator = SyntheticArticles(seed: 22)
        let article = SyntheticArticles.file(generator.article())
        try scratch.write("drop/a.txt", article)
        try scratch.write("drop/b.txt", article)
        let summary = try IngestTestSupport.ingest([scratch.url.appendingPathComponent("drop").path], in: scratch.url) { $0.dropDuplicates = true }
        XCTAssertEqual(summary.duplicates, 1, summary.line)
        XCTAssertEqual(summary.dropped, 1, summary.line)
        XCTAssertEqual(try IngestTestSupport.records(in: scratch.url).map { $0.record["id"] as! String }, ["a"])
        XCTAssertEqual(try IngestStatus.read(stateDirectory: scratch.url.appendingPathComponent("state"), fingerprint: nil).duplicates, 1)
    }
}
