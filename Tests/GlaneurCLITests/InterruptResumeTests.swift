import Foundation
import Testing

/// SIGINT and SIGTERM keep every finished record; `--resume` completes the output.
@Suite(.serialized) struct InterruptResumeTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-resume-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Starts `glaneur arguments...` in the repository root without waiting for it.
    private func start(_ arguments: [String], standardInput: Pipe? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.repositoryRoot
        let stdout = Pipe(), stderr = Pipe()
        process.standardInput = standardInput ?? FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        return (process, stdout, stderr)
    }

    @Test func sigtermInTheMiddleThenResumeGivesTheBytesOfAnUninterruptedRun() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines = ""
        for number in 0..<3000 {
            let filler = String(repeating: "La production a augmenté de \(number % 40) % sur un an. ", count: 1 + number % 7)
            lines += #"{"id": "r\#(number)", "text": "Rapport \#(number). \#(filler)"}"# + "\n"
        }
        let input = directory.appendingPathComponent("input.jsonl")
        try Data(lines.utf8).write(to: input)
        let complete = directory.appendingPathComponent("complete.jsonl").path
        let partial = directory.appendingPathComponent("partial.jsonl").path
        let uninterrupted = try CommandRunner.run(["run", "--jobs", "2", input.path, "-o", complete])
        #expect(uninterrupted.status == 0, "\(uninterrupted.stderr)")

        let (process, _, stderr) = try start(["run", "--jobs", "2", input.path, "-o", partial])
        // Records reach the temporary file at least once a second; interrupt once some have.
        var started = false
        for _ in 0..<6000 where !started {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            started = names.contains { name in
                name.hasPrefix(".partial.jsonl.") && ((try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(name).path)[.size] as? Int) ?? 0) > 0
            }
            if !started { usleep(10_000) }
        }
        process.terminate()
        process.waitUntilExit()
        let messages = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 143, "\(messages)")
        #expect(messages.contains("interrupted by SIGTERM") && messages.contains("--resume"))
        let kept = try String(contentsOfFile: partial, encoding: .utf8).split(separator: "\n").count
        #expect(kept > 0 && kept < 3000)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["complete.jsonl", "input.jsonl", "partial.jsonl"])

        let resumed = try CommandRunner.run(["run", "--jobs", "2", input.path, "-o", partial, "--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("kept from the interrupted output: \(kept)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: partial)) == Data(contentsOf: URL(fileURLWithPath: complete)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["complete.jsonl", "input.jsonl", "partial.jsonl"])
    }

    @Test func resumingFromTheOutputOfOtherInputIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("out.jsonl").path
        let first = Data((#"{"id": "a", "text": "Un premier texte."}"# + "\n").utf8)
        let other = Data((#"{"id": "b", "text": "Un autre texte."}"# + "\n" + #"{"id": "c", "text": "Encore un."}"# + "\n").utf8)
        #expect(try CommandRunner.run(["run", "-o", output, "-"], input: first).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: output))
        let resumed = try CommandRunner.run(["run", "-o", output, "--resume", "-"], input: other)
        #expect(resumed.status == 64)
        #expect(resumed.stderr.contains("cannot resume"), "\(resumed.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
    }

    @Test func sigintWhileWaitingForInputKeepsEveryStreamedRecord() throws {
        let input = Pipe()
        let (process, stdout, stderr) = try start(["run", "--jobs", "2", "-"], standardInput: input)
        var records = ""
        for number in 0..<5 {
            input.fileHandleForWriting.write(Data((#"{"id": "s\#(number)", "text": "Texte \#(number) : plus 2 %."}"# + "\n").utf8))
        }
        // A watchdog, so that a run that holds its records back fails the test instead of hanging it.
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
        // The input stays open: each record must reach the pipe without waiting for the end of input.
        while records.split(separator: "\n").count < 5 {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            records += String(decoding: chunk, as: UTF8.self)
        }
        #expect(records.split(separator: "\n").count == 5)
        process.interrupt()
        process.waitUntilExit()
        let messages = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130, "\(messages)")
        #expect(messages.contains("5 documents, 5 annotated"))
        try? input.fileHandleForWriting.close()
    }
}
