import GlaneurCore
import Testing

/// Names in apposition to a role, names with particles, cues after a time adjunct, "appeler à" and
/// inverted "a-t-elle défendu", and "selon" after a leading circumstance.
@Suite struct ApposedNameAndCueTests {
    @Test func nameWithACapitalisedParticleAfterAFirstName() throws {
        let text = "Sa présidente, Anne Le Goff, a prévenu : « Sans aide de l'État, des entreprises vont fermer avant l'été. »"
        let found = try quotes(text)
        #expect(found.first?.speaker == "Anne Le Goff")
        #expect(found.first?.rule == "colon-cue")
    }

    @Test func surnameAloneAfterARoleIsThePerson() throws {
        let text = """
        Pour Hélène Martin, sociologue, la crise va durer. Le syndicat tient son congrès. \
        Sa présidente, Le Goff, a estimé que la grève était inévitable.
        """
        let found = try quotes(text)
        #expect(found.last?.text == "la grève était inévitable")
        #expect(found.last?.speaker == "Le Goff")
    }

    @Test func surnameAfterARoleInAnInvertedIncise() throws {
        let text = "Hélène Martin ouvre le congrès. « On ne lâchera rien », a lancé sa présidente, Le Goff, devant les militants."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Le Goff")
    }

    @Test func appelerAIntroducesAQuotation() throws {
        let text = "Le ministre du Logement, Paul Vernier, appelle à « un sursaut collectif de tous les acteurs du secteur »."
        let found = try quotes(text)
        #expect(found.map(\.text) == ["un sursaut collectif de tous les acteurs du secteur"])
        #expect(found.first?.speaker == "Paul Vernier")
    }

    @Test func appeleStillNamesATitle() throws {
        let found = try quotes("Le gouvernement a lancé un dispositif appelé « Toit pour tous les jeunes actifs ».")
        #expect(found.isEmpty)
    }

    @Test func invertedDefendu() throws {
        let text = "Claire Morvan dirige le site. « C'est un plan responsable et mesuré », a-t-elle défendu devant la presse."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Claire Morvan")
        #expect(found.first?.rule == "incise-after")
    }

    @Test func bareClauseAfterATimeAdjunct() throws {
        let text = "Telco said on Tuesday it had completed its merger. Orbitex said in a statement the launch was delayed."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["it had completed its merger", "the launch was delayed"])
        #expect(found.map(\.speaker) == ["Telco", "Orbitex"])
    }

    @Test func selonAfterALeadingPlaceKeepsTheClauseOnly() throws {
        let found = try quotes("Dans la Drôme, selon Paul Vernier, trente logements sont vacants.")
        #expect(found.map(\.text) == ["trente logements sont vacants"])
        #expect(found.first?.speaker == "Paul Vernier")
    }

    @Test func placePhrasesAreNotQuotes() throws {
        let found = try quotes("Dans la Drôme, à Valence, la mairie a gelé trois chantiers de logements sociaux.")
        #expect(found.isEmpty)
    }

    @Test func pourSkipsSeveralAppositions() throws {
        let text = "Pour Léa Garnier, 42 ans, mère de trois enfants, la situation devient intenable."
        let found = try quotes(text)
        #expect(found.map(\.text) == ["la situation devient intenable"])
        #expect(found.first?.speaker == "Léa Garnier")
    }

    @Test func pourKeepsAClauseThatOpensWithAnArticle() throws {
        let found = try quotes("Pour Léa Garnier, la réforme, adoptée en mars, reste mal comprise.")
        #expect(found.map(\.text) == ["la réforme, adoptée en mars, reste mal comprise"])
    }

    @Test func colonCueWithAnUnnamedSubjectDoesNotInherit() throws {
        let text = """
        La ministre Claire Vautrin a prévenu : « Il n'y aura pas de passage en force cette fois. » \
        L'intersyndicale a prévenu : « La mobilisation continuera tant que le texte ne sera pas retiré. »
        """
        let found = try quotes(text)
        #expect(found.count == 2)
        #expect(found.last?.speaker == nil)
        #expect(found.last?.mention == "L'intersyndicale")
        #expect(found.last?.rule == "colon-cue")
    }

    @Test func calledForIntroducesAQuotation() throws {
        let text = "The mayor, Sarah Mills, called for “a complete overhaul of the housing benefit system”."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["a complete overhaul of the housing benefit system"])
        #expect(found.first?.speaker == "Sarah Mills")
    }

    @Test func calledStillNamesATitle() throws {
        #expect(try quotes("The firm launched a scheme called “Homes for Every Young Worker Now”.", language: "en").isEmpty)
    }

    @Test func leadingCircumstancesBeforeACommaAreNotAReport() throws {
        #expect(try quotes("Dans la Drôme, à Valence, le maire Paul Vernier a annoncé la suspension des travaux.").isEmpty)
        #expect(try quotes("Du côté des salariés, la direction a dit non à toute hausse de salaire.").isEmpty)
    }

    @Test func aTrailingAttributionAfterAClauseWithAVerbStays() throws {
        let found = try quotes("À Valence, les loyers ont augmenté de 8 % en un an, a indiqué Paul Vernier.")
        #expect(found.map(\.text) == ["À Valence, les loyers ont augmenté de 8 % en un an"])
        #expect(found.first?.speaker == "Paul Vernier")
    }

    @Test func bareClauseWithAPastTense() throws {
        let found = try quotes("Orbitex's Jane Holt said supply chains remained fragile.", language: "en")
        #expect(found.map(\.text) == ["supply chains remained fragile"])
        #expect(found.first?.speaker == "Jane Holt")
    }

    @Test func aNameWithAnApostropheKeepsItsLastLetters() throws {
        let text = "La députée Anne Le Floc'h a déposé un amendement. Le Floc'h a expliqué que le texte protégeait mieux les locataires."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Anne Le Floc'h")
    }

    @Test func aSurnameWithALowerCaseParticle() throws {
        let text = "Le sénateur Dominique de Legge a présenté son rapport. M. de Legge a estimé que les crédits devaient augmenter."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Dominique de Legge")
    }

    @Test func englishArticleAIsNotAFrenchPreposition() throws {
        let found = try quotes("A Leeds man admitted stealing 40 bicycles from the station, prosecutors said.", language: "en")
        #expect(found.map(\.text) == ["A Leeds man admitted stealing 40 bicycles from the station"])
    }

    @Test func aLeadingClauseWithAVerbBeforeTheReportStays() throws {
        let text = "After the first phones shipped, people began using them for work, Jane Holt said while visiting the plant in Austin."
        let found = try quotes(text, language: "en")
        #expect(found.first?.text == "After the first phones shipped, people began using them for work")
        #expect(found.first?.speaker == "Jane Holt")
    }
}
