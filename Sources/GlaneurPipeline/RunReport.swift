import Foundation
import GlaneurCore

/// The batch's quality report: documents, failures by stage and code, and each stage's summed
/// counters and time, in pipeline order.
public struct RunReport: Sendable {
    public private(set) var documents = 0
    public private(set) var failed = 0
    public private(set) var failures: [String: Int] = [:]
    public private(set) var counters: [String: StageCounters] = [:]
    public private(set) var milliseconds: [String: Double] = [:]
    /// Directory entries left out by a skip rule (`hidden`, `excluded`...), which yield no record.
    public internal(set) var skipped: [String: Int] = [:]
    public let stageNames: [String]
    /// The program's version, written first in the JSON report.
    public var version: String?
    /// Documents whose records a resumed run kept from the interrupted output (counted in `documents`).
    public internal(set) var resumedDocuments = 0
    /// The signal that interrupted the run, if one did.
    public var interruptingSignal: Int32?

    public init(stageNames: [String]) {
        self.stageNames = stageNames
    }

    public mutating func record(counters documentCounters: [String: StageCounters], timings: [StageTiming]) {
        documents += 1
        for (stage, values) in documentCounters { counters[stage, default: StageCounters()].merge(values) }
        for timing in timings { milliseconds[timing.stage, default: 0] += timing.milliseconds }
    }

    public mutating func record(_ failure: DocumentFailure) {
        documents += 1
        failed += 1
        failures["\(failure.stage)/\(failure.code)", default: 0] += 1
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
        for stage in stageNames {
            let time = milliseconds[stage] ?? 0
            var line = "  \(stage): \(String(format: "%.1f", time)) ms"
            let values = counters[stage]?.values ?? [:]
            let shown = values.sorted { $0.key < $1.key }.prefix(24).map { "\($0.key)=\($0.value)" }
            if !shown.isEmpty { line += "; " + shown.joined(separator: ", ") }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object.
    public func json() -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        if let version { json.key("version"); json.string(version) }
        json.key("documents"); json.int(documents)
        json.key("failed"); json.int(failed)
        if resumedDocuments > 0 { json.key("resumed"); json.int(resumedDocuments) }
        if let interruptingSignal { json.key("interrupted_by_signal"); json.int(Int(interruptingSignal)) }
        json.key("failures")
        json.beginObject()
        for (key, count) in failures.sorted(by: { $0.key < $1.key }) { json.key(key); json.int(count) }
        json.endObject()
        json.key("skipped")
        json.beginObject()
        for (rule, count) in skipped.sorted(by: { $0.key < $1.key }) { json.key(rule); json.int(count) }
        json.endObject()
        json.key("stages")
        json.beginArray()
        for stage in stageNames {
            json.beginObject()
            json.key("stage"); json.string(stage)
            json.key("milliseconds"); json.number(((milliseconds[stage] ?? 0) * 10).rounded() / 10)
            json.key("counters")
            json.beginObject()
            for (key, value) in (counters[stage]?.values ?? [:]).sorted(by: { $0.key < $1.key }) {
                json.key(key); json.int(value)
            }
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.bytes
    }
}
