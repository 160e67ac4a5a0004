import Foundation
import GlaneurCore
import GlaneurReport

/// Runs documents through a processor concurrently and writes their records in input order.
///
/// A reading thread hands each item to a Dispatch worker; at most `jobs * 4` items and
/// `maximumBytesInFlight` input bytes are in flight (the reader waits: backpressure), and a reorder
/// buffer releases records strictly in input order, so memory stays flat whatever the corpus size
/// and the output never depends on `jobs`.
///
/// `stop(signal:)` (from an interrupt) or a write error ends reading; the documents in flight
/// finish and every finished record is written, in order, so that the output is a prefix of the
/// complete one that `resumePoint` can later extend. A second `stop(signal:)` stops waiting for
/// the documents in flight: only the records finished in order so far are written.
public final class Runner: @unchecked Sendable {
    /// Why a run ended before its input did.
    public enum StopReason: Sendable {
        case interrupted(signal: Int32)
        case outputFailed(OutputError)
        case resumeMismatch(String)
    }

    private let processor: any DocumentProcessor
    private let encoder: RecordEncoder
    private let sink: OutputSink
    private let jobs: Int
    private let languageOverride: String?
    /// Input bytes that may be in flight at once; a larger document still runs, alone.
    public var maximumBytesInFlight = 256 << 20
    /// Records already in the output from an interrupted run: checked against the input and skipped.
    public var resumePoint: ResumePoint?
    /// Receives warnings for people (duplicate ids); standard error by default.
    public var warn: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(("glaneur: warning: " + $0 + "\n").utf8)) }

    private let condition = NSCondition()
    private var pending: [Int: (id: String, processed: ProcessedDocument)] = [:]
    private var nextToWrite = 0
    private var inFlight = 0
    private var bytesInFlight = 0
    private var readingDone = false
    private var stopped: StopReason?
    /// Set by a second interrupt: the run ends without waiting for the documents in flight.
    private var abandonsInFlight = false
    /// Cleared when the run returns; records finishing later are dropped, never written.
    private var accepting = true
    private var report: RunReport
    /// Shows progress on a terminal, when set.
    public var progress: RunProgress?
    /// How many documents had an id seen before in this run.
    public private(set) var duplicateIDs = 0
    private static let duplicateWarningsShown = 10

    /// A runner that processes documents in this process.
    public convenience init(pipeline: Pipeline, encoder: RecordEncoder, sink: OutputSink, jobs: Int, languageOverride: String? = nil) {
        self.init(processor: InProcessProcessor(pipeline: pipeline, encoder: encoder), stageNames: pipeline.stages.map(\.name),
                  encoder: encoder, sink: sink, jobs: jobs, languageOverride: languageOverride)
    }

    /// A runner over any processor; `encoder` writes the error records of unreadable inputs.
    public init(processor: any DocumentProcessor, stageNames: [String], encoder: RecordEncoder, sink: OutputSink, jobs: Int,
                languageOverride: String? = nil) {
        self.processor = processor
        self.encoder = encoder
        self.sink = sink
        self.jobs = max(1, jobs)
        self.languageOverride = languageOverride
        self.report = RunReport(stageNames: stageNames)
    }

    /// Asks the run to stop reading (thread-safe); the documents in flight still finish, unless
    /// this is the second request.
    public func stop(signal: Int32) {
        condition.withLock {
            if stopped == nil { stopped = .interrupted(signal: signal) } else { abandonsInFlight = true }
            condition.broadcast()
        }
    }

    /// Why the last run stopped early, if it did.
    public var stopReason: StopReason? {
        condition.withLock { stopped }
    }

    /// Processes everything `reader` yields for `paths`; returns the batch report. Once it returns,
    /// every record it counts has been handed to the sink in order.
    public func run(_ paths: [String], reader: InputReader = InputReader()) -> RunReport {
        let queue = DispatchQueue(label: "glaneur.workers", attributes: .concurrent)
        let workers = DispatchSemaphore(value: jobs)
        nonisolated(unsafe) let reader = reader // used by the reading thread only
        let readingThread = Thread { [self] in
            read(paths, reader: reader) { position, item, size in
                queue.async {
                    workers.wait()
                    let processed = self.process(item)
                    workers.signal()
                    self.complete(position, id: item.id, processed, size: size)
                }
            }
        }
        readingThread.stackSize = 8 << 20
        readingThread.start()
        condition.lock()
        // A reader blocked on standard input is left behind once the run has stopped.
        while !((readingDone || stopped != nil) && (inFlight == 0 || abandonsInFlight)) { condition.wait() }
        accepting = false
        condition.unlock()
        processor.shutDown()
        sink.flush()
        return condition.withLock {
            if stopped == nil, let failure = sink.failure { stopped = .outputFailed(failure) }
            return report
        }
    }

    /// Reads items in order, waits for room in flight, skips resumed records and dispatches the rest.
    private func read(_ paths: [String], reader: InputReader, dispatch: @escaping (Int, InputItem, Int) -> Void) {
        var sequence = 0
        var firstSources: [String: String] = [:]
        let tally = reader.read(paths) { item in
            let size: Int
            switch item.document {
            case .success(let document): size = document.input.bytes.count
            case .failure: size = 0
            }
            condition.lock()
            defer { condition.unlock() }
            while stopped == nil && inFlight > 0 && (inFlight >= jobs * 4 || bytesInFlight + size > maximumBytesInFlight) {
                condition.wait()
            }
            guard stopped == nil else { return }
            let position = sequence
            sequence += 1
            if let first = firstSources[item.id] {
                duplicateIDs += 1
                if duplicateIDs <= Self.duplicateWarningsShown {
                    warn("duplicate id '\(item.id)' in \(item.source) (first seen in \(first))")
                }
            } else {
                firstSources[item.id] = item.source
            }
            if let resumePoint, position < resumePoint.records.count {
                keep(resumePoint.records[position], for: item, at: position)
                return
            }
            inFlight += 1
            bytesInFlight += size
            dispatch(position, item, size)
        }
        condition.withLock {
            if stopped == nil, let resumePoint, sequence < resumePoint.records.count {
                stopped = .resumeMismatch("\(resumePoint.path) holds \(resumePoint.records.count) records but the input has only \(sequence) documents")
            }
            report.skipped = Dictionary(uniqueKeysWithValues: tally.skipped.map { ($0.key.rawValue, $0.value) })
            readingDone = true
            condition.broadcast()
        }
    }

    /// Counts a record a resumed output already holds, after checking that it is this item's.
    private func keep(_ kept: ResumePoint.KeptRecord, for item: InputItem, at position: Int) {
        guard kept.id == item.id else {
            stopped = .resumeMismatch("record \(position + 1) of \(resumePoint?.path ?? "the output") is '\(kept.id)' but the input's document \(position + 1) is '\(item.id)'; it was written from other input")
            condition.broadcast()
            return
        }
        report.recordKept(id: item.id, failure: kept.failure)
        nextToWrite += 1
    }

    private func process(_ item: InputItem) -> ProcessedDocument {
        switch item.document {
        case .success(var document):
            if let languageOverride { document.language = languageOverride }
            return processor.process(document)
        case .failure(let failure):
            return ProcessedDocument(record: encoder.encodeFailure(id: item.id, source: item.source, failure: failure), outcome: .failed(failure))
        }
    }

    /// Stores a finished record and writes every record that is now next in order.
    private func complete(_ position: Int, id: String, _ processed: ProcessedDocument, size: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard accepting else { return }
        pending[position] = (id, processed)
        inFlight -= 1
        bytesInFlight -= size
        while let (id, ready) = pending.removeValue(forKey: nextToWrite) {
            sink.writeLine(ready.record)
            let contribution: DocumentReport
            switch ready.outcome {
            case .annotated(let annotated): contribution = annotated
            case .failed(let failure): contribution = RunReport.contribution(ofFailure: failure, id: id)
            }
            report.record(contribution)
            progress?.documentFinished(inputBytes: contribution.inputBytes)
            nextToWrite += 1
        }
        sink.recordsReady()
        if stopped == nil, let failure = sink.failure { stopped = .outputFailed(failure) }
        condition.broadcast()
    }
}
