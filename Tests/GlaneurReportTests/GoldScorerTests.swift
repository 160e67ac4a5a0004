import GlaneurCore
import Testing
@testable import GlaneurReport

struct GoldScorerTests {
    private func score(gold: String, prediction: String) throws -> (counters: [String: Int], section: ReportSection, examples: [ReportExample]) {
        let scorer = GoldScorer(document: "doc.txt", gold: try JSONParser.parse(gold), prediction: try JSONParser.parse(prediction))
        return (scorer.section.counters, scorer.section, scorer.examples)
    }

    @Test func entitiesMatchAnyAliasOnceAndWrongTypesAreMissesNotNoise() throws {
        let gold = """
        {"entities": [{"canonical": "Marie Dupont", "type": "PERSON", "aliases": ["Dupont"]},
                      {"canonical": "Valmont", "type": "PLACE", "aliases": []}],
         "optional_entities": [{"canonical": "Ordo", "type": "ORG", "aliases": []}]}
        """
        let prediction = """
        {"entities": [{"text": "Marie Dupont", "canonical": "Marie Dupont", "type": "PERSON"},
                      {"text": "Dupont", "canonical": "M. Dupont", "type": "PERSON"},
                      {"text": "Valmont", "canonical": "Valmont", "type": "ORG", "start": 40, "end": 47},
                      {"text": "Ordo", "canonical": "Ordo", "type": "ORG"},
                      {"text": "Nordlys", "canonical": "Nordlys", "type": "ORG"}]}
        """
        let result = try score(gold: gold, prediction: prediction)
        // "M. Dupont" is a second prediction of an entity already found: counted neither way.
        #expect(result.counters["entities.found"] == 1)
        #expect(result.counters["entities.predicted"] == 2)
        #expect(result.counters["entities.gold"] == 2)
        #expect(result.section.breakdowns["entity_confusion"] == ["PLACE→ORG": 1])
        let typeError = try #require(result.examples.first { $0.category == "entity_type_error" })
        #expect(typeError.start == 40 && typeError.end == 47)
        #expect(result.examples.contains { $0.category == "entity_false_positive" && $0.excerpt == "Nordlys" })
        #expect(result.examples.contains { $0.category == "entity_missed" && $0.excerpt == "Valmont" })
    }

    @Test func quotesMatchByWordDiceAndSpeakersByTheGoldEntitysNames() throws {
        let gold = """
        {"entities": [{"canonical": "Marie Dupont", "type": "PERSON", "aliases": ["Dupont"]}],
         "quotes": [{"text": "nous allons ouvrir trois usines cette année", "speaker": "Marie Dupont"},
                    {"text": "le marché reste fragile selon les analystes", "speaker": null},
                    {"text": "rien ne presse pour le conseil", "speaker": "Marie Dupont"}],
         "optional_quotes": [{"text": "une phrase facultative ici"}]}
        """
        let prediction = """
        {"quotes": [{"text": "Nous allons ouvrir trois usines", "speaker": {"text": "Dupont", "canonical": null}},
                    {"text": "le marché reste fragile", "speaker": null},
                    {"text": "une phrase facultative ici même"},
                    {"text": "tout autre chose sans rapport"}]}
        """
        let counters = try score(gold: gold, prediction: prediction).counters
        #expect(counters["quotes.matched"] == 2 && counters["quotes.gold"] == 3)
        #expect(counters["quotes.predicted"] == 3) // the optional quote is not counted
        #expect(counters["speakers.total"] == 1 && counters["speakers.correct"] == 1)
        #expect(counters["quotes.attributed"] == 2) // the unnamed source counts by detection
    }

    @Test func claimsMatchByValueThenKindWithTiesToTheLaterPrediction() throws {
        let gold = """
        {"claims": [{"text": "5 %", "kind": "percent", "value": 5}, {"text": "12 usines", "kind": "count", "value": "12"}],
         "optional_claims": [{"text": "en 2024"}]}
        """
        let prediction = """
        {"claims": [{"text": "5 %", "kind": "count", "value": 5.0000001},
                    {"text": "5 %", "kind": "percent", "value": 5},
                    {"text": "12 usines", "kind": "count", "value": 12},
                    {"text": "en 2024", "kind": "count", "value": 2024}]}
        """
        let result = try score(gold: gold, prediction: prediction)
        #expect(result.counters["claims.value_matched"] == 2)
        #expect(result.counters["claims.matched"] == 2)
        #expect(result.counters["claims.predicted"] == 3) // the unmatched "5 %" counts, the optional one does not
        #expect(result.counters["claims.gold"] == 2)
    }

    @Test func scoresFollowTheReferenceDefinitions() {
        var section = ReportSection(name: QualityReport.evaluationSection)
        section.count("entities.found", 3)
        section.count("entities.predicted", 4)
        section.count("entities.gold", 6)
        section.count("quotes.gold", 0)
        let figures = EvaluationScores(section).figures
        #expect(figures["entities.precision"] == 0.75 && figures["entities.recall"] == 0.5)
        #expect(abs((figures["entities.f1"]!)! - 0.6) < 1e-12)
        #expect(figures["quotes.precision"] == 1.0 && figures["quotes.recall"] == 1.0) // nothing expected, nothing predicted
        #expect(figures["claims.precision"] == 1.0)
        #expect(figures["speaker_accuracy"]! == nil)
    }
}
