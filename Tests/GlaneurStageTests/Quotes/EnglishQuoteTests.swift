import GlaneurCore
import Testing

@Suite struct EnglishQuoteTests {
    @Test func saidAfterTheQuoteWithAPronoun() throws {
        let text = "Sarah Chen runs the lab in Austin. “We have never had so many applicants,” she said."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["We have never had so many applicants"])
        #expect(found.first?.speaker == "Sarah Chen")
        #expect(found.first?.rule == "incise-after")
    }

    @Test func saidFollowedByTheName() throws {
        let found = try quotes("\"The merger will close by June at the latest,\" said John Park, chief executive of Acme.", language: "en")
        #expect(found.first?.speaker == "John Park")
    }

    @Test func nameThenSaidAfterTheQuote() throws {
        let found = try quotes("“Prices will keep rising for months,” Park told Reuters on Monday.", language: "en")
        #expect(found.first?.speaker == "Park")
    }

    @Test func splitQuoteWithCurlyMarks() throws {
        let text = "“We are not selling,” said Maria Lopez, “and we will say so to the board.”"
        let found = try quotes(text, language: "en")
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Maria Lopez", "Maria Lopez"])
    }

    @Test func saidThatAndABareClause() throws {
        let text = "John Park said that the deal was dead. Maria Lopez said the company would appeal the ruling."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["the deal was dead", "the company would appeal the ruling"])
        #expect(found.map(\.speaker) == ["John Park", "Maria Lopez"])
    }

    @Test func toldSomeoneThat() throws {
        let found = try quotes("Maria Lopez told reporters that the factory would reopen in May.", language: "en")
        #expect(found.first?.text == "the factory would reopen in May")
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func accordingTo() throws {
        let text = "According to the Financial Times, the company plans to cut 500 jobs. Sales fell sharply last year, according to Maria Lopez."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["the company plans to cut 500 jobs", "Sales fell sharply last year"])
        #expect(found.map(\.speaker) == ["Financial Times", "Maria Lopez"])
    }

    @Test func speakerBeforeAColon() throws {
        let found = try quotes("Ben Burke wrote: “That is a 255-fold improvement in the cost per token since launch.”", language: "en")
        #expect(found.first?.speaker == "Ben Burke")
    }

    @Test func negatedSpeechIsNotAQuote() throws {
        let text = "John Park did not say that the deal was dead. Nobody has ever suggested that prices would fall."
        #expect(try quotes(text, language: "en").isEmpty)
    }

    @Test func unnamedSourceAndFeminineTitle() throws {
        let text = "Ms. Amy Ross met Mr. Tom Hale. “The talks went better than expected,” she said. An analyst said that the shares were overvalued."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == ["Amy Ross", nil])
        #expect(found.last?.mention == "An analyst")
    }

    @Test func anUnnamedSpeakerAfterSaid() throws {
        let text = "“I don’t know what I’m going to do,” said one worker, who asked not to be named. “I’ve been here 22 years.”"
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == [nil, nil])
        #expect(found.map(\.mention) == ["one worker", "one worker"])
    }

    @Test func aTitleIsNotPartOfTheName() throws {
        let found = try quotes("Senator James Holt welcomed it. “For too long we have armed our competitors,” Holt said.", language: "en")
        #expect(found.first?.speaker == "James Holt")
    }

    @Test func aShortQuotedTermStaysInsideAnIndirectClause() throws {
        let found = try quotes("Linda Park said she was “deeply concerned” about the job losses.", language: "en")
        #expect(found.first?.text == "she was “deeply concerned” about the job losses")
        #expect(found.first?.kind == .indirect)
    }

    @Test func aPossessiveIsNotPartOfTheName() throws {
        let found = try quotes("Acme's chief executive, Dana Whitfield, said that Whitfield's plan would be ready by May.", language: "en")
        #expect(found.first?.speaker == "Dana Whitfield")
        #expect(found.first?.text == "Whitfield's plan would be ready by May")
    }

    @Test func anInstitutionWithoutANameIsUnnamed() throws {
        let found = try quotes("The company said in a statement that it remained committed to its workers.", language: "en")
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "The company")
    }

    @Test func firstNamesHintTheGenderOfPronouns() throws {
        let text = "Mary Hollis spoke after her son, Charlie Hollis, left the stage. “I couldn’t focus on anything at all,” she said."
        #expect(try quotes(text, language: "en").first?.speaker == "Mary Hollis")
    }

    @Test func anInversionAfterACommaIsNotABareClause() throws {
        let text = "Markets fell sharply on weak data, said Juan Ortega, a trader at Tempo."
        #expect(try quotes(text, language: "en").isEmpty)
    }

    @Test func aParticipleCueStartsASecondReport() throws {
        let text = "Lina Garde said inflation had fallen faster than expected, adding that wage growth remained \"a real source of concern.\""
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["inflation had fallen faster than expected", "a real source of concern."])
        #expect(found.map(\.kind) == [.indirect, .direct])
        #expect(found.allSatisfy { $0.speaker == "Lina Garde" })
    }

    @Test func aNameAloneInAppositionIsTheSubject() throws {
        let found = try quotes("The bank's chair, Jerome Powers, has said he does not expect to cut rates soon.", language: "en")
        #expect(found.first?.speaker == "Jerome Powers")
    }

    @Test func middleInitialsAndWeekdays() throws {
        let text = """
        Pat Carlin was sentenced on Tuesday after threatening Ilhan Omar. Omar posted a letter on Twitter Tuesday. \
        “We must answer hate with something better than hate,” she wrote.
        """
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == "Ilhan Omar")
        #expect(found.first?.mention == "she")
        #expect(try quotes("“He has taken responsibility for his actions,” Sonya A. Zoghlin said.", language: "en").first?.speaker
            == "Sonya A. Zoghlin")
    }

    @Test func aQuotationContinuedOverParagraphsInEnglish() throws {
        let text = """
        Dana Whitman described the night: “We had no power and no water for three days.

        “The neighbours shared everything they had, and nobody went hungry.”

        The storm moved north on Friday.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["We had no power and no water for three days.",
                                      "The neighbours shared everything they had, and nobody went hungry."])
        #expect(found.map(\.speaker) == ["Dana Whitman", "Dana Whitman"])
    }

    @Test func scareQuotesAndTitlesInEnglish() throws {
        let text = "Critics called it a “Sputnik moment”. The report, titled “Winning the Long Race Ahead”, was published in May."
        #expect(try quotes(text, language: "en").isEmpty)
    }

    @Test func aDashAttribution() throws {
        let found = try quotes("“Nothing great was ever achieved without enthusiasm.” — Ralph Emerson", language: "en")
        #expect(found.first?.speaker == "Ralph Emerson")
        #expect(found.first?.rule == "dash")
    }

    @Test func theLatterAndARoleDescription() throws {
        let text = """
        Mark Tillman, chief executive of Orbis, met Paul Rhee, the bank's president. \
        “We will not sell the unit,” the latter said. “The deal is off,” the chief executive of Orbis added.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == ["Paul Rhee", "Mark Tillman"])
    }

    @Test func anUnclosedEnglishQuotationIsRepairedWithinItsParagraph() throws {
        let text = """
        Maria Lopez said: “The plant will close in March and all staff will be moved.

        Shares rose 3% on the news.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["The plant will close in March and all staff will be moved."])
        #expect(found.first?.speaker == "Maria Lopez")
    }

    @Test func anIndefiniteRoleWithAModifierIsUnnamed() throws {
        let text = "Maria Lopez left the meeting early. “We are reviewing every option on the table,” a senior Treasury official said."
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "a senior Treasury official")
    }

    @Test func aSpokespersonSpeaksForTheOrganisation() throws {
        let found = try quotes("A Valmont Steel spokesperson said that the company took every incident seriously.", language: "en")
        #expect(found.first?.speaker == "Valmont Steel")
    }

    @Test func theCompanyTakesUpTheOrganisationNamedBefore() throws {
        let text = "Valmont Steel Group opened a new furnace in Wales. The company said the connection was completed in March."
        #expect(try quotes(text, language: "en").first?.speaker == "Valmont Steel Group")
    }

    @Test func aNameQualifyingANounIsNotAPronounAntecedent() throws {
        let text = "Jerome Powers said tariffs imposed by the Trump administration had raised prices. He cautioned that the bank would not declare victory."
        #expect(try quotes(text, language: "en").map(\.speaker) == ["Jerome Powers", "Jerome Powers"])
    }

    @Test func singleQuotationMarksAsPrimaryQuotes() throws {
        let text = "War in the east: ‘We will not give up our land’, says Olek Marchuk\n\n‘It is not for others to decide our borders,’ Mr Marchuk added."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["We will not give up our land", "It is not for others to decide our borders"])
        #expect(found.map(\.speaker) == ["Olek Marchuk", "Olek Marchuk"])
    }

    @Test func aBareClauseAfterANameBetweenCommas() throws {
        let found = try quotes("A Kremlin spokesman, Dmitry Pesin, said Moscow remained open to talks with Kyiv.", language: "en")
        #expect(found.first?.text == "Moscow remained open to talks with Kyiv")
        #expect(found.first?.speaker == "Dmitry Pesin")
    }

    @Test func longAppositionsBetweenTheQuoteAndTheVerb() throws {
        let texts = [
            "“The evidence has weakened considerably over time,” Sweden’s deputy director of public prosecutions, Eva Persen, said on Tuesday.",
            "“We are on track for a landing within five years,” NASA's Steve Clarkson, deputy associate administrator, said in the statement.",
            "“They failed to perform their required duties,” Geoffrey Berns, the U.S. attorney for the district, said in a news release.",
        ]
        let speakers = try texts.map { try quotes($0, language: "en").first?.speaker }
        #expect(speakers == ["Eva Persen", "Steve Clarkson", "Geoffrey Berns"])
    }

    @Test func aCapitalisedRunIsAPersonOnlyWithEvidence() throws {
        let text = "Dana Whitman walked through Central Park with the Human Landing System team. “We are ready to fly,” she said."
        #expect(try quotes(text, language: "en").first?.speaker == "Dana Whitman")
    }

    @Test func initialsAndParticlesInNames() throws {
        let found = try quotes("“This is the biggest change in a century,” T.V. Narendra, chief executive of the group, said.", language: "en")
        #expect(found.first?.speaker == "T.V. Narendra")
        let french = try quotes("« La désinflation est presque achevée », a déclaré François Villeroi de Galhac, gouverneur de la banque.")
        #expect(french.first?.speaker == "François Villeroi de Galhac")
    }
}
