import GlaneurCore
import Testing

@Suite struct FrenchAttributionTests {
    @Test func inciseAfterWithANamedSpeaker() throws {
        let marked = MarkedText("« Les puces seront livrées avant l’été », [[a déclaré]] [[Jensen Huang]] lors d’une conférence.")
        let document = try quoteDocument(marked.text)
        let quote = try #require(document.quotes.first)
        #expect(document.quoteSummaries.first?.speaker == "Jensen Huang")
        #expect(quote.rule == "incise-after")
        #expect(quote.cue == marked.spans[0])
        #expect(quote.speaker?.mention == marked.spans[1])
    }

    @Test(arguments: ["a-t-il ajouté", "ajoute-t-il", "dit-il", "a-t-il précisé", "aurait-il déclaré"])
    func invertedPronounInciseResolvesToThePerson(incise: String) throws {
        let text = "Le chercheur Lennart Holm travaille sur ces questions. « Les meilleures mesures sont celles que nous n’avons pas », \(incise)."
        let found = try quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Lennart Holm")
        #expect(found.first?.rule == "incise-after")
    }

    @Test func feminineAndMasculinePronounsPickTheMatchingPerson() throws {
        let text = """
        Mme Hélène Carpentier a rencontré M. Olivier Vasseur mardi. « Nous avons trouvé un terrain d’entente solide », dit-elle. \
        « Les détails viendront dans les prochains jours », a-t-il ajouté.
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Hélène Carpentier", "Olivier Vasseur"])
    }

    @Test func aQuoteSplitByAnInciseGivesTwoQuotesWithOneSpeaker() throws {
        let text = "« Nous ne céderons pas sur les salaires », a affirmé Nadia Benali, « et nous le dirons à la direction dès lundi. »"
        let found = try quotes(text)
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Nadia Benali", "Nadia Benali"])
        #expect(found.map(\.rule) == ["incise-inside", "incise-inside"])
    }

    @Test func speakerBeforeACueAndAColon() throws {
        let found = try quotes("Liang Wu, PDG de Hexatech, a déclaré en juillet : « L’argent n’a jamais été un problème pour nous. »")
        #expect(found.first?.speaker == "Liang Wu")
        #expect(found.first?.rule == "colon-cue")
    }

    @Test func speakerAndColonWithoutAVerb() throws {
        let found = try quotes("Le verdict de Nadia Benali : « Cette réforme ne tiendra pas deux ans. »")
        #expect(found.first?.speaker == "Nadia Benali")
        #expect(found.first?.rule == "colon-speaker")
    }

    @Test func speakerAsSubjectOfACueWithQue() throws {
        let text = "Janet Ortiz, co-autrice du rapport, a noté que « l’accès limité aux puces a été la contrainte principale »."
        let found = try quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.kind == .direct)
        #expect(found.first?.speaker == "Janet Ortiz")
        #expect(found.first?.rule == "subject-cue")
    }

    @Test func selonBeforeADirectQuote() throws {
        let found = try quotes("Selon Paul Girard, « la croissance reviendra au second semestre sans aucun doute ».")
        #expect(found.first?.speaker == "Paul Girard")
        #expect(found.first?.rule == "selon")
    }

    @Test func aShortFormResolvesToTheFullName() throws {
        let text = "Lennart Holm dirige le laboratoire. Plus tard, Holm a ajouté : « Les chiffres manquent encore cruellement. »"
        let found = try quotes(text)
        #expect(found.first?.speaker == "Lennart Holm")
        #expect(found.first?.mention == "Holm")
    }

    @Test func aDescriptionResolvesToThePersonWithThatRole() throws {
        let text = """
        Marc Leroy, PDG de Nexalia, a présenté les résultats. Les ventes ont doublé en un an. \
        Le PDG de Nexalia a ensuite ajouté : « Nous visons désormais le marché asiatique. »
        """
        let found = try quotes(text)
        #expect(found.first?.speaker == "Marc Leroy")
        #expect(found.first?.mention == "Le PDG de Nexalia")
    }

    @Test func ceDernierIsTheLatestPerson() throws {
        let text = "Anne Royer a croisé Paul Girard au salon. Ce dernier a confié : « Le secteur traverse une passe difficile. »"
        #expect(try quotes(text).first?.speaker == "Paul Girard")
    }

    @Test func anUnnamedSourceKeepsItsMentionWithoutACanonicalName() throws {
        let found = try quotes("Comme le note un analyste : « Le facteur décisif, c’est la technologie la plus adoptée. »")
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "un analyste")
    }

    @Test func anOrganisationCanBeTheSpeaker() throws {
        let text = "Les exportations ont progressé de 12 % sur l’année, selon le ministère chinois du Commerce."
        let found = try quotes(text)
        #expect(found.first?.speaker == "ministère chinois du Commerce")
        #expect(found.first?.kind == .indirect)
    }

    @Test func aQuoteAloneInItsParagraphInheritsFromThePreviousOne() throws {
        let text = """
        Jared Dunn, ancien directeur au ministère, a écrit : « Les États-Unis ne peuvent plus compter sur les seuls modèles fermés. »

        « Pour garder leur avance, ils devraient financer un vaste programme de modèles ouverts. »
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Jared Dunn", "Jared Dunn"])
        #expect(found.last?.rule == "inherit")
    }

