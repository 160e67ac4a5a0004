import Testing
import GlaneurCore

/// Tokens and claims read digits grouped by spaces by the same rule (`DigitGrouping`): a claim's
/// number starts and ends on token boundaries, in French (which groups) and English (which does not).
@Suite("Tokens and claims agree on grouped digits")
struct DigitGroupingAgreementTests {
    private func tokenTexts(_ document: Document) -> [String] {
        document.tokens.map { String(document.text.slice($0.span)) }
    }

    @Test("French groups digits with spaces: one token, one value")
    func frenchGroups() throws {
        for separator in [" ", "\u{A0}", "\u{202F}", "\u{2009}"] {
            let document = try claimsDocument("L'usine emploie 12\(separator)500 salariés.", language: "fr")
            #expect(tokenTexts(document).contains("12\(separator)500"))
            let claim = try #require(document.claims.first)
            #expect(claim.value == 12_500)
            #expect(document.tokens.contains { $0.span.start == claim.span.start })
        }
    }

    @Test("English does not: two tokens, and the claim is the second number")
    func englishDoesNotGroup() throws {
        let document = try claimsDocument("The plant employs 12 500 workers.", language: "en")
        let tokens = tokenTexts(document)
        #expect(tokens.contains("12") && tokens.contains("500"))
        #expect(!tokens.contains("12 500"))
        let claim = try #require(document.claims.first { $0.kind == .count })
        #expect(claim.value == 500)
        #expect(document.tokens.contains { $0.span.start == claim.span.start })
    }

    @Test("A leading zero or a four-digit group opens no grouped number")
    func groupsNeedAShortFirstGroup() throws {
        let document = try claimsDocument("Le code 012 500 et l'année 2024 500 personnes.", language: "fr")
        let tokens = tokenTexts(document)
        #expect(tokens.contains("012") && tokens.contains("2024"))
        #expect(!document.numbers.contains { $0.value == 12_500 || $0.value == 2_024_500 })
    }

    @Test("The shared rule")
    func rule() {
        #expect(DigitGrouping.groupsWithSpaces(language: "fr"))
        #expect(DigitGrouping.groupsWithSpaces(language: nil))
        #expect(!DigitGrouping.groupsWithSpaces(language: "en"))
        #expect(DigitGrouping.canOpenGroup(digitCount: 3, first: UInt8(ascii: "9")))
        #expect(!DigitGrouping.canOpenGroup(digitCount: 4, first: UInt8(ascii: "2")))
        #expect(!DigitGrouping.canOpenGroup(digitCount: 2, first: UInt8(ascii: "0")))
        let bytes = Array("a\u{A0}b  c".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(DigitGrouping.separatorLength(buffer, at: 1) == 2)
            #expect(DigitGrouping.isSeparator(buffer, from: 1, to: 3))
            #expect(!DigitGrouping.isSeparator(buffer, from: 4, to: 6))
            #expect(DigitGrouping.separatorLength(buffer, at: 0) == 0)
        }
    }
}
