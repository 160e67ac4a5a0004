import GlaneurCore
import GlaneurReport

/// The messages a supervisor and its worker processes exchange over pipes.
///
/// Every message is framed as one kind byte, a little-endian 32-bit payload length and the payload.
/// The supervisor sends `document` messages; the worker answers `ready` (or `startFailed`) once after
/// building its pipeline, then for each document its `result`; a worker that crashes writes a last
/// `stage` message naming the stage it was in.
enum WorkerMessage {
    case ready
    case startFailed(message: String)
    case document(Document)
    case stage(name: String)
    case result(ProcessedDocument)

    private enum Kind: UInt8 {
        case ready = 0x48, startFailed = 0x45, document = 0x44, stage = 0x53, result = 0x52
    }

    /// The framed bytes of the message.
    func framed() -> [UInt8] {
        var payload = MessageWriter()
        let kind: Kind
        switch self {
        case .ready:
            kind = .ready
        case .startFailed(let message):
            kind = .startFailed
            payload.string(message)
        case .document(let document):
            kind = .document
            payload.document(document)
        case .stage(let name):
            kind = .stage
            payload.string(name)
        case .result(let processed):
            kind = .result
            payload.processed(processed)
        }
        var frame: [UInt8] = [kind.rawValue]
        frame.reserveCapacity(5 + payload.bytes.count)
        let length = UInt32(payload.bytes.count)
        for shift in stride(from: 0, to: 32, by: 8) { frame.append(UInt8(truncatingIfNeeded: length >> UInt32(shift))) }
        frame += payload.bytes
        return frame
    }

    /// Decodes a frame's payload; nil when the bytes are not a well-formed message.
    static func decode(kind rawKind: UInt8, payload: [UInt8]) -> WorkerMessage? {
        guard let kind = Kind(rawValue: rawKind) else { return nil }
        var reader = MessageReader(payload)
        switch kind {
        case .ready: return .ready
        case .startFailed: return reader.string().map { .startFailed(message: $0) }
        case .document: return reader.document().map { .document($0) }
        case .stage: return reader.string().map { .stage(name: $0) }
        case .result: return reader.processed().map { .result($0) }
        }
    }

    /// Reads the next message from `frames`; nil at the end of the stream or on a malformed frame.
    static func read(from frames: FrameReader) -> WorkerMessage? {
        guard let (kind, payload) = frames.next() else { return nil }
        return decode(kind: kind, payload: payload)
    }
}

/// Appends length-prefixed fields to a payload.
private struct MessageWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: Int) {
        let bits = UInt64(bitPattern: Int64(value))
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func double(_ value: Double) {
        integer(Int(Int64(bitPattern: value.bitPattern)))
    }

    mutating func raw(_ value: [UInt8]) {
        integer(value.count)
        bytes += value
    }

    mutating func string(_ value: String) {
        raw(Array(value.utf8))
    }

    mutating func optionalString(_ value: String?) {
        bytes.append(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func document(_ document: Document) {
        string(document.id)
        string(document.source)
        string(document.input.format.rawValue)
        raw(document.input.bytes)
        optionalString(document.language)
        let metadata = document.metadata
        for field in [metadata.title, metadata.url, metadata.author, metadata.published, metadata.siteName] { optionalString(field) }
        integer(document.warnings.count)
        for warning in document.warnings { string(warning) }
    }

    mutating func processed(_ processed: ProcessedDocument) {
        raw(processed.record)
        switch processed.outcome {
        case .annotated(let contribution):
            bytes.append(0)
            raw(contribution.json())
        case .failed(let failure):
            bytes.append(1)
            string(failure.stage)
            string(failure.code)
            string(failure.message)
        }
    }
}

/// Reads the fields `MessageWriter` wrote; every accessor returns nil past the end.
private struct MessageReader {
    private let bytes: [UInt8]
    private var cursor = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func byte() -> UInt8? {
        guard cursor < bytes.count else { return nil }
        defer { cursor += 1 }
        return bytes[cursor]
    }

    mutating func integer() -> Int? {
        guard bytes.count - cursor >= 8 else { return nil }
        var bits: UInt64 = 0
        for offset in 0..<8 { bits |= UInt64(bytes[cursor + offset]) << UInt64(8 * offset) }
        cursor += 8
        return Int(Int64(bitPattern: bits))
    }

    mutating func double() -> Double? {
        integer().map { Double(bitPattern: UInt64(bitPattern: Int64($0))) }
    }

    mutating func raw() -> [UInt8]? {
        guard let count = integer(), count >= 0, bytes.count - cursor >= count else { return nil }
        defer { cursor += count }
        return Array(bytes[cursor..<cursor + count])
    }

    mutating func string() -> String? {
        raw().map { String(decoding: $0, as: UTF8.self) }
    }

    mutating func optionalString() -> String?? {
        switch byte() {
        case 0?: return .some(nil)
        case 1?: return string().map { .some($0) }
        default: return nil
        }
    }

    mutating func document() -> Document? {
        guard let id = string(), let source = string(), let format = string().flatMap(InputFormat.init(rawValue:)),
              let input = raw(), let language = optionalString() else { return nil }
        var fields: [String?] = []
        for _ in 0..<5 {
            guard let field = optionalString() else { return nil }
            fields.append(field)
        }
        let metadata = DocumentMetadata(title: fields[0], url: fields[1], author: fields[2], published: fields[3], siteName: fields[4])
        var document = Document(id: id, source: source, input: RawInput(format: format, bytes: input), language: language, metadata: metadata)
        guard let warningCount = integer(), warningCount >= 0 else { return nil }
        for _ in 0..<warningCount {
            guard let warning = string() else { return nil }
            document.warnings.append(warning)
        }
        return document
    }

    mutating func processed() -> ProcessedDocument? {
        guard let record = raw() else { return nil }
        switch byte() {
        case 0?:
            guard let json = raw(), let contribution = try? DocumentReport(json: json) else { return nil }
            return ProcessedDocument(record: record, outcome: .annotated(contribution))
        case 1?:
            guard let stage = string(), let code = string(), let message = string() else { return nil }
            return ProcessedDocument(record: record, outcome: .failed(DocumentFailure(stage: stage, code: code, message: message)))
        default:
            return nil
        }
    }
}
