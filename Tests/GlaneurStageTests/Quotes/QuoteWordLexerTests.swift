import GlaneurCore
@testable import GlaneurQuotes
import Testing

@Suite struct QuoteWordLexerTests {
    @Test func splitsElisionsAtTheApostrophe() {
        let words = QuoteWordLexer.lex("Il précise qu’il l’a dit.").map(\.folded)
        #expect(words == ["il", "precise", "qu'", "il", "l'", "a", "dit", "."])
    }

    @Test func keepsApostrophesInsideNames() {
        let words = QuoteWordLexer.lex("Michael O’Hanlon didn't").map(\.folded)
        #expect(words == ["michael", "o'hanlon", "didn't"])
    }

    @Test func splitsInversionsAndMarksTheHyphen() {
        let words = QuoteWordLexer.lex("a-t-il ajouté, dit-elle")
        #expect(words.map(\.folded) == ["a", "t", "il", "ajoute", ",", "dit", "elle"])
        #expect(words.map(\.hyphenBefore) == [false, true, true, false, false, false, true])
    }

    @Test func spansAreByteOffsetsIntoTheText() {
        let text = "« Déjà » dit-il"
        let words = QuoteWordLexer.lex(text)
        #expect(words.map { String(text.slice($0.span)) } == ["«", "Déjà", "»", "dit", "il"])
        #expect(words[0].isPunctuation && words[1].isCapitalized)
    }
}
