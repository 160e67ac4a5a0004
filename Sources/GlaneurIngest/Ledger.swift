import Foundation
import GRDB

/// The ingestion state: a SQLite database (WAL) under the state directory, with a versioned schema.
///
/// Tables: `sources` (reading positions, HTTP validators, last error), `batches` (pending or
/// committed, with the intent to apply), `items` (one row per item version: source key, hashes,
/// pipeline fingerprint, batch, outcome) and `minhash_bands` (the near-duplicate index).
final class Ledger {
    static let fileName = "ingest.sqlite"
    let database: DatabasePool

    init(directory: URL) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        database = try DatabasePool(path: directory.appendingPathComponent(Self.fileName).path, configuration: configuration)
        try Self.migrator.migrate(database)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "sources") { table in
                table.column("spec", .text).primaryKey()
                table.column("kind", .text).notNull()
                table.column("byte_offset", .integer)
                table.column("prefix_length", .integer)
                table.column("prefix_hash", .text)
                table.column("etag", .text)
                table.column("last_modified", .text)
                table.column("last_read_at", .text)
                table.column("last_error", .text)
                table.column("last_error_at", .text)
            }
            try db.create(table: "batches") { table in
                table.column("id", .text).primaryKey()
                table.column("sequence", .integer).notNull().unique()
                table.column("state", .text).notNull()
                table.column("path", .text).notNull()
                table.column("report_path", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("created_at", .text).notNull()
                table.column("committed_at", .text)
                table.column("intent", .blob)
                table.column("annotated", .integer).notNull().defaults(to: 0)
                table.column("failed", .integer).notNull().defaults(to: 0)
                table.column("duplicates", .integer).notNull().defaults(to: 0)
                table.column("revisions", .integer).notNull().defaults(to: 0)
            }
            try db.create(table: "items") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("source_key", .text).notNull()
                table.column("document_id", .text).notNull()
                table.column("raw_hash", .text).notNull()
                table.column("clean_hash", .text)
                table.column("minhash", .blob)
                table.column("fingerprint", .text).notNull()
                table.column("batch_id", .text).notNull().references("batches")
                table.column("outcome", .text).notNull()
                table.column("failure_code", .text)
                table.column("failure_message", .text)
                table.column("duplicate_of", .text)
                table.column("revision_of", .text)
                table.column("current", .boolean).notNull()
            }
            try db.create(index: "items_current_key", on: "items", columns: ["source_key"], unique: true, condition: Column("current") == true)
            try db.create(index: "items_clean_hash", on: "items", columns: ["clean_hash"])
            // Without rowid and without a foreign-key check: each band row is one entry of one B-tree,
            // found by its (band, key) prefix; `item` is an `items.id`.
            try db.create(table: "minhash_bands", options: .withoutRowID) { table in
                table.column("band", .integer).notNull()
                table.column("key", .integer).notNull()
                table.column("item", .integer).notNull()
                table.primaryKey(["band", "key", "item"])
            }
        }
        // The failing stage gets its own column; `failure_code` keeps the code alone (`crash`, `empty`…).
        migrator.registerMigration("v2") { db in
            try db.alter(table: "items") { table in table.add(column: "failure_stage", .text) }
            try db.execute(sql: """
                UPDATE items SET failure_stage = substr(failure_code, 1, instr(failure_code, '/') - 1),
                                 failure_code = substr(failure_code, instr(failure_code, '/') + 1)
                WHERE instr(failure_code, '/') > 0
                """)
        }
        return migrator
    }

    // MARK: Reading

    func sourceProgress(_ spec: String) throws -> SourceProgress? {
        try database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM sources WHERE spec = ?", arguments: [spec]).map { row in
                SourceProgress(spec: row["spec"], kind: row["kind"], offset: row["byte_offset"], prefixLength: row["prefix_length"],
                               prefixHash: row["prefix_hash"], etag: row["etag"], lastModified: row["last_modified"])
            }
        }
    }

    /// One SELECT, atomic by itself in WAL mode, so it skips the cost of an explicit read transaction.
    func currentItem(_ sourceKey: String) throws -> KnownItem? {
        try database.unsafeRead { db in
            let statement = try db.cachedStatement(sql: "SELECT document_id, raw_hash, fingerprint, outcome FROM items WHERE source_key = ? AND current = 1")
            return try Row.fetchOne(statement, arguments: [sourceKey]).map { row in
                KnownItem(documentID: row[0], rawHash: row[1], fingerprint: row[2], outcome: ItemOutcome(rawValue: row[3]) ?? .failed)
            }
        }
    }

    /// The first annotated item with this clean text from another source key.
    static func exactDuplicate(cleanHash: String, excludingKey sourceKey: String, _ db: Database) throws -> String? {
        let statement = try db.cachedStatement(sql: """
            SELECT document_id FROM items WHERE clean_hash = ? AND outcome = 'annotated' AND source_key <> ? ORDER BY id LIMIT 1
            """)
        return try String.fetchOne(statement, arguments: [cleanHash, sourceKey])
    }

    /// Annotated items of other source keys sharing at least one band with `signature`, oldest first.
    static func nearDuplicateCandidates(_ signature: MinHash, excludingKey sourceKey: String, _ db: Database) throws -> [(documentID: String, minhash: MinHash)] {
        // One statement: SQLite answers the OR of band probes with one index search per band.
        let probes = (0..<MinHash.bandCount).map { "(minhash_bands.band = \($0) AND minhash_bands.key = ?)" }.joined(separator: " OR ")
        let statement = try db.cachedStatement(sql: """
            SELECT DISTINCT items.id, items.document_id, items.minhash FROM minhash_bands JOIN items ON items.id = minhash_bands.item
            WHERE (\(probes)) AND items.source_key <> ?
            """)
        var arguments = StatementArguments(signature.bandKeys)
        arguments += [sourceKey]
        var found: [(Int64, String, MinHash)] = []
        for row in try Row.fetchAll(statement, arguments: arguments) {
            guard let bytes: Data = row[2], let minhash = MinHash(bytes: Array(bytes)) else { continue }
            found.append((row[0], row[1], minhash))
        }
        return found.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    func nextBatchSequence() throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) + 1 FROM batches") ?? 1 }
    }

    func pendingBatches() throws -> [PendingBatch] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, report_path, intent FROM batches WHERE state = 'pending' ORDER BY sequence").map { row in
                let data: Data = row[3]
                return PendingBatch(id: row[0], path: row[1], reportPath: row[2], intent: try JSONDecoder().decode(BatchIntent.self, from: data))
            }
        }
    }

    // MARK: Writing

    /// Records a batch as pending, with everything its commit will apply. Runs before its files are written.
    func beginBatch(id: String, sequence: Int, path: String, reportPath: String, fingerprint: String, intent: BatchIntent) throws {
        let data = try JSONEncoder().encode(intent)
        try database.write { db in
            try db.execute(sql: """
                INSERT INTO batches (id, sequence, state, path, report_path, fingerprint, created_at, intent)
                VALUES (?, ?, 'pending', ?, ?, ?, ?, ?)
                """, arguments: [id, sequence, path, reportPath, fingerprint, Self.now(), data])
        }
    }

    /// Applies a pending batch's intent and marks it committed, in one transaction.
    func commitBatch(id: String, intent: BatchIntent) throws {
        try database.write { db in
            let retire = try db.cachedStatement(sql: "UPDATE items SET current = 0 WHERE source_key = ? AND current = 1")
            let insert = try db.cachedStatement(sql: """
                INSERT INTO items (source_key, document_id, raw_hash, clean_hash, minhash, fingerprint, batch_id, outcome,
                                   failure_stage, failure_code, failure_message, duplicate_of, revision_of, current)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                """)
            let rows = (0..<MinHash.bandCount).map { "(\($0), ?, ?)" }.joined(separator: ", ")
            let index = try db.cachedStatement(sql: "INSERT INTO minhash_bands (band, key, item) VALUES \(rows)")
            for item in intent.items {
                try retire.execute(arguments: [item.sourceKey])
                try insert.execute(arguments: [item.sourceKey, item.documentID, item.rawHash, item.cleanHash, item.minhash,
                                               item.fingerprint, id, item.outcome.rawValue, item.failureStage, item.failureCode, item.failureMessage,
                                               item.duplicateOf, item.revisionOf])
                if item.outcome == .annotated, let bytes = item.minhash, let signature = MinHash(bytes: Array(bytes)) {
                    let row = db.lastInsertedRowID
                    try index.execute(arguments: StatementArguments(signature.bandKeys.flatMap { [$0, row] }))
                }
            }
            try Self.savePositions(intent.positions, db)
            try db.execute(sql: """
                UPDATE batches SET state = 'committed', committed_at = ?, intent = NULL,
                       annotated = ?, failed = ?, duplicates = ?, revisions = ? WHERE id = ?
                """, arguments: [Self.now(), intent.annotated, intent.failed, intent.duplicates, intent.revisions, id])
        }
    }

    /// Forgets a pending batch whose output never reached its final name.
    func discardBatch(id: String) throws {
        try database.write { db in try db.execute(sql: "DELETE FROM batches WHERE id = ? AND state = 'pending'", arguments: [id]) }
    }

    /// Commits reading positions of sources whose items are all committed.
    func savePositions(_ positions: [SourceProgress]) throws {
        guard !positions.isEmpty else { return }
        try database.write { db in try Self.savePositions(positions, db) }
    }

    func recordSourceError(spec: String, kind: String, message: String?) throws {
        try database.write { db in
            try db.execute(sql: "INSERT INTO sources (spec, kind) VALUES (?, ?) ON CONFLICT(spec) DO NOTHING", arguments: [spec, kind])
            try db.execute(sql: "UPDATE sources SET last_error = ?, last_error_at = ? WHERE spec = ?",
                           arguments: [message, message == nil ? nil : Self.now(), spec])
        }
    }

    private static func savePositions(_ positions: [SourceProgress], _ db: Database) throws {
        for position in positions {
            try db.execute(sql: """
                INSERT INTO sources (spec, kind, byte_offset, prefix_length, prefix_hash, etag, last_modified, last_read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(spec) DO UPDATE SET kind = excluded.kind, byte_offset = excluded.byte_offset,
                    prefix_length = excluded.prefix_length, prefix_hash = excluded.prefix_hash,
                    etag = COALESCE(excluded.etag, sources.etag), last_modified = COALESCE(excluded.last_modified, sources.last_modified),
                    last_read_at = excluded.last_read_at
                """, arguments: [position.spec, position.kind, position.offset, position.prefixLength, position.prefixHash,
                                 position.etag, position.lastModified, now()])
        }
    }

    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }
}
