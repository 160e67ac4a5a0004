import Foundation
import GlaneurCore
@testable import GlaneurQuotes
import Testing

/// The quotes stage reads the tokens layer: these tests check the words its rules see.
@Suite struct QuoteWordsTests {
    private static let lexicon = try! QuoteLexicon(directory: repositoryRoot.appendingPathComponent("lexicons/quotes"))

    private func words(_ text: String, language: String = "fr") throws -> (Document, [QuoteWord], [Int: Int]) {
        let document = try annotate(text, language: language, through: [SharedStages.tokenize])
        let view = QuoteWords(document.tokens, document.tokens.indices, text: document.text)
        return (document, view.words, view.pairedMarks)
    }

    @Test func inversionsAreCutAtTheirHyphensAndMarkTheHyphen() throws {
        let (_, found, _) = try words("« Oui », a-t-il ajouté, dit-elle.")
        #expect(found.map(\.folded) == ["«", "oui", "»", ",", "a", "t", "il", "ajoute", ",", "dit", "elle", "."])
        #expect(found.map(\.hyphenBefore) == [false, false, false, false, false, true, true, false, false, false, true, false])
    }

    @Test func elisionsAreTheTokenizersAndWordsKeepTheirFoldedForm() throws {
        let (document, found, _) = try words("Il précise qu’il l’a dit à l’État.")
        #expect(found.map(\.folded) == ["il", "precise", "qu'", "il", "l'", "a", "dit", "a", "l'", "etat", "."])
        #expect(found.map { String(document.text.slice($0.span)) }.last(where: { $0 != "." }) == "État")
        #expect(found.filter(\.isCapitalized).map(\.folded) == ["il", "etat"])
    }

    @Test func abbreviationPeriodsStandApartAndAreMarked() throws {
        let (_, found, _) = try words("M. Dupont a parlé. Fin.")
        #expect(found.map(\.folded) == ["m", ".", "dupont", "a", "parle", ".", "fin", "."])
        #expect(found.map(\.isAbbreviationPeriod) == [false, true, false, false, false, false, false, false])
        #expect(found.map(\.mark) == [nil, ".", nil, nil, nil, ".", nil, "."])
    }

    @Test func hyphenatedNamesArePiecesOfOneToken() throws {
        let (document, found, _) = try words("Jean-Pierre Martin, porte-parole")
        #expect(found.map(\.folded) == ["jean", "pierre", "martin", ",", "porte", "parole"])
        #expect(found.map { String(document.text.slice($0.span)) } == ["Jean", "Pierre", "Martin", ",", "porte", "parole"])
        #expect(found[1].isCapitalized && found[1].hyphenBefore)
    }

    @Test func pairedMarksAreTheTokenizersAsWordIndices() throws {
        let (_, found, paired) = try words("« Il a dit “ oui ” », puis « non")
        let opening = try #require(found.firstIndex { $0.mark == "«" })
        let closing = try #require(found.firstIndex { $0.mark == "»" })
        #expect(paired[opening] == closing && paired[closing] == opening)
        let curly = try #require(found.firstIndex { $0.mark == "“" })
        #expect(found[paired[curly] ?? 0].mark == "”")
        #expect(paired[try #require(found.lastIndex { $0.mark == "«" })] == nil)
    }

    @Test func aQuotationOpenedAndNeverClosedRunsToTheEndOfItsParagraph() throws {
        let document = try annotate("Il a dit : « nous partirons demain.\n\nLa suite.", through: [SharedStages.tokenize])
        let layout = QuoteLayout(document: document, lexicon: Self.lexicon)
        #expect(layout.quotations.count == 1)
        let quotation = try #require(layout.quotations.first)
        #expect(quotation.repaired && quotation.close == nil)
        #expect(layout.words[quotation.innerEnd - 1].mark == ".")
        #expect(layout.words[quotation.innerEnd].folded == "la")
    }

    @Test func aSentenceOfTheSentencesLayerIsNotCutInsideAQuotation() throws {
        let document = try annotate("« Nous avons gagné. Nous continuerons. » Le maire sourit.", through: [SharedStages.tokenize])
        let layout = QuoteLayout(document: document, lexicon: Self.lexicon)
        let first = try #require(layout.sentences.first)
        #expect(layout.words[first.upperBound - 1].mark == "»")
        #expect(layout.sentences.count == 2)
    }
}
