import GlaneurCore
import GlaneurEntities
import Testing

/// The learned tagger in the entities stage: it fills gaps the lexicon and the cues leave, and
/// never overrides them.
@Suite struct TaggerCandidateTests {
    private func entities(_ text: String, language: String, tagger: Bool = true) throws -> [Entity] {
        try annotate(text, language: language,
                     through: [SharedStages.tokenize, tagger ? SharedStages.entitiesWithTagger : SharedStages.entities]).entities
    }

    @Test func tagsAnUnlistedPersonOnlyTheTaggerFinds() throws {
        let text = "Lundi soir, Kossi Ekwuembo a présenté le budget de la commune devant les élus."
        let document = try annotate(text, language: "fr", through: [SharedStages.tokenize, SharedStages.entitiesWithTagger])
        let tagged = document.entities.filter { $0.origin == .tagger }
        #expect(document.texts(tagged.map(\.span)) == ["Kossi Ekwuembo"])
        #expect(tagged.first?.type == .person)
        #expect(tagged.first?.rule == "tagger")
        #expect(try entities(text, language: "fr", tagger: false).allSatisfy { $0.origin != .tagger })
    }

    @Test func lexiconMatchesKeepPrecedence() throws {
        let found = try entities("Hier, la ministre est arrivée à Paris avec Kossi Ekwuembo.", language: "fr")
        let paris = found.first { $0.canonical == "Paris" }
        #expect(paris?.origin == .lexicon)
        #expect(paris?.id == "Q90")
    }

    @Test func aShortFormOfATaggedPersonLinksToTheFullName() throws {
        let text = "Kossi Ekwuembo préside le club. Plus tard, Ekwuembo a rencontré les joueurs."
        let document = try annotate(text, language: "fr", through: [SharedStages.tokenize, SharedStages.entitiesWithTagger])
        let short = document.entities.last
        #expect(short.map { String(document.text.slice($0.span)) } == "Ekwuembo")
        #expect(short?.canonical == "Kossi Ekwuembo")
        #expect(short?.type == .person)
    }

    @Test func aLoneCapitalisedWordOpeningASentenceIsNotTagged() throws {
        let found = try entities("Angry residents gathered outside the town hall on Monday evening.", language: "en")
        #expect(!found.contains { $0.origin == .tagger })
    }

    @Test func demonymsAreNeverTaggedAsNames() throws {
        let text = "The Chinese delegation met the Europeans in Geneva. Later, European officials said the talks went well."
        let document = try annotate(text, language: "en", through: [SharedStages.tokenize, SharedStages.entitiesWithTagger])
        #expect(document.texts(document.entities.filter { $0.origin == .tagger }.map(\.span)).isEmpty)
    }

    @Test func aHeadlineWhoseWordsTheDocumentWritesInLowerCaseIsNotTagged() throws {
        let text = "Transports Perturbés Dans La Région\n\nLes transports sont perturbés depuis lundi dans toute la région, selon la direction."
        let found = try entities(text, language: "fr")
        #expect(!found.contains { $0.origin == .tagger })
    }
}
