import Testing
@testable import GlaneurTokenize

@Suite struct EnglishTokenTests {
    @Test func splitsContractionsFollowingUDEnglish() throws {
        #expect(try tokenTexts("I don't think it's over; they can't, we'll see, I'm sure they've won.", language: "en")
            == ["I", "do", "n't", "think", "it", "'s", "over", ";", "they", "ca", "n't", ",", "we", "'ll", "see", ",",
                "I", "'m", "sure", "they", "'ve", "won", "."])
    }

    @Test func splitsFusedWords() throws {
        #expect(try tokenTexts("I cannot stay, I'm gonna go. Cannot!", language: "en")
            == ["I", "can", "not", "stay", ",", "I", "'m", "gon", "na", "go", ".", "Can", "not", "!"])
        #expect(try tokenTexts("le cannot", language: "fr") == ["le", "cannot"])
    }

    @Test func webTokensHyphensAndRangesInEnglish() throws {
        let text = "See https://example.com/a-b, mail press@example.org or @newsroom #Vote2024 on a state-of-the-art 2019-2020 plan."
        #expect(try tokenTexts(text, language: "en")
            == ["See", "https://example.com/a-b", ",", "mail", "press@example.org", "or", "@newsroom", "#Vote2024", "on", "a",
                "state-of-the-art", "2019-2020", "plan", "."])
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

    @Test func magnitudeSuffixesAreSplitOffNumbers() throws {
        #expect(try tokenTexts("It raised $3.5bn from 50k users, up from £20m; a 4K screen.", language: "en")
            == ["It", "raised", "$", "3.5", "bn", "from", "50", "k", "users", ",", "up", "from", "£", "20", "m", ";", "a", "4K", "screen", "."])
    }

    @Test func thousandsCommaAndDecimalPoint() throws {
        #expect(try tokenTexts("It cost $1,500 or 2,750,000.50 dollars, up 3.5%.", language: "en")
            == ["It", "cost", "$", "1,500", "or", "2,750,000.50", "dollars", ",", "up", "3.5", "%", "."])
    }
}
