import GlaneurTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import GlaneurCore
import Testing
@testable import GlaneurPipeline

@Suite struct InputReaderTests {
    private func readAll(_ paths: [String], reader: InputReader = InputReader()) -> [InputItem] {
        var items: [InputItem] = []
        reader.read(paths) { items.append($0) }
        return items
    }

    /// Each item as "id: ok" or "id: code".
    private func outcomes(_ items: [InputItem]) -> [String] {
        items.map { item in
            switch item.document {
            case .success: "\(item.id): ok"
            case .failure(let failure): "\(item.id): \(failure.code)"
            }
        }
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

    @Test func everyOddDirectoryEntryYieldsAnErrorRecordOrACountedSkip() throws {
        let directory = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        let root = directory.url.path
        try directory.write("a.txt", "Un article.")
        try directory.write("sub/b.txt", "Un autre article.")
        try directory.write(".cache/c.txt", "caché")
        try outside.write("far.txt", "Un article d'ailleurs.")
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(atPath: root + "/in-tree.txt", withDestinationPath: "a.txt")
        try fileManager.createSymbolicLink(atPath: root + "/out-of-tree.txt", withDestinationPath: outside.url.path + "/far.txt")
        try fileManager.createSymbolicLink(atPath: root + "/dangling.txt", withDestinationPath: "nowhere.txt")
        try fileManager.createSymbolicLink(atPath: root + "/loop.txt", withDestinationPath: "loop.txt")
        try fileManager.createSymbolicLink(atPath: root + "/sub/up", withDestinationPath: "..")
        #expect(mkfifo(root + "/pipe.txt", 0o644) == 0)
        let oddName: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        let oddPath = Array(root.utf8) + [0x2F] + oddName + [0]
        let descriptor = oddPath.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = "Un article au nom en Latin-1.".withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)

        var items: [InputItem] = []
        let tally = InputReader().read([root]) { items.append($0) }
        #expect(outcomes(items) == [
            "a: ok", "caf%E9: ok", "dangling: dangling-symlink", "in-tree: ok", "loop: symlink-loop",
            "out-of-tree: ok", "pipe: not-a-regular-file", "sub/b: ok",
        ])
        #expect(tally.skipped == [.hidden: 1, .symlinkToDirectory: 1])
        guard case .success(let latin) = items[1].document else { return }
        #expect(String(decoding: latin.input.bytes, as: UTF8.self) == "Un article au nom en Latin-1.")
    }

    @Test func includeAndExcludePatternsChooseFilesAndAreCounted() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.html", "<p>A</p>")
        try directory.write("b.txt", "B")
        try directory.write("drafts/c.html", "<p>C</p>")
        try directory.write("2024/d.html", "<p>D</p>")
        var reader = InputReader()
        reader.filter = InputFilter(include: ["*.html"], exclude: ["drafts"])
        var items: [InputItem] = []
        let tally = reader.read([directory.url.path]) { items.append($0) }
        #expect(items.map(\.id) == ["2024/d", "a"])
        #expect(tally.skipped == [.excluded: 2])
        reader.filter = InputFilter(exclude: ["2024/*.html"], readsHiddenEntries: true)
        #expect(readAll([directory.url.path], reader: reader).map(\.id) == ["a", "b", "drafts/c"])
    }

    @Test func anUnreadableOrMissingArgumentIsAnErrorRecord() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.url.path + "/gone", withDestinationPath: "missing")
        #expect(outcomes(readAll([directory.url.path + "/gone", directory.url.path + "/absent.txt"]))
                == ["gone: dangling-symlink", "absent: not-found"])
    }

    @Test func jsonLinesAreJudgedOneLineAtATime() throws {
        let directory = try TemporaryDirectory()
        let garbage = try directory.write("garbage.jsonl", "not json at all\n[1,2]\n{\"id\":\"g\",\"text\":\"Bon.\"}\n")
        let guid = try directory.write("guid.jsonl", """
        {"id":"w","guid":"https://exemple.org/?p=1","text":"Un article."}
        {"id":"x","text":"Un autre."}
        """)
        let nul = try directory.write("nul.json", Array(#"{"id":"n1","text":"Un."}"#.utf8) + [0x0A, 0x00, 0x00, 0x0A]
                                                 + Array(#"{"id":"n2","text":"Deux."}"#.utf8))
        #expect(outcomes(readAll([garbage, guid, nul])) == [
            "garbage#1: invalid-record", "garbage#2: invalid-record", "g: ok", "w: ok", "x: ok",
            "n1: ok", "nul#2: binary", "n2: ok",
        ])
    }

    @Test func aWordPressPostCanBeOneLineOfABatch() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("posts.jsonl", #"{"id":7,"content":{"rendered":"<p>Corps</p>"}}"#)
        let items = readAll([path])
        guard case .success(let post) = items.first?.document else {
            Issue.record("the post was not read: \(items)")
            return
        }
        #expect(post.id == "7" && post.input.format == .wordpress)
    }

    @Test func everyMemberOfConcatenatedGzipIsRead() throws {
        let directory = try TemporaryDirectory()
        var bytes: [UInt8] = []
        for (index, line) in [#"{"id":"one","text":"Un."}"#, #"{"id":"two","text":"Deux."}"#].enumerated() {
            let plain = try directory.write("part\(index).jsonl", line + "\n")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["gzip", "-n", plain]
            try process.run()
            process.waitUntilExit()
            bytes += Array(try Data(contentsOf: URL(fileURLWithPath: plain + ".gz")))
        }
        let path = try directory.write("batch.jsonl.gz", bytes)
        #expect(outcomes(readAll([path])) == ["one: ok", "two: ok"])
    }

    @Test func documentsOverTheSizeLimitAreRefusedButBatchesAreStreamed() throws {
        let directory = try TemporaryDirectory()
        let big = try directory.write("big.txt", String(repeating: "mot ", count: 300))
        let batch = try directory.write("batch.jsonl", """
        {"id":"small","text":"Court."}
        {"id":"large","text":"\(String(repeating: "mot ", count: 100))"}
        {"id":"last","text":"Court aussi."}
        """)
        let reader = InputReader(maximumDocumentSize: 256)
        #expect(outcomes(readAll([big, batch], reader: reader)) == ["big: too-large", "small: ok", "batch#2: too-large", "last: ok"])
    }
}
