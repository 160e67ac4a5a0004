import Foundation
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

@Suite struct QuoteParagraphLexingTests {
    @Test func lexingParagraphsOfADocumentMatchesLexingEachParagraph() {
        let text = "Selon l’Élysée, « ça ira ».\nŒuvre d’Anne-Marie Smith's : 12,5 % — Ωmega ＡＢＣ\u{00A0}fin…"
        let firstEnd = Array(text.utf8).firstIndex(of: UInt8(ascii: "\n"))!
        let paragraphs = [TextSpan(0, firstEnd), TextSpan(firstEnd + 1, text.utf8.count)]
        let whole = QuoteWordLexer.lex(text, paragraphs: paragraphs)
        var separate: [QuoteWord] = []
        for (index, paragraph) in paragraphs.enumerated() {
            separate += QuoteWordLexer.lex(text.slice(paragraph), base: paragraph.start, paragraph: index)
        }
        #expect(whole.map(\.span) == separate.map(\.span))
        #expect(whole.map(\.folded) == separate.map(\.folded))
        #expect(whole.map(\.paragraph) == separate.map(\.paragraph))
        let oeuvre = whole.first { String(text.slice($0.span)) == "Œuvre" }
        #expect(oeuvre?.folded == "oeuvre")
        #expect(oeuvre?.isCapitalized == true)
        #expect(oeuvre?.paragraph == 1)
    }

    @Test func foldsAndClassifiesNonASCIIWords() {
        let words = QuoteWordLexer.lex("Ça ÉTAIT Ωmega ＡＢＣ\u{00A0}x")
        #expect(words.map(\.folded) == ["ca", "etait", "ωmega", TextFolding.fold("ＡＢＣ"), "x"])
        #expect(words.map(\.isCapitalized) == [true, true, true, true, false])
        let punctuation = words.filter { $0.isPunctuation }
        #expect(punctuation.isEmpty)
    }
}

@Suite struct QuoteWordListTests {
    @Test func listsAreTheUnionOfTheLanguageFiles() throws {
        let directory = try temporaryLexicon(["fr/indirect/articles.txt": "# comment\nle\nLa\n", "en/indirect/articles.txt": "the\n"])
        #expect(try QuoteWordLists.load(directory, folder: "indirect", name: "articles") == ["le", "la", "the"])
    }

    @Test func aListMissingInEveryLanguageIsAConfigurationError() throws {
        let directory = try temporaryLexicon(["fr/indirect/articles.txt": "le\n"])
        #expect(throws: ConfigurationError.self) { try QuoteWordLists.load(directory, folder: "indirect", name: "finite-verbs") }
    }

    private func temporaryLexicon(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quote-word-lists-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }
}
