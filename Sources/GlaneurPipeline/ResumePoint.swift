import Foundation
import GlaneurCore

/// The records an interrupted run left in its output file, which `--resume` keeps and skips.
///
/// Only complete lines count; each must be a record whose id matches the input at the same
/// position, so that a resumed run produces the same bytes as an uninterrupted one.
public struct ResumePoint: Sendable {
    /// One kept record: its id, and its failure for an error record.
    public struct KeptRecord: Sendable {
        public var id: String
        public var failure: DocumentFailure?
    }

    public let path: String
    /// The length of the complete lines kept.
    public let byteCount: Int
    public let records: [KeptRecord]

    /// Reads the output at `path`; nil when there is none yet (the run starts from the beginning).
    public static func load(path: String) throws(OutputError) -> ResumePoint? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw OutputError("cannot read \(path) to resume: \((error as NSError).localizedFailureReason ?? error.localizedDescription)")
        }
        var records: [KeptRecord] = []
        var byteCount = 0
        var malformed = false
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            while let newline = bytes[byteCount...].firstIndex(of: 0x0A) {
                guard let record = try? JSONParser.parse(Array(bytes[byteCount..<newline])), let id = record["id"]?.stringValue else {
                    malformed = true
                    return
                }
                var failure: DocumentFailure?
                if let error = record["error"] {
                    failure = DocumentFailure(stage: error["stage"]?.stringValue ?? "", code: error["code"]?.stringValue ?? "",
                                              message: error["message"]?.stringValue ?? "")
                }
                records.append(KeptRecord(id: id, failure: failure))
                byteCount = newline + 1
            }
        }
        if malformed { throw OutputError("cannot resume from \(path): line \(records.count + 1) is not a glaneur record") }
        return ResumePoint(path: path, byteCount: byteCount, records: records)
    }
}
