import Foundation
import GlaneurCore

/// The generated world gazetteer (`lexicons/gazetteer/*.tsv`): populated places, subdivisions and
/// countries by the folded words of their names, with what the stage weighs them by.
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

    private var places: [String: [Place]] = [:]
    /// The most words a name holds, so that lookups try no longer runs.
    private(set) var longestName = 0

    /// An empty gazetteer (no place is found).
    public init() {}

    /// Reads every `*.tsv` file of `directory`: lines `key, name, kind, id, population, country,
    /// admin1`, tab-separated, `#` comments; a missing directory gives an empty gazetteer.
    public init(directory: URL) throws {
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for file in files.filter({ $0.hasSuffix(".tsv") }).sorted() {
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw ConfigurationError("stage 'entities': cannot read \(url.path)")
            }
            try read(String(decoding: data, as: UTF8.self), file: file)
        }
    }

    /// A gazetteer over the lines of one file's text (tests).
    init(tsv: String) throws {
        try read(tsv, file: "inline")
    }

    private mutating func read(_ text: String, file: String) throws {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            lineNumber += 1
            guard line.first != "#" else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 7, let kind = Kind(rawValue: String(fields[2])) else {
                throw ConfigurationError("stage 'entities': gazetteer \(file):\(lineNumber): expected key, name, kind, id, population, country, admin1")
            }
            let id = fields[3].first?.isNumber == true ? "geonames:\(fields[3])" : String(fields[3])
            let key = String(fields[0])
            places[key, default: []].append(Place(name: String(fields[1]), kind: kind, id: id, population: Int(fields[4]) ?? 0,
                                                  country: String(fields[5]), admin1: String(fields[6])))
            longestName = max(longestName, key.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        }
    }

    var isEmpty: Bool { places.isEmpty }

    /// The places named by `key` (folded words joined by single spaces), most prominent first.
    func places(named key: String) -> [Place]? { places[key] }
}
