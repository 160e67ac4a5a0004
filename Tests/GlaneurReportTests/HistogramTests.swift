import Testing
@testable import GlaneurReport

struct HistogramTests {
    @Test func valuesFallInTheFirstBinWhoseBoundHoldsThem() {
        var histogram = Histogram(bounds: [0, 1, 5])
        for value in [0.0, 1, 2, 5, 6, 100] { histogram.add(value) }
        #expect(histogram.counts == [1, 1, 2, 2])
        #expect(histogram.count == 6 && histogram.sum == 114 && histogram.minimum == 0 && histogram.maximum == 100)
    }

    @Test func mergingPartsEqualsAddingEverythingToOne() throws {
        let values = (0..<300).map { Double(($0 * 37) % 211) }
        var whole = Histogram(bounds: Bins.counts)
        var parts = [Histogram](repeating: Histogram(bounds: Bins.counts), count: 3)
        for (index, value) in values.enumerated() {
            whole.add(value)
            parts[index % 3].add(value)
        }
        var merged = parts[2]
        try merged.merge(parts[0])
        try merged.merge(parts[1])
        #expect(merged == whole)
        #expect(merged.quantile(0.95) == whole.quantile(0.95))
    }

    @Test func quantilesInterpolateInsideTheirBinAndStayWithinTheObservedRange() {
        var histogram = Histogram(bounds: [10, 20])
        for value in [12.0, 14, 16, 18] { histogram.add(value) }
        let median = histogram.quantile(0.5)!
        #expect(median > 12 && median < 18)
        #expect(histogram.quantile(1) == 18)
        #expect(Histogram(bounds: [1]).quantile(0.5) == nil)
    }

    @Test func histogramsOverOtherBinsDoNotMerge() {
        var histogram = Histogram(bounds: [1, 2])
        #expect(throws: ReportError.self) { try histogram.merge(Histogram(bounds: [1, 3])) }
    }
}

struct ExampleSampleTests {
    private func example(_ document: String, _ start: Int) -> ReportExample {
        ReportExample(category: "discovered_entity", document: document, start: start, end: start + 3, label: "PERSON", excerpt: "abc")
    }

    @Test func theSampleIsBoundedAndIndependentOfOrderAndGrouping() {
        let examples = (0..<50).map { example("doc-\($0 % 7)", $0) }
        var forward = ExampleSample(limit: 5)
        for item in examples { forward.add(item) }
        var backward = ExampleSample(limit: 5)
        for item in examples.reversed() { backward.add(item) }
        var first = ExampleSample(limit: 5), second = ExampleSample(limit: 5)
        for (index, item) in examples.enumerated() {
            if index < 20 { first.add(item) } else { second.add(item) }
        }
        second.merge(first)
        #expect(forward.all.count == 5)
        #expect(forward == backward && forward == second)
    }
}
