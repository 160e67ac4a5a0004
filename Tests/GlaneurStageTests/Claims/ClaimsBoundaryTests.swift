import Testing
import GlaneurCore

/// Sentences whose last lexemes make the claim readers look past the end of the sentence.
@Suite("Claims: sentence boundaries")
struct ClaimsBoundaryTests {
    @Test("A number followed by a last word that looks like a model modifier", arguments: [
        "They bought 30 older", "They sold 12 faster", "We saw 40 modal", "They ordered 25 flying",
    ])
    func countAtTheEndOfTheText(text: String) throws {
        let found = try claims(text, language: "en")
        #expect(found.count <= 1)
        #expect(found.allSatisfy { $0.value == Double(text.split(separator: " ")[2]) })
    }

    @Test("The same shape before a full stop and inside a longer text")
    func countBeforeTheEndOfTheSentence() throws {
        #expect(try claims("They bought 30 older.", language: "en").count <= 1)
        let found = try claims("They bought 30 older. Then 30 older 737-800s were retired.", language: "en")
        #expect(found.contains { $0.unit == "737-800s" })
    }
}
