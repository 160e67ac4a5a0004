import Foundation
import GlaneurCore

/// Finds direct quotes between quotation marks (four words or more). Attribution comes later.
public struct QuotesStage: Stage {
    public let name = "quotes"
    public let requires: Set<Layer> = [.tokens, .sentences, .entities]
    public let produces: Set<Layer> = [.quotes]

    private static let pairs: [Character: Character] = ["«": "»", "“": "”", "\"": "\"", "„": "“"]

    public init(options: StageOptions) throws {
        try options.requireKnownKeys([])
    }

    public func process(_ document: inout Document) throws {
        for paragraph in document.paragraphs {
            let text = document.text.slice(paragraph)
            var offset = paragraph.start
            var open: (close: Character, start: Int)?
            for character in text {
                let width = character.utf8.count
                if let current = open, character == current.close {
                    let inner = document.text.slice(TextSpan(current.start, offset))
                    let trimmed = inner.trimmingCharacters(in: .whitespaces)
                    if trimmed.split(separator: " ").count >= 4 {
                        let lead = inner.utf8.count - inner.drop(while: { $0.isWhitespace }).utf8.count
                        let span = TextSpan(current.start + lead, current.start + lead + trimmed.utf8.count)
                        document.quotes.append(Quote(span: span, kind: .direct, speaker: nil, cue: nil, rule: "marks", confidence: 0.5))
                        document.count("direct", stage: name)
                    }
                    open = nil
                } else if open == nil, let close = Self.pairs[character] {
                    open = (close, offset + width)
                }
                offset += width
            }
        }
    }
}

