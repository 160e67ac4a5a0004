import Testing
import GlaneurCore

/// Tokenize on pathological input: sizes stay proportional to the text, rules that split pieces
/// keep working over a whole long paragraph.
@Suite("Tokens: sizes on long input")
struct TokenSizeTests {
    @Test("A token takes at most 56 bytes")
    func tokenLayout() {
        #expect(MemoryLayout<Token>.stride <= 56)
    }

    @Test("A paragraph of a thousand glued sentences is split at each of them")
    func gluedSentences() throws {
        let count = 1_000
        let text = Array(repeating: "le vote a eu lieu mardi.Les élus ont voté", count: count).joined(separator: " ") + "."
        let document = try tokenized(text)
        let periods = document.tokens.filter { document.text.slice($0.span) == "." }
        #expect(periods.count == count + 1)
        #expect(document.sentences.count == count + 1)
        #expect(document.counters["tokenize"]?.values["rule.glued-sentence"] == count)
        #expect(document.tokens.count == count * 11 + 1)
    }

    @Test("A long run of letters, digits and punctuation: one token per ICU piece, each folded form interned once")
    func longPunctuationRun() throws {
        let repetitions = 20_000
        let document = try tokenized(String(repeating: "ab1-.,", count: repetitions))
        #expect(document.tokens.count == repetitions * 4)
        #expect(document.foldedForms.count == 4)
        for token in document.tokens { #expect(document.foldedForms[Int(token.foldedID)] == token.folded) }
    }
}
