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

    /// The framed bytes of the message, built in place (the payload is never copied into a frame).
    func framed() -> [UInt8] {
        var writer: MessageWriter
        switch self {
        case .ready:
            writer = MessageWriter(kind: Kind.ready.rawValue)
        case .startFailed(let message):
            writer = MessageWriter(kind: Kind.startFailed.rawValue)
            writer.string(message)
        case .document(let document):
            writer = MessageWriter(kind: Kind.document.rawValue, capacity: document.input.bytes.count + 256)
            writer.document(document)
        case .stage(let name):
            writer = MessageWriter(kind: Kind.stage.rawValue)
            writer.string(name)
        case .result(let processed):
            writer = MessageWriter(kind: Kind.result.rawValue, capacity: processed.record.count + 1024)
            writer.processed(processed)
        }
        return writer.finished()
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

/// Builds a frame: the kind byte, room for the length, then length-prefixed fields.
private struct MessageWriter {
    private var bytes: [UInt8]

    init(kind: UInt8, capacity: Int = 64) {
        bytes = [kind, 0, 0, 0, 0]
        bytes.reserveCapacity(capacity)
    }

    /// The frame, its payload length filled in.
    consuming func finished() -> [UInt8] {
        let length = UInt32(bytes.count - 5)
        for offset in 0..<4 { bytes[1 + offset] = UInt8(truncatingIfNeeded: length >> UInt32(8 * offset)) }
        return bytes
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func integer(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) {
        integer(Int(Int64(bitPattern: value.bitPattern)))
    }

    mutating func raw(_ value: [UInt8]) {
        integer(value.count)
        bytes += value
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            integer(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        bytes.append(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func optionalInteger(_ value: Int?) {
        bytes.append(value == nil ? 0 : 1)
        if let value { integer(value) }
    }

    mutating func optionalDouble(_ value: Double?) {
        bytes.append(value == nil ? 0 : 1)
        if let value { double(value) }
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
            report(contribution)
        case .failed(let failure):
            bytes.append(1)
            string(failure.stage)
            string(failure.code)
            string(failure.message)
        }
    }

    /// A document's report contribution, field by field (JSON would cost the supervisor more than
    /// the rest of the message traffic together).
    mutating func report(_ contribution: DocumentReport) {
        integer(contribution.inputBytes)
        integer(contribution.sections.count)
        for section in contribution.sections {
            string(section.name)
            counts(section.counters)
            integer(section.breakdowns.count)
            for (name, categories) in section.breakdowns {
                string(name)
                counts(categories)
            }
            integer(section.histograms.count)
            for (name, histogram) in section.histograms {
                string(name)
                self.histogram(histogram)
            }
        }
        let examples = contribution.examples
        integer(examples.count)
        for example in examples {
            string(example.category)
            string(example.document)
            optionalInteger(example.start)
            optionalInteger(example.end)
            string(example.label)
            string(example.excerpt)
        }
    }

    private mutating func counts(_ counts: [String: Int]) {
        integer(counts.count)
        for (key, value) in counts {
            string(key)
            integer(value)
        }
    }

    private mutating func histogram(_ histogram: Histogram) {
        if let standard = MessageReader.standardBins.firstIndex(of: histogram.bounds) {
            byte(UInt8(standard))
        } else {
            byte(UInt8(MessageReader.standardBins.count))
            integer(histogram.bounds.count)
            for bound in histogram.bounds { double(bound) }
        }
        for count in histogram.counts { integer(count) }
        double(histogram.sum)
        optionalDouble(histogram.minimum)
        optionalDouble(histogram.maximum)
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
        guard let count = integer(), count >= 0, bytes.count - cursor >= count else { return nil }
        defer { cursor += count }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[cursor..<cursor + count]), as: UTF8.self) }
    }

    mutating func optionalInteger() -> Int?? {
        switch byte() {
        case 0?: return .some(nil)
        case 1?: return integer().map { .some($0) }
        default: return nil
        }
    }

    mutating func optionalDouble() -> Double?? {
        switch byte() {
        case 0?: return .some(nil)
        case 1?: return double().map { .some($0) }
        default: return nil
        }
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
            guard let contribution = report() else { return nil }
            return ProcessedDocument(record: record, outcome: .annotated(contribution))
        case 1?:
            guard let stage = string(), let code = string(), let message = string() else { return nil }
            return ProcessedDocument(record: record, outcome: .failed(DocumentFailure(stage: stage, code: code, message: message)))
        default:
            return nil
        }
    }

    /// The bins histograms use, sent as their index instead of their bounds.
    static let standardBins = [Bins.counts, Bins.milliseconds, Bins.percent]

    mutating func report() -> DocumentReport? {
        guard let inputBytes = integer(), let sectionCount = integer(), sectionCount >= 0 else { return nil }
        var sections: [ReportSection] = []
        for _ in 0..<sectionCount {
            guard let name = string(), let counters = counts(), let breakdownCount = integer(), breakdownCount >= 0 else { return nil }
            var section = ReportSection(name: name)
            section.counters = counters
            for _ in 0..<breakdownCount {
                guard let breakdown = string(), let categories = counts() else { return nil }
                section.breakdowns[breakdown] = categories
            }
            guard let histogramCount = integer(), histogramCount >= 0 else { return nil }
            for _ in 0..<histogramCount {
                guard let histogramName = string(), let histogram = histogram() else { return nil }
                section.histograms[histogramName] = histogram
            }
            sections.append(section)
        }
        guard let exampleCount = integer(), exampleCount >= 0 else { return nil }
        var examples: [ReportExample] = []
        for _ in 0..<exampleCount {
            guard let category = string(), let document = string(), let start = optionalInteger(), let end = optionalInteger(),
                  let label = string(), let excerpt = string() else { return nil }
            examples.append(ReportExample(category: category, document: document, start: start, end: end, label: label, excerpt: excerpt))
        }
        return DocumentReport(sections: sections, examples: examples, inputBytes: inputBytes)
    }

    private mutating func counts() -> [String: Int]? {
        guard let count = integer(), count >= 0 else { return nil }
        var counts: [String: Int] = [:]
        counts.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = string(), let value = integer() else { return nil }
            counts[key] = value
        }
        return counts
    }

    private mutating func histogram() -> Histogram? {
        guard let tag = byte() else { return nil }
        let bounds: [Double]
        if Int(tag) < Self.standardBins.count {
            bounds = Self.standardBins[Int(tag)]
        } else {
            guard let count = integer(), count >= 0, count <= bytes.count else { return nil }
            var explicit: [Double] = []
            for _ in 0..<count {
                guard let bound = double() else { return nil }
                explicit.append(bound)
            }
            bounds = explicit
        }
        var counts: [Int] = []
        for _ in 0...bounds.count {
            guard let count = integer() else { return nil }
            counts.append(count)
        }
        guard let sum = double(), let minimum = optionalDouble(), let maximum = optionalDouble() else { return nil }
        return try? Histogram(bounds: bounds, counts: counts, sum: sum, minimum: minimum, maximum: maximum)
    }
}
