import Testing
@testable import GlaneurTokenize

@Suite struct EnglishTokenTests {
    @Test func splitsContractionsFollowingUDEnglish() throws {
        #expect(try tokenTexts("I don't think it's over; they can't, we'll see, I'm sure they've won.", language: "en")
            == ["I", "do", "n't", "think", "it", "'s", "over", ";", "they", "ca", "n't", ",", "we", "'ll", "see", ",",
                "I", "'m", "sure", "they", "'ve", "won", "."])
    }

    @Test func curlyApostrophesAndPossessives() throws {
        #expect(try tokenTexts("Anna’s plan isn’t new.", language: "en") == ["Anna", "’s", "plan", "is", "n’t", "new", "."])
    }

    @Test func namesAndFixedWordsWithApostrophesStayWhole() throws {
        #expect(try tokenTexts("O'Neill left at 5 o'clock.", language: "en") == ["O'Neill", "left", "at", "5", "o'clock", "."])
    }

    @Test func englishTextHasNoFrenchElisionOrClitics() throws {
        #expect(try tokenTexts("l'amour and rock-and-roll, dit-il", language: "en") == ["l'amour", "and", "rock-and-roll", ",", "dit-il"])
    }

    @Test func abbreviationsKeepTheirPeriod() throws {
        #expect(try tokenTexts("Mr. Lee met Dr. Kay in the U.S. on Jan. 5 at 3 p.m. today.", language: "en")
            == ["Mr.", "Lee", "met", "Dr.", "Kay", "in", "the", "U.S.", "on", "Jan.", "5", "at", "3", "p.m.", "today", "."])
    }

    @Test func thousandsCommaAndDecimalPoint() throws {
        #expect(try tokenTexts("It cost $1,500 or 2,750,000.50 dollars, up 3.5%.", language: "en")
            == ["It", "cost", "$", "1,500", "or", "2,750,000.50", "dollars", ",", "up", "3.5", "%", "."])
    }
}
