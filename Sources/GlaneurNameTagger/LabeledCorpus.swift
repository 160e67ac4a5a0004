import Foundation
import GlaneurCore

/// A sentence with its gold BIO labels.
public struct LabeledSentence: Sendable {
    public var tokens: [TaggerToken]
    public var labels: [Int]

    public init(tokens: [TaggerToken], labels: [Int]) {
        precondition(tokens.count == labels.count)
        self.tokens = tokens
        self.labels = labels
    }
}

/// Reads the prepared training files: one `token<TAB>label` per line, a blank line between
/// sentences, labels `O`, `B-`/`I-` + `PERSON`, `ORG` or `PLACE`.
public enum LabeledCorpus {
    public static func read(_ url: URL) throws -> [LabeledSentence] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var sentences: [LabeledSentence] = []
        var tokens: [TaggerToken] = []
        var labels: [Int] = []
        var lineNumber = 0
        func flush() {
            if !tokens.isEmpty { sentences.append(LabeledSentence(tokens: tokens, labels: labels)) }
            tokens = []
            labels = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.isEmpty else { flush(); continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let label = NameTagSet.label(named: fields[1]) else {
                throw NameTaggerModelError(description: "\(url.path):\(lineNumber): expected token<TAB>BIO label")
            }
            let token = String(fields[0])
            tokens.append(TaggerToken(text: Substring(token), folded: TextFolding.fold(token)))
            labels.append(label)
        }
        flush()
        return sentences
    }
}
