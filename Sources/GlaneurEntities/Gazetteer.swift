import Foundation
import GlaneurCore

/// The generated world gazetteer (`lexicons/gazetteer/*.tsv`): populated places, subdivisions and
/// countries by the folded words of their names, with what the stage weighs them by.
///
/// The files are sorted by key, so they are kept as bytes with the offsets of their lines and
/// searched by bisection: loading costs one pass over the bytes, and only the lines a document
/// looks up are parsed.
public struct Gazetteer: Sendable {
    /// What a gazetteer name stands for.
    public enum Kind: String, Sendable {
        case city, region, district, country
    }

    /// One place a name may refer to.
    public struct Place: Sendable {
        public var name: String
        public var kind: Kind
        /// `geonames:<id>` or `insee:<code>`.
        public var id: String
        public var population: Int
        /// ISO 3166-1 alpha-2 code.
        public var country: String
        /// The first-level subdivision code within the country ("" for countries and unknown).
        public var admin1: String

        /// The population prior, in powers of ten; countries and regions count as prominent,
        /// districts (counties, many named like people or things) a little less.
        var prominence: Double {
            switch kind {
            case .country: return 7
            case .region: return 5.5
            case .district: return 4.3
            case .city: return log10(Double(max(population, 1)))
            }
        }
    }

    /// One file: its bytes and, per data line in key order, where it starts and where its key ends;
    /// `buckets[p]` is the first line whose key's two-byte prefix is `p` or more, so that a lookup
    /// bisects only the lines of its prefix.
    private struct Table: Sendable {
        var file: String
        var bytes: [UInt8]
        var lines: [Int32]
        var keyEnds: [Int32]
        var buckets: [Int32]

        init(file: String, bytes: [UInt8], lines: [Int32], keyEnds: [Int32]) {
            self.file = file
            self.bytes = bytes
            self.lines = lines
            self.keyEnds = keyEnds
            var buckets = [Int32](repeating: Int32(lines.count), count: 0x10001)
            bytes.withUnsafeBufferPointer { bytes in
                var next = 0
                for line in lines.indices {
                    let prefix = Self.prefix(UnsafeBufferPointer(rebasing: bytes[Int(lines[line])..<Int(keyEnds[line])]))
                    while next <= prefix {
                        buckets[next] = Int32(line)
                        next += 1
                    }
                }
            }
            self.buckets = buckets
        }

        /// The first two bytes of a key as a number (a missing byte counts as 0, below any byte of a
        /// key), which keeps the keys' bytewise order.
        @inline(__always)
        static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> Int {
            (key.count > 0 ? Int(key[0]) << 8 : 0) | (key.count > 1 ? Int(key[1]) : 0)
        }

