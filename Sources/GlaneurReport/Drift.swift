import Foundation

/// Compares a report with a baseline, measure by measure, and names what drifted.
///
/// - Distributions (histograms and breakdowns) by Jensen–Shannon divergence in nats (0 to ln 2).
///   A divergence counts when it exceeds both a floor (`warn`, `fail`) and what sampling alone
///   would give: for two samples of sizes n₁ and n₂ over k categories, 8·n·JSD is about χ²(k−1)
///   with n = n₁n₂/(n₁+n₂), so the noise level at z standard deviations is (k−1 + z·√(2(k−1)))/(8n).
/// - Rates per 1,000 words (each stage counter): the relative change must exceed the floor
///   (`rateWarn`, `rateFail`) and be significant (a binomial z-score above 3 for a warning, 5 for
///   a failure, given the two word totals).
/// - A stage section in the baseline but not in the report fails; timings are never compared.
public struct DriftCheck: Sendable {
    public var warn = 0.02
    public var fail = 0.1
    public var rateWarn = 0.25
    public var rateFail = 0.5
    /// Measures (or prefixes, e.g. `decode.` or `entities.breakdowns.rules`) left out.
    public var ignored: [String] = []
    public static let warnZ = 3.0
    public static let failZ = 5.0

    public init() {}

    public func compare(_ report: QualityReport, baseline: QualityReport) -> [Finding] {
        var findings: [Finding] = []
        let currentWords = Double(report.words), baselineWords = Double(baseline.words)
        for reference in baseline.sections where reference.name != QualityReport.timingsSection {
            guard let section = report[section: reference.name] else {
                if reference.name != QualityReport.evaluationSection && !isIgnored(reference.name) {
                    findings.append(Finding(measure: reference.name, severity: .fail, detail: "section '\(reference.name)' is in the baseline but not in the report (stage removed?)"))
                }
                continue
            }
            for (name, histogram) in reference.histograms.sorted(by: { $0.key < $1.key }) {
                let measure = "\(section.name).histograms.\(name)"
                guard !isIgnored(measure) else { continue }
                let current = section.histograms[name] ?? Histogram(bounds: histogram.bounds)
                findings.append(distribution(measure, current.counts, histogram.counts))
            }
            for (name, categories) in reference.breakdowns.sorted(by: { $0.key < $1.key }) {
                let measure = "\(section.name).breakdowns.\(name)"
                guard !isIgnored(measure) else { continue }
                let current = section.breakdowns[name] ?? [:]
                let keys = Set(categories.keys).union(current.keys).sorted()
                findings.append(distribution(measure, keys.map { current[$0] ?? 0 }, keys.map { categories[$0] ?? 0 }, categories: keys))
            }
            let isStage = ![QualityReport.documentsSection, QualityReport.evaluationSection].contains(section.name)
            guard isStage, currentWords > 0, baselineWords > 0 else { continue }
            for (key, count) in reference.counters.sorted(by: { $0.key < $1.key }) where key != "documents" {
                let measure = "\(section.name).\(key)_per_1000_words"
                guard !isIgnored(measure) else { continue }
                findings.append(rate(measure, Double(section.counters[key] ?? 0), currentWords, Double(count), baselineWords))
            }
        }
        return findings
    }

    private func isIgnored(_ measure: String) -> Bool {
        ignored.contains { measure == $0 || measure.hasPrefix($0.hasSuffix(".") ? $0 : $0 + ".") }
    }

    /// Jensen–Shannon divergence of two count vectors, with its sample-size-aware thresholds.
    func distribution(_ measure: String, _ current: [Int], _ baseline: [Int], categories: [String]? = nil) -> Finding {
        let (n1, n2) = (Double(current.reduce(0, +)), Double(baseline.reduce(0, +)))
        guard n1 > 0 || n2 > 0 else { return Finding(measure: measure, severity: .ok, detail: "empty in both") }
        guard n1 > 0 && n2 > 0 else {
            let detail = n1 == 0 ? "empty in the report, \(Int(n2)) in the baseline" : "\(Int(n1)) in the report, empty in the baseline"
            return Finding(measure: measure, severity: n2 >= 20 || n1 >= 20 ? .fail : .warn, detail: detail)
        }
        var divergence = 0.0
        var occupied = 0
        var largestShift: (index: Int, delta: Double)?
        for index in current.indices {
            let p = Double(current[index]) / n1, q = Double(baseline[index]) / n2
            guard p > 0 || q > 0 else { continue }
            occupied += 1
            let m = (p + q) / 2
            if p > 0 { divergence += 0.5 * p * log(p / m) }
            if q > 0 { divergence += 0.5 * q * log(q / m) }
            if abs(p - q) > abs(largestShift?.delta ?? 0) { largestShift = (index, p - q) }
        }
        let n = n1 * n2 / (n1 + n2)
        let k = Double(max(occupied - 1, 0))
        func noise(_ z: Double) -> Double { (k + z * (2 * k).squareRoot()) / (8 * n) }
        let warnAt = max(warn, noise(Self.warnZ)), failAt = max(fail, noise(Self.failZ))
        let severity: Severity = divergence > failAt ? .fail : divergence > warnAt ? .warn : .ok
        var detail = String(format: "JSD %.4f (warn > %.4f, fail > %.4f; n %d vs %d)", divergence, warnAt, failAt, Int(n1), Int(n2))
        if let largestShift, severity != .ok {
            let name = categories?[largestShift.index] ?? "bin \(largestShift.index)"
            detail += String(format: "; largest shift: %@ %+.1f points", name, largestShift.delta * 100)
        }
        return Finding(measure: measure, severity: severity, detail: detail)
    }

    /// A counter's rate per word against the baseline's.
    func rate(_ measure: String, _ count: Double, _ words: Double, _ baselineCount: Double, _ baselineWords: Double) -> Finding {
        let (current, reference) = (count / words, baselineCount / baselineWords)
        let change = reference > 0 ? abs(current - reference) / reference : (current > 0 ? Double.infinity : 0)
        // Given all occurrences, the report's share of them is binomial with p = its share of the words.
        let total = count + baselineCount
        let share = words / (words + baselineWords)
        let z = total > 0 ? abs(count - total * share) / (total * share * (1 - share)).squareRoot() : 0
        let severity: Severity = change > rateFail && z > Self.failZ ? .fail : change > rateWarn && z > Self.warnZ ? .warn : .ok
        let detail = String(format: "%.3f vs %.3f per 1,000 words (%@, z %.1f)", current * 1000, reference * 1000,
                            change.isFinite ? String(format: "%+.0f%%", (current - reference) / reference * 100) : "new", z)
        return Finding(measure: measure, severity: severity, detail: detail)
    }
}
