import Foundation
import GlaneurCore
import GlaneurReport

/// The batch's quality report (`glaneur-report/1`, see docs/reports.md), built from each
/// document's contribution in input order, with a short summary for standard error.
public struct RunReport: Sendable {
    public private(set) var quality: QualityReport

    public init(stageNames: [String]) {
        quality = QualityReport(kind: "run", stages: stageNames)
    }

    /// Documents read, annotated or not.
    public var documents: Int { quality[section: QualityReport.documentsSection]?.counters["documents"] ?? 0 }

    /// Documents that produced an error record.
    public var failed: Int { quality[section: QualityReport.documentsSection]?.breakdowns["outcomes"]?["failed"] ?? 0 }

    /// Failed documents by "stage/code".
    public var failures: [String: Int] { quality[section: QualityReport.documentsSection]?.breakdowns["errors"] ?? [:] }

    /// The program's version.
    public var version: String? {
        get { quality.run.version }
        set { quality.run.version = newValue }
    }

    /// The signal that interrupted the run, if one did.
    public var interruptingSignal: Int32? {
        get { quality.run.interruptedBySignal.map { Int32($0) } }
        set { quality.run.interruptedBySignal = newValue.map { Int($0) } }
    }

    /// Documents whose records a resumed run kept from the interrupted output (counted in
    /// `documents`, without their stage statistics, which the interrupted run's report holds).
    public var resumedDocuments: Int { quality[section: QualityReport.documentsSection]?.counters["resumed"] ?? 0 }

    /// Directory entries left out by a skip rule (`hidden`, `excluded`...), which yield no record.
    public internal(set) var skipped: [String: Int] {
        get { quality[section: QualityReport.documentsSection]?.breakdowns["skipped"] ?? [:] }
        set { quality.withSection(QualityReport.documentsSection) { $0.breakdowns["skipped"] = newValue.isEmpty ? nil : newValue } }
    }

    /// Adds a finished document's contribution (call in input order for a deterministic sample).
    public mutating func record(_ document: DocumentReport) {
        quality.add(document)
    }

    /// Counts a document whose record a resumed run kept from the interrupted output.
    mutating func recordKept(id: String, failure: DocumentFailure?) {
        if let failure {
            record(Self.contribution(ofFailure: failure, id: id))
        } else {
            quality.withSection(QualityReport.documentsSection) {
                $0.count("documents")
                $0.count("annotated", in: "outcomes")
            }
        }
        quality.withSection(QualityReport.documentsSection) { $0.count("resumed") }
    }

    /// The contribution of a finished document, computed on the worker that annotated it.
    public static func contribution(of document: Document, stages: [String]) -> DocumentReport {
        DocumentReport(annotated: document, stages: stages)
    }

    /// The contribution of a document that failed.
    public static func contribution(ofFailure failure: DocumentFailure, id: String) -> DocumentReport {
        DocumentReport(failedDocument: id, stage: failure.stage, code: failure.code, message: failure.message)
    }

    /// Fills in what ran, on what, when and how.
    public mutating func describeRun(configuration: URL?, inputs: [String], started: Date, ended: Date, jobs: Int, shard: String? = nil) {
        quality.run.version = GlaneurVersion.current
        quality.run.configurationFingerprint = configuration.map(ConfigurationFingerprint.of)
        quality.run.inputs = inputs
        quality.run.started = Self.timestamp(started)
        quality.run.ended = Self.timestamp(ended)
        quality.run.wallSeconds = ended.timeIntervalSince(started)
        quality.run.jobs = jobs
        quality.run.shard = shard
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// A human-readable summary for standard error.
    public func summary() -> String {
        var lines = ["glaneur: \(documents) documents, \(documents - failed) annotated, \(failed) failed"]
        if resumedDocuments > 0 { lines.append("  kept from the interrupted output: \(resumedDocuments)") }
        for (key, count) in failures.sorted(by: { $0.key < $1.key }) {
            lines.append("  failed \(key): \(count)")
        }
        for (rule, count) in skipped.sorted(by: { $0.key < $1.key }) {
            lines.append("  skipped \(rule): \(count)")
        }
        let timings = quality[section: QualityReport.timingsSection]
        for section in quality.stageSections {
            var line = "  \(section.name): \(String(format: "%.1f", timings?.histograms[section.name]?.sum ?? 0)) ms"
            let shown = section.counters.sorted { $0.key < $1.key }.prefix(24).map { "\($0.key)=\($0.value)" }
            if !shown.isEmpty { line += "; " + shown.joined(separator: ", ") }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The report as JSON.
    public func json() -> [UInt8] {
        ReportJSON.encode(quality)
    }
}
