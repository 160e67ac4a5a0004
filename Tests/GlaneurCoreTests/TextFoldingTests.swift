import Testing
@testable import GlaneurCore

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("États-Unis", "etats-unis"),
        ("l’État", "l'etat"),
        ("ŒUVRE cœur", "oeuvre coeur"),
        ("Straße", "strasse"),
        ("Zürich São Paulo Kraków", "zurich sao paulo krakow"),
        ("890\u{202F}000", "890 000"),
        ("déjà", "deja"),
        ("plain ascii", "plain ascii"),
        ("Ελλάδα", "ελλαδα"),
    ])
    func folds(_ input: String, _ expected: String) {
        #expect(TextFolding.fold(input) == expected)
    }

    @Test func foldsDecomposedInput() {
        #expect(TextFolding.fold("E\u{0301}tat") == "etat")
    }
}
