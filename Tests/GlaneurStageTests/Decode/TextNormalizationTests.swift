import Testing
@testable import GlaneurDecode

@Suite struct TextNormalizationTests {
    @Test func exoticSpacesBecomeOneSpace() {
        #expect(TextNormalization.cleanLine("890\u{202F}000 habitants\u{00A0}: «\u{2009}oui\u{2009}»") == "890 000 habitants : « oui »")
        #expect(TextNormalization.cleanLine("  deux   espaces\t\tet\u{3000}tabulations  ") == "deux espaces et tabulations")
    }

    @Test func zeroWidthAndSoftHyphensAreRemoved() {
        #expect(TextNormalization.cleanLine("in\u{00AD}ter\u{200B}na\u{2060}tio\u{FEFF}nal") == "international")
        // Joiners change how emoji and some scripts render: they stay.
        #expect(TextNormalization.cleanLine("👩\u{200D}🔬") == "👩\u{200D}🔬")
    }

    @Test func c1ControlsAreReadAsWindows1252() {
        #expect(TextNormalization.cleanLine("l\u{92}\u{E9}t\u{E9} \u{93}chaud\u{94} \u{96} 5 \u{80}\u{85}") == "l’été “chaud” – 5 €…")
    }

    @Test func otherControlCharactersAreDropped() {
        #expect(TextNormalization.cleanLine("a\u{01}b\u{08}c\u{7F}d") == "abcd")
    }
}
