import GlaneurCore
import GlaneurQuotes

/// A quote reduced to what the tests check.
struct QuoteSummary: Equatable, CustomStringConvertible {
    var text: String
    var kind: QuoteKind
    var speaker: String?
    var mention: String?
    var rule: String

    var description: String { "\(kind) [\(speaker ?? "nil") / \(mention ?? "nil")] \(rule): \(text)" }
}

/// Runs `text` through tokenize, entities and quotes, and summarises the quotes.
func quotes(_ text: String, language: String = "fr") throws -> [QuoteSummary] {
    try quoteDocument(text, language: language).quoteSummaries
}

func quoteDocument(_ text: String, language: String = "fr") throws -> Document {
    try annotate(text, language: language, through: [SharedStages.tokenize, SharedStages.entities, SharedStages.quotes])
}

extension Document {
    var quoteSummaries: [QuoteSummary] {
        quotes.map { quote in
            QuoteSummary(text: String(text.slice(quote.span)), kind: quote.kind, speaker: quote.speaker?.canonical,
                         mention: quote.speaker?.mention.map { String(text.slice($0)) }, rule: quote.rule)
        }
    }
}
