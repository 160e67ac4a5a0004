import Testing
@testable import GlaneurReport

struct ScoreTextTests {
    @Test func normalisationIgnoresCaseAccentsApostrophesSpacesAndEdgePunctuation() {
        #expect(ScoreText.normalize("  « L’Élysée »  ") == "l'elysee")
        #expect(ScoreText.normalize("Straße\u{00A0}\n Nord.") == "strasse nord")
        #expect(ScoreText.normalize("ﬁnance") == "finance")
    }

    @Test func wordsAreRunsOfLettersDigitsAndUnderscores() {
        #expect(ScoreText.words("Jean-Luc a dit: 3,5 % (c_est ça)") == ["jean", "luc", "a", "dit", "3", "5", "c_est", "ca"])
    }

    @Test func diceCountsSharedWordsWithMultiplicity() {
        #expect(ScoreText.dice("a a b", "a b c") == 2.0 * 2 / 6)
        #expect(ScoreText.dice("", "a") == 0)
    }
}
