import Testing
import GlaneurCore
@testable import GlaneurEntities

@Suite struct EntityMatchingTests {
    @Test func accentsCaseAndHyphenVariantsReachOneEntity() throws {
        let found = try entities("Les États-Unis, les Etats Unis et les ETATS-UNIS face à la Chine.")
        #expect(found.map(\.text) == ["États-Unis", "Etats Unis", "ETATS-UNIS", "Chine"])
        #expect(found.map(\.canonical) == ["États-Unis", "États-Unis", "États-Unis", "Chine"])
        #expect(found.allSatisfy { $0.origin == .lexicon })
    }

    @Test func elisionsAndPossessivesDoNotHideNames() throws {
        let found = try entities("Les puces d’Apple et l’Amérique de Trump.")
        #expect(found.map(\.text) == ["Apple", "Amérique", "Trump"])
        let english = try entities("Apple’s chips and Google's models.", language: "en")
        #expect(english.map(\.text) == ["Apple", "Google"])
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func bothTokenizationsGiveTheSameMatches(splitElisions: Bool, splitHyphens: Bool) throws {
        let text = "À Pékin, l’Amérique et la Maison-Blanche parlent d’Apple, des États-Unis et de Washington D.C."
        var document = handTokenized(text, splitElisions: splitElisions, splitHyphens: splitHyphens)
        try EntitiesFixtures.stage.process(&document)
        #expect(document.foundEntities.map(\.text) == ["Pékin", "Amérique", "Maison-Blanche", "Apple", "États-Unis", "Washington D.C"])
        #expect(document.foundEntities.map(\.canonical) == ["Pékin", "États-Unis", "Maison-Blanche", "Apple", "États-Unis", "Washington"])
    }

    @Test func longestAliasWins() throws {
        let found = try entities("Google Brain a quitté Google. DeepSeek R1 est le modèle de DeepSeek.")
        #expect(found.map(\.description) == [
            "Google Brain|ORG|Google Brain|lexicon", "Google|ORG|Google|lexicon",
            "DeepSeek R1|PRODUCT|DeepSeek R1|lexicon", "DeepSeek|ORG|DeepSeek|lexicon",
        ])
    }

    @Test func spansCoverExactlyTheName() throws {
        let marked = MarkedText("Selon la [[Maison Blanche]], [[Jensen Huang]] ira à [[Paris]].")
        let document = try annotate(marked.text, through: [SharedStages.tokenize, EntitiesFixtures.stage])
        #expect(document.entities.map(\.span) == marked.spans)
        #expect(document.entities.map(\.id) == ["Q7257321", "glaneur:person/jensen-huang", "Q90"])
    }

    @Test func productNamesTakeTheirVersion() throws {
        let found = try entities("Google a lancé Gemini 2.5 Pro puis DeepSeek-R2 et R1 ; ChatGPT reste en tête.")
        #expect(found.map(\.description) == [
            "Google|ORG|Google|lexicon", "Gemini 2.5 Pro|PRODUCT|Gemini 2.5 Pro|lexicon",
            "DeepSeek-R2|PRODUCT|DeepSeek R2|lexicon", "R1|PRODUCT|DeepSeek R1|lexicon", "ChatGPT|PRODUCT|ChatGPT|lexicon",
        ])
    }

    @Test func modelCodesAndDomainLikeNamesSurviveTokenization() throws {
        let found = try entities("Le Kirin 9000s équipe le Mate ; DeepLearning.AI publie une lettre.")
        #expect(found.map(\.description) == ["Kirin 9000s|PRODUCT|Kirin 9000s|lexicon", "DeepLearning.AI|ORG|DeepLearning.AI|lexicon"])
    }

    @Test func bareModelCodeNeedsItsMaker() throws {
        #expect(try entities("La version R2 arrive bientôt.").isEmpty)
        // After a product noun the code is a product, found by discovery, not the maker's model.
        #expect(try entities("Le modèle R2 arrive bientôt.").map(\.description) == ["R2|PRODUCT|R2|discovered"])
        let found = try entities("DeepSeek prépare R2, attendu cet été.")
        #expect(found.map(\.description) == ["DeepSeek|ORG|DeepSeek|lexicon", "R2|PRODUCT|DeepSeek R2|lexicon"])
    }
}
