import GlaneurCore
import Testing
@testable import GlaneurQuotes

@Suite struct LongDocumentTests {
    private let paragraph = "« Nous avons tenu nos engagements malgré la crise », a déclaré Claire Dumont, directrice de l'usine."

    @Test func shortDocumentsAreAnnotatedWhole() throws {
        let document = try annotate(paragraph, through: [SharedStages.tokenize, SharedStages.entities])
        #expect(QuotesStage.windows(of: document).count == 1)
    }

    @Test func longDocumentsAreCutAtParagraphsAndEveryQuoteIsStillFound() throws {
        let count = QuotesStage.windowBytes / paragraph.utf8.count * 3
        let text = Array(repeating: paragraph, count: count).joined(separator: "\n\n")
        var document = try annotate(text, through: [SharedStages.tokenize, SharedStages.entities])
        let windows = QuotesStage.windows(of: document)
        #expect(windows.count >= 3)
        #expect(windows.map(\.paragraphs.count).reduce(0, +) == document.paragraphs.count)
        for window in windows {
            let range = TextSpan(window.paragraphs.first!.start, window.paragraphs.last!.end)
            #expect(window.entities.allSatisfy { range.contains($0.span) })
        }
        try SharedStages.quotes.process(&document)
        #expect(document.quotes.count == count)
        #expect(document.quotes.allSatisfy { $0.speaker?.canonical == "Claire Dumont" })
    }

    /// Each quotation of a sentence is looked at once: at one look per word inside it, this 20,000-word
    /// quotation would take hundreds of millions of steps.
    @Test func aLongQuotationIsExaminedOncePerSentence() throws {
        let inside = Array(repeating: "encore", count: 20_000).joined(separator: " ")
        let text = "Paul Kerhervé répète, « \(inside) », a-t-il dit."
        let found = try quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Paul Kerhervé")
    }

    /// Each quotation looks back a bounded number of words: scanning the whole sentence before each of
    /// these 3,000 quotations would take tens of millions of steps.
    @Test func thousandsOfQuotationsInOneSentenceLookBackABoundedContext() throws {
        let repeated = Array(repeating: "puis « nous avons fini le travail »", count: 3_000).joined(separator: " ")
        let text = "Marie Curie a déclaré « nous avons fini le travail du jour » \(repeated) ."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Marie Curie")
        #expect(found.first?.rule == "subject-cue")
    }
}
