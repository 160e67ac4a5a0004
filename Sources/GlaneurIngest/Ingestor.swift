import Foundation
import GlaneurCore
import GlaneurPipeline
import GRDB

/// Runs one ingestion: takes the state lock, recovers any half-done batch, reads every source from
/// its committed position, annotates new and changed items in batches and commits each batch
/// exactly once (output files first, through temp files and rename, then the ledger).
public final class Ingestor {
    private let options: IngestOptions
    private let annotator: BatchAnnotator
    private let stageNames: [String]
    private let fingerprint: String
    private let scanner = SourceScanner()

    private var ledger: Ledger!
    private var duplicates: DuplicateFinder!
    private var summary = IngestSummary()
    /// Items waiting for the next batch, in reading order, and their keys with raw hashes.
    private var open: [(item: SourceItem, revisionOf: String?)] = []
    private var openKeys: [String: String] = [:]
    /// Positions of finished sources, committed with the next batch (or alone when none is open).
    private var finishedPositions: [SourceProgress] = []
    /// The position of the source being read, just after the last item handled.
    private var readingPosition: SourceProgress?

    /// The steps of a batch commit, in order; recovery handles a run that stops after any of them.
    enum BatchStep {
        case pendingRecorded, reportWritten, outputRenamed
    }

    /// Called after each step of each batch; the recovery tests throw here to stop a run as a crash would.
    var interruption: (BatchStep) throws -> Void = { _ in }

    /// Annotates with the processor `makeProcessor` returns (a `WorkerPool`, so that a trap in a
    /// stage costs one item, or an `InProcessProcessor`), whose pipeline has the stages
    /// `stageNames`; `fingerprint` identifies the pipeline (see `PipelineFingerprint`). The
    /// processor is made when the first batch needs it, so a run with nothing new loads no
    /// pipeline, and shut down when the run ends.
    public init(stageNames: [String], fingerprint: String, options: IngestOptions,
                makeProcessor: @escaping () throws -> any DocumentProcessor) {
        self.options = options
        self.stageNames = stageNames
        self.fingerprint = fingerprint
        self.annotator = BatchAnnotator(encoder: options.encoder, jobs: options.jobs, makeProcessor: makeProcessor)
    }

    /// Annotates in this process: a trap in a stage ends the run (the next run starts over from the ledger).
    public convenience init(pipeline: Pipeline, fingerprint: String, options: IngestOptions) {
        self.init(stageNames: pipeline.stages.map(\.name), fingerprint: fingerprint, options: options) {
            InProcessProcessor(pipeline: pipeline, encoder: options.encoder)
        }
    }

