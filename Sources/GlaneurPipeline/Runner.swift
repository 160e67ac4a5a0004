import Foundation
import GlaneurCore

/// Runs documents through a pipeline concurrently and writes their records in input order.
///
/// The reading thread hands each item to a Dispatch worker; at most `jobs * 4` items are in flight
/// (a semaphore gives backpressure), and a reorder buffer releases records strictly in input order,
/// so memory stays flat whatever the corpus size and the output never depends on `jobs`.
public final class Runner: @unchecked Sendable {
    private let pipeline: Pipeline
    private let encoder: RecordEncoder
    private let sink: OutputSink
    private let jobs: Int
    private let languageOverride: String?

    private let lock = NSLock()
    /// What the report needs of a document once its record is encoded (not the document itself).
    private enum Outcome {
        case annotated(counters: [String: StageCounters], timings: [StageTiming])
        case failed(DocumentFailure)
    }

    private var pending: [Int: (bytes: [UInt8], outcome: Outcome)] = [:]
    private var nextToWrite = 0
    private var report: RunReport

    public init(pipeline: Pipeline, encoder: RecordEncoder, sink: OutputSink, jobs: Int, languageOverride: String? = nil) {
        self.pipeline = pipeline
        self.encoder = encoder
        self.sink = sink
        self.jobs = max(1, jobs)
        self.languageOverride = languageOverride
        self.report = RunReport(stageNames: pipeline.stages.map(\.name))
    }

    /// Processes everything `reader` yields for `paths`; returns the batch report.
    public func run(_ paths: [String], reader: InputReader = InputReader()) -> RunReport {
        let slots = DispatchSemaphore(value: jobs * 4)
        let group = DispatchGroup()
        let queue = DispatchQueue(label: "glaneur.workers", attributes: .concurrent)
        let workers = DispatchSemaphore(value: jobs)
        var sequence = 0
        let tally = reader.read(paths) { item in
            slots.wait()
            let position = sequence
            sequence += 1
            group.enter()
            queue.async {
                workers.wait()
                let (bytes, outcome) = self.process(item)
                workers.signal()
                self.complete(position, bytes: bytes, outcome: outcome, slots: slots)
                group.leave()
            }
        }
        group.wait()
        sink.flush()
        return lock.withLock {
            report.skipped = Dictionary(uniqueKeysWithValues: tally.skipped.map { ($0.key.rawValue, $0.value) })
            return report
        }
    }

    private func process(_ item: InputItem) -> ([UInt8], Outcome) {
        let outcome: Result<Document, DocumentFailure>
        switch item.document {
        case .success(var document):
            if let languageOverride { document.language = languageOverride }
            outcome = pipeline.process(document)
        case .failure(let failure):
            outcome = .failure(failure)
        }
        switch outcome {
        case .success(let document):
            return (encoder.encode(document), .annotated(counters: document.counters, timings: document.timings))
        case .failure(let failure):
            return (encoder.encodeFailure(id: item.id, source: item.source, failure: failure), .failed(failure))
        }
    }

    /// Stores a finished record and writes every record that is now next in order.
    private func complete(_ position: Int, bytes: [UInt8], outcome: Outcome, slots: DispatchSemaphore) {
        lock.lock()
        defer { lock.unlock() }
        pending[position] = (bytes, outcome)
        while let ready = pending.removeValue(forKey: nextToWrite) {
            sink.writeLine(ready.bytes)
            switch ready.outcome {
            case .annotated(let counters, let timings): report.record(counters: counters, timings: timings)
            case .failed(let failure): report.record(failure)
            }
            nextToWrite += 1
            slots.signal()
        }
    }
}
