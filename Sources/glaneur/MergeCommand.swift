import ArgumentParser
import Foundation
import GlaneurCore
import GlaneurReport

/// `glaneur merge`: joins the record files or the reports of shards or batches.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge record files (JSONL) or reports (glaneur-report/1) of shards or batches.",
        discussion: """
        Records are written ordered by id (bytes of its UTF-8), records of equal id in the order of the \
        files given; reports merge exactly (counts, histograms, examples), refusing reports of other \
        versions or configurations. See docs/scale.md.
        """
    )

    @Argument(help: "The files to merge: all JSONL record files, or all reports (with --reports).")
    var files: [String]

    @Flag(help: "The files are reports; write their merged report.")
    var reports = false

    @Option(name: .shortAndLong, help: "Write the result to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the files to merge") }
    }

    func run() throws {
        if reports {
            var merged = try ReportFiles.read(files[0])
            for path in files.dropFirst() {
                do {
                    try merged.merge(try ReportFiles.read(path))
                } catch let error as ReportError {
                    throw ValidationError("\(path): \(error)")
                }
            }
            let bytes = ReportJSON.encode(merged) + [0x0A]
            try emit(bytes)
            return
        }
        var records: [(id: String, position: Int, line: [UInt8])] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
            for (lineNumber, line) in data.split(separator: 0x0A, omittingEmptySubsequences: true).enumerated() {
                let bytes = Array(line)
                guard let id = (try? JSONParser.parse(bytes))?["id"]?.stringValue else {
                    throw ValidationError("\(path):\(lineNumber + 1): not a record with an \"id\"")
                }
                records.append((id, records.count, bytes))
            }
        }
        records.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) || ($0.id == $1.id && $0.position < $1.position) }
        try emit(records.flatMap { $0.line + [0x0A] })
    }

    private func emit(_ bytes: [UInt8]) throws {
        if let output {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
