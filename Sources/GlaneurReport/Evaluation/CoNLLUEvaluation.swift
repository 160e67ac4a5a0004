import Foundation

/// Scores tokens and sentences against CoNLL-U treebanks (Universal Dependencies).
///
/// - Tokens: each sentence's `# text` is annotated alone; gold tokens are the surface tokens (a
///   multi-word token such as "du" counts once, empty nodes are skipped), located left to right in
///   the text. Counts token spans matched, predicted and gold, and sentences tokenized exactly.
/// - Sentences: consecutive sentences of a document (`# newdoc`, else groups of
///   `sentencesPerDocument`) are joined by a space and annotated as one text; a predicted sentence
///   matches a gold one when their spans, without surrounding white space, are equal.
///
/// Offsets are Unicode code points. Sentences whose tokens cannot be found in their text are skipped.
public struct CoNLLUEvaluation: Sendable {
    /// One gold sentence: id, text and token spans.
    public struct Sentence: Sendable {
        public var id: String
        public var text: String
        public var tokens: [Range<Int>]
        public var startsDocument: Bool
    }

    /// What the pipeline found in a text: token and sentence spans in code points.
    public typealias Annotation = (tokens: [Range<Int>], sentences: [Range<Int>])

    public static let sentencesPerDocument = 10
    public let sentences: [Sentence]

    public init(files: [URL]) throws {
        var sentences: [Sentence] = []
        for file in files {
            let text: String
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw ReportError("cannot read \(file.path): \(error.localizedDescription)")
            }
            sentences += Self.parse(text)
        }
        guard !sentences.isEmpty else { throw ReportError("no sentences with '# text' in \(files.map(\.path).joined(separator: ", "))") }
        self.sentences = sentences
    }

    init(sentences: [Sentence]) {
        self.sentences = sentences
    }

    static func parse(_ conllu: String) -> [Sentence] {
        var result: [Sentence] = []
        for block in conllu.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard let text = lines.first(where: { $0.hasPrefix("# text = ") }).map({ String($0.dropFirst(9)) }) else { continue }
            let id = lines.first { $0.hasPrefix("# sent_id") }?.split(separator: "=", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
            var forms: [String] = []
            var covered: Set<Int> = []
            for line in lines where line.first?.isNumber == true {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count > 1 else { continue }
                let index = String(columns[0])
                if let dash = index.firstIndex(of: "-"), let first = Int(index[..<dash]), let last = Int(index[index.index(after: dash)...]) {
                    covered.formUnion(first...last)
                    forms.append(String(columns[1]))
                } else if index.contains(".") || covered.contains(Int(index) ?? -1) {
                    continue
                } else {
                    forms.append(String(columns[1]))
                }
            }
            let scalars = Array(text.unicodeScalars)
            var spans: [Range<Int>] = []
            var position = 0
            var found = true
            for form in forms {
                let needle = Array(form.unicodeScalars)
                guard let start = Self.find(needle, in: scalars, from: position) else { found = false; break }
                spans.append(start..<(start + needle.count))
                position = start + needle.count
            }
            guard found else { continue }
            let startsDocument = lines.contains { $0.hasPrefix("# newdoc") }
            result.append(Sentence(id: id ?? String(result.count), text: text, tokens: spans, startsDocument: startsDocument))
        }
        return result
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Adds token and sentence counts to the evaluation section of `report`, annotating texts with `annotate`.
    public func score(into report: inout QualityReport, annotate: (_ id: String, _ text: String) -> Annotation?) throws {
        var section = ReportSection(name: QualityReport.evaluationSection)
        var examples: [ReportExample] = []
        for sentence in sentences {
            let predicted = Set(annotate(sentence.id, sentence.text)?.tokens ?? [])
            let gold = Set(sentence.tokens)
            section.count("tokens.matched", predicted.intersection(gold).count)
            section.count("tokens.predicted", predicted.count)
            section.count("tokens.gold", gold.count)
            section.count("tokens.sentences")
            if predicted == gold {
                section.count("tokens.sentences_exact")
            } else if let first = gold.subtracting(predicted).min(by: { $0.lowerBound < $1.lowerBound }) {
                let excerpt = String(String.UnicodeScalarView(Array(sentence.text.unicodeScalars)[first]))
                examples.append(ReportExample(category: "token_missed", document: sentence.id, start: first.lowerBound, end: first.upperBound, label: "token", excerpt: excerpt))
            }
        }
        for (index, group) in documents().enumerated() {
            let id = "conllu-document-\(index + 1)"
            var text = ""
            var gold: Set<Range<Int>> = []
            for sentence in group {
                if !text.isEmpty { text += " " }
                let start = text.unicodeScalars.count
                text += sentence.text
                gold.insert(Self.trimmed(start..<text.unicodeScalars.count, in: Array(text.unicodeScalars)))
            }
            let scalars = Array(text.unicodeScalars)
            let predicted = Set((annotate(id, text)?.sentences ?? []).map { Self.trimmed($0, in: scalars) }.filter { !$0.isEmpty })
            section.count("sentences.matched", predicted.intersection(gold).count)
            section.count("sentences.predicted", predicted.count)
            section.count("sentences.gold", gold.count)
        }
        try report.add(section, examples: examples)
    }

    /// Sentences grouped into documents: at `# newdoc`, else every `sentencesPerDocument`.
    private func documents() -> [[Sentence]] {
        var groups: [[Sentence]] = []
        for sentence in sentences {
            if groups.isEmpty || sentence.startsDocument || groups[groups.count - 1].count >= Self.sentencesPerDocument {
                groups.append([sentence])
            } else {
                groups[groups.count - 1].append(sentence)
            }
        }
        return groups
    }

    private static func trimmed(_ span: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int> {
        var (start, end) = (span.lowerBound, min(span.upperBound, scalars.count))
        while start < end && scalars[start].properties.isWhitespace { start += 1 }
        while end > start && scalars[end - 1].properties.isWhitespace { end -= 1 }
        return start..<end
    }
}
