import Testing
@testable import GlaneurCore

@Suite struct MarkedTextTests {
    @Test func markersBecomeSpans() {
        let marked = MarkedText("Le [[président]] a dit « [[oui]] »")
        #expect(marked.text == "Le président a dit « oui »")
        #expect(marked.spans.map { String(marked.text.slice($0)) } == ["président", "oui"])
    }
}
