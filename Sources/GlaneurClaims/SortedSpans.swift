import GlaneurCore

/// Spans sorted by start, for "does this span overlap any of them" in logarithmic time.
struct SortedSpans: Sendable {
    private let spans: [TextSpan]
    /// Largest end among spans[0...i], so overlaps can be found by binary search.
    private let maximumEnds: [Int]

    init(_ spans: [TextSpan]) {
        self.spans = spans.sorted()
        var running = Int.min
        maximumEnds = self.spans.map { running = max(running, $0.end); return running }
    }

    func overlaps(_ span: TextSpan) -> Bool {
        let count = startingBefore(span.end)
        return count > 0 && maximumEnds[count - 1] > span.start
    }

    /// Whether a span overlaps `span` and reaches beyond it: "Mate 60 Pro" extends "60"; an entity that is
    /// only the number word itself ("un" read as "UN") does not.
    func extends(_ span: TextSpan) -> Bool {
        var index = startingBefore(span.end) - 1
        while index >= 0, maximumEnds[index] > span.start {
            let other = spans[index]
            if other.end > span.start && !span.contains(other) { return true }
            index -= 1
        }
        return false
    }

    /// The number of spans starting before `offset`.
    private func startingBefore(_ offset: Int) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
