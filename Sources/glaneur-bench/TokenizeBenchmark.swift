import CGlaneurICU
import Foundation
import GlaneurCore
import GlaneurDecode
import GlaneurPipeline
import GlaneurTokenize

/// Tokenize stage throughput next to raw ICU word and sentence breaking, on one core, same text,
/// same run: best of ten passes over at least 2 MB (the inputs repeated), in thread CPU time and
/// in wall time. Inputs: `.conllu` files (their `# text = ` lines, five sentences to a paragraph)
/// or any article files the pipeline reads (decoded first, outside the timing).
enum TokenizeBenchmark {
    static func run(_ arguments: [String]) throws {
        guard !arguments.isEmpty else { throw ConfigurationError("usage: glaneur-bench tokenize FILE_OR_DIR...") }
        var documents = try loadDocuments(arguments)
        // At least 2 MB per pass so that the best of ten passes is a stable figure on a busy machine.
        let once = documents
        while !once.isEmpty, documents.reduce(0, { $0 + $1.text.utf8.count }) < 2_000_000 { documents += once }
        let bytes = documents.reduce(0) { total, document in total + document.paragraphs.reduce(0) { $0 + $1.length } }
        guard bytes > 0 else { throw ConfigurationError("no text in \(arguments.joined(separator: " "))") }
        let stage = try TokenizeStage(options: StageOptions(stage: "tokenize", baseDirectory: try repositoryDirectory()))

        var tokenCount = 0
        var sentenceCount = 0
        let stageSeconds = try bestSeconds(repetitions: 10) {
            tokenCount = 0
            sentenceCount = 0
            for document in documents {
                var copy = document
                try stage.process(&copy)
                tokenCount += copy.tokens.count
                sentenceCount += copy.sentences.count
            }
        }
        var boundaryCount = 0
        let wordSeconds = try bestSeconds(repetitions: 10) { boundaryCount = try countBoundaries(documents, GL_BREAK_WORD) }
        let sentenceSeconds = try bestSeconds(repetitions: 10) { _ = try countBoundaries(documents, GL_BREAK_SENTENCE) }

        print(String(format: "tokenize: %d documents, %.2f MB of paragraph text, %d tokens, %d sentences; best of 10 passes",
                     documents.count, Double(bytes) / 1e6, tokenCount, sentenceCount))
        print("                                            CPU time     wall time")
        let rows: [(String, (cpu: Double, wall: Double))] = [
            ("tokenize stage (words, rules, sentences)", stageSeconds),
            ("raw ICU word break", wordSeconds),
            ("raw ICU sentence break (not used)", sentenceSeconds),
        ]
        for (label, seconds) in rows {
            print("  " + label.padding(toLength: 40, withPad: " ", startingAt: 0)
                + String(format: "%7.1f MB/s  %7.1f MB/s", megabytesPerSecond(bytes: bytes, seconds: seconds.cpu),
                         megabytesPerSecond(bytes: bytes, seconds: seconds.wall)))
        }
        print(String(format: "  %d tokens, %d ICU word boundaries", tokenCount, boundaryCount))
    }

    /// Best-of-N thread CPU time and best-of-N wall time, in seconds. On a machine shared with other
    /// jobs CPU time is the steadier figure for what one core spends.
    private static func bestSeconds(repetitions: Int, _ body: () throws -> Void) rethrows -> (cpu: Double, wall: Double) {
        var best = (cpu: Double.infinity, wall: Double.infinity)
        for _ in 0..<repetitions {
            let wallStart = DispatchTime.now().uptimeNanoseconds
            let cpu = try ThreadCPUClock.best(of: 1, body)
            let wall = Double(DispatchTime.now().uptimeNanoseconds - wallStart) / 1e9
            best.cpu = min(best.cpu, cpu)
            best.wall = min(best.wall, wall)
        }
        return best
    }

    /// Walks every boundary of every paragraph with a fresh ICU iterator per document, as the stage does.
    private static func countBoundaries(_ documents: [Document], _ kind: gl_break_kind) throws -> Int {
        var count = 0
        for document in documents {
            guard let iterator = gl_break_open(kind, document.language == "en" ? "en" : "fr", nil) else {
                throw ConfigurationError("cannot open an ICU break iterator")
            }
            defer { gl_break_close(iterator) }
            var text = document.text
            text.withUTF8 { buffer in
                let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                for paragraph in document.paragraphs {
                    gl_break_set_text(iterator, base + paragraph.start, Int64(paragraph.length))
                    while gl_break_next(iterator) >= 0 { count += 1 }
                }
            }
        }
        return count
    }

    private static func loadDocuments(_ arguments: [String]) throws -> [Document] {
        var documents: [Document] = []
        var others: [String] = []
        for path in arguments {
            if path.hasSuffix(".conllu") {
                documents += try treebankDocuments(path)
            } else {
                others.append(path)
            }
        }
        guard !others.isEmpty else { return documents }
        let decode = try DecodeStage(options: StageOptions(stage: "decode", baseDirectory: try repositoryDirectory()))
        InputReader().read(others) { item in
            guard case .success(var document) = item.document, (try? decode.process(&document)) != nil else { return }
            documents.append(document)
        }
        return documents
    }

    /// Documents of 25 treebank sentences, five to a paragraph.
    private static func treebankDocuments(_ path: String) throws -> [Document] {
        let content = try String(contentsOfFile: path, encoding: .utf8)
        let sentences = content.split(separator: "\n").compactMap { line in
            line.hasPrefix("# text = ") ? String(line.dropFirst(9)) : nil
        }
        var documents: [Document] = []
        for (number, start) in stride(from: 0, to: sentences.count, by: 25).enumerated() {
            let paragraphs = stride(from: start, to: min(start + 25, sentences.count), by: 5).map {
                sentences[$0..<min($0 + 5, start + 25, sentences.count)].joined(separator: " ")
            }
            var document = Document(id: "\(path)#\(number)", text: paragraphs.joined(separator: "\n\n"), language: "fr")
            var offset = 0
            for paragraph in paragraphs {
                document.paragraphs.append(TextSpan(offset, offset + paragraph.utf8.count))
                offset += paragraph.utf8.count + 2
            }
            documents.append(document)
        }
        return documents
    }

    /// The directory of `pipeline.json`, which relative lexicon paths are resolved against.
    private static func repositoryDirectory() throws -> URL {
        guard let configuration = PipelineConfiguration.locateDefault(executable: URL(fileURLWithPath: CommandLine.arguments[0])) else {
            throw ConfigurationError("pipeline.json not found")
        }
        return configuration.deletingLastPathComponent()
    }
}
