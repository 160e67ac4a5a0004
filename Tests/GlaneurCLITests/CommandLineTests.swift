import Foundation
import Testing

/// Version, exit statuses and messages of the command line.
@Suite(.serialized) struct CommandLineTests {
    private let record = Data((#"{"id": "v", "text": "Le budget progresse de 2 %."}"# + "\n").utf8)

    @Test func versionIsPrintedAndWrittenInTheReport() throws {
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        let printed = version.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.split(separator: ".").count == 3 && printed.split(separator: ".").allSatisfy { Int($0) != nil })
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-report-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: report) }
        #expect(try CommandRunner.run(["run", "--report", report.path, "-"], input: record).status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
        #expect((json?["run"] as? [String: Any])?["version"] as? String == printed)
    }

    @Test func usageMistakesExitWithStatusTwo() throws {
        let unknownOption = try CommandRunner.run(["run", "--no-such-option", "-"], input: record)
        #expect(unknownOption.status == 2)
        let language = try CommandRunner.run(["run", "--lang", "xx", "-"], input: record)
        #expect(language.status == 2 && language.stderr.contains("--lang 'xx' is not supported"))
        let resume = try CommandRunner.run(["run", "--resume", "-"], input: record)
        #expect(resume.status == 2 && resume.stderr.contains("--resume needs"))
    }

    @Test func configurationMistakesExitWithStatusSixtyFour() throws {
        let missing = try CommandRunner.run(["run", "--config", "/nonexistent/pipeline.json", "-"], input: record)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("/nonexistent/pipeline.json") && !missing.stderr.contains("NSCocoaErrorDomain"), "\(missing.stderr)")
    }

    @Test func duplicateIDsAreWarnedAndBothRecordsKept() throws {
        let input = Data((#"{"id": "same", "text": "Premier."}"# + "\n" + #"{"id": "same", "text": "Second."}"# + "\n").utf8)
        let outcome = try CommandRunner.run(["run", "-"], input: input)
        #expect(try outcome.records().count == 2)
        #expect(outcome.stderr.contains("duplicate id 'same'"))
    }

    @Test func timingsGoBackIntoRecordsOnlyWhenAsked() throws {
        let plain = try CommandRunner.run(["run", "-"], input: record)
        let timed = try CommandRunner.run(["run", "--timings", "-"], input: record)
        #expect(try plain.records().first?["timings_ms"] == nil)
        #expect(try (timed.records().first?["timings_ms"] as? [String: Any])?["decode"] != nil)
    }
}
