import Testing
import GlaneurCore
@testable import GlaneurEntities

/// The gazetteer's byte tables: lookups by bisection over the keys' byte ranges, the names handed
/// to the tagger's lexicon, the order check. Invented places.
@Suite struct GazetteerTableTests {
    private let table = """
        # key\tname\tkind\tid\tpopulation\tcountry\tadmin1
        bel air\tBel Air\tcity\t100\t900\tMU\t12
        bel air\tBel-Air\tcity\t101\t40000\tHT\t01
        bel air les bains\tBel-Air-les-Bains\tcity\t102\t120\tFR\t84
        belair\tBelair\tdistrict\t103\t0\tAU\t05
        l ile verte\tL’Île-Verte\tcity\t104\t1000\tCA\t10

        zorn\tZorn\tregion\tinsee:67\t0\tFR\t44
        """

    @Test func everyLineOfAKeyIsFoundAndNoOther() throws {
        let gazetteer = try Gazetteer(tsv: table)
        #expect(gazetteer.places(named: "bel air")?.map(\.id) == ["geonames:100", "geonames:101"])
        #expect(gazetteer.places(named: "bel air les bains")?.map(\.name) == ["Bel-Air-les-Bains"])
        #expect(gazetteer.places(named: "belair")?.first?.kind == .district)
        #expect(gazetteer.places(named: "zorn")?.first?.id == "insee:67")
        #expect(gazetteer.places(named: "bel") == nil)
        #expect(gazetteer.places(named: "bel air les") == nil)
        #expect(gazetteer.places(named: "zzz") == nil)
        #expect(gazetteer.places(named: "") == nil)
        #expect(gazetteer.longestName == 4)
    }

    @Test func namesComeInFileOrderFromTheSecondColumn() throws {
        let gazetteer = try Gazetteer(tsv: table)
        var names: [String] = []
        gazetteer.forEachName(in: "inline") { names.append(String(decoding: $0, as: UTF8.self)) }
        #expect(names == ["Bel Air", "Bel-Air", "Bel-Air-les-Bains", "Belair", "L’Île-Verte", "Zorn"])
        var other = 0
        gazetteer.forEachName(in: "places.tsv") { _ in other += 1 }
        #expect(other == 0)
    }

    @Test func keysOutOfOrderAreRefused() {
        #expect(throws: ConfigurationError.self) {
            try Gazetteer(tsv: "belair\tBelair\tcity\t1\t0\tAU\t05\nbel air\tBel Air\tcity\t2\t0\tMU\t12\n")
        }
    }
}
