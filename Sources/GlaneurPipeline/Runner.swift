import Foundation
import GlaneurCore
import GlaneurReport

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
    private let stageNames: [String]

    private let lock = NSLock()
    /// Records encoded but not yet written, with what each adds to the report (not the document itself).
    private var pending: [Int: (bytes: [UInt8], contribution: DocumentReport)] = [:]
    private var nextToWrite = 0
    private var report: RunReport
    /// Shows progress on a terminal, when set.
    public var progress: RunProgress?

    public init(pipeline: Pipeline, encoder: RecordEncoder, sink: OutputSink, jobs: Int, languageOverride: String? = nil) {
        self.pipeline = pipeline
        self.encoder = encoder
        self.sink = sink
        self.jobs = max(1, jobs)
        self.languageOverride = languageOverride
        self.stageNames = pipeline.stages.map(\.name)
        self.report = RunReport(stageNames: stageNames)
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
                let (bytes, contribution) = self.process(item)
                workers.signal()
                self.complete(position, bytes: bytes, contribution: contribution, slots: slots)
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

    private func process(_ item: InputItem) -> ([UInt8], DocumentReport) {
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
            return (encoder.encode(document), RunReport.contribution(of: document, stages: stageNames))
        case .failure(let failure):
            return (encoder.encodeFailure(id: item.id, source: item.source, failure: failure),
                    RunReport.contribution(ofFailure: failure, id: item.id))
        }
    }

    /// Stores a finished record and writes every record that is now next in order.
    private func complete(_ position: Int, bytes: [UInt8], contribution: DocumentReport, slots: DispatchSemaphore) {
        lock.lock()
        defer { lock.unlock() }
        pending[position] = (bytes, contribution)
        while let ready = pending.removeValue(forKey: nextToWrite) {
            sink.writeLine(ready.bytes)
            report.record(ready.contribution)
            progress?.documentFinished(inputBytes: ready.contribution.inputBytes)
            nextToWrite += 1
            slots.signal()
        }
    }
}
