import Foundation
import GlaneurCore
import Testing
@testable import GlaneurPipeline

@Suite struct InputReaderTests {
    private func readAll(_ paths: [String]) -> [InputItem] {
        var items: [InputItem] = []
        InputReader().read(paths) { items.append($0) }
        return items
    }

    @Test func walksDirectoriesRecursivelyInStableOrderWithRelativeIDs() throws {
        let directory = try TemporaryDirectory()
        try directory.write("b/second.txt", "Deuxième article.")
        try directory.write("a.html", "<p>Premier</p>")
        try directory.write("b/a/third.htm", "<p>Troisième</p>")
        try directory.write(".hidden.txt", "caché")
        let items = readAll([directory.url.path])
        #expect(items.map(\.id) == ["a", "b/a/third", "b/second"])
        #expect(items[0].source == directory.url.path + "/a.html")
    }

    @Test func detectsEachFormat() throws {
        let directory = try TemporaryDirectory()
        try directory.write("1.txt", "Texte brut d'un article.")
        try directory.write("2.html", "<html><body><p>Page</p></body></html>")
        try directory.write("3.txt", #"{"id":9,"title":{"rendered":"T"},"content":{"rendered":"<p>Corps</p>"}}"#)
        let formats = readAll([directory.url.path]).map { item -> InputFormat? in
            if case .success(let document) = item.document { return document.input.format }
            return nil
        }
        #expect(formats == [.scrapedText, .html, .wordpress])
    }

    @Test func inflatesGzipAndTranscodesUTF16() throws {
        let directory = try TemporaryDirectory()
        let html = "<html><body><p>Compressé</p></body></html>"
        let process = Process()
        let plain = try directory.write("page.html", html)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-n", plain]
        try process.run()
        process.waitUntilExit()
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "Texte en UTF-16 : été".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try directory.write("utf16.txt", utf16)
        let items = readAll([directory.url.path])
        #expect(items.map(\.id) == ["page", "utf16"])
        guard case .success(let page) = items[0].document, case .success(let text) = items[1].document else {
            Issue.record("inputs not read: \(items)")
            return
        }
        #expect(page.input.format == .html)
        #expect(String(decoding: page.input.bytes, as: UTF8.self) == html)
        #expect(String(decoding: text.input.bytes, as: UTF8.self) == "Texte en UTF-16 : été")
    }

    @Test func jsonLinesFileYieldsOneItemPerRecord() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("batch.jsonl", """
        {"id": "r1", "text": "Premier.", "lang": "fr"}

        {"html": "<p>Sans identifiant</p>", "url": "https://exemple.org/x"}
        {"id": "r3"}
        not json
        """)
        let items = readAll([path])
        #expect(items.map(\.id) == ["r1", "batch#3", "r3", "batch#5"])
        guard case .success(let first) = items[0].document, case .success(let second) = items[1].document else {
            Issue.record("good records failed")
            return
        }
        #expect(first.language == "fr" && first.input.format == .plainText)
        #expect(second.source == "https://exemple.org/x" && second.input.format == .html)
        guard case .failure(let missing) = items[2].document, case .failure(let broken) = items[3].document else {
            Issue.record("bad records were accepted")
            return
        }
        #expect(missing.code == "invalid-record" && missing.message.contains("neither"))
        #expect(broken.code == "invalid-record" && broken.stage == "read")
    }

    @Test func reportsUnreadableInputsAsFailures() throws {
        let directory = try TemporaryDirectory()
        try directory.write("empty.txt", "")
        try directory.write("binary.txt", [0x00, 0x01, 0x02, 0xFF])
        let items = readAll([directory.url.path, directory.url.path + "/missing.txt"])
        let codes = items.map { item -> String in
            if case .failure(let failure) = item.document { return failure.code }
            return "ok"
        }
        #expect(codes == ["binary", "empty", "not-found"])
    }
}
