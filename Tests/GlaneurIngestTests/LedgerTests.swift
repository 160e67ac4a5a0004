import GlaneurTestSupport
import Foundation
import GRDB
@testable import GlaneurIngest
import XCTest

/// The ledger's per-item statements must use an index: a scan per item makes ingestion quadratic.
final class LedgerTests: XCTestCase {
    func testPerItemStatementsSearchAnIndex() throws {
        let scratch = try TemporaryDirectory()
        let ledger = try Ledger(directory: scratch.url)
        let statements = [
            "SELECT document_id, raw_hash, fingerprint, outcome FROM items WHERE source_key = ? AND current = 1",
            "UPDATE items SET current = 0 WHERE source_key = ? AND current = 1",
            "SELECT document_id FROM items WHERE clean_hash = ? AND outcome = 'annotated' AND source_key <> ? ORDER BY id LIMIT 1",
            """
            SELECT DISTINCT items.id, items.document_id, items.minhash FROM minhash_bands JOIN items ON items.id = minhash_bands.item
            WHERE ((minhash_bands.band = 0 AND minhash_bands.key = ?) OR (minhash_bands.band = 1 AND minhash_bands.key = ?))
            AND items.source_key <> ?
            """,
        ]
        try ledger.database.read { db in
            for sql in statements {
                let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(Array(repeating: "x", count: sql.filter { $0 == "?" }.count)))
                    .map { $0["detail"] as String }
                XCTAssertFalse(plan.isEmpty)
                XCTAssertFalse(plan.contains { $0.hasPrefix("SCAN") }, "\(sql): \(plan)")
            }
        }
    }

    func testSchemaIsVersionedByMigrations() throws {
        let scratch = try TemporaryDirectory()
        let ledger = try Ledger(directory: scratch.url)
        let applied = try ledger.database.read { db in try Ledger.migrator.appliedMigrations(db) }
        XCTAssertEqual(applied, ["v1", "v2"])
        let journal = try ledger.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journal, "wal")
    }

    /// A v1 ledger kept `stage/code` in `failure_code`; v2 moves the stage to `failure_stage`.
    func testMigrationV2SplitsTheFailingStageFromTheCode() throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.url.appendingPathComponent(Ledger.fileName).path
        let old = try DatabaseQueue(path: path)
        try Ledger.migrator.migrate(old, upTo: "v1")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO batches (id, sequence, state, path, report_path, fingerprint, created_at) VALUES ('b', 1, 'committed', 'p', 'r', 'f', 'now');
                INSERT INTO items (source_key, document_id, raw_hash, fingerprint, batch_id, outcome, failure_code, failure_message, current)
                VALUES ('k', 'blank', 'h', 'f', 'b', 'failed', 'read/empty', 'no text', 1);
                """)
        }
        try old.close()
        let ledger = try Ledger(directory: scratch.url)
        let row = try XCTUnwrap(try ledger.database.read { db in try Row.fetchOne(db, sql: "SELECT failure_stage, failure_code FROM items") })
        XCTAssertEqual(row[0] as String, "read")
        XCTAssertEqual(row[1] as String, "empty")
    }
}
