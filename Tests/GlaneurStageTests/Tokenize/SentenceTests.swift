import Testing
@testable import GlaneurTokenize

@Suite struct SentenceTests {
    @Test func breaksAfterTerminalPunctuation() throws {
        #expect(try sentenceTexts("Le vote a eu lieu. Il a été serré ! Pourquoi ? Personne ne sait…")
            == ["Le vote a eu lieu.", "Il a été serré !", "Pourquoi ?", "Personne ne sait…"])
    }

    @Test func frenchAbbreviationsAndInitialsDoNotEndSentences() throws {
        #expect(try sentenceTexts("M. Durand et Mme Petit ont vu J. Martin. Ils partent en janv. Prochainement.")
            == ["M. Durand et Mme Petit ont vu J. Martin.", "Ils partent en janv. Prochainement."])
    }

    @Test func aCapitalLetterBeforeASentenceStarterIsNotAnInitial() throws {
        #expect(try sentenceTexts("Il faut un plan B. Il en parle à J. Martin. L'équipe suit le plan A. L'autre non.")
            == ["Il faut un plan B.", "Il en parle à J. Martin.", "L'équipe suit le plan A.", "L'autre non."])
        #expect(try sentenceTexts("They need a plan B. The team agrees.", language: "en") == ["They need a plan B.", "The team agrees."])
    }

    @Test func englishAbbreviationsDoNotEndSentences() throws {
        #expect(try sentenceTexts("Mr. Lee met Dr. Kay. They talked.", language: "en") == ["Mr. Lee met Dr. Kay.", "They talked."])
    }

    @Test func aDottedAcronymEndsASentenceOnlyBeforeASentenceStarter() throws {
        #expect(try sentenceTexts("He met U.S. Senate leaders in the U.S. The talks went on.", language: "en")
            == ["He met U.S. Senate leaders in the U.S.", "The talks went on."])
    }

    @Test func etcMayEndASentence() throws {
        #expect(try sentenceTexts("Des pommes, des poires, etc. Le marché ferme.") == ["Des pommes, des poires, etc.", "Le marché ferme."])
    }

    @Test func aQuotationThatTheSentenceContinuesAfterStaysWhole() throws {
        #expect(try sentenceTexts("« Nous avons gagné. Nous continuerons », a déclaré la maire. Puis elle est partie.")
            == ["« Nous avons gagné. Nous continuerons », a déclaré la maire.", "Puis elle est partie."])
    }

    @Test func aQuestionFollowedByItsIncise() throws {
        #expect(try sentenceTexts("« Pourquoi ? » demanda-t-elle. « Parce que. » Il sourit.")
            == ["« Pourquoi ? » demanda-t-elle.", "« Parce que. »", "Il sourit."])
    }

    @Test func closingQuotesStayWithTheirSentenceDespiteFrenchSpacing() throws {
        #expect(try sentenceTexts("Il a dit : « C'est fini. » Le lendemain, il est revenu.")
            == ["Il a dit : « C'est fini. »", "Le lendemain, il est revenu."])
    }

    @Test func aDashStartsASentenceBeforeACapitalOnly() throws {
        #expect(try sentenceTexts("Il hésite. — Non, dit-il. « Quoi ? » — demande-t-elle. - Point suivant")
            == ["Il hésite.", "— Non, dit-il.", "« Quoi ? » — demande-t-elle.", "- Point suivant"])
    }

    @Test func aCommaAfterAQuestionContinuesTheSentence() throws {
        #expect(try sentenceTexts("« Et alors ? », répond-il. Fin.") == ["« Et alors ? », répond-il.", "Fin."])
    }

    @Test func breaksGluedSentences() throws {
        #expect(try sentenceTexts("La réunion a eu lieu mercredi.Sur place, rien.") == ["La réunion a eu lieu mercredi.", "Sur place, rien."])
        #expect(try tokenTexts("mercredi.Sur") == ["mercredi", ".", "Sur"])
    }

    @Test func doesNotBreakBeforeALowerCaseWord() throws {
        #expect(try sentenceTexts("Il hésite… puis accepte. Quoi ? rien.") == ["Il hésite… puis accepte.", "Quoi ? rien."])
    }

    @Test func paragraphBoundariesAlwaysEndASentence() throws {
        let document = try tokenized("Un titre sans point\nLe premier paragraphe commence ici\n\nEt le second")
        #expect(document.texts(document.sentences) == ["Un titre sans point", "Le premier paragraphe commence ici", "Et le second"])
        for sentence in document.sentences {
            #expect(document.paragraphs.contains { $0.contains(sentence) })
        }
    }

    @Test func numbersAndURLsDoNotBreakSentences() throws {
        #expect(try sentenceTexts("Le taux passe à 3.5 selon exemple.fr aujourd'hui. Fin.") == ["Le taux passe à 3.5 selon exemple.fr aujourd'hui.", "Fin."])
    }
}
