import Foundation

/// Best label sequence and label marginals for a sequence of per-token label scores under
/// first-order transition scores, with BIO constraints (an `I-` label only continues its type).
struct SequenceDecoder {
    /// `transitions[(previous + 1) * L + label]`; row 0 holds the scores of starting with `label`.
    let transitions: [Float]
    private let allowed: [Bool]

    init(transitions: [Float]) {
        let count = NameTagSet.count
        precondition(transitions.count == (count + 1) * count)
        self.transitions = transitions
        var allowed = Array(repeating: false, count: (count + 1) * count)
        for label in 0..<count {
            allowed[label] = NameTagSet.allows(label, after: nil)
            for previous in 0..<count { allowed[(previous + 1) * count + label] = NameTagSet.allows(label, after: previous) }
        }
        self.allowed = allowed
    }

    /// Viterbi decoding of `emissions` (`tokens × L`, row-major). `initial` is the label before the
    /// sequence (nil at a sentence start: the start row is used).
    func best(_ emissions: [Float], tokens: Int, after initial: Int? = nil) -> [Int] {
        let count = NameTagSet.count
        guard tokens > 0 else { return [] }
        var score = Array(repeating: -Float.infinity, count: tokens * count)
        var back = Array(repeating: 0, count: tokens * count)
        let startRow = initial.map { $0 + 1 } ?? 0
        for label in 0..<count where allowed[startRow * count + label] {
            score[label] = transitions[startRow * count + label] + emissions[label]
        }
        for token in 1..<max(tokens, 1) {
            for label in 0..<count {
                var bestScore = -Float.infinity, bestPrevious = 0
                for previous in 0..<count where allowed[(previous + 1) * count + label] {
                    let candidate = score[(token - 1) * count + previous] + transitions[(previous + 1) * count + label]
                    if candidate > bestScore { bestScore = candidate; bestPrevious = previous }
                }
                score[token * count + label] = bestScore + emissions[token * count + label]
                back[token * count + label] = bestPrevious
            }
        }
        var label = 0
        var bestFinal = -Float.infinity
        for candidate in 0..<count where score[(tokens - 1) * count + candidate] > bestFinal {
            bestFinal = score[(tokens - 1) * count + candidate]
            label = candidate
        }
        var labels = Array(repeating: 0, count: tokens)
        for token in stride(from: tokens - 1, through: 0, by: -1) {
            labels[token] = label
            label = back[token * count + label]
        }
        return labels
    }

    /// Marginal probability of each label at each token (`tokens × L`), reading scores as
    /// log-potentials of a linear-chain model (forward-backward in log space).
    func marginals(_ emissions: [Float], tokens: Int, after initial: Int? = nil) -> [Float] {
        let count = NameTagSet.count
        guard tokens > 0 else { return [] }
        var alpha = Array(repeating: -Float.infinity, count: tokens * count)
        var beta = Array(repeating: Float(0), count: tokens * count)
        let startRow = initial.map { $0 + 1 } ?? 0
        for label in 0..<count where allowed[startRow * count + label] {
            alpha[label] = transitions[startRow * count + label] + emissions[label]
        }
        var terms = [Float](repeating: 0, count: count)
        for token in 1..<max(tokens, 1) {
            for label in 0..<count {
                for previous in 0..<count {
                    terms[previous] = allowed[(previous + 1) * count + label]
                        ? alpha[(token - 1) * count + previous] + transitions[(previous + 1) * count + label] : -Float.infinity
                }
                alpha[token * count + label] = Self.logSumExp(terms) + emissions[token * count + label]
            }
        }
        for token in stride(from: tokens - 2, through: 0, by: -1) {
            for label in 0..<count {
                for next in 0..<count {
                    terms[next] = allowed[(label + 1) * count + next]
                        ? transitions[(label + 1) * count + next] + emissions[(token + 1) * count + next] + beta[(token + 1) * count + next]
                        : -Float.infinity
                }
                beta[token * count + label] = Self.logSumExp(terms)
            }
        }
        let total = Self.logSumExp(Array(alpha[((tokens - 1) * count)..<(tokens * count)]))
        return (0..<(tokens * count)).map { exp(alpha[$0] + beta[$0] - total) }
    }

    private static func logSumExp(_ values: [Float]) -> Float {
        let top = values.max() ?? -Float.infinity
        guard top > -Float.infinity else { return top }
        var sum: Float = 0
        for value in values { sum += exp(value - top) }
        return top + log(sum)
    }
}
