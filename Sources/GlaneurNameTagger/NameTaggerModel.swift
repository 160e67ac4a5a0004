import Foundation

/// Why a model file could not be read.
public struct NameTaggerModelError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The weights of a trained tagger: per feature key, one score per label, and label transition
/// scores (row 0: starting a sentence).
///
/// File format (little-endian): magic `GNT1`, label count (UInt32), transitions ((L + 1) × L Float32),
/// weight scale (Float32), feature count (UInt32), then per feature its key (UInt64), a byte whose
/// bit `l` says label `l` has a weight, and those weights as Int16 multiples of the scale.
public struct NameTaggerModel: Sendable {
    let keys: [UInt64]
    /// `keys.count × L`, row-major.
    let weights: [Float]
    let decoder: SequenceDecoder
    private let packed: PackedWeights

    private static let magic = Array("GNT1".utf8)

    init(keys: [UInt64], weights: [Float], transitions: [Float]) {
        precondition(weights.count == keys.count * NameTagSet.count)
        self.keys = keys
        self.weights = weights
        self.decoder = SequenceDecoder(transitions: transitions)
        self.packed = PackedWeights(keys: keys, weights: weights)
    }

    /// The number of features with a weight.
    public var featureCount: Int { keys.count }

    /// Reads a model file written by `write(to:)`.
    public init(contentsOf url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        var reader = ByteReader(bytes: bytes)
        let count = NameTagSet.count
        guard reader.take(4) == Self.magic, reader.uint32() == UInt32(count) else {
            throw NameTaggerModelError(description: "\(url.path): not a name tagger model (GNT1, \(count) labels)")
        }
        var transitions: [Float] = []
        for _ in 0..<((count + 1) * count) { transitions.append(Float(bitPattern: reader.uint32())) }
        let scale = Float(bitPattern: reader.uint32())
        let features = Int(reader.uint32())
        var keys: [UInt64] = []
        var weights: [Float] = []
        // A feature takes at least 9 bytes: a count beyond that is a damaged file, not a reservation.
        keys.reserveCapacity(min(features, bytes.count / 9))
        weights.reserveCapacity(min(features, bytes.count / 9) * count)
        for _ in 0..<features where !reader.overran {
            keys.append(reader.uint64())
            let mask = reader.byte()
            for label in 0..<count {
                weights.append(mask & (1 << label) != 0 ? Float(Int16(bitPattern: reader.uint16())) * scale : 0)
            }
        }
        guard !reader.overran, reader.atEnd else {
            throw NameTaggerModelError(description: "\(url.path): truncated or overlong name tagger model")
        }
        self.init(keys: keys, weights: weights, transitions: transitions)
    }

    /// Writes the model, dropping weights whose magnitude is below `minimumWeight` (and features left
    /// without any); weights are stored as 16-bit multiples of the largest magnitude / 32767.
    public func write(to url: URL, minimumWeight: Float = 0) throws {
        let count = NameTagSet.count
        var bytes = Self.magic
        ByteReader.append(UInt32(count), to: &bytes)
        for value in decoder.transitions { ByteReader.append(value.bitPattern, to: &bytes) }
        let largest = weights.lazy.map(abs).max() ?? 0
        let scale = largest > 0 ? largest / 32767 : 1
        ByteReader.append(scale.bitPattern, to: &bytes)
        var kept: [Int] = []
        for row in keys.indices where (0..<count).contains(where: { abs(weights[row * count + $0]) >= max(minimumWeight, scale) }) {
            kept.append(row)
        }
        ByteReader.append(UInt32(kept.count), to: &bytes)
        for row in kept {
            ByteReader.append(keys[row], to: &bytes)
            var mask: UInt8 = 0
            for label in 0..<count where abs(weights[row * count + label]) >= max(minimumWeight, scale) { mask |= 1 << label }
            bytes.append(mask)
            for label in 0..<count where mask & (1 << label) != 0 {
                let quantised = Int16(clamping: Int((weights[row * count + label] / scale).rounded()))
                ByteReader.append(UInt16(bitPattern: quantised), to: &bytes)
            }
        }
        try Data(bytes).write(to: url, options: .atomic)
    }

    /// Label scores of each token of `features` (`tokens × L`).
    func emissions(_ features: SentenceFeatures) -> [Float] {
        let count = NameTagSet.count
        var sums = [Int32](repeating: 0, count: features.count * count)
        sums.withUnsafeMutableBufferPointer { sums in
            for token in 0..<features.count {
                for index in features.starts[token]..<features.starts[token + 1] {
                    packed.add(features.keys[index], to: sums.baseAddress! + token * count)
                }
            }
        }
        let scale = packed.scale
        return sums.map { Float($0) * scale }
    }
}

/// Little-endian reading and writing of the model file's fields.
struct ByteReader {
    let bytes: [UInt8]
    private var offset = 0
    private(set) var overran = false

    init(bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> [UInt8] {
        guard offset + count <= bytes.count else { overran = true; return [] }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func byte() -> UInt8 {
        guard offset < bytes.count else { overran = true; return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func uint16() -> UInt16 { UInt16(truncatingIfNeeded: value(2)) }
    mutating func uint32() -> UInt32 { UInt32(truncatingIfNeeded: value(4)) }
    mutating func uint64() -> UInt64 { value(8) }

    private mutating func value(_ size: Int) -> UInt64 {
        guard offset + size <= bytes.count else { overran = true; return 0 }
        var result: UInt64 = 0
        for index in 0..<size { result |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += size
        return result
    }

    static func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
