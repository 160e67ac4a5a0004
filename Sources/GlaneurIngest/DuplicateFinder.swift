import GRDB

/// Finds the earlier item a new one duplicates: first the same clean text (exact), then a MinHash
/// signature estimated at `nearSimilarity` or more (near). Committed items come before the
/// current batch's, and an item never duplicates its own source key (that is a revision).
struct DuplicateFinder {
    var nearSimilarity: Double
    private var batchTexts: [String: String] = [:]
    private var batchSignatures: [(key: String, documentID: String, signature: MinHash, bands: [Int64])] = []

    init(nearSimilarity: Double) {
        self.nearSimilarity = nearSimilarity
    }

    /// How an item duplicates an earlier one.
    enum Match: Equatable {
        case exact(String)
        case near(String, similarity: Double)

        var documentID: String {
            switch self {
            case .exact(let id), .near(let id, _): return id
            }
        }
    }

    /// Looks up the ledger through `db` (one read transaction for the whole batch), then the batch.
    func match(key: String, cleanHash: String?, signature: MinHash?, in db: Database) throws -> Match? {
        guard let cleanHash else { return nil }
        if let id = try Ledger.exactDuplicate(cleanHash: cleanHash, excludingKey: key, db) ?? batchTexts[cleanHash] {
            return .exact(id)
        }
        guard let signature else { return nil }
        for candidate in try Ledger.nearDuplicateCandidates(signature, excludingKey: key, db) {
            let similarity = signature.similarity(to: candidate.minhash)
            if similarity >= nearSimilarity { return .near(candidate.documentID, similarity: similarity) }
        }
        let bands = signature.bandKeys
        for earlier in batchSignatures where earlier.key != key {
            guard zip(bands, earlier.bands).contains(where: { $0 == $1 }) else { continue }
            let similarity = signature.similarity(to: earlier.signature)
            if similarity >= nearSimilarity { return .near(earlier.documentID, similarity: similarity) }
        }
        return nil
    }

    /// Makes an original of this batch findable by the items after it.
    mutating func remember(key: String, documentID: String, cleanHash: String?, signature: MinHash?) {
        if let cleanHash, batchTexts[cleanHash] == nil { batchTexts[cleanHash] = documentID }
        if let signature { batchSignatures.append((key, documentID, signature, signature.bandKeys)) }
    }

    /// Starts a new batch (the previous one is now in the ledger).
    mutating func reset() {
        batchTexts = [:]
        batchSignatures = []
    }
}
