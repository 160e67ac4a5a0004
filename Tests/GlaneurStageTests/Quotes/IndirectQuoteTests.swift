import GlaneurCore
import Testing

@Suite struct IndirectQuoteTests {
    @Test(arguments: ["a déclaré", "déclare", "aurait déclaré", "avait affirmé", "estime", "souligne également", "précisera",
                      "a reconnu", "prévient", "juge", "a averti"])
    func aCueVerbInAnyTenseWithAQueClause(cue: String) throws {
        let found = try quotes("Claire Dubois \(cue) que les taux resteront élevés jusqu’en mars.")
        #expect(found.count == 1)
        #expect(found.first?.kind == .indirect)
        #expect(found.first?.text == "les taux resteront élevés jusqu’en mars")
        #expect(found.first?.speaker == "Claire Dubois")
    }

    @Test func anElidedQueStartsTheClause() throws {
        let found = try quotes("Cependant, Holm précise qu’il est difficile d’obtenir une image claire des progrès.")
        #expect(found.first?.text == "il est difficile d’obtenir une image claire des progrès")
        #expect(found.first?.speaker == "Holm")
    }

    @Test func aPronounSubjectResolvesToThePreviousPerson() throws {
        let text = "Jared Dunn a publié une tribune. Il a suggéré que l’influence de ces modèles serait considérable."
        #expect(try quotes(text).first?.speaker == "Jared Dunn")
    }

    @Test func negatedSpeechIsNotAQuote() throws {
        let text = "Paul Girard n’a pas dit que la réforme échouerait. Personne n’a jamais suggéré que les prix baisseraient."
        #expect(try quotes(text).isEmpty)
    }

    @Test func clauseOnlyCuesNeedAQue() throws {
        let found = try quotes("Hexatech a annoncé son intention d’investir deux milliards. Hexatech a annoncé que ses ventes avaient doublé.")
        #expect(found.map(\.text) == ["ses ventes avaient doublé"])
    }

    /// Found by fuzzing: the apposition after "Selon X," ran past the trailing comma of an unfinished text.
    @Test func selonWithOnlyAnAppositionEndingTheTextIsNoQuote() throws {
        #expect(try quotes("Selon Claire Dubois, directrice de l’agence,").isEmpty)
        #expect(try quotes("Le budget est voté. Selon Claire Dubois, directrice de l’agence, maire de Valmont,").isEmpty)
    }

