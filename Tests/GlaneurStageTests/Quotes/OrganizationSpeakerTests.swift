import GlaneurCore
import Testing

/// Organisations as speakers: descriptions that take up the article's organisation, names the
/// entities layer does not know in full, and people named next to an organisation.
@Suite struct OrganizationSpeakerTests {
    @Test func descriptionAfterAPossessivePlaceIsTheOrganisationNotThePlace() throws {
        let text = "Skyway Airlines will cut 300 flights this winter. Europe's busiest budget carrier said it expected fares to rise."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["it expected fares to rise"])
        #expect(found.first?.speaker == "Skyway Airlines")
    }

    @Test func theCompanyTakesUpTheArticlesSubjectRatherThanTheNearestOrganisation() throws {
        let text = """
        Skyway Airlines will cut 300 flights this winter. Skyway Airlines blamed late deliveries. Analysts at Kessler \
        Brothers said the cuts were smaller than feared. The company said it would keep its profit forecast.
        """
        let found = try quotes(text, language: "en")
        #expect(found.last?.text == "it would keep its profit forecast")
        #expect(found.last?.speaker == "Skyway Airlines")
    }

    @Test func aBusinessNounDoesNotTakeUpAnAgency() throws {
        let text = """
        Orbitex Systems builds the rocket. The National Space Agency delayed its launch. The company said the engines were ready.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == ["Orbitex Systems"])
    }

    @Test func theWatchdogTakesUpTheAuthority() throws {
        let text = "The Water Services Authority fined Thamesco. The watchdog said the fine would be paid by shareholders."
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == "Water Services Authority")
    }

    @Test func trailingDescriptionAfterTheClause() throws {
        let text = "Le groupe Mécalor a confirmé la fermeture. La production sera transférée en Pologne d'ici à la fin de l'année, a annoncé le groupe."
        let found = try quotes(text)
        #expect(found.map(\.text) == ["La production sera transférée en Pologne d'ici à la fin de l'année"])
        #expect(found.first?.speaker == "Mécalor")
    }

    @Test func analystsAtAFirmSpeakForTheFirm() throws {
        let found = try quotes("Analysts at Kessler Brothers said the merger would cut costs.", language: "en")
        #expect(found.first?.speaker == "Kessler Brothers")
    }

    @Test func aNameBeforeADescribingAppositionSpeaks() throws {
        let text = "Telco raised its prices. Which?, the consumer group, said prices must not rise for existing customers."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["prices must not rise for existing customers"])
        #expect(found.first?.speaker == "Which?")
    }

    @Test func frenchOrganisationNameTakesItsComplements() throws {
        let text = """
        Le coût des terrains a fortement augmenté dans les métropoles, a indiqué l'Union nationale des aménageurs. \
        Le Groupement des industries du bois estime que la baisse des commandes menace deux mille emplois.
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Union nationale des aménageurs", "Groupement des industries du bois"])
    }

    @Test func organisationComplementStopsAtTheVerb() throws {
        let found = try quotes("La Fédération nationale a jugé que la réforme arrivait trop tard.")
        #expect(found.first?.speaker == "Fédération nationale")
    }

    @Test func bareInstitutionTakesTheFullNameGivenBefore() throws {
        let text = """
        Le tribunal administratif de Rennes a suspendu le permis de construire. \
        Selon le tribunal, le projet ne respectait pas le plan local d'urbanisme.
        """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["le projet ne respectait pas le plan local d'urbanisme"])
        #expect(found.first?.speaker == "tribunal administratif de Rennes")
        #expect(found.first?.mention == "le tribunal")
    }

    @Test func aNameAfterARoleForAnOrganisationIsNotAPerson() throws {
        let text = """
        “We will not go further,” said Jane Doe, a spokeswoman for Blue Lagoon Ferries. “That is not true,” she added.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == ["Jane Doe", "Jane Doe"])
    }

    @Test func itStandsForTheOrganisation() throws {
        let text = "Orbitex Systems delayed the launch. “We will not take any risk with the crew,” it said."
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == "Orbitex Systems")
    }

    @Test func theUnionTakesUpAConfederation() throws {
        let text = """
        La Confédération paysanne a prévenu : « Nous bloquerons les dépôts dès lundi matin. » \
        Le syndicat a estimé que la mesure était dangereuse pour l'emploi.
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Confédération paysanne", "Confédération paysanne"])
    }

    @Test func aRoleDoesNotTakeUpSomeoneNamedFarBefore() throws {
        let text = """
        Marc Lenoir a présenté le plan. La direction a confirmé les fermetures.

        Les salariés ont manifesté devant le site. Le député a dénoncé « une réforme écrite pour les banques ».
        """
        let found = try quotes(text)
        #expect(found.first?.text == "une réforme écrite pour les banques")
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "Le député")
    }

    @Test func aTrailingClauseWithItsOwnVerbIsNotAnAttribution() throws {
        let text = "Unlike the older scanners sold by Medix or Radiona, it analyses only images and cannot be used at home."
        #expect(try quotes(text, language: "en").isEmpty)
    }

    @Test func aPlaceOpeningAnOrganisationsNameBelongsToIt() throws {
        let text = "The Arizona Nurses and Health Workers Council said that staffing had fallen for three years."
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == "Arizona Nurses and Health Workers Council")
    }

    @Test func nameAdjectiveAndCountryMakeAnOrganisation() throws {
        let found = try quotes("Selon Routes navigables France, le trafic fluvial a reculé de 4 % l'an dernier.")
        #expect(found.first?.speaker == "Routes navigables France")
        #expect(found.first?.text == "le trafic fluvial a reculé de 4 % l'an dernier")
    }

    @Test func theReportTakesUpTheAuthorOfTheSourceNamedBefore() throws {
        let text = """
        Rents rose 6 per cent last year, according to the Harwood Institute's annual survey of housing, published on Monday. \
        Half of tenants spent more than a third of their income on rent, a level the report describes as “a slow-motion crisis for families”.
        """
        let found = try quotes(text, language: "en")
        #expect(found.last?.text == "a slow-motion crisis for families")
        #expect(found.last?.speaker == "Harwood Institute")
    }

    @Test func leRapportTakesUpTheAuthorOfTheSourceNamedBefore() throws {
        let text = """
        Un rapport de la Cour des comptes publié mardi pointe la dérive des dépenses. \
        Le rapport estime que l'État a perdu le contrôle de ses grands chantiers informatiques.
        """
        let found = try quotes(text)
        #expect(found.last?.speaker == "Cour des comptes")
    }

    @Test func invertedIlTakesUpTheOrganisationPastAnUnnamedUnit() throws {
        let text = """
        Hydrelis SA a relevé jeudi sa prévision de production. L'électricien table désormais sur 40 à 45 TWh, a-t-il indiqué dans un communiqué.
        """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["L'électricien table désormais sur 40 à 45 TWh"])
        #expect(found.first?.speaker == "Hydrelis SA")
    }

    @Test func theGroupTakesUpAnUntypedNameOpeningASentence() throws {
        let text = "Zentra a annoncé la fermeture de deux usines en Lorraine. Le groupe a précisé que 300 postes seraient supprimés."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Zentra")
    }

    @Test func theAgencyFallsBackOnTheLatestSubjectWhenNoNameHoldsTheKind() throws {
        let text = """
        Medivia Pharma won approval for its drug. The Food and Drug Administration cleared the drug for adults. \
        The agency said the decision was based on a trial of 600 patients.
        """
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == "Food and Drug Administration")
    }

    @Test func theUnionTakesUpTheSubjectAfterALeadingCircumstance() throws {
        let text = """
        La SNCF va relever ses prix de 2 % en janvier. Du côté des syndicats, Sud-Fer appelle à la grève le 12 janvier. \
        Selon le syndicat, les effectifs de contrôleurs ont baissé de 10 % en cinq ans.
        """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["les effectifs de contrôleurs ont baissé de 10 % en cinq ans"])
        #expect(found.first?.speaker == "Sud-Fer")
    }

    @Test func theAddresseeOfAnInvertedCueIsNotTheSpeaker() throws {
        let text = "« Nous restons confiants pour la suite », a indiqué à l'AFP une porte-parole de Motorial."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Motorial")
    }

    @Test func theOrganisationThatSpokeLastIsTakenUp() throws {
        let text = """
        Le patron de Voltaris, Marc Lenoir, a déclaré que les prix resteraient élevés. Selon Marc Lenoir, dirigeant de Voltaris, \
        la demande va croître. « Nous restons confiants pour la suite », a indiqué à l'AFP une porte-parole de Motorial. \
        Le constructeur a précisé que la production reprendrait lundi.
        """
        let found = try quotes(text)
        #expect(found.last?.text == "la production reprendrait lundi")
        #expect(found.last?.speaker == "Motorial")
    }

    @Test func aSpokesmanForTheGroupSpeaksForTheOrganisation() throws {
        let text = """
        The Rail Operators Group said it was disappointed by the strike. “Passengers should check before they travel,” \
        a spokesman for the group said.
        """
        let found = try quotes(text, language: "en")
        #expect(found.last?.speaker == "Rail Operators Group")
    }

    @Test func sonPorteParoleSpeaksForTheSubjectOrganisation() throws {
        let text = """
        La Régie Transfer a relevé ses prix. La Fédération nationale des usagers du rail juge la hausse « raisonnable ». \
        « C'est moins que ce que nous craignions », reconnaît son porte-parole.
        """
        let found = try quotes(text)
        #expect(found.last?.speaker == "Fédération nationale des usagers du rail")
    }

    @Test func aParenthesisInsideTheSubjectPhrase() throws {
        let found = try quotes("L'agence régionale de santé (ARS) des Pays de la Loire assure que la situation reste sous contrôle.")
        // The organisation may be named by its full name (entities layer) or its acronym; not by a cut phrase.
        #expect(["ARS", "agence régionale de santé"].contains(found.first?.speaker ?? ""))
    }

    @Test func aHyphenatedNameIsNotCutAtAPlace() throws {
        let found = try quotes("Selon Météo-France, le vent devrait faiblir dès lundi matin.")
        #expect(found.first?.speaker == "Météo-France")
    }

    @Test func aTrailingInvertedSpeakerEndsBeforeACircumstance() throws {
        let text = """
        Un incendie a parcouru 300 hectares de garrigue, a fait savoir la préfecture dimanche soir. \
        Le feu est désormais fixé, indique-t-elle dans un communiqué.
        """
        let found = try quotes(text)
        #expect(found.map(\.mention) == ["la préfecture", "elle"])
    }

    @Test func aNameInAppositionToADescriptionSpeaks() throws {
        let text = """
        Orbitex Group cut 300 jobs. The union, Workers United Coalition, said the cuts were illegal. \
        The group, Workers United Coalition, sent a letter to management stating that staff “will not accept forced transfers”.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == ["Workers United Coalition", "Workers United Coalition"])
    }

    @Test func theStatementDoesNotTakeUpAnEarlierSource() throws {
        let text = """
        Variety's report on the deal was published on Monday. “Any agreement must be made with the artist directly,” the statement said.
        """
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == nil)
    }

    @Test func itInAnEnglishCueDoesNotMakeAReport() throws {
        let found = try quotes("Orbitex Systems sells the device. It should be noted that the device is priced at $399.", language: "en")
        #expect(found.isEmpty)
    }

    @Test func aKindNounWithNoSuchOrganisationDoesNotTakeUpAnotherOne() throws {
        let text = """
        The patient was hospitalised in Huade, the Northern News Agency said, citing the regional health commission. \
        Twenty people were put under quarantine. No one has shown symptoms such as fever so far, the commission said.
        """
        let found = try quotes(text, language: "en")
        #expect(found.last?.mention == "the commission")
        #expect(found.last?.speaker == nil)
    }

    @Test func theAgencyFallsBackOnAnAcronym() throws {
        let text = """
        The probe was built by ESTA engineers over ten years. Scientists have waited a long time for the data. \
        The agency said the first images would be published in June.
        """
        let found = try quotes(text, language: "en")
        #expect(found.first?.speaker == "ESTA")
    }
}
