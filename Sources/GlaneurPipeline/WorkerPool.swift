import Foundation
import GlaneurCore

/// Processes documents in supervised worker processes, so that a trap in a stage costs one
/// document (an error record with code `crash`), not the batch. A worker that dies is replaced; so
/// is one that takes longer than `documentTimeout` over a document (an error record `timeout`).
public final class WorkerPool: DocumentProcessor, @unchecked Sendable {
    private let launch: WorkerLaunch
    private let encoder: RecordEncoder
    /// Seconds a worker may spend on one document; nil for no limit.
    private let documentTimeout: Double?
    private let condition = NSCondition()
    /// Idle workers; nil stands for one to start when next needed (after a crash).
    private var idle: [WorkerProcess?] = []

    /// Starts `count` workers and waits until each has built its pipeline, so that a configuration
    /// problem is reported before any document is read. `documentTimeout` (seconds) bounds the time
    /// a worker may spend on one document.
    public init(launch: WorkerLaunch, count: Int, encoder: RecordEncoder, documentTimeout: Double? = nil) throws {
        self.launch = launch
        self.encoder = encoder
        self.documentTimeout = documentTimeout
        var started: [WorkerProcess] = []
        do {
            for _ in 0..<max(1, count) { started.append(try WorkerProcess(launch: launch)) }
            for worker in started { try worker.awaitReady() }
        } catch {
            for worker in started { worker.stop() }
            throw error
        }
        idle = started
    }

    public func process(_ document: Document) -> ProcessedDocument {
        condition.lock()
        while idle.isEmpty { condition.wait() }
        var worker = idle.removeLast()
        condition.unlock()
        defer {
            condition.lock()
            idle.append(worker)
            condition.signal()
            condition.unlock()
        }
        do {
            if worker == nil {
                let replacement = try WorkerProcess(launch: launch)
                try replacement.awaitReady()
                worker = replacement
            }
        } catch {
            return failed(document, DocumentFailure(stage: "runner", code: "worker-unavailable", message: "\(error)"))
        }
        let answer = worker!.process(document, timeout: documentTimeout)
        if worker!.hasEnded { worker = nil }
        switch answer {
        case .processed(let processed):
            return processed
        case .died(let stage, let ending, let signal):
            let place = stage.map { " in stage '\($0)'" } ?? ""
            return failed(document, DocumentFailure(stage: stage ?? "runner", code: "crash",
                                                    message: "the worker process \(ending)\(place); the batch went on", signal: signal))
        case .timedOut(let stage):
            let place = stage.map { " in stage '\($0)'" } ?? ""
            let limit = String(format: "%g", documentTimeout ?? 0)
            return failed(document, DocumentFailure(stage: stage ?? "runner", code: "timeout",
                                                    message: "processing took over \(limit) s\(place); the worker process was stopped and replaced; the batch went on"))
        }
    }

    private func failed(_ document: Document, _ failure: DocumentFailure) -> ProcessedDocument {
        ProcessedDocument(record: encoder.encodeFailure(id: document.id, source: document.source, failure: failure), outcome: .failed(failure))
    }

    /// Ends every worker; call once no document is in flight.
    public func shutDown() {
        condition.lock()
        defer { condition.unlock() }
        for worker in idle { worker?.stop() }
        idle.removeAll()
    }
}
