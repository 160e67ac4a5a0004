import Foundation
import Testing

/// `glaneur ingest` as cron runs it: exit codes, the summary line, `status`, and the kill test.
@Suite(.serialized) struct IngestCommandTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-ingest-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func ingestsSamplesOnceAndReportsStatus() throws {
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let arguments = ["ingest", "samples", "--state", scratch.appendingPathComponent("state").path,
                         "--out", scratch.appendingPathComponent("out").path, "--jobs", "2"]
        let first = try CommandRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let summary = try #require(first.stderr.split(separator: "\n").last)
        #expect(summary.hasPrefix("glaneur ingest: ") && summary.contains(" 0 unchanged") && summary.hasSuffix("exit 0"))

        let second = try CommandRunner.run(arguments)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains(" 0 annotated") && second.stderr.contains(" 0 batches"), "\(second.stderr)")

        let status = try CommandRunner.run(["ingest", "status", "--state", scratch.appendingPathComponent("state").path, "--json"])
        #expect(status.status == 0, "\(status.stderr)")
        let fields = try #require(try status.records().first)
        let samples = try FileManager.default.contentsOfDirectory(atPath: CommandRunner.repositoryRoot.appendingPathComponent("samples").path)
        #expect(fields["seen"] as? Int == samples.count - 1 + 2) // the JSONL sample holds 2 records
        #expect(fields["batches"] as? Int == 1)
        #expect(fields["stale"] as? Int == 0)
    }

    @Test func secondRunExitsWith75WhileTheStateIsLocked() throws {
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let state = scratch.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        let holder = open(state.appendingPathComponent("lock").path, O_RDWR | O_CREAT, 0o644)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX | LOCK_NB) == 0)
        let outcome = try CommandRunner.run(["ingest", "samples", "--state", state.path, "--out", scratch.appendingPathComponent("out").path])
        #expect(outcome.status == 75)
        #expect(outcome.stderr.contains("another glaneur ingest holds the lock"), "\(outcome.stderr)")
    }

    @Test func unknownSourceIsNamedAndExitsWith66() throws {
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outcome = try CommandRunner.run(["ingest", "samples/does-not-exist", "--state", scratch.appendingPathComponent("state").path,
                                             "--out", scratch.appendingPathComponent("out").path])
        #expect(outcome.status == 66)
        #expect(outcome.stderr.contains("source samples/does-not-exist does not exist"), "\(outcome.stderr)")
    }

    /// The short variant of scripts/ingest-kill-test.sh: SIGKILL at random moments, then every id
    /// exactly once across committed batches, no temporary file, and `status` consistent. One
    /// worker process per run keeps it short on a loaded machine.
    @Test func survivesKillsWithEveryInputExactlyOnce() throws {
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = Process()
        process.executableURL = CommandRunner.repositoryRoot.appendingPathComponent("scripts/ingest-kill-test.sh")
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["DOCS": "100", "KILLS": "3", "BATCH": "15", "JOBS": "1", "GLANEUR": CommandRunner.executable.path, "WORK": scratch.path]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("100 ids exactly once"), "\(text)")
    }
}
