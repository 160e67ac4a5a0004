import Foundation
import Testing

@Suite(.serialized) struct ReportCommandTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    /// A report without what depends on the moment and the machine: run metadata and timings.
    private func comparable(_ report: [String: Any]) -> NSDictionary {
        var copy = report
        copy["run"] = nil
        copy["sections"] = (report["sections"] as! [[String: Any]]).filter { $0["name"] as? String != "timings" }
        return copy as NSDictionary
    }

    /// Records without their timings, ordered by id.
    private func comparableRecords(_ text: String) throws -> [NSDictionary] {
        try text.split(separator: "\n").map { line -> [String: Any] in
            var record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            record["timings_ms"] = nil
            return record
        }.sorted { ($0["id"] as! String).utf8.lexicographicallyPrecedes(($1["id"] as! String).utf8) }.map { $0 as NSDictionary }
    }

    @Test func twoRunsOverTheSameInputPassTheDriftCheckAndRenderEveryStage() throws {
        let directory = try temporaryDirectory()
        let (first, second) = (directory.appendingPathComponent("first.json"), directory.appendingPathComponent("second.json"))
        for report in [first, second] {
            let outcome = try CommandRunner.run(["run", "samples", "--report", report.path, "--quiet"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
        }
        let report = try json(first)
        #expect(report["format"] as? String == "glaneur-report/1")
        let sections = (report["sections"] as! [[String: Any]]).map { $0["name"] as! String }
        #expect(sections == ["documents", "decode", "tokenize", "entities", "quotes", "claims", "timings"])
        let html = directory.appendingPathComponent("report.html"), markdown = directory.appendingPathComponent("report.md")
        let outcome = try CommandRunner.run(["report", second.path, "--baseline", first.path, "--html", html.path, "--markdown", markdown.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        for stage in sections {
            let start = try #require(page.range(of: "<h2>\(stage)</h2>"), "no section for \(stage)")
            let rest = page[start.upperBound...]
            let end = rest.range(of: "<h2>")?.lowerBound ?? rest.endIndex
            #expect(rest[..<end].contains("<svg"), "no chart for \(stage)")
        }
        #expect(!page.contains("<script") && !page.contains("src=\"http") && !page.contains("href=\"http"))
        #expect(try String(contentsOf: markdown, encoding: .utf8).contains("| quotes_per_document |"))
    }

    @Test func aPipelineWithoutQuotesFailsAgainstANormalBaselineNamingQuotes() throws {
        let directory = try temporaryDirectory()
        let lexicons = CommandRunner.repositoryRoot.appendingPathComponent("lexicons/entities").path
        let configuration = directory.appendingPathComponent("no-quotes.json")
        try Data("""
        {"stages": [{"stage": "decode"}, {"stage": "tokenize"}, {"stage": "entities", "options": {"lexicons": "\(lexicons)"}}, {"stage": "claims"}]}
        """.utf8).write(to: configuration)
        let (baseline, report) = (directory.appendingPathComponent("baseline.json"), directory.appendingPathComponent("report.json"))
        _ = try CommandRunner.run(["run", "samples", "--report", baseline.path, "--quiet"])
        let run = try CommandRunner.run(["run", "samples", "--config", configuration.path, "--report", report.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let outcome = try CommandRunner.run(["report", report.path, "--baseline", baseline.path])
        #expect(outcome.status == 4)
        #expect(outcome.stderr.contains("fail: quotes:"), "\(outcome.stderr)")
    }

    @Test func thresholdsSeparateWarningsFromFailures() throws {
        let directory = try temporaryDirectory()
        let report = directory.appendingPathComponent("report.json")
        _ = try CommandRunner.run(["run", "samples", "--report", report.path, "--quiet"])
        func status(_ thresholds: String) throws -> Int32 {
            let file = directory.appendingPathComponent("thresholds.json")
            try Data(thresholds.utf8).write(to: file)
            return try CommandRunner.run(["report", report.path, "--thresholds", file.path]).status
        }
        #expect(try status(#"{"checks": [{"measure": "quotes.attributed_share", "min": {"warn": 0.1, "fail": 0.05}}]}"#) == 0)
        #expect(try status(#"{"checks": [{"measure": "quotes.attributed_share", "min": {"warn": 1.01, "fail": 0.05}}]}"#) == 3)
        #expect(try status(#"{"checks": [{"measure": "documents.failed_share", "max": {"fail": -1}}]}"#) == 4)
        #expect(try status(#"{"checks": [{"measure": "no.such.measure", "min": 0}]}"#) == 4)
    }

    @Test func threeShardsMergeIntoTheRecordsAndReportOfOneRun() throws {
        let directory = try temporaryDirectory()
        let whole = directory.appendingPathComponent("whole.json")
        let single = try CommandRunner.run(["run", "samples", "--report", whole.path, "--quiet"])
        var reports: [String] = [], outputs: [String] = []
        var counts: [Int] = []
        for index in 1...3 {
            let (report, output) = (directory.appendingPathComponent("shard-\(index).json").path, directory.appendingPathComponent("shard-\(index).jsonl").path)
            let outcome = try CommandRunner.run(["run", "samples", "--shard", "\(index)/3", "--report", report, "-o", output, "--quiet"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            counts.append(try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").count)
            reports.append(report)
            outputs.append(output)
        }
        #expect(counts.filter { $0 > 0 }.count >= 2, "the samples should spread over the shards: \(counts)")
        let merged = try CommandRunner.run(["merge"] + outputs.reversed())
        #expect(try comparableRecords(merged.stdout) == comparableRecords(single.stdout))
        let mergedReport = directory.appendingPathComponent("merged.json")
        let outcome = try CommandRunner.run(["merge", "--reports", "-o", mergedReport.path] + reports)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(comparable(try json(mergedReport)) == comparable(try json(whole)))
        #expect((try json(mergedReport)["run"] as! [String: Any])["parts"] as? Int == 3)
    }

    @Test func evalGatesOnFloors() throws {
        let directory = try temporaryDirectory()
        let thresholds = directory.appendingPathComponent("floors.json")
        try Data(#"{"checks": [{"measure": "evaluation.entities.f1", "min": 0.5}]}"#.utf8).write(to: thresholds)
        let report = directory.appendingPathComponent("eval.json")
        let passing = try CommandRunner.run(["eval", "--gold", "eval/gold", "eval/articles", "--thresholds", thresholds.path, "--report", report.path])
        #expect(passing.status == 0, "\(passing.stderr)")
        #expect(passing.stdout.contains("quotes_attributed"))
        #expect(try json(report)["kind"] as? String == "eval")
        try Data(#"{"checks": [{"measure": "evaluation.entities.f1", "min": 1.01}]}"#.utf8).write(to: thresholds)
        let failing = try CommandRunner.run(["eval", "--gold", "eval/gold", "--pred", "-", "--thresholds", thresholds.path], input: Data())
        #expect(failing.status == 4, "\(failing.stderr)")
    }
}
