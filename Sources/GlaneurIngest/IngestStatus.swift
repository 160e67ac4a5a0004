import Foundation
import GRDB
import GlaneurCore

/// What `glaneur ingest status` reports about a state directory.
public struct IngestStatus: Sendable {
    /// Source keys known (current item versions).
    public var seen = 0
    public var annotated = 0
    public var failed = 0
    public var duplicates = 0
    public var revisions = 0
    /// Current items annotated under another pipeline fingerprint than `fingerprint`.
    public var stale = 0
    /// Batches written to the ledger whose commit did not finish (the next run recovers them).
    public var pendingBatches = 0
    /// Bytes of JSONL sources not read yet.
    public var backlogBytes: Int64 = 0
    public var committedBatches = 0
    public var lastBatch: String?
    public var lastBatchAt: String?
    public var lastError: String?
    public var lastErrorAt: String?
    public var fingerprint: String?

    /// Reads the state under `directory` (without taking the lock: WAL readers never block the
    /// writer). `fingerprint` is the current pipeline's; when nil, the last batch's is used.
    public static func read(stateDirectory directory: URL, fingerprint: String?) throws -> IngestStatus {
        let path = directory.appendingPathComponent(Ledger.fileName).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw IngestError.state("no ingest state in \(directory.path)")
        }
        let ledger = try Ledger(directory: directory)
        return try ledger.database.read { db in
            var status = IngestStatus()
            status.fingerprint = try fingerprint ?? String.fetchOne(db, sql: "SELECT fingerprint FROM batches WHERE state = 'committed' ORDER BY sequence DESC LIMIT 1")
            let counts = try Row.fetchOne(db, sql: """
                SELECT COUNT(*), SUM(outcome = 'annotated'), SUM(outcome = 'failed'), SUM(outcome = 'duplicate'),
                       SUM(fingerprint <> ?) FROM items WHERE current = 1
                """, arguments: [status.fingerprint ?? ""])!
            status.seen = counts[0]
            status.annotated = counts[1] ?? 0
            status.failed = counts[2] ?? 0
            status.duplicates = counts[3] ?? 0
            status.stale = status.fingerprint == nil ? 0 : (counts[4] ?? 0)
            status.revisions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items WHERE revision_of IS NOT NULL") ?? 0
            status.pendingBatches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batches WHERE state = 'pending'") ?? 0
            status.committedBatches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM batches WHERE state = 'committed'") ?? 0
            if let row = try Row.fetchOne(db, sql: "SELECT id, committed_at FROM batches WHERE state = 'committed' ORDER BY sequence DESC LIMIT 1") {
                status.lastBatch = row[0]
                status.lastBatchAt = row[1]
            }
            if let row = try Row.fetchOne(db, sql: """
                SELECT spec || ': ' || last_error, last_error_at FROM sources WHERE last_error IS NOT NULL ORDER BY last_error_at DESC LIMIT 1
                """) {
                status.lastError = row[0]
                status.lastErrorAt = row[1]
            } else if let row = try Row.fetchOne(db, sql: """
                SELECT items.document_id || ': ' || COALESCE(items.failure_stage || '/', '') || items.failure_code || ': ' || items.failure_message, batches.committed_at
                FROM items JOIN batches ON batches.id = items.batch_id WHERE items.current = 1 AND items.outcome = 'failed'
                ORDER BY items.id DESC LIMIT 1
                """) {
                status.lastError = row[0]
                status.lastErrorAt = row[1]
            }
            for row in try Row.fetchAll(db, sql: "SELECT spec, byte_offset FROM sources WHERE kind = 'jsonl'") {
                let spec: String = row[0]
                let offset: Int64 = row[1] ?? 0
                if let size = (try? FileManager.default.attributesOfItem(atPath: spec))?[.size] as? Int64 {
                    status.backlogBytes += max(0, size - offset)
                }
            }
            return status
        }
    }

    /// Aligned `name: value` lines for people.
    public var text: String {
        var lines = [
            "seen:        \(seen)",
            "annotated:   \(annotated)",
            "failed:      \(failed)",
            "duplicates:  \(duplicates)",
            "revisions:   \(revisions)",
            "stale:       \(stale)",
            "backlog:     \(backlogBytes) bytes of JSONL, \(pendingBatches) pending batch\(pendingBatches == 1 ? "" : "es")",
            "batches:     \(committedBatches)",
            "last batch:  \(lastBatch.map { "\($0) at \(lastBatchAt ?? "?")" } ?? "none")",
            "last error:  \(lastError.map { "\($0) at \(lastErrorAt ?? "?")" } ?? "none")",
        ]
        if let fingerprint { lines.append("fingerprint: \(fingerprint)") }
        return lines.joined(separator: "\n")
    }

    /// One JSON object with the same fields.
    public var json: [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("seen"); json.int(seen)
        json.key("annotated"); json.int(annotated)
        json.key("failed"); json.int(failed)
        json.key("duplicates"); json.int(duplicates)
        json.key("revisions"); json.int(revisions)
        json.key("stale"); json.int(stale)
        json.key("backlog")
        json.beginObject()
        json.key("jsonl_bytes"); json.int(Int(backlogBytes))
        json.key("pending_batches"); json.int(pendingBatches)
        json.endObject()
        json.key("batches"); json.int(committedBatches)
        json.key("last_batch"); json.optionalString(lastBatch)
        json.key("last_batch_at"); json.optionalString(lastBatchAt)
        json.key("last_error"); json.optionalString(lastError)
        json.key("last_error_at"); json.optionalString(lastErrorAt)
        json.key("fingerprint"); json.optionalString(fingerprint)
        json.endObject()
        return json.bytes
    }
}
