import Testing
import GlaneurCore

/// Claims read the tokens: numbers split across tokens or glued inside one read the same, sentences
/// without a number are skipped, and a sentence of any length is read in bounded windows.
@Suite("Claims: reading the tokens")
struct ClaimsTokenViewTests {
    @Test("Number formats inside one token or across several")
    func formatsAcrossTokens() throws {
        #expect(try onlyClaim("Le plan coûte 2,5 M€ cette année.")?.value == 2_500_000)
        #expect(try onlyClaim("Il a embauché quatre-vingt-dix salariés.")?.value == 90)
        #expect(try onlyClaim("The plant cannot employ 12,500 workers.", language: "en")?.value == 12_500)
        #expect(try onlyClaim("L'usine emploie 12 500 salariés.")?.value == 12_500)
    }

    @Test("A sentence without digits or number words between two claims changes nothing")
    func sentencesWithoutNumbers() throws {
        let found = try claims("Le budget atteint 450 milliards d'euros. Rien ne change pour les élus. Il faudra 20 milliards de plus.")
        #expect(found.map(\.value) == [450e9, 20e9])
    }

    @Test("A sentence longer than a window is read in windows, no number lost at their edges")
    func longSentence() throws {
        let repetitions = 30_000
        let document = try claimsDocument(String(repeating: "ab1-.,", count: repetitions))
        #expect(document.sentences.count == 1)
        let windows = try #require(document.counters["claims"]?.values["long-sentence-windows"])
        #expect(windows == 3)
        #expect(document.numbers.count == repetitions)
        #expect(document.numbers.allSatisfy { $0.rejection == "name" })
    }
}
