import Foundation
import Testing

/// The hostile corpus of `scripts/hostile-corpus.py` (short variant): odd files and directory
/// entries, JSONL garbage, concatenated gzip, binary, deep nesting, huge tokens and paragraphs, the
/// claims trap. Every input must yield exactly its records or error records, with no crash, and
/// the skips the reader counts must be the expected ones. (Timing is the script's `--time` job.)
@Suite struct HostileCorpusTests {
    @Test func everyHostileInputYieldsItsRecordsWithoutACrash() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/hostile-corpus.py", "check", "--short", "--glaneur", CommandRunner.executable.path]
        process.currentDirectoryURL = CommandRunner.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("hostile corpus: all checks hold"))
    }
}
