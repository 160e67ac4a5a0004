import GlaneurCore

/// Gates on a report, read from a JSON file (docs/reports.md, "Thresholds"):
///
/// ```json
/// {"drift": {"warn": 0.02, "fail": 0.1, "rate_warn": 0.25, "rate_fail": 0.5, "ignore": ["decode.breakdowns.removals"]},
///  "checks": [{"measure": "evaluation.entities.f1", "min": {"warn": 0.6, "fail": 0.55}},
///             {"measure": "documents.failed_share", "max": {"fail": 0.01}}]}
/// ```
public struct Thresholds: Sendable {
    /// A floor or ceiling on one measure.
    public struct Check: Sendable {
        public var measure: String
        public var minimum: (warn: Double?, fail: Double?)
        public var maximum: (warn: Double?, fail: Double?)
    }

    public var drift = DriftCheck()
    public var checks: [Check] = []

    public init() {}

    public init(json bytes: [UInt8]) throws {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw ReportError("thresholds are not JSON: \(error)")
        }
        guard case .object(let fields) = root else { throw ReportError("thresholds must be a JSON object") }
        for key in fields.keys where key != "drift" && key != "checks" {
            throw ReportError("unknown thresholds key '\(key)' (expected \"drift\" and \"checks\")")
        }
        if case .object(let drift)? = fields["drift"] {
            for (key, value) in drift {
                switch (key, value) {
                case ("warn", .number(let number)): self.drift.warn = number
                case ("fail", .number(let number)): self.drift.fail = number
                case ("rate_warn", .number(let number)): self.drift.rateWarn = number
                case ("rate_fail", .number(let number)): self.drift.rateFail = number
                case ("ignore", .array(let items)): self.drift.ignored = items.compactMap(\.stringValue)
                default: throw ReportError("drift: unknown or mistyped key '\(key)'")
                }
            }
        }
        if case .array(let items)? = fields["checks"] {
            for item in items {
                guard let measure = item["measure"]?.stringValue else { throw ReportError("each check needs a \"measure\"") }
                checks.append(Check(measure: measure, minimum: Self.levels(item["min"]), maximum: Self.levels(item["max"])))
            }
        }
    }

    private static func levels(_ value: JSONValue?) -> (warn: Double?, fail: Double?) {
        var levels: (warn: Double?, fail: Double?) = (nil, nil)
        if case .number(let number)? = value?["warn"] { levels.warn = number }
        if case .number(let number)? = value?["fail"] { levels.fail = number }
        if case .number(let number)? = value { levels.fail = number }
        return levels
    }

    /// Applies every check to `report`; a measure the report lacks fails its check.
    public func check(_ report: QualityReport) -> [Finding] {
        let values = ReportMeasures.values(of: report)
        return checks.map { check in
            guard let value = values[check.measure] else {
                return Finding(measure: check.measure, severity: .fail, detail: "measure not in the report")
            }
            var severity = Severity.ok
            var limits: [String] = []
            if let fail = check.minimum.fail { limits.append("fail < \(fail)"); if value < fail { severity = .fail } }
            if let warn = check.minimum.warn { limits.append("warn < \(warn)"); if value < warn { severity = max(severity, .warn) } }
            if let fail = check.maximum.fail { limits.append("fail > \(fail)"); if value > fail { severity = .fail } }
            if let warn = check.maximum.warn { limits.append("warn > \(warn)"); if value > warn { severity = max(severity, .warn) } }
            let shown = (value * 10000).rounded() / 10000
            return Finding(measure: check.measure, severity: severity, detail: "\(shown) (\(limits.joined(separator: ", ")))")
        }
    }
}
