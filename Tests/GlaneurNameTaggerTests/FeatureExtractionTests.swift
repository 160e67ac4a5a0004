import Testing
@testable import GlaneurNameTagger

@Suite struct FeatureExtractionTests {
    @Test(arguments: [("paris", 0), ("Paris", 1), ("ONU", 2), ("2024", 3), (",", 4), ("iPhone", 5), ("É", 1)])
    func casingClasses(_ text: String, _ casing: Int) {
        #expect(TokenTraits(TaggerToken(text: Substring(text), folded: text.lowercased())).casing == UInt64(casing))
    }

    @Test func shapeCollapsesRunsOfLetterClasses() {
        func shape(_ text: String) -> UInt64 { TokenTraits(TaggerToken(text: Substring(text), folded: text)).shape }
        #expect(shape("Dupont") == shape("Martin"))
        #expect(shape("Dupont") != shape("DUPONT"))
        #expect(shape("Saint-Malo") == shape("Port-Louis"))
        #expect(shape("Saint-Malo") != shape("Dupont"))
    }

    @Test func wordAndNeighbourFeaturesFollowTheTokens() {
        let lexicon = TaggerLexicon()
        let first = SentenceFeatures(taggerTokens("selon Amina Diallo hier"), positions: 0..<4, lexicon: lexicon.compiled())
        let second = SentenceFeatures(taggerTokens("selon Kofi Diallo hier"), positions: 0..<4, lexicon: lexicon.compiled())
        #expect(first.count == 4)
        let diallo = FeatureHashing.feature(1, FeatureHashing.hash("diallo"))
        #expect(first.features(of: 2).contains(diallo))
        #expect(!first.features(of: 1).contains(diallo))
        // The word after "Amina" is the same, the word itself differs.
        #expect(Set(first.features(of: 1)) != Set(second.features(of: 1)))
        #expect(first.features(of: 1).contains(FeatureHashing.feature(3, FeatureHashing.hash("diallo"))))
    }

    @Test func lexiconMembershipIsAFeatureOfTheTokenAndItsNeighbours() {
        var lexicon = TaggerLexicon()
        lexicon.add("Amina", to: "first-name")
        lexicon.add("Saint-Jean-de-Luz", to: "lexicon-PLACE")
        lexicon.add("Mont Blanc", to: "lexicon-PLACE")
        let features = SentenceFeatures(taggerTokens("Amina Diallo au Mont Blanc"), positions: 0..<5, lexicon: lexicon.compiled())
        let firstName = FeatureHashing.hash("first-name".utf8)
        let place = FeatureHashing.hash("lexicon-PLACE".utf8)
        #expect(features.features(of: 0).contains(FeatureHashing.feature(21, firstName, 0)))
        #expect(features.features(of: 1).contains(FeatureHashing.feature(20, firstName, 0)))
        #expect(features.features(of: 3).contains(FeatureHashing.feature(21, place, 1)))
        #expect(features.features(of: 4).contains(FeatureHashing.feature(21, place, 3)))
        #expect(!features.features(of: 2).contains(FeatureHashing.feature(21, place, 1)))
        // Lexicon features sit after the others, so training can leave them out.
        let lexical = features.keys[features.lexical[0]..<features.starts[1]]
        #expect(lexical.contains(FeatureHashing.feature(21, firstName, 0)))
        #expect(!features.keys[features.starts[0]..<features.lexical[0]].contains(FeatureHashing.feature(21, firstName, 0)))
    }

    @Test func phrasesAreCutLikeTokens() {
        #expect(TaggerLexicon.words(of: "l'ile-de-france").map(String.init) == ["l'", "ile-de-france"])
        #expect(TaggerLexicon.words(of: "at&t inc.").map(String.init) == ["at", "&", "t", "inc", "."])
    }
}