    /// Runs to the end; throws `IngestError` when the lock, the state or the output fails.
    /// Unreadable sources do not stop the run: they are named in `sourceErrors`. Pass `lock` when
    /// the caller took it already (before loading the pipeline, so a locked run ends at once).
    public func run(holding lock: StateLock? = nil) throws -> IngestSummary {
        let started = Date()
        defer { annotator.shutDown() }
        let lock = try lock ?? StateLock(directory: options.stateDirectory, wait: options.wait)
        defer { withExtendedLifetime(lock) {} }
        try createDirectory(options.outputDirectory)
        do {
            ledger = try Ledger(directory: options.stateDirectory)
        } catch {
            throw IngestError.state("cannot open the state in \(options.stateDirectory.path): \(error)")
        }
        duplicates = DuplicateFinder(nearSimilarity: options.nearDuplicateSimilarity)
        try stateOperation { try recover() }
        for argument in options.sources {
            try ingest(argument)
        }
        if !open.isEmpty { try flush() }
        try stateOperation { try ledger.savePositions(finishedPositions) }
        finishedPositions = []
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    // MARK: Recovery

    /// Completes a pending batch whose output file reached its final name (the rename is the
    /// commit point) and discards one whose output did not, removing its partial files.
    private func recover() throws {
        for batch in try ledger.pendingBatches() {
            let output = URL(fileURLWithPath: batch.path)
            let report = URL(fileURLWithPath: batch.reportPath)
            try DurableFile.remove(DurableFile.temporaryURL(for: output))
            try DurableFile.remove(DurableFile.temporaryURL(for: report))
            if FileManager.default.fileExists(atPath: output.path) {
                try ledger.commitBatch(id: batch.id, intent: batch.intent)
                summary.recoveredBatches += 1
            } else {
                try DurableFile.remove(report)
                try ledger.discardBatch(id: batch.id)
                summary.discardedBatches += 1
            }
        }
    }

    // MARK: Reading

    private func ingest(_ argument: String) throws {
        let source: IngestSource
        do {
            source = try IngestSource.resolve(argument)
        } catch {
            return summary.sourceErrors.append("\(error)")
        }
        do {
            let known = try ledger.sourceProgress(source.spec)
            readingPosition = nil
            let outcome = try scanner.scan(source, known: known, fromStart: options.reprocessStale) { item, position in
                try accept(item, position: position)
            }
            readingPosition = nil
            if outcome.restarted { summary.restartedFiles += 1 }
            if outcome.notModified { summary.notModifiedFeeds += 1 }
            finishedPositions.append(outcome.progress)
            if open.isEmpty {
                try stateOperation { try ledger.savePositions(finishedPositions) }
                finishedPositions = []
            }
        } catch let error as IngestError {
            throw error
        } catch {
            readingPosition = nil
            summary.sourceErrors.append("\(error)")
            try stateOperation { try ledger.recordSourceError(spec: source.spec, kind: source.kind, message: "\(error)") }
        }
    }

    /// Queues a new, changed or (with the options) failed or stale item; skips an unchanged one.
    private func accept(_ item: SourceItem, position: SourceProgress?) throws {
        summary.seen += 1
        if let queuedHash = openKeys[item.key] {
            if queuedHash == item.rawHash {
                summary.unchanged += 1
                readingPosition = position
                return
            }
            try flush() // the earlier version must be committed before its revision
        }
        var revisionOf: String?
        if let known = try stateOperation({ try ledger.currentItem(item.key) }) {
            if known.rawHash == item.rawHash {
                let retry = options.retryFailed && known.outcome == .failed
                let stale = options.reprocessStale && known.fingerprint != fingerprint
                guard retry || stale else {
                    summary.unchanged += 1
                    readingPosition = position
                    return
                }
                if stale { summary.reprocessed += 1 }
            } else {
                revisionOf = known.documentID
            }
        }
        open.append((item, revisionOf))
        openKeys[item.key] = item.rawHash
        readingPosition = position
        if open.count >= options.batchSize { try flush() }
    }

    // MARK: Batches

    /// Annotates the open items, writes the batch's report and records, then commits the ledger.
    private func flush() throws {
        let batch = open
        open = []
        openKeys = [:]
        var positions = finishedPositions
        finishedPositions = []
        if let readingPosition { positions.append(readingPosition) }
        guard !batch.isEmpty else {
            return try stateOperation { try ledger.savePositions(positions) }
        }

        let results = try annotator.annotate(batch.map(\.item.input))
        let assembled = try stateOperation {
            try ledger.database.read { db in try assemble(batch, results: results, positions: positions, db) }
        }
        try commit(assembled.intent, lines: assembled.lines, report: assembled.report)
    }

    /// Decides each item's outcome in input order (de-duplication looks up the ledger through
    /// `db`, one read transaction per batch) and builds the batch's lines, intent and report.
    private func assemble(_ batch: [(item: SourceItem, revisionOf: String?)], results: [AnnotatedItem], positions: [SourceProgress],
                          _ db: Database) throws -> (lines: [UInt8], intent: BatchIntent, report: RunReport) {
        var report = RunReport(stageNames: stageNames)
        var lines: [UInt8] = []
        var intent = BatchIntent(items: [], positions: positions, annotated: 0, failed: 0, duplicates: 0, revisions: 0)
        duplicates.reset()
        for ((item, revisionOf), result) in zip(batch, results) {
            let documentID = item.input.id
            var entry = LedgerItem(sourceKey: item.key, documentID: documentID, rawHash: item.rawHash, fingerprint: fingerprint,
                                   outcome: .failed, revisionOf: revisionOf)
            var record: [UInt8]
            switch result {
            case .failed(let failed, let failure):
                record = failed
                entry.failureStage = failure.stage
                entry.failureCode = failure.code
                entry.failureMessage = failure.message
                report.record(RunReport.contribution(ofFailure: failure, id: documentID))
                intent.failed += 1
            case .annotated(let annotated, let digest, let contribution):
                record = annotated
                let cleanHash = digest?.cleanHash, signature = digest?.signature
                entry.cleanHash = cleanHash
                entry.minhash = signature.map { Data($0.bytes) }
                report.record(contribution)
                if let match = try duplicates.match(key: item.key, cleanHash: cleanHash, signature: signature, in: db) {
                    entry.outcome = .duplicate
                    entry.duplicateOf = match.documentID
                    intent.duplicates += 1
                } else {
                    entry.outcome = .annotated
                    intent.annotated += 1
                    duplicates.remember(key: item.key, documentID: documentID, cleanHash: cleanHash, signature: signature)
                }
            }
            if revisionOf != nil { intent.revisions += 1 }
            intent.items.append(entry)
            if entry.outcome == .duplicate && options.dropDuplicates {
                summary.dropped += 1
                continue
            }
            lines += Self.adding(duplicateOf: entry.duplicateOf, revisionOf: revisionOf, to: record)
            lines.append(0x0A)
        }
        return (lines, intent, report)
    }

    private func commit(_ intent: BatchIntent, lines: [UInt8], report: RunReport) throws {
        try stateOperation {
            let sequence = try ledger.nextBatchSequence()
            let now = Date()
            let id = Self.batchID(now, sequence: sequence)
            let day = options.outputDirectory.appendingPathComponent(Self.dayPath(now))
            let output = day.appendingPathComponent("\(id).jsonl")
            let reportURL = day.appendingPathComponent("\(id).report.json")
            try ledger.beginBatch(id: id, sequence: sequence, path: output.path, reportPath: reportURL.path,
                                  fingerprint: fingerprint, intent: intent)
            try interruption(.pendingRecorded)
            try DurableFile.createDirectory(day)
            try DurableFile.save(Self.reportJSON(id: id, fingerprint: fingerprint, intent: intent, report: report), to: reportURL)
            try interruption(.reportWritten)
            try DurableFile.save(lines, to: output) // the commit point: recovery completes the batch from here on
            try interruption(.outputRenamed)
            try ledger.commitBatch(id: id, intent: intent)
        }
        summary.batches += 1
        summary.annotated += intent.annotated
        summary.failed += intent.failed
        summary.duplicates += intent.duplicates
        summary.revisions += intent.revisions
    }

    // MARK: Helpers

    /// Adds `duplicate_of` and `revision_of` as the record's last keys.
    static func adding(duplicateOf: String?, revisionOf: String?, to record: [UInt8]) -> [UInt8] {
        guard duplicateOf != nil || revisionOf != nil, record.last == UInt8(ascii: "}") else { return record }
        var json = JSONWriter()
        json.beginObject()
        if let duplicateOf { json.key("duplicate_of"); json.string(duplicateOf) }
        if let revisionOf { json.key("revision_of"); json.string(revisionOf) }
        json.endObject()
        return record.dropLast() + [UInt8(ascii: ",")] + json.bytes.dropFirst()
    }

    /// `YYYYMMDDTHHMMSSZ-NNNNNN`: sortable by time, unique by the ledger's batch sequence.
    static func batchID(_ date: Date, sequence: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date) + "-" + String(format: "%06d", sequence)
    }

    static func dayPath(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy/MM/dd"
        return formatter.string(from: date)
    }

    /// `{"batch", "fingerprint", "items": {...}, "pipeline": <the run report>}`.
    static func reportJSON(id: String, fingerprint: String, intent: BatchIntent, report: RunReport) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("batch"); json.string(id)
        json.key("fingerprint"); json.string(fingerprint)
        json.key("items")
        json.beginObject()
        json.key("annotated"); json.int(intent.annotated)
        json.key("failed"); json.int(intent.failed)
        json.key("duplicates"); json.int(intent.duplicates)
        json.key("revisions"); json.int(intent.revisions)
        json.endObject()
        json.endObject()
        return json.bytes.dropLast() + Array(",\"pipeline\":".utf8) + report.json() + [UInt8(ascii: "}"), 0x0A]
    }

    private func createDirectory(_ url: URL) throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw IngestError.state("cannot create \(url.path): \(error.localizedDescription)")
        }
    }

    /// Runs a ledger or output operation, turning its errors into `IngestError.state`.
    private func stateOperation<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as IngestError {
            throw error
        } catch {
            throw IngestError.state("state \(options.stateDirectory.path): \(error)")
        }
    }
}
