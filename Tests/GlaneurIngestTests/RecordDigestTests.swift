import GlaneurTestSupport
import GlaneurCore
@testable import GlaneurIngest
import XCTest

/// De-duplication reads the clean text and its words from the encoded record.
final class RecordDigestTests: XCTestCase {
    private func record(text: String, meta: String = #"{"url":"https://example.org/a"}"#) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("schema"); json.string("glaneur/1")
        json.key("id"); json.string("a \"quoted\" id")
        json.key("lang"); json.null()
        json.key("score"); json.number(-1.5e3)
        json.key("flags"); json.beginArray(); json.bool(true); json.string("]}"); json.endArray()
        json.endObject()
        // The meta object and the text go in by hand, after the keys above.
        return Array(json.bytes.dropLast()) + Array(",\"meta\":\(meta),\"text\":".utf8) + quoted(text) + Array(",\"entities\":[]}".utf8)
    }

    private func quoted(_ text: String) -> [UInt8] {
        var json = JSONWriter()
        json.string(text)
        return json.bytes
    }

    func testTextIsFoundAtTheTopLevelAndDecoded() throws {
        let text = "Première ligne.\n\t« Été » \"cité\" \\ fin\u{1}"
        let bytes = record(text: text, meta: #"{"text":"not this one","n":[1,{"text":"nor this"}]}"#)
        let decoded = try XCTUnwrap(bytes.withUnsafeBufferPointer(RecordDigest.text(of:)))
        XCTAssertEqual(String(decoding: decoded, as: UTF8.self), text)
        XCTAssertEqual(RecordDigest(record: bytes)?.cleanHash, SHA256.hex(Array(text.utf8)))
        XCTAssertNil(RecordDigest(record: record(text: "")).flatMap(\.cleanHash))
    }

    func testRecordsWithoutTextHaveNoDigest() {
        XCTAssertNil(RecordDigest(record: Array(#"{"schema":"glaneur/1","id":"x","error":{"stage":"quotes","code":"crash"}}"#.utf8)))
        XCTAssertNil(RecordDigest(record: Array(#"{"text":42}"#.utf8)))
        XCTAssertNil(RecordDigest(record: Array(#"{"id":"unterminated"#.utf8)))
        XCTAssertNil(RecordDigest(record: Array("[]".utf8)))
    }

    func testWordsAreFoldedRunsOfLettersAndDigits() {
        let text = "Été, l’ÉTÉ — ete 2024 co-opé"
        let hashes = Array(text.utf8).withUnsafeBufferPointer(RecordDigest.wordHashes(of:))
        let expected = ["ete", "l", "ete", "ete", "2024", "co", "ope"].map(MinHash.wordHash)
        XCTAssertEqual(hashes, expected)
    }

    func testSameTextUnderOtherMetadataHasTheSameSignature() throws {
        var generator = SyntheticArticles(seed: 3)
        let body = generator.article().body
        let first = try XCTUnwrap(RecordDigest(record: record(text: body)))
        let second = try XCTUnwrap(RecordDigest(record: record(text: body, meta: #"{"url":"https://example.org/b"}"#)))
        XCTAssertNotNil(first.signature)
        XCTAssertEqual(first.signature, second.signature)
        XCTAssertEqual(first.cleanHash, second.cleanHash)
        let other = try XCTUnwrap(RecordDigest(record: record(text: generator.article().body)))
        XCTAssertLessThan(try XCTUnwrap(first.signature).similarity(to: try XCTUnwrap(other.signature)), 0.2)
    }
}
