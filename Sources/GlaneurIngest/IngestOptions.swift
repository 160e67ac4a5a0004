import Foundation
import GlaneurPipeline

/// How one `glaneur ingest` run behaves.
public struct IngestOptions: Sendable {
    /// Sources as given on the command line: directories, JSONL files, feed files or URLs.
    public var sources: [String]
    public var stateDirectory: URL
    public var outputDirectory: URL
    /// The most items one batch (one output file, one ledger commit) holds.
    public var batchSize = 500
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Duplicates are recorded in the ledger but not written to the output.
    public var dropDuplicates = false
    /// Items whose last outcome was a failure are annotated again.
    public var retryFailed = false
    /// Items annotated under another pipeline fingerprint are annotated again.
    public var reprocessStale = false
    /// How long to wait for another run's lock before giving up (0: give up at once).
    public var wait: TimeInterval = 0
    /// Estimated Jaccard similarity of word 3-shingles from which an item is a near-duplicate.
    public var nearDuplicateSimilarity = 0.5
    public var encoder = RecordEncoder()

    public init(sources: [String], stateDirectory: URL, outputDirectory: URL) {
        self.sources = sources
        self.stateDirectory = stateDirectory
        self.outputDirectory = outputDirectory
    }
}

/// What one run did, for the one-line summary on standard error and the exit code.
public struct IngestSummary: Sendable {
    public var seen = 0
    public var unchanged = 0
    public var annotated = 0
    public var failed = 0
    public var duplicates = 0
    public var dropped = 0
    public var revisions = 0
    public var reprocessed = 0
    public var batches = 0
    /// Half-done batches found at start: completed from their files, or discarded.
    public var recoveredBatches = 0
    public var discardedBatches = 0
    public var restartedFiles = 0
    public var notModifiedFeeds = 0
    public var sourceErrors: [String] = []
    public var seconds = 0.0

    /// Exit codes of a finished run, documented in docs/ingest.md (the command adds 2 for usage,
    /// 64 for configuration, 74 when the state or output fails and 75 when the state is locked).
    public enum ExitCode {
        public static let success: Int32 = 0
        public static let documentsFailed: Int32 = 1
        /// EX_NOINPUT: a source could not be read; the others were ingested.
        public static let sourceFailed: Int32 = 66
    }

    public var exitCode: Int32 {
        if !sourceErrors.isEmpty { return ExitCode.sourceFailed }
        if failed > 0 { return ExitCode.documentsFailed }
        return ExitCode.success
    }

    /// One line for cron mail and logs.
    public var line: String {
        var parts = ["\(seen) seen", "\(unchanged) unchanged", "\(annotated) annotated", "\(failed) failed",
                     "\(duplicates) duplicates" + (dropped > 0 ? " (\(dropped) dropped)" : ""), "\(revisions) revisions"]
        if reprocessed > 0 { parts.append("\(reprocessed) reprocessed") }
        parts.append("\(batches) batch\(batches == 1 ? "" : "es")")
        if recoveredBatches + discardedBatches > 0 { parts.append("recovered \(recoveredBatches), discarded \(discardedBatches) half-done") }
        if restartedFiles > 0 { parts.append("\(restartedFiles) rewritten file\(restartedFiles == 1 ? "" : "s") reread") }
        if notModifiedFeeds > 0 { parts.append("\(notModifiedFeeds) feed\(notModifiedFeeds == 1 ? "" : "s") not modified") }
        parts.append("\(sourceErrors.count) source error\(sourceErrors.count == 1 ? "" : "s")")
        parts.append(String(format: "%.1f s", seconds))
        return "glaneur ingest: " + parts.joined(separator: ", ") + "; exit \(exitCode)"
    }
}
