import Foundation

/// Identifies what produced an annotation: the glaneur version, the configuration file and every
/// lexicon or model file beside it. Items annotated under another fingerprint are stale.
public enum PipelineFingerprint {
    /// Hashes `version`, the configuration's bytes and the files under `lexicons/` next to it
    /// (sorted by relative path, each path and content hashed).
    public static func compute(version: String, configuration: URL) throws -> String {
        var hasher = SHA256()
        hasher.update("glaneur \(version)\n")
        hasher.update(Array(try Data(contentsOf: configuration)))
        let lexicons = configuration.deletingLastPathComponent().appendingPathComponent("lexicons")
        for relative in DirectoryListing.files(under: lexicons.path) {
            hasher.update("\n\(relative)\n")
            if let data = FileManager.default.contents(atPath: lexicons.path + "/" + relative) {
                hasher.update(SHA256.hex(data))
            }
        }
        return String(hasher.finalizeHex().prefix(32))
    }
}
