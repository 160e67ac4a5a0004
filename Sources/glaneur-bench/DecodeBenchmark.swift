import Foundation
import GlaneurCore
import GlaneurDecode
import GlaneurPipeline

/// Decode-stage throughput on one core over the files given as arguments (HTML, `.html.gz`,
/// WordPress JSON, text): `glaneur-bench decode DIR_OR_FILES...`.
enum DecodeBenchmark {
    static func run(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw ConfigurationError("usage: glaneur-bench decode FILE_OR_DIR...") }
        let stage = try DecodeStage(options: StageOptions(stage: "decode", values: [:], baseDirectory: URL(fileURLWithPath: ".")))
        var documents: [Document] = []
        InputReader().read(arguments) { item in
            if case .success(let document) = item.document { documents.append(document) }
        }
        guard !documents.isEmpty else { throw ConfigurationError("no readable documents in \(arguments.joined(separator: " "))") }
        let bytes = documents.reduce(0) { $0 + $1.input.bytes.count }
        var failures = 0
        var outputBytes = 0
        var cpuSeconds = Double.infinity
        let seconds = measureSeconds(repetitions: 3) {
            failures = 0
            outputBytes = 0
            let cpuStart = ThreadCPUClock.now()
            for var document in documents {
                do {
                    try stage.process(&document)
                    outputBytes += document.text.utf8.count
                } catch {
                    failures += 1
                }
            }
            cpuSeconds = min(cpuSeconds, ThreadCPUClock.now() - cpuStart)
        }
        print(String(format: "decode: %d documents (%d failed), %.2f MB in, %.2f MB text out, best of 3: %.3f s wall, %.3f s CPU",
                     documents.count, failures, Double(bytes) / 1e6, Double(outputBytes) / 1e6, seconds, cpuSeconds))
        print(String(format: "  %.1f MB/s of input on one core by wall time (%.1f MB/s by CPU time, unaffected by other load), %.0f documents/s",
                     megabytesPerSecond(bytes: bytes, seconds: seconds), megabytesPerSecond(bytes: bytes, seconds: cpuSeconds),
                     Double(documents.count) / seconds))
    }
}
