import GlaneurIngest
import XCTest

final class HashingTests: XCTestCase {
    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testSHA256OfPiecesEqualsTheWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var pieces = SHA256()
        pieces.update(bytes[0..<1])
        pieces.update(bytes[1..<63])
        pieces.update(bytes[63..<200])
        pieces.update(bytes[200...])
        XCTAssertEqual(pieces.finalizeHex(), SHA256.hex(bytes))
    }

    func testMinHashEstimatesJaccardSimilarity() throws {
        var generator = SyntheticArticles(seed: 5)
        let words = (0..<400).map { _ in generator.word() }
        func signature(_ words: [String]) throws -> MinHash {
            try XCTUnwrap(MinHash(wordHashes: words.map { word in
                word.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
            }))
        }
        let original = try signature(Array(words[0..<300]))
        XCTAssertEqual(original.similarity(to: try signature(Array(words[0..<300]))), 1)
        // 250 shared words of 300 each: 248 shared shingles of 348, Jaccard ≈ 0.71.
        let overlapping = try signature(Array(words[50..<350]))
        XCTAssertGreaterThan(original.similarity(to: overlapping), 0.5)
        XCTAssertTrue(zip(original.bandKeys, overlapping.bandKeys).contains { $0 == $1 })
        let unrelated = try signature(Array(words[300..<400]) + Array(words[300..<400]).reversed())
        XCTAssertLessThan(original.similarity(to: unrelated), 0.1)
        XCTAssertNil(MinHash(wordHashes: [1, 2, 3]))
        XCTAssertEqual(MinHash(bytes: original.bytes), original)
    }
}
