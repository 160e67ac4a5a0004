import GlaneurTestSupport
import Foundation
import GlaneurIngest
import XCTest

/// The scenario: a first ingestion of files, a JSONL file and a feed; then new, changed,
/// copied and wire-copied articles; then a run with nothing new.
final class IngestScenarioTests: XCTestCase {
    func testIncrementalIngestionWithDuplicatesAndRevisions() throws {
        let scratch = try TemporaryDirectory()
        var generator = SyntheticArticles(seed: 14)
        let drop = scratch.url.appendingPathComponent("drop")
        let jsonl = scratch.url.appendingPathComponent("wire.jsonl")
        let feedFile = scratch.url.appendingPathComponent("feed.xml")

        // Run 1: 300 article files, 20 JSONL records, 10 feed items.
        var files: [String: (title: String, body: String)] = [:]
        for index in 0..<300 {
            let article = generator.article()
            files[String(format: "section%d/article-%03d.txt", index % 3, index)] = article
        }
        for (path, article) in files { try scratch.write("drop/" + path, SyntheticArticles.file(article)) }
        var records = ""
        for index in 0..<20 { records += try jsonRecord(id: "wire-\(index)", generator.article()) }
        try scratch.write("wire.jsonl", records)
        var feedItems = (0..<10).map { index in
            let article = generator.article()
            return (guid: "feed-\(index)", title: article.title, body: article.body)
        }
        try scratch.write("feed.xml", IngestTestSupport.feed(feedItems))
        let sources = [drop.path, jsonl.path, feedFile.path]

        let first = try IngestTestSupport.ingest(sources, in: scratch.url)
        XCTAssertEqual(first.annotated, 330, first.line)
        XCTAssertEqual(first.duplicates, 0, first.line)
        XCTAssertEqual(first.failed, 0, first.line)
        XCTAssertEqual(first.exitCode, 0)
        XCTAssertEqual(Set(try IngestTestSupport.records(in: scratch.url).map { $0.record["id"] as! String }).count, 330)

        // Run 2: 50 new (30 files, 10 JSONL records appended, 10 feed items), 10 changed files,
        // 10 exact copies under new names, 5 wire copies with different boilerplate.
        let before = Set(try IngestTestSupport.records(in: scratch.url).map(\.file))
        for index in 0..<30 { try scratch.write("drop/new/article-\(index).txt", SyntheticArticles.file(generator.article())) }
        var appended = ""
        for index in 20..<30 { appended += try jsonRecord(id: "wire-\(index)", generator.article()) }
        let handle = try FileHandle(forWritingTo: jsonl)
        handle.seekToEndOfFile()
        handle.write(Data(appended.utf8))
        try handle.close()
        feedItems += (10..<20).map { index in
            let article = generator.article()
            return (guid: "feed-\(index)", title: article.title, body: article.body)
        }
        try scratch.write("feed.xml", IngestTestSupport.feed(feedItems))
        let paths = files.keys.sorted()
        for path in paths.prefix(10) {
            let article = files[path]!
            let changed = article.body + "\n\n" + generator.sentence(words: 14) + " " + generator.sentence(words: 12)
            try scratch.write("drop/" + path, SyntheticArticles.file((article.title, changed)))
        }
        for (index, path) in paths[10..<20].enumerated() {
            try scratch.write("drop/copies/copy-\(index).txt", SyntheticArticles.file(files[path]!))
        }
        for (index, path) in paths[20..<25].enumerated() {
            let article = files[path]!
            let header = "\(generator.word().capitalized) \(generator.word()) — \(generator.sentence(words: 7))"
            let footer = "\(generator.sentence(words: 10))\n\n\(generator.sentence(words: 6))"
            try scratch.write("drop/wire/agency-\(index).txt", SyntheticArticles.file((article.title, header + "\n\n" + article.body + "\n\n" + footer)))
        }

        let second = try IngestTestSupport.ingest(sources, in: scratch.url)
        XCTAssertEqual(second.annotated, 60, second.line)
        XCTAssertEqual(second.duplicates, 15, second.line)
        XCTAssertEqual(second.revisions, 10, second.line)
        XCTAssertEqual(second.failed, 0, second.line)
        let fresh = try IngestTestSupport.records(in: scratch.url).filter { !before.contains($0.file) }.map(\.record)
        XCTAssertEqual(fresh.count, 75)
        let duplicates = fresh.filter { $0["duplicate_of"] != nil }
        XCTAssertEqual(duplicates.count, 15)
        XCTAssertEqual(fresh.filter { $0["revision_of"] != nil }.count, 10)
        // Each copy points at the article it copies.
        for record in duplicates {
            let id = record["id"] as! String
            let original = record["duplicate_of"] as! String
            if id.hasPrefix("copies/copy-") {
                XCTAssertEqual("\(original).txt", paths[10 + Int(id.dropFirst("copies/copy-".count))!])
            } else {
                XCTAssertTrue(id.hasPrefix("wire/agency-"), id)
                XCTAssertEqual("\(original).txt", paths[20 + Int(id.dropFirst("wire/agency-".count))!])
            }
        }

        // Run 3: nothing new.
        let third = try IngestTestSupport.ingest(sources, in: scratch.url)
        XCTAssertEqual(third.annotated, 0, third.line)
        XCTAssertEqual(third.duplicates + third.revisions + third.failed, 0, third.line)
        XCTAssertEqual(third.batches, 0)
        XCTAssertEqual(third.exitCode, 0)

        let status = try IngestStatus.read(stateDirectory: scratch.url.appendingPathComponent("state"), fingerprint: "test-fingerprint")
        XCTAssertEqual(status.annotated, 330 + 60 - 10) // revisions replace their earlier versions
        XCTAssertEqual(status.duplicates, 15)
        XCTAssertEqual(status.revisions, 10)
        XCTAssertEqual(status.stale, 0)
        XCTAssertEqual(status.backlogBytes, 0)
        XCTAssertTrue(IngestTestSupport.temporaryFiles(in: scratch.url).isEmpty)
    }

    private func jsonRecord(id: String, _ article: (title: String, body: String)) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: ["id": id, "title": article.title, "text": article.body], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
