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
        XCTAssertEqual(applied, ["v1"])
        let journal = try ledger.database.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journal, "wal")
    }
}
