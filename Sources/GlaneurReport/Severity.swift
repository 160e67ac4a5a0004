/// How bad a check's outcome is; the report command's exit status follows the worst one.
public enum Severity: Int, Comparable, Sendable, CustomStringConvertible {
    case ok = 0, warn, fail

    public static func < (left: Severity, right: Severity) -> Bool { left.rawValue < right.rawValue }

    public var description: String {
        switch self {
        case .ok: return "ok"
        case .warn: return "warn"
        case .fail: return "fail"
        }
    }

    /// Exit status of `glaneur report` and `glaneur eval`: 0 fine, 3 a warning, 4 a failure
    /// (clear of the statuses `glaneur run` uses: 1 failed documents, 2 usage, 64, 74, 75).
    public var exitStatus: Int32 {
        switch self {
        case .ok: return 0
        case .warn: return 3
        case .fail: return 4
        }
    }
}

/// The outcome of one check: a drift test against the baseline or a threshold on a measure.
public struct Finding: Sendable, Equatable {
    /// The measure checked, e.g. `quotes.histograms.quotes_per_document` or `evaluation.entities.f1`.
    public var measure: String
    public var severity: Severity
    /// What was found, for people: the statistic, its thresholds, the values compared.
    public var detail: String

    public init(measure: String, severity: Severity, detail: String) {
        self.measure = measure
        self.severity = severity
        self.detail = detail
    }
}
