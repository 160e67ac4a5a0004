import Foundation
import GlaneurCore
import GlaneurDecode
import GlaneurEntities
import GlaneurPipeline
import GlaneurTokenize

/// Entities stage figures: loading and compiling a 100,000-entry lexicon (the curated lexicons
/// topped up with synthetic entries), then throughput on tokenized French articles, lexicon
/// matching alone (discovery off) and the whole stage, one document at a time on one core.
enum EntitiesBenchmark {
    static func run(_ arguments: [String]) throws {
        var arguments = arguments
        var entryCount = 100_000
        if let index = arguments.firstIndex(of: "--entries"), index + 1 < arguments.count, let count = Int(arguments[index + 1]) {
            entryCount = count
            arguments.removeSubrange(index...index + 1)
        }
        guard !arguments.isEmpty else {
            throw ConfigurationError("usage: glaneur-bench entities [--entries N] FILE_OR_DIR... (French articles)")
        }
        guard let configuration = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ConfigurationError("pipeline.json not found")
        }
        let root = configuration.deletingLastPathComponent()
        let lexiconDirectory = try writeLexicon(entries: entryCount, curated: root.appendingPathComponent("lexicons/entities"))
        defer { try? FileManager.default.removeItem(at: lexiconDirectory) }

        func stage(discovery: Bool) throws -> EntitiesStage {
            try EntitiesStage(options: StageOptions(stage: "entities", values: [
                "lexicons": .string(lexiconDirectory.path), "discovery": .bool(discovery),
            ], baseDirectory: root))
        }
        var matcherOnly = try stage(discovery: false)
        let loadSeconds = try measureSeconds(repetitions: 3) { matcherOnly = try stage(discovery: false) }
        let fullStage = try stage(discovery: true)
        print(String(format: "entities: lexicon of %d entries loaded and compiled in %.3f s (best of 3)", entryCount, loadSeconds))

        let documents = try frenchDocuments(arguments, root: root)
        guard !documents.isEmpty else { throw ConfigurationError("no French article among the inputs") }
        let articleBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let rounds = max(1, 20_000_000 / max(1, articleBytes))
        let bytes = articleBytes * rounds
        let mb = Double(bytes) / 1e6
        let matcher = timed {
            for _ in 0..<rounds {
                for document in documents { _ = matcherOnly.lexiconMatchSpans(in: document) }
            }
        }
        print(String(format: "  matcher alone: %.1f MB in %.3f s wall: %.1f MB/s; %.3f s on the CPU: %.1f MB/s",
                     mb, matcher.wall, mb / matcher.wall, matcher.cpu, mb / matcher.cpu))
        for (label, stage) in [("stage without discovery", matcherOnly), ("whole stage", fullStage)] {
            var entities = 0
            let time = try timed {
                entities = 0
                for _ in 0..<rounds {
                    for document in documents {
                        var copy = document
                        try stage.process(&copy)
                        entities += copy.entities.count
                    }
                }
            }
            print(String(format: "  %@: %d French documents x %d, %.1f MB in %.3f s wall: %.1f MB/s; %.3f s on the CPU: %.1f MB/s (%d entities)",
                         label, documents.count, rounds, mb, time.wall, mb / time.wall, time.cpu, mb / time.cpu, entities))
        }
    }

    /// Best of three runs of `body`, in wall time and in the calling thread's CPU time (which other
    /// processes sharing the cores do not inflate).
    private static func timed(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        for _ in 0..<3 {
            let cpuStart = ThreadCPUClock.now()
            let wall = try measureSeconds(repetitions: 1, body)
            best = (min(best.wall, wall), min(best.cpu, ThreadCPUClock.now() - cpuStart))
        }
        return best
    }

    /// Decoded and tokenized French documents from the inputs.
    private static func frenchDocuments(_ paths: [String], root: URL) throws -> [Document] {
        let decode = try DecodeStage(options: StageOptions(stage: "decode", baseDirectory: root))
        let tokenize = try TokenizeStage(options: StageOptions(stage: "tokenize", baseDirectory: root))
        var documents: [Document] = []
        InputReader().read(paths) { item in
            guard case .success(var document) = item.document else { return }
            guard (try? decode.process(&document)) != nil, document.language == "fr",
                  (try? tokenize.process(&document)) != nil else { return }
            documents.append(document)
        }
        return documents
    }

    /// A temporary lexicon directory: the curated files plus synthetic entries up to `entries` lines.
    private static func writeLexicon(entries: Int, curated: URL) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-bench-lexicon-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var count = 0
        for file in (try? FileManager.default.contentsOfDirectory(atPath: curated.path)) ?? [] where file.hasSuffix(".jsonl") {
            let data = try Data(contentsOf: curated.appendingPathComponent(file))
            try data.write(to: directory.appendingPathComponent(file))
            count += data.split(separator: 0x0A).count
        }
        var generator = SyntheticNames(seed: 42)
        var lines = ""
        let types = ["PERSON", "ORG", "PLACE", "PRODUCT"]
        for number in 0..<max(0, entries - count) {
            let type = types[number % types.count]
            let canonical = generator.name(words: 1 + number % 3)
            var aliases = [canonical]
            let parts = canonical.split(separator: " ")
            if parts.count > 1 {
                aliases.append(String(parts.last!))
                aliases.append(parts.map { String($0.first!) }.joined())
            }
            let quoted = aliases.map { "\"\($0)\"" }.joined(separator: ", ")
            lines += "{\"id\": \"glaneur:\(type.lowercased())/synthetic-\(number)\", \"type\": \"\(type)\", \"canonical\": \"\(canonical)\", \"aliases\": [\(quoted)], \"lang\": [\"fr\"]}\n"
        }
        try Data(lines.utf8).write(to: directory.appendingPathComponent("synthetic.jsonl"))
        return directory
    }
}

/// Deterministic pronounceable names (SplitMix64 over a syllable table).
private struct SyntheticNames {
    private var state: UInt64
    private static let syllables = ["ka", "lo", "mi", "ran", "tel", "vor", "sen", "dri", "pa", "quo", "zu", "bel", "nor",
                                    "tik", "ga", "mar", "shi", "en", "ov", "lu", "der", "fa", "ril", "yo", "wen", "ast"]

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func name(words: Int) -> String {
        (0..<words).map { _ in
            let syllableCount = 2 + Int(next() % 3)
            let word = (0..<syllableCount).map { _ in Self.syllables[Int(next() % UInt64(Self.syllables.count))] }.joined()
            return word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