        /// The place of a line, or nil when its kind is unknown. Fields are cut from the bytes; the
        /// line holds at least seven (checked on reading).
        func place(at line: Int) -> Gazetteer.Place? {
            bytes.withUnsafeBufferPointer { bytes in
                var fields: [Range<Int>] = []
                fields.reserveCapacity(7)
                var start = Int(lines[line])
                var end = start
                while fields.count < 7 {
                    while end < bytes.count, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
                    fields.append(start..<end)
                    guard end < bytes.count, bytes[end] == 0x09 else { break }
                    end += 1
                    start = end
                }
                guard fields.count >= 7 else { return nil }
                func text(_ field: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self) }
                guard let kind = Gazetteer.Kind(rawValue: text(2)) else { return nil }
                let identifier = text(3)
                let id = identifier.first?.isNumber == true ? "geonames:\(identifier)" : identifier
                var admin1 = fields[6]
                // Trimmed of ASCII white space here; other white space goes through Foundation.
                func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte >= 0x0B && byte <= 0x0D }
                while !admin1.isEmpty, isSpace(bytes[admin1.lowerBound]) { admin1 = admin1.dropFirst() }
                while !admin1.isEmpty, isSpace(bytes[admin1.upperBound - 1]) { admin1 = admin1.dropLast() }
                let code = bytes[admin1].allSatisfy { $0 < 0x80 }
                    ? String(decoding: UnsafeBufferPointer(rebasing: bytes[admin1]), as: UTF8.self)
                    : text(6).trimmingCharacters(in: .whitespacesAndNewlines)
                return Gazetteer.Place(name: text(1), kind: kind, id: id, population: Int(text(4)) ?? 0, country: text(5), admin1: code)
            }
        }

        /// The first line whose key is not below `query`, and the end of the lines whose key equals it.
        func lines(keyed query: UnsafeBufferPointer<UInt8>) -> Range<Int> {
            bytes.withUnsafeBufferPointer { bytes in
                func compare(_ line: Int) -> Int {
                    let start = Int(lines[line])
                    return Gazetteer.compare(UnsafeBufferPointer(rebasing: bytes[start..<Int(keyEnds[line])]), query)
                }
                let prefix = Self.prefix(query)
                var low = Int(buckets[prefix]), high = Int(buckets[prefix + 1])
                while low < high {
                    let middle = (low + high) / 2
                    if compare(middle) < 0 { low = middle + 1 } else { high = middle }
                }
                var end = low
                while end < lines.count, compare(end) == 0 { end += 1 }
                return low..<end
            }
        }
    }

    private var tables: [Table] = []
    /// The most words a name holds, so that lookups try no longer runs.
    private(set) var longestName = 0

    /// An empty gazetteer (no place is found).
    public init() {}

    /// Reads every `*.tsv` file of `directory`: lines `key, name, kind, id, population, country,
    /// admin1`, tab-separated and sorted by key (bytewise), `#` comments; a missing directory
    /// gives an empty gazetteer.
    public init(directory: URL) throws {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for file in files.filter({ $0.hasSuffix(".tsv") }).sorted() {
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ConfigurationError("stage 'entities': cannot read \(url.path)")
            }
            try read([UInt8](data), file: file)
        }
    }

    /// A gazetteer over the text of one file (tests).
    init(tsv: String) throws {
        try read(Array(tsv.utf8), file: "inline")
    }

    private mutating func read(_ bytes: [UInt8], file: String) throws {
        var lines: [Int32] = []
        var keyEnds: [Int32] = []
        try bytes.withUnsafeBufferPointer { bytes in
            try index(bytes, file: file, lines: &lines, keyEnds: &keyEnds)
        }
        tables.append(Table(file: file, bytes: bytes, lines: lines, keyEnds: keyEnds))
    }

    /// Finds the data lines of one file's bytes and checks their order.
    private mutating func index(_ bytes: UnsafeBufferPointer<UInt8>, file: String, lines: inout [Int32], keyEnds: inout [Int32]) throws {
        var previousKey: Range<Int>?
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            var end = start
            var tabs = 0
            var keyEnd = -1
            var spaces = 0
            while end < bytes.count, bytes[end] != 0x0A {
                if bytes[end] == 0x09 {
                    if tabs == 0 { keyEnd = end }
                    tabs += 1
                } else if tabs == 0, bytes[end] == 0x20 {
                    spaces += 1
                }
                end += 1
            }
            defer { start = end + 1 }
            guard end > start, bytes[start] != 0x23 else { continue }
            guard tabs >= 6 else {
                throw ConfigurationError("stage 'entities': gazetteer \(file):\(lineNumber): expected key, name, kind, id, population, country, admin1")
            }
            let key = start..<keyEnd
            if let previous = previousKey,
               Self.compare(UnsafeBufferPointer(rebasing: bytes[previous]), UnsafeBufferPointer(rebasing: bytes[key])) > 0 {
                throw ConfigurationError("stage 'entities': gazetteer \(file):\(lineNumber): keys out of order (regenerate with scripts/make-gazetteer.py)")
            }
            previousKey = key
            lines.append(Int32(start))
            keyEnds.append(Int32(keyEnd))
            longestName = max(longestName, spaces + 1)
        }
    }

    var isEmpty: Bool { tables.allSatisfy { $0.lines.isEmpty } }

    /// The places named by `key` (folded words joined by single spaces), most prominent first.
    func places(named key: String) -> [Place]? {
        var key = key
        return key.withUTF8 { query in
            var found: [Place] = []
            for table in tables {
                for line in table.lines(keyed: query) {
                    if let place = table.place(at: line) { found.append(place) }
                }
            }
            return found.isEmpty ? nil : found
        }
    }

    /// The number of data lines of the file `file`.
    public func nameCount(in file: String) -> Int {
        tables.filter { $0.file == file }.reduce(0) { $0 + $1.lines.count }
    }

    /// Calls `body` with the name (second column) of each line of the file `file`, in file order.
    public func forEachName(in file: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for table in tables where table.file == file {
            table.bytes.withUnsafeBufferPointer { bytes in
                for keyEnd in table.keyEnds {
                    let start = Int(keyEnd) + 1
                    var end = start
                    while end < bytes.count, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
                    body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
            }
        }
    }

    /// Bytewise order (the order of code points for UTF-8).
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let a = left.baseAddress, let b = right.baseAddress {
            let order = memcmp(a, b, common)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }
}
