/// A `glaneur-report/1` quality report: run metadata, sections (documents, one per stage,
/// evaluation, timings) and a sample of located examples. Built per document and merged, so the
/// report of a batch, of shards merged or of one run over everything are the same (timings aside).
public struct QualityReport: Sendable, Equatable {
    public static let format = "glaneur-report/1"
    /// Names of the sections that are not stages.
    public static let documentsSection = "documents"
    public static let evaluationSection = "evaluation"
    public static let timingsSection = "timings"

    /// "run" for a pipeline run, "eval" for an evaluation against gold.
    public var kind: String
    public var run: RunMetadata
    /// Sections in order: documents, the stages in pipeline order, evaluation, timings.
    public private(set) var sections: [ReportSection]
    public var examples: ExampleSample

    public init(kind: String = "run", run: RunMetadata = RunMetadata(), stages: [String] = []) {
        self.kind = kind
        self.run = run
        self.run.stages = stages
        sections = [ReportSection(name: Self.documentsSection)] + stages.map { ReportSection(name: $0) }
            + [ReportSection(name: Self.timingsSection)]
        examples = ExampleSample()
    }

    init(kind: String, run: RunMetadata, sections: [ReportSection], examples: ExampleSample) {
        self.kind = kind
        self.run = run
        self.sections = sections
        self.examples = examples
    }

    public subscript(section name: String) -> ReportSection? {
        sections.first { $0.name == name }
    }

    /// The section named `name`, created before the timings section when missing.
    public mutating func withSection<T>(_ name: String, _ body: (inout ReportSection) throws -> T) rethrows -> T {
        if let index = sections.firstIndex(where: { $0.name == name }) {
            return try body(&sections[index])
        }
        let position = sections.firstIndex { $0.name == Self.timingsSection } ?? sections.endIndex
        sections.insert(ReportSection(name: name), at: position)
        return try body(&sections[position])
    }

    /// Stage sections, in pipeline order.
    public var stageSections: [ReportSection] {
        sections.filter { ![Self.documentsSection, Self.evaluationSection, Self.timingsSection].contains($0.name) }
    }

    /// Adds `other` (another batch, shard or document) to this report. Both must come from the
    /// same version and configuration.
    public mutating func merge(_ other: QualityReport) throws {
        guard kind == other.kind else { throw ReportError("cannot merge a '\(other.kind)' report into a '\(kind)' report") }
        try run.merge(other.run)
        for section in other.sections {
            try withSection(section.name) { try $0.merge(section) }
        }
        examples.merge(other.examples)
    }

    /// Words in the annotated documents, the denominator of rates per 1,000 words.
    public var words: Int { self[section: Self.documentsSection]?.counters["words"] ?? 0 }

    /// The report without what depends on the machine and the moment: run times, the wall
    /// clock and the timings section. Two runs over the same input compare equal on this.
    public var withoutTimings: QualityReport {
        var copy = self
        copy.run.started = nil
        copy.run.ended = nil
        copy.run.wallSeconds = nil
        copy.run.jobs = nil
        copy.run.parts = 1
        copy.run.inputs = []
        copy.run.shard = nil
        copy.run.interruptedBySignal = nil
        copy.sections.removeAll { $0.name == Self.timingsSection }
        return copy
    }
}

/// Where, when and how a report's documents were processed.
public struct RunMetadata: Sendable, Equatable {
    public var version: String?
    /// A hash of the pipeline configuration and the data it loads.
    public var configurationFingerprint: String?
    public var stages: [String] = []
    public var inputs: [String] = []
    /// ISO 8601 UTC times.
    public var started: String?
    public var ended: String?
    public var wallSeconds: Double?
    public var jobs: Int?
    /// "I/N" for a shard run.
    public var shard: String?
    /// How many reports were merged into this one.
    public var parts = 1
    /// The signal (SIGINT 2, SIGTERM 15) that stopped the run before the end of its input.
    public var interruptedBySignal: Int?

    public init() {}

    mutating func merge(_ other: RunMetadata) throws {
        if let mine = version, let theirs = other.version, mine != theirs {
            throw ReportError("cannot merge reports of different versions (\(mine) and \(theirs))")
        }
        if let mine = configurationFingerprint, let theirs = other.configurationFingerprint, mine != theirs {
            throw ReportError("cannot merge reports of different configurations (\(mine) and \(theirs))")
        }
        version = version ?? other.version
        configurationFingerprint = configurationFingerprint ?? other.configurationFingerprint
        if stages.isEmpty { stages = other.stages }
        for input in other.inputs where !inputs.contains(input) { inputs.append(input) }
        started = [started, other.started].compactMap { $0 }.min()
        ended = [ended, other.ended].compactMap { $0 }.max()
        if let mine = wallSeconds, let theirs = other.wallSeconds { wallSeconds = Swift.max(mine, theirs) } else { wallSeconds = wallSeconds ?? other.wallSeconds }
        if let mine = jobs, let theirs = other.jobs { jobs = Swift.max(mine, theirs) } else { jobs = jobs ?? other.jobs }
        if shard != other.shard { shard = nil }
        interruptedBySignal = interruptedBySignal ?? other.interruptedBySignal
        parts += other.parts
    }
}

extension QualityReport {
    /// Adds one finished document. Document reports use the fixed bins of `Bins`, so adding
    /// cannot meet mismatched histograms.
    public mutating func add(_ document: DocumentReport) {
        for section in document.sections {
            do {
                try withSection(section.name) { try $0.merge(section) }
            } catch {
                preconditionFailure("document report with bins other than the report's: \(error)")
            }
        }
        for example in document.examples { examples.add(example) }
    }
}

extension QualityReport {
    /// Adds a section's counts (created in place when new) and examples, e.g. an evaluation's.
    public mutating func add(_ section: ReportSection, examples: [ReportExample]) throws {
        try withSection(section.name) { try $0.merge(section) }
        for example in examples { self.examples.add(example) }
    }
}
