import Foundation
import Testing

/// `-o` and `--report` never turn what is at the path into something else.
@Suite(.serialized) struct OutputSafetyTests {
    private let record = Data((#"{"id": "o1", "text": "Les ventes ont progressé de 3 % au premier trimestre."}"# + "\n").utf8)

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    /// Device numbers as Linux encodes them (the `makedev` macro).
    private func device(major: UInt32, minor: UInt32) -> dev_t {
        dev_t((major & 0xFFF) << 8 | (minor & 0xFF)) | dev_t(minor & ~0xFF) << 12
    }

    /// Whether this process may create device nodes (root, outside restrictive containers).
    private static let canMakeDevices: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-mknod-\(UUID().uuidString)").path
        defer { unlink(path) }
        return mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 3)) == 0
    }()

    @Test(.enabled(if: canMakeDevices)) func aCharacterDeviceIsWrittenToNotReplaced() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let node = directory.appendingPathComponent("null").path
        try #require(mknod(node, S_IFCHR | 0o666, device(major: 1, minor: 3)) == 0)
        let outcome = try CommandRunner.run(["run", "-o", node, "-"], input: record)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(fileType(node) == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["null"])
    }

    @Test(.enabled(if: canMakeDevices)) func aFullDiskEndsTheRunWithAnInputOutputError() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let node = directory.appendingPathComponent("full").path
        try #require(mknod(node, S_IFCHR | 0o666, device(major: 1, minor: 7)) == 0)
        let outcome = try CommandRunner.run(["run", "-o", node, "-"], input: record)
        #expect(outcome.status == 74)
        #expect(outcome.stderr.contains("cannot write \(node): No space left on device"), "\(outcome.stderr)")
        #expect(fileType(node) == S_IFCHR)
    }

    @Test func aFIFOIsStreamedToNotReplaced() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
        }
        reader.start()
        let outcome = try CommandRunner.run(["run", "-o", fifo, "-"], input: record)
        while !reader.isFinished { usleep(1000) }
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix(#"{"schema":"glaneur/1","id":"o1""#))
        #expect(fileType(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["fifo"])
    }

    @Test func aSymbolicLinkStaysALinkAndItsFileKeepsItsPermissions() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("records.jsonl").path
        let link = directory.appendingPathComponent("latest.jsonl").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "records.jsonl")
        let outcome = try CommandRunner.run(["run", "-o", link, "-"], input: record)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix(#"{"schema":"glaneur/1","id":"o1""#))
        var info = stat()
        #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["latest.jsonl", "records.jsonl"])
    }

    @Test func unwritableOutputAndReportPathsAreFoundBeforeAnyWork() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("no-such-directory/out.jsonl").path
        let output = try CommandRunner.run(["run", "-o", missing, "-"], input: record)
        #expect(output.status == 74)
        #expect(output.stderr.contains("does not exist") && !output.stderr.contains("NSCocoaErrorDomain"), "\(output.stderr)")
        #expect(!output.stderr.contains("documents"))
        let report = try CommandRunner.run(["run", "--report", missing, "-"], input: record)
        #expect(report.status == 74)
        #expect(report.stdout.isEmpty)
        let intoDirectory = try CommandRunner.run(["run", "-o", directory.path, "-"], input: record)
        #expect(intoDirectory.status == 74 && intoDirectory.stderr.contains("is a directory"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
