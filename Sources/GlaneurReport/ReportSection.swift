/// One part of a report (the documents, a stage, the evaluation, the timings): counters,
/// breakdowns (counts by a bounded category such as an entity type) and histograms, all of
/// which add up exactly when reports merge.
public struct ReportSection: Sendable, Equatable {
    public var name: String
    public var counters: [String: Int] = [:]
    public var breakdowns: [String: [String: Int]] = [:]
    public var histograms: [String: Histogram] = [:]

    public init(name: String) {
        self.name = name
    }

    public mutating func count(_ key: String, _ amount: Int = 1) {
        counters[key, default: 0] += amount
    }

    /// Adds `amount` to category `category` of breakdown `breakdown`.
    public mutating func count(_ category: String, in breakdown: String, _ amount: Int = 1) {
        breakdowns[breakdown, default: [:]][category, default: 0] += amount
    }

    /// Records one observation of `value` in histogram `name` (created with `bounds` when new).
    public mutating func observe(_ value: Double, in name: String, bounds: [Double] = Bins.counts) {
        histograms[name, default: Histogram(bounds: bounds)].add(value)
    }

    public mutating func merge(_ other: ReportSection) throws {
        for (key, value) in other.counters { counters[key, default: 0] += value }
        for (breakdown, categories) in other.breakdowns {
            for (category, value) in categories { breakdowns[breakdown, default: [:]][category, default: 0] += value }
        }
        for (key, histogram) in other.histograms {
            if histograms[key] == nil {
                histograms[key] = histogram
            } else {
                try histograms[key]!.merge(histogram)
            }
        }
    }
}
