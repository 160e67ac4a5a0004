import Foundation

/// What happened to one item, as stored in the ledger.
public enum ItemOutcome: String, Codable, Sendable {
    case annotated
    case failed
    case duplicate
}

/// One item version as the ledger stores it: a row of `items`.
struct LedgerItem: Codable, Sendable {
    var sourceKey: String
    var documentID: String
    var rawHash: String
    var cleanHash: String?
    /// The MinHash signature's bytes (base64 in the pending intent).
    var minhash: Data?
    var fingerprint: String
    var outcome: ItemOutcome
    /// For a failed item: the stage that failed and its code (`crash` when the stage trapped).
    var failureStage: String?
    var failureCode: String?
    var failureMessage: String?
    var duplicateOf: String?
    var revisionOf: String?
}

/// A source's reading position, committed only once every item read before it is committed.
struct SourceProgress: Codable, Sendable {
    var spec: String
    var kind: String
    /// JSONL: the byte offset after the last line read.
    var offset: Int64?
    /// JSONL: how many leading bytes `prefixHash` covers (a rewritten file changes them).
    var prefixLength: Int64?
    var prefixHash: String?
    /// Feeds over HTTP: validators for the next conditional GET.
    var etag: String?
    var lastModified: String?
}

/// What a batch will commit: written to the ledger before the batch's files, applied after them.
struct BatchIntent: Codable, Sendable {
    var items: [LedgerItem]
    var positions: [SourceProgress]
    var annotated: Int
    var failed: Int
    var duplicates: Int
    var revisions: Int
}

/// The ledger's view of the current version of a source key.
struct KnownItem: Sendable {
    var documentID: String
    var rawHash: String
    var fingerprint: String
    var outcome: ItemOutcome
}

/// A batch written to the ledger whose files may or may not be in place.
struct PendingBatch: Sendable {
    var id: String
    var path: String
    var reportPath: String
    var intent: BatchIntent
}