    @Test func selonLeadingPostposedAndInside() throws {
        let text = """
        Selon le Courrier de Valmont, Pékin a demandé à ses chercheurs d’éviter les voyages. \
        Les ventes ont bondi de 30 % cette année, selon un rapport de l’Institut Montaigne. \
        Les objectifs, d’après Claire Dubois, varient selon les entreprises et les pays.
        """
        let found = try quotes(text)
        #expect(found.map(\.text) == [
            "Pékin a demandé à ses chercheurs d’éviter les voyages",
            "Les ventes ont bondi de 30 % cette année",
            "Les objectifs, d’après Claire Dubois, varient selon les entreprises et les pays",
        ])
        #expect(found.map(\.speaker) == ["Courrier de Valmont", "Institut Montaigne", "Claire Dubois"])
        #expect(found.allSatisfy { $0.rule == "selon" })
    }

    @Test func selonWithoutASpeakerIsNotAQuote() throws {
        let text = "Les résultats varient selon la plupart des critères retenus. Les préoccupations selon lesquelles la capacité est excessive persistent."
        #expect(try quotes(text).isEmpty)
    }

    @Test func pourWithAPersonIntroducesAnOpinion() throws {
        let found = try quotes("Pour Claire Dubois, la réforme arrive beaucoup trop tard.")
        #expect(found.first?.text == "la réforme arrive beaucoup trop tard")
        #expect(found.first?.speaker == "Claire Dubois")
        #expect(try quotes("Pour l’heure, la réforme arrive beaucoup trop tard.").isEmpty)
    }

    @Test func theAuthorsOwnInferenceIsNotAQuote() throws {
        let text = "Il est à noter que les ventes ont doublé. Ces chiffres suggèrent que la marge reste importante. On peut dire que le pari est réussi."
        #expect(try quotes(text).isEmpty)
    }

    @Test func unnamedSourcesAndGroups() throws {
        let found = try quotes("Une étude récente note que la Chine conserve un retard important. Certains soutiennent que le modèle ouvert va gagner.")
        #expect(found.map(\.speaker) == [nil, nil])
        #expect(found.map(\.mention) == ["Une étude récente", "Certains"])
    }

    @Test func aDocumentSourceResolvesToTheNameItContains() throws {
        let found = try quotes("Une analyse de Norlande a révélé que la moitié des chercheurs n’ont jamais quitté le pays.")
        #expect(found.first?.speaker == "Norlande")
    }

    @Test func aQuoteWovenIntoTheClauseIsTheDirectQuoteOnly() throws {
        let found = try quotes("Fang Wei a déclaré que c’était « un geste fort pour dire au marché que nous les soutenons ».")
        #expect(found.map(\.kind) == [.direct])
        #expect(found.first?.speaker == "Fang Wei")
    }

    @Test func selonWithANameInApposition() throws {
        let found = try quotes("Selon le porte-parole du Kremlin, Dmitri Orlov, aucune rencontre n’est prévue avant l’été.")
        #expect(found.first?.text == "aucune rencontre n’est prévue avant l’été")
        #expect(found.first?.speaker == "Dmitri Orlov")
    }

    @Test func evidenceVerbsNeedANamedSource() throws {
        let text = "Une étude montre que les salaires stagnent depuis dix ans. Un rapport de l’Observatoire Valmont a révélé que les loyers avaient doublé."
        let found = try quotes(text)
        #expect(found.map(\.text) == ["les loyers avaient doublé"])
        #expect(found.first?.speaker == "Observatoire Valmont")
    }

    @Test func aRelativeQueAfterAnObjectIsNotAClause() throws {
        let text = "Hexatech a annoncé un plan que les syndicats jugent insuffisant. Hexatech a déclaré dans un communiqué que les ventes avaient doublé."
        #expect(try quotes(text).map(\.text) == ["les ventes avaient doublé"])
        let english = "Acme announced a plan that analysts found too timid. Acme told the Financial Times that sales had doubled."
        #expect(try quotes(english, language: "en").map(\.text) == ["sales had doubled"])
    }

    @Test func aNewspaperOpeningTheSentenceKeepsItsArticle() throws {
        let found = try quotes("Le Monde a révélé que le contrat avait été signé en secret.")
        #expect(found.first?.speaker == "Le Monde")
    }

    @Test func aFormInBothLexiconsReadsInTheDocumentLanguage() throws {
        let found = try quotes("Une étude de l’Observatoire Valmont note que les loyers ont doublé en dix ans.")
        #expect(found.first?.text == "les loyers ont doublé en dix ans")
        #expect(try quotes("Une étude note la hausse des loyers dans toutes les villes.").isEmpty)
    }

    @Test func anInstitutionWithoutANameIsAnUnnamedSource() throws {
        let found = try quotes("D’après la préfecture, près de 1 200 foyers ont été touchés par les intempéries.")
        #expect(found.first?.text == "près de 1 200 foyers ont été touchés par les intempéries")
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "la préfecture")
    }

    @Test func aShortQuotedFragmentInsideALongClauseStaysInTheIndirectQuote() throws {
        let text = "Marc Leroy a ajouté que la France « ne peut pas se permettre » une politique monétaire trop restrictive cette année."
        let found = try quotes(text)
        #expect(found.map(\.kind) == [.indirect])
        #expect(found.first?.text == "la France « ne peut pas se permettre » une politique monétaire trop restrictive cette année")
    }

    @Test func queInAConjunctionIsNotAClause() throws {
        let text = "L’entreprise, jugée en tant que personne morale, écope d’une amende record. Il a parlé alors que la salle se vidait."
        #expect(try quotes(text).isEmpty)
    }

    @Test func anAttributionClosingTheSentence() throws {
        let french = try quotes("La dette publique atteindra 120 % du PIB l’an prochain, estime l’économiste Paul Marin.")
        #expect(french.first?.text == "La dette publique atteindra 120 % du PIB l’an prochain")
        #expect(french.first?.speaker == "Paul Marin")
        #expect(french.first?.rule == "incise-after")
        let english = try quotes("Consumer prices overall climbed 2.7% last year, the Valmont Statistics Office reported earlier.", language: "en")
        #expect(english.first?.text == "Consumer prices overall climbed 2.7% last year")
        #expect(english.first?.speaker == "Valmont Statistics Office")
        #expect(try quotes("Une étude affirme que le modèle passe l’examen\n\nUn modèle passe l’examen de médecine, affirme une étude").count == 1)
    }

    @Test func chezAnOrganisationOnSpeaks() throws {
        let found = try quotes("Chez Nexalia, on précise que les investissements déjà réalisés ne seront pas perdus.")
        #expect(found.first?.speaker == "Nexalia")
    }

    @Test func aCoordinatedSecondReportIsItsOwnQuote() throws {
        let text = "Breast Care Now said that the results were “hugely encouraging”, but warned that women must always be told when AI is used."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["the results were “hugely encouraging”", "women must always be told when AI is used"])
        #expect(found.map(\.speaker) == ["Breast Care Now", "Breast Care Now"])
    }

    @Test func aCoordinatedVerbSharesTheSubject() throws {
        let text = "Le maire Benoît Payet a confirmé un accord avec les écologistes et assuré qu’aucune discussion n’était engagée avec la gauche radicale."
        #expect(try quotes(text).first?.speaker == "Benoît Payet")
    }

    @Test func aCommaInsideANumberIsNotAnApposition() throws {
        let text = "Nigel Farrow, who addressed more than 5,000 supporters at a rally, claimed his party could win “more than 300 seats” next time."
        #expect(try quotes(text, language: "en").first?.speaker == "Nigel Farrow")
    }

    @Test func selonAThingIsNotASource() throws {
        let text = "La ligne devait produire des plaquettes gravées en 18 nm selon la technologie FD-SOI, développée à Grenoble."
        #expect(try quotes(text).isEmpty)
        let figures = try quotes("Selon les nouvelles projections des services de la Banque Valmont, l’inflation reculera à 1,8 % en 2027.")
        #expect(figures.first?.text == "l’inflation reculera à 1,8 % en 2027")
    }

    @Test func elleTakesUpTheOrganisationOpeningThePreviousSentence() throws {
        let text = "Le ministre Roland Lesieur a défendu le chiffrage. La Commission de régulation de l’énergie se montre plus réservée. " +
            "Dans un avis publié mercredi, elle calcule que le coût pourrait atteindre 110 euros par mégawattheure."
        let found = try quotes(text)
        #expect(found.first?.speaker?.hasPrefix("Commission") == true)
        #expect(found.first?.mention == "elle")
    }
}
