import GlaneurCore
import Testing
@testable import GlaneurQuotes

/// Speakers named at the attribution site, carried along runs of quotes, and descriptions resolved to
/// the person introduced with them.
@Suite struct SpeakerRunTests {
    @Test func anInciseInsideTheMarksSplitsTheQuotationAndNamesTheSpeaker() throws {
        let text = """
        « Les digues ne tiendront pas un hiver de plus, prévient Corentin Abalain, le maire de Saint-Brévin. \
        Nous avons demandé des crédits depuis trois ans. »
        """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["Les digues ne tiendront pas un hiver de plus",
                                      "Nous avons demandé des crédits depuis trois ans."])
        #expect(found.map(\.speaker) == ["Corentin Abalain", "Corentin Abalain"])
        #expect(found.map(\.rule) == ["incise-within", "incise-within"])
    }

    @Test(arguments: ["dit-il", "a-t-il ajouté", "poursuit-il"])
    func aPronounInciseInsideTheMarksTakesUpThePerson(incise: String) throws {
        let text = """
        Le maraîcher Paul Kerhervé cultive trois hectares. « On manque d'eau depuis juin, \(incise). \
        Les salades ont brûlé en une semaine. »
        """
        let found = try quotes(text)
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Paul Kerhervé", "Paul Kerhervé"])
    }

    @Test func aSpeakerNamedAfterTheFirstQuoteOfARunAlsoSpeaksIt() throws {
        let text = """
        La direction de Brunel SA a confirmé la fermeture du site de Dole.
        « C'est indigne d'annoncer cela avant les fêtes de fin d'année ! » La colère domine chez Maëlle Ravier, \
        responsable du secteur chimie du syndicat. Un rapport avait pourtant été remis.
        « Le site reste rentable et les commandes augmentent, ajoute la responsable syndicale. \
        Partir coûtera cher à tout le monde. »
        """
        let found = try quotes(text)
        #expect(found.count == 3)
        #expect(found.map(\.speaker) == ["Maëlle Ravier", "Maëlle Ravier", "Maëlle Ravier"])
        #expect(found.first?.rule == "run-before")
    }

    @Test func anInvertedAuxiliaryAndPronounMakeAnInciseWhateverTheParticiple() throws {
        let text = """
        La question vient de la conseillère Odile Verhaegen. « Combien de bus sont encore immobilisés au dépôt ce matin ? », \
        a-t-elle notamment soulevé.
        """
        let found = try quotes(text)
        #expect(found.first?.speaker == "Odile Verhaegen")
        #expect(found.first?.rule == "incise-after")
    }

    @Test func aDefiniteDescriptionNextToAQuoteIsThePersonJustIntroduced() throws {
        let text = """
        Léonie Marchal court pour le club de Vesoul depuis cinq ans. « Je dois encore apprendre à gérer les descentes », \
        explique la coureuse de 22 ans. « Mais la saison commence bien et je suis confiante. »
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["Léonie Marchal", "Léonie Marchal"])
        #expect(found.map(\.mention) == ["la coureuse de 22 ans", "la coureuse de 22 ans"])
    }

    @Test func aRoleDescriptionResolvesToThePersonGivenThatRoleNotAnOrganisation() throws {
        let text = """
        Les délais restent stables, selon la conseillère en communication, Maude Tremblay Caron. \
        La conseillère précise toutefois que l'attente est plus longue à l'hôpital de Rimouski pour les cas graves.
        """
        let found = try quotes(text)
        #expect(found.last?.speaker == "Maude Tremblay Caron")
        #expect(found.last?.mention == "La conseillère")
    }

    @Test func aQuoteAfterASentenceWhoseSubjectIsTheOnlyPersonNamedIsTheirs() throws {
        let text = """
        La conseillère Ingrid Verbeke a remercié les services pour la clarté du budget. \
        « Je constate que le résultat reste positif malgré la hausse des taux d'intérêt cette année. »
        """
        let found = try quotes(text)
        #expect(found.first?.speaker == "Ingrid Verbeke")
        #expect(found.first?.rule == "lead-subject")
    }

    @Test func noLeadSubjectWhenTheSentenceNamesSomeoneElseToo() throws {
        let text = """
        Ingrid Verbeke a remercié Thomas Lejeune pour la clarté du budget. \
        « Je constate que le résultat reste positif malgré la hausse des taux d'intérêt cette année. »
        """
        let found = try quotes(text)
        #expect(found.first?.speaker == nil)
    }

    @Test func anAcronymTakesItsCapitalisedComplementAndIsNotConfusedWithAnother() throws {
        let text = """
        Selon les données du CIUSSS de la Mauricie, le délai dépasse dix heures. \
        Selon les données du CIUSSS de l'Estrie, le délai atteint huit heures.
        """
        let found = try quotes(text)
        #expect(found.map(\.speaker) == ["CIUSSS de la Mauricie", "CIUSSS de l'Estrie"])
    }

    @Test func englishIncisesInsideTheMarksSplitTheQuotation() throws {
        let text = """
        Farmer Gareth Pryce has lost half his flock. "We have never seen a winter like this one, said Gareth Pryce. \
        The feed bill alone has doubled since October."
        """
        let found = try quotes(text, language: "en")
        #expect(found.count == 2)
        #expect(found.map(\.speaker) == ["Gareth Pryce", "Gareth Pryce"])
    }

    @Test func theSpeakerRecordsHowItWasResolved() throws {
        let text = """
        Léonie Marchal court pour le club de Vesoul. « Je dois encore apprendre à gérer les descentes », dit-elle. \
        « Mais la saison commence bien pour toute l'équipe. » Un analyste ajoute que « le club manque de moyens depuis des années ».
        """
        let document = try quoteDocument(text)
        #expect(document.quotes.map { $0.speaker?.resolution } == ["pronoun", "run", "unnamed"])
    }

    @Test func aParagraphClosedByAnInvertedPronounWithoutMarksIsAQuote() throws {
        let text = """
        Les délais restent courts, selon la conseillère Julie Roy.

        En Gaspésie, on attend toujours assez peu. Je pense que la coordination entre les services est excellente explique-t-elle.
        """
        let found = try quotes(text)
        #expect(found.last?.text == "En Gaspésie, on attend toujours assez peu. Je pense que la coordination entre les services est excellente")
        #expect(found.last?.speaker == "Julie Roy")
        #expect(found.last?.rule == "incise-unmarked")
    }

    @Test func aPersonNamedAtTheAttributionSiteIsAnEntityUnlessOneCoversIt() throws {
        let text = "« Les digues ne tiendront pas un hiver de plus », prévient Corentin Abalain, le maire de la commune."
        let document = try quoteDocument(text)
        let added = QuotesStage.speakerEntities(document.quotes, missingFrom: [], text: document.text)
        #expect(added.map { String(document.text.slice($0.span)) } == ["Corentin Abalain"])
        #expect(added.map(\.type) == [.person])
        #expect(added.map(\.rule) == ["quote-speaker"])
        let covering = Entity(span: try #require(added.first).span, type: .person, canonical: "Corentin Abalain", id: nil,
                              origin: .discovered, rule: "discovery")
        #expect(QuotesStage.speakerEntities(document.quotes, missingFrom: [covering], text: document.text).isEmpty)
    }
}
