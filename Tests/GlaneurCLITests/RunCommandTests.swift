import Foundation
import Testing

@Suite(.serialized) struct RunCommandTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func annotatesEverySampleWithValidOffsets() throws {
        let outcome = try CommandRunner.run(["run", "samples", "--layers", "tokens,sentences,paragraphs,numbers"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let records = try outcome.records()
        let sampleFiles = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.repositoryRoot.appendingPathComponent("samples").path)
        let recordsInJSONL = 2
        #expect(records.count == sampleFiles.count - 1 + recordsInJSONL)
        var checked = 0
        for record in records {
            #expect(record["schema"] as? String == "glaneur/1")
            #expect(record["error"] == nil, "\(record["id"] ?? "?"): \(record["error"] ?? "")")
            #expect(!(record["text"] as? String ?? "").isEmpty)
            #expect(["fr", "en"].contains(record["lang"] as? String ?? ""), "\(record["id"] ?? "?")")
            let result = checkOffsets(record)
            checked += result.checked
            #expect(result.mismatches.isEmpty, "\(record["id"] ?? "?"): \(result.mismatches.prefix(3))")
        }
        #expect(checked > 500)
        #expect(outcome.stderr.contains("annotated"))
    }

    @Test func decodesTheWordPressSampleToArticleText() throws {
        let outcome = try CommandRunner.run(["run", "samples/fr-petrole-wordpress.json"])
        let record = try #require(try outcome.records().first)
        let text = try #require(record["text"] as? String)
        #expect(text.contains("Agence internationale de l’énergie"))
        #expect(!text.contains("\\u00") && !text.contains("<\\/") && !text.contains("rendered"))
        #expect((record["title"] as? String)?.hasPrefix("Pétrole") == true)
    }

    @Test func standardInputKeepsEveryIDInOrder() throws {
        var input = ""
        for number in 0..<50 { input += #"{"id": "in-\#(number)", "text": "Texte numéro \#(number)."}"# + "\n" }
        let outcome = try CommandRunner.run(["run", "-"], input: Data(input.utf8))
        #expect(outcome.status == 0)
        #expect(try outcome.records().map { $0["id"] as? String } == (0..<50).map { "in-\($0)" })
    }

    @Test func aThousandRecordsAreByteIdenticalWhateverTheJobsAndIsolation() throws {
        var input = ""
        for number in 0..<1000 {
            let padding = String(repeating: "Encore une phrase. ", count: number % 23)
            input += #"{"id": "n\#(number)", "text": "Le chiffre \#(number) progresse de \#(number % 97) %. \#(padding)"}"# + "\n"
        }
        let one = try CommandRunner.run(["run", "--jobs", "1", "-"], input: Data(input.utf8))
        let two = try CommandRunner.run(["run", "--jobs", "2", "-"], input: Data(input.utf8))
        let again = try CommandRunner.run(["run", "--jobs", "2", "--isolation", "none", "-"], input: Data(input.utf8))
        let first = try one.records()
        #expect(first.count == 1000)
        #expect(first.map { $0["id"] as? String } == (0..<1000).map { "n\($0)" })
        #expect(first.allSatisfy { $0["timings_ms"] == nil })
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == again.stdout)
    }

    @Test func badInputsYieldErrorRecordsAndAFailingStatus() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        try write("a-good.txt", Array("Un article tout à fait lisible sur l’économie française.".utf8))
        var corrupted: [UInt8] = []
        for _ in 0..<40 { corrupted += Array("texte ".utf8) + [0xC3, 0x28, 0xE2, 0x82] }
        try write("b-invalid-utf8.txt", corrupted)
        try write("c-empty.txt", [])
        try write("d-binary.dat", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00])
        try write("e-truncated.json", Array(#"{"id": 12, "date": "2026-01-01", "title": {"rendered": "Titre sans cor"#.utf8))
        try write("f-good.html", Array("<html><body><article><p>Une page correcte et complète.</p></article></body></html>".utf8))
        let outcome = try CommandRunner.run(["run", directory.path])
        #expect(outcome.status != 0)
        let records = try outcome.records()
        #expect(records.map { $0["id"] as? String } == ["a-good", "b-invalid-utf8", "c-empty", "d-binary", "e-truncated", "f-good"])
        let failed = records.filter { $0["error"] != nil }.map { $0["id"] as? String }
        #expect(failed == ["b-invalid-utf8", "c-empty", "d-binary", "e-truncated"])
        for record in records where record["error"] != nil {
            let error = try #require(record["error"] as? [String: Any])
            #expect(!(error["stage"] as? String ?? "").isEmpty)
            #expect(!(error["message"] as? String ?? "").isEmpty)
            #expect((record["source"] as? String ?? "").hasPrefix(directory.path))
        }
        #expect(outcome.stderr.contains("6 documents, 2 annotated, 4 failed"))
    }

    @Test func outputFileIsWrittenAtomically() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("out.jsonl")
        try Data("previous contents\n".utf8).write(to: target)
        let outcome = try CommandRunner.run(["run", "samples/en-central-bank.txt", "-o", target.path])
        #expect(outcome.status == 0 && outcome.stdout.isEmpty)
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix(#"{"schema":"glaneur/1","id":"en-central-bank""#))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.jsonl"])
    }

    @Test func deeplyNestedMarkupDoesNotCrash() throws {
        let html = String(repeating: "<div>", count: 10_000) + "<p>Le texte au fond de la page.</p>" + String(repeating: "</div>", count: 10_000)
        let record = #"{"id": "deep", "html": "\#(html)"}"# + "\n"
        let outcome = try CommandRunner.run(["run", "-"], input: Data(record.utf8))
        let records = try outcome.records()
        #expect(records.count == 1)
        #expect(records.first?["id"] as? String == "deep")
    }

    @Test func languageCanBeOverridden() throws {
        let input = #"{"id": "l", "text": "The text is written in English, and it says so."}"# + "\n"
        let detected = try CommandRunner.run(["run", "-"], input: Data(input.utf8))
        let forced = try CommandRunner.run(["run", "--lang", "fr", "-"], input: Data(input.utf8))
        #expect(try detected.records().first?["lang"] as? String == "en")
        #expect(try forced.records().first?["lang"] as? String == "fr")
    }

    @Test func configurationMistakesAreReportedBeforeReading() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = directory.appendingPathComponent("pipeline.json")
        try Data(#"{"stages": [{"stage": "decode"}, {"stage": "quotes"}]}"#.utf8).write(to: config)
        let outcome = try CommandRunner.run(["run", "--config", config.path, "samples"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("stage 'quotes' requires the"))
        #expect(outcome.stdout.isEmpty)
        let layers = try CommandRunner.run(["run", "--layers", "tokens,bogus", "samples"])
        #expect(layers.status != 0 && layers.stderr.contains("unknown layer 'bogus'"))
    }
}
