import GlaneurCore
@testable import GlaneurNameTagger

/// Tokens of a hand-written sentence, split at spaces.
func taggerTokens(_ sentence: String) -> [TaggerToken] {
    sentence.split(separator: " ").map { TaggerToken(text: $0, folded: TextFolding.fold($0)) }
}

/// A model with weights only for the given (feature key, label, weight) triples and transitions.
func handBuiltModel(_ weights: [(UInt64, Int, Float)], transitions: [Float]? = nil) -> NameTaggerModel {
    let count = NameTagSet.count
    var keys: [UInt64] = []
    var flat: [Float] = []
    for (key, label, weight) in weights {
        var row = keys.firstIndex(of: key)
        if row == nil {
            keys.append(key)
            flat += Array(repeating: 0, count: count)
            row = keys.count - 1
        }
        flat[row! * count + label] += weight
    }
    return NameTaggerModel(keys: keys, weights: flat, transitions: transitions ?? Array(repeating: 0, count: (count + 1) * count))
}