    @Test func aPresentParticipleCueTakesTheSubjectOfTheSentence() throws {
        let text = "Xia Lin, analyste chez Orbis, estime que Pékin veut garder ses talents, commentant : « La fuite des cerveaux peut ruiner un pays. »"
        let found = try quotes(text)
        #expect(found.map(\.kind) == [.indirect, .direct])
        #expect(found.map(\.speaker) == ["Xia Lin", "Xia Lin"])
        #expect(found.first?.text == "Pékin veut garder ses talents")
    }

    @Test func aReflexiveInciseWithAnUnnamedSpeakerStartsANewRun() throws {
        let text = """
        « Nous attendons les conclusions », a indiqué Anne Morel.

        « C’est une honte », s’est indigné un élu local. « On nous a promis des moyens qui ne sont jamais arrivés. »
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Anne Morel", nil, nil])
        #expect(found.map(\.mention) == ["Anne Morel", "un élu local", "un élu local"])
        #expect(found.map(\.rule) == ["incise-after", "incise-after", "inherit"])
    }

    @Test func anAcronymDoesNotRunIntoTheNameAfterIt() throws {
        let found = try quotes("« La situation est sérieuse mais pas désespérée », explique à l’AFP Jean Dupuis, économiste.")
        #expect(found.first?.speaker == "Jean Dupuis")
    }

    @Test func aNameBetweenCommasAfterARoleIsTheSubject() throws {
        let text = "Interrogé mardi, le ministre du Travail, Paul Renaud, a reconnu que « des ajustements seront nécessaires cette année »."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Paul Renaud")
        #expect(found.first?.mention == "Paul Renaud")
    }

    @Test func pourWithAPersonBeforeADirectQuote() throws {
        let text = "Marc Leroy dirige Nexalia depuis 2019. Pour Marc Leroy, « la réforme arrive beaucoup trop tard pour sauver la filière »."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Marc Leroy")
        #expect(found.first?.rule == "selon")
    }

    @Test func anIndefiniteRoleIsAnUnnamedSource() throws {
        let text = "Marc Leroy, conseiller du ministre, a démissionné. « Tout le monde savait que ça finirait mal », glisse un conseiller."
        let found = try quotes(text)
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "un conseiller")
    }

    @Test func aNewspaperNameKeepsItsArticle() throws {
        let found = try quotes("Les ventes ont reculé de 5 % au premier trimestre, selon Le Monde.")
        #expect(found.first?.speaker == "Le Monde")
    }

    @Test func aColonClosingTheParagraphIntroducesTheNextOne() throws {
        let text = """
        Interrogée sur ce point, Claire Vautrin a déclaré :

        « Nous présenterons un plan complet avant la fin du mois de juin. »
        """
        let found = try quotes(text)
        #expect(found.first?.speaker == "Claire Vautrin")
        #expect(found.first?.rule == "colon-cue")
    }

    @Test func aDefiniteDescriptionTakesUpTheLatestPerson() throws {
        let text = "Le secrétaire général du syndicat, Laurent Bergé, a répliqué. « Le gouvernement fait une erreur historique », a estimé le syndicaliste sur une radio."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Laurent Bergé")
        #expect(found.first?.mention == "le syndicaliste")
    }

    @Test func pourOpeningASentenceAttributesAQuoteInsideIt() throws {
        let found = try quotes("Pour l’économiste Philippe Marin, professeur à Lille, la réforme « ne résout rien à long terme ».")
        #expect(found.first?.speaker == "Philippe Marin")
    }

    @Test func sourcesCloseToAnInstitutionStayUnnamed() throws {
        let found = try quotes("Des sources proches de l’Élysée affirment que le président suit le dossier de près.")
        #expect(found.first?.speaker == nil)
        #expect(found.first?.mention == "Des sources proches de l’Élysée")
    }

    @Test func aSentenceIntroducingTheNextQuoteIsNotAnInciseOfThePreviousOne() throws {
        let text = "Paul Girard a ouvert la séance : « Nous avons beaucoup de travail. » Marie Lenoir a ajouté : « Et peu de temps pour le faire. »"
        #expect(try quotes(text).map(\.speaker) == ["Paul Girard", "Marie Lenoir"])
    }
}
