/// Trains a tagger model as an averaged structured perceptron: Viterbi-decode each sentence with
/// the current weights, and where the best labels differ from the gold ones, add the gold
/// features' and transitions' scores and subtract the predicted ones; the model keeps the average
/// of the weights over all steps.
public struct PerceptronTrainer: Sendable {
    public var epochs: Int
    /// Probability of hiding a sentence's lexicon features during an epoch, so that the model also
    /// learns to find names no list holds.
    public var lexicalDropout: Double
    public var seed: UInt64

    public init(epochs: Int = 8, lexicalDropout: Double = 0.5, seed: UInt64 = 20_261_207) {
        self.epochs = epochs
        self.lexicalDropout = lexicalDropout
        self.seed = seed
    }

    /// Trains on `sentences`; `progress` receives one line per epoch.
    public func train(_ sentences: [LabeledSentence], lexicon: TaggerLexicon, progress: (String) -> Void = { _ in }) -> NameTaggerModel {
        let count = NameTagSet.count
        var index: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        var rows: [[Int32]] = []
        var starts: [[Int]] = []
        var lexical: [[Int]] = []
        let tables = lexicon.compiled()
        for sentence in sentences {
            let features = SentenceFeatures(sentence.tokens, positions: 0..<sentence.tokens.count, lexicon: tables)
            rows.append(features.keys.map { key in
                if let row = index[key] { return row }
                let row = Int32(keys.count)
                index[key] = row
                keys.append(key)
                return row
            })
            starts.append(features.starts)
            lexical.append(features.lexical)
        }
        progress("\(sentences.count) sentences, \(keys.count) features")
        var weights = [Float](repeating: 0, count: keys.count * count)
        var sums = [Float](repeating: 0, count: keys.count * count)
        var transitions = [Float](repeating: 0, count: (count + 1) * count)
        var transitionSums = transitions
        var step: Float = 1
        var random = SplitMix(seed: seed)
        var order = Array(sentences.indices)
        for epoch in 1...max(1, epochs) {
            random.shuffle(&order)
            var errors = 0
            for sentenceIndex in order {
                let gold = sentences[sentenceIndex].labels
                let tokens = gold.count
                let withLexical = random.unit() >= lexicalDropout
                let sentenceRows = rows[sentenceIndex], sentenceStarts = starts[sentenceIndex], sentenceLexical = lexical[sentenceIndex]
                var emissions = [Float](repeating: 0, count: tokens * count)
                for token in 0..<tokens {
                    let end = withLexical ? sentenceStarts[token + 1] : sentenceLexical[token]
                    for feature in sentenceStarts[token]..<end {
                        let row = Int(sentenceRows[feature]) * count
                        for label in 0..<count { emissions[token * count + label] += weights[row + label] }
                    }
                }
                let predicted = SequenceDecoder(transitions: transitions).best(emissions, tokens: tokens)
                if predicted != gold {
                    errors += 1
                    for token in 0..<tokens {
                        let goldPrevious = token == 0 ? 0 : gold[token - 1] + 1
                        let predictedPrevious = token == 0 ? 0 : predicted[token - 1] + 1
                        if goldPrevious != predictedPrevious || gold[token] != predicted[token] {
                            transitions[goldPrevious * count + gold[token]] += 1
                            transitionSums[goldPrevious * count + gold[token]] += step
                            transitions[predictedPrevious * count + predicted[token]] -= 1
                            transitionSums[predictedPrevious * count + predicted[token]] -= step
                        }
                        guard gold[token] != predicted[token] else { continue }
                        let end = withLexical ? sentenceStarts[token + 1] : sentenceLexical[token]
                        for feature in sentenceStarts[token]..<end {
                            let row = Int(sentenceRows[feature]) * count
                            weights[row + gold[token]] += 1
                            sums[row + gold[token]] += step
                            weights[row + predicted[token]] -= 1
                            sums[row + predicted[token]] -= step
                        }
                    }
                }
                step += 1
            }
            progress("epoch \(epoch): \(errors) of \(sentences.count) sentences wrong")
        }
        let averaged = zip(weights, sums).map { $0 - $1 / step }
        let averagedTransitions = zip(transitions, transitionSums).map { $0 - $1 / step }
        return NameTaggerModel(keys: keys, weights: averaged, transitions: averagedTransitions)
    }
}

/// A small deterministic random generator (SplitMix64), so that training is reproducible.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(index, Int(next() % UInt64(index + 1)))
        }
    }
}
