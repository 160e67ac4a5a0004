/// A distribution over fixed bins, so that merging two histograms is exact and quantiles derived
/// from the merged bins equal those of one run over all the values.
///
/// Bin `i` counts values `v` with `bounds[i-1] < v <= bounds[i]`; a last, open bin counts values
/// above the last bound. Values are kept as integers where the measure is a count (exact sums).
public struct Histogram: Sendable, Equatable {
    /// Upper bounds of the bins, increasing.
    public let bounds: [Double]
    /// One count per bound, plus the open bin above the last bound.
    public private(set) var counts: [Int]
    public private(set) var count = 0
    public private(set) var sum: Double = 0
    public private(set) var minimum: Double?
    public private(set) var maximum: Double?

    public init(bounds: [Double]) {
        self.bounds = bounds
        counts = Array(repeating: 0, count: bounds.count + 1)
    }

    /// Rebuilds a histogram read from a report.
    public init(bounds: [Double], counts: [Int], sum: Double, minimum: Double?, maximum: Double?) throws {
        guard counts.count == bounds.count + 1 else {
            throw ReportError("a histogram needs one count per bound plus one (\(bounds.count) bounds, \(counts.count) counts)")
        }
        self.bounds = bounds
        self.counts = counts
        self.count = counts.reduce(0, +)
        self.sum = sum
        self.minimum = minimum
        self.maximum = maximum
    }

    public mutating func add(_ value: Double) {
        var low = 0, high = bounds.count
        while low < high {
            let middle = (low + high) / 2
            if value <= bounds[middle] { high = middle } else { low = middle + 1 }
        }
        counts[low] += 1
        count += 1
        sum += value
        minimum = Swift.min(minimum ?? value, value)
        maximum = Swift.max(maximum ?? value, value)
    }

    /// Adds another histogram over the same bins.
    public mutating func merge(_ other: Histogram) throws {
        guard bounds == other.bounds else { throw ReportError("cannot merge histograms with different bins") }
        for index in counts.indices { counts[index] += other.counts[index] }
        count += other.count
        sum += other.sum
        if let value = other.minimum { minimum = Swift.min(minimum ?? value, value) }
        if let value = other.maximum { maximum = Swift.max(maximum ?? value, value) }
    }

    public var mean: Double? { count == 0 ? nil : sum / Double(count) }

    /// The `p` quantile (0...1), interpolated linearly inside the bin that holds it and clamped to
    /// the observed minimum and maximum; derived from the bins only, so it survives merging.
    public func quantile(_ p: Double) -> Double? {
        guard count > 0, let minimum, let maximum else { return nil }
        let rank = p * Double(count)
        var below = 0
        for (index, binCount) in counts.enumerated() where binCount > 0 {
            if Double(below + binCount) >= rank {
                let lower = Swift.max(index == 0 ? minimum : bounds[index - 1], minimum)
                let upper = Swift.min(index < bounds.count ? bounds[index] : maximum, maximum)
                let within = (rank - Double(below)) / Double(binCount)
                return lower + (upper - lower) * Swift.min(1, Swift.max(0, within))
            }
            below += binCount
        }
        return maximum
    }

    /// Probabilities of the bins (empty when nothing was counted).
    public var shares: [Double] {
        count == 0 ? [] : counts.map { Double($0) / Double(count) }
    }
}

/// The bin ladders the report uses; fixed so that every run, shard and baseline share them.
public enum Bins {
    /// 0, 1, 2, 3, 5, 10, 20, 30, 50, 100, ... up to 10 million: counts per document, lengths.
    public static let counts: [Double] = {
        var bounds: [Double] = [0]
        var scale = 1.0
        while scale <= 1e6 {
            bounds += [1, 2, 3, 5].map { $0 * scale }
            scale *= 10
        }
        return bounds + [1e7]
    }()

    /// 0.1, 0.2, 0.5, 1, 2, 5, ... 100 000 milliseconds.
    public static let milliseconds: [Double] = {
        var bounds: [Double] = []
        var scale = 0.1
        while scale <= 1e4 {
            bounds += [1, 2, 5].map { ($0 * scale * 1000).rounded() / 1000 }
            scale *= 10
        }
        return bounds + [1e5]
    }()

    /// 0, 10, 20, ... 100: percentages such as a confidence.
    public static let percent: [Double] = (0...10).map { Double($0 * 10) }
}
