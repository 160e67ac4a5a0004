import GlaneurTestSupport
import Foundation
@testable import GlaneurIngest
import XCTest

/// A run stopped after each step of a batch commit; the next run recovers the half-done batch
/// (completes it when its output reached its final name, else discards it) and every input ends
/// up in exactly one committed batch file.
final class RecoveryTests: XCTestCase {
    private struct Stopped: Error {}

    func testRunStoppedAfterEachStepIsRecoveredExactlyOnce() throws {
        for step in [Ingestor.BatchStep.pendingRecorded, .reportWritten, .outputRenamed] {
            let scratch = try TemporaryDirectory()
            var generator = SyntheticArticles(seed: 7)
            for index in 0..<12 { try scratch.write("drop/doc-\(index).txt", SyntheticArticles.file(generator.article())) }
            var options = IngestOptions(sources: [scratch.url.appendingPathComponent("drop").path],
                                        stateDirectory: scratch.url.appendingPathComponent("state"),
                                        outputDirectory: scratch.url.appendingPathComponent("out"))
            options.batchSize = 5
            options.jobs = 2

            let stopped = Ingestor(pipeline: IngestTestSupport.pipeline, fingerprint: "f", options: options)
            var batches = 0
            stopped.interruption = { current in
                if current == step { batches += 1 }
                if current == step && batches == 2 { throw Stopped() } // the second batch never commits
            }
            XCTAssertThrowsError(try stopped.run())

            let resumed = try Ingestor(pipeline: IngestTestSupport.pipeline, fingerprint: "f", options: options).run()
            XCTAssertEqual(resumed.recoveredBatches, step == .outputRenamed ? 1 : 0, "\(step)")
            XCTAssertEqual(resumed.discardedBatches, step == .outputRenamed ? 0 : 1, "\(step)")
            XCTAssertEqual(resumed.annotated, step == .outputRenamed ? 2 : 7, "\(step): \(resumed.line)")

            let ids = try IngestTestSupport.records(in: scratch.url).map { $0.record["id"] as! String }
            XCTAssertEqual(ids.sorted(), (0..<12).map { "doc-\($0)" }.sorted(), "\(step)")
            let reports = FileManager.default.enumerator(atPath: scratch.url.appendingPathComponent("out").path)?
                .compactMap { $0 as? String }.filter { $0.hasSuffix(".report.json") } ?? []
            XCTAssertEqual(reports.count, 3, "\(step)")
            XCTAssertTrue(IngestTestSupport.temporaryFiles(in: scratch.url).isEmpty, "\(step)")
            let status = try IngestStatus.read(stateDirectory: options.stateDirectory, fingerprint: "f")
            XCTAssertEqual(status.annotated, 12)
            XCTAssertEqual(status.committedBatches, 3)
            XCTAssertEqual(status.pendingBatches, 0)
        }
    }

    func testRewrittenJSONLFileIsReadAgainFromItsStart() throws {
        let scratch = try TemporaryDirectory()
        let path = try scratch.write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Premier texte assez long pour un article.\"}\n")
        let first = try IngestTestSupport.ingest([path], in: scratch.url)
        XCTAssertEqual(first.annotated, 1, first.line)
        // An incomplete last line waits for the writer to finish it.
        try scratch.write("feed.jsonl", "{\"id\":\"a\",\"text\":\"Premier texte assez long pour un article.\"}\n{\"id\":\"b\",\"text\":\"Deux")
        let partial = try IngestTestSupport.ingest([path], in: scratch.url)
        XCTAssertEqual(partial.seen, 0, partial.line)
        // Rewritten from scratch (rotated): same record, then a changed one under a known id.
        try scratch.write("feed.jsonl", "{\"id\":\"c\",\"text\":\"Un autre texte.\"}\n{\"id\":\"a\",\"text\":\"Premier texte corrigé.\"}\n")
        let rewritten = try IngestTestSupport.ingest([path], in: scratch.url)
        XCTAssertEqual(rewritten.restartedFiles, 1, rewritten.line)
        XCTAssertEqual(rewritten.annotated, 2, rewritten.line)
        XCTAssertEqual(rewritten.revisions, 1, rewritten.line)
    }
}
