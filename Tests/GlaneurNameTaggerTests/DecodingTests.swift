import Foundation
import Testing
@testable import GlaneurNameTagger

@Suite struct DecodingTests {
    private let count = NameTagSet.count

    @Test func labelsRoundTripThroughTheirNames() {
        for label in 0..<count {
            #expect(NameTagSet.label(named: NameTagSet.name(of: label)) == label)
        }
        #expect(NameTagSet.label(named: "B-MISC") == nil)
    }

    @Test func viterbiNeverOpensANameWithAnInsideLabel() {
        // The emission of token 0 prefers I-PERSON; I- cannot start, so B-PERSON wins.
        let emissions: [Float] = [
            0, 1, 3, 0, 0, 0, 0,
            0, 0, 2, 0, 0, 0, 0,
            1, 0, 0, 0, 0, 0, 0,
        ]
        let decoder = SequenceDecoder(transitions: Array(repeating: 0, count: (count + 1) * count))
        let labels = decoder.best(emissions, tokens: 3)
        #expect(labels.map(NameTagSet.name(of:)) == ["B-PERSON", "I-PERSON", "O"])
    }

    @Test func transitionsCanOutweighEmissions() {
        // Token 1 slightly prefers B-ORG, but I-PERSON after B-PERSON is rewarded.
        var transitions = [Float](repeating: 0, count: (count + 1) * count)
        transitions[(NameTagSet.begin(.person) + 1) * count + NameTagSet.inside(.person)] = 4
        var emissions = [Float](repeating: 0, count: 2 * count)
        emissions[NameTagSet.begin(.person)] = 1
        emissions[count + NameTagSet.begin(.organization)] = 1.5
        let decoder = SequenceDecoder(transitions: transitions)
        #expect(decoder.best(emissions, tokens: 2) == [NameTagSet.begin(.person), NameTagSet.inside(.person)])
        let marginals = decoder.marginals(emissions, tokens: 2)
        for token in 0..<2 {
            let sum = marginals[(token * count)..<((token + 1) * count)].reduce(0, +)
            #expect(abs(sum - 1) < 1e-4)
        }
        #expect(marginals[count + NameTagSet.inside(.person)] > marginals[count + NameTagSet.begin(.organization)])
    }

    @Test func handBuiltModelTagsACapitalisedWordAfterAPlaceCue() {
        // One rule: a capitalised word after "à" is a place.
        let cue = FeatureHashing.feature(14, FeatureHashing.hash("a"), 1)
        let bias = FeatureHashing.feature(0, 0)
        let model = handBuiltModel([(cue, NameTagSet.begin(.place), 3), (bias, NameTagSet.outside, 1)])
        let tagger = NameTagger(model: model, lexicon: TaggerLexicon())
        let names = tagger.names(in: taggerTokens("Il habite à Tiznit depuis Mars"))
        #expect(names.map(\.tokens) == [3..<4])
        #expect(names.first?.type == .place)
        #expect((names.first?.confidence ?? 0) > 0.8)
        #expect(tagger.labels(of: taggerTokens("il habite à tiznit")).allSatisfy { $0 == NameTagSet.outside })
    }

    @Test func spansSplitAtBeginLabelsAndTypeChanges() {
        let labels = [0, 1, 2, 1, 4, 0, 6]
        let spans = NameTagger.spans(of: labels)
        #expect(spans.map(\.tokens) == [1..<3, 3..<4, 4..<5, 6..<7])
        #expect(spans.map(\.type) == [.person, .person, .organization, .place])
    }

    @Test func islandsCoverCapitalisedWordsWithOneTokenOfContext() {
        let islands = NameTagger.islands(taggerTokens("le maire Jean de La Fontaine a dit hier que Paris"))
        #expect(islands == [1..<7, 9..<11])
    }

    @Test func spanEvaluationCountsExactMatchesOnly() {
        var evaluation = SpanEvaluation()
        evaluation.add(gold: [1, 2, 0, 5], found: [(0..<2, .person), (3..<4, .organization)])
        #expect(evaluation.scores(.person).f1 == 1)
        #expect(evaluation.scores().precision == 0.5)
        #expect(evaluation.scores().recall == 0.5)
    }
}
