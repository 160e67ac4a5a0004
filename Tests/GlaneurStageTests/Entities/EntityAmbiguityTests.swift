import Testing
import GlaneurCore
@testable import GlaneurEntities

@Suite struct EntityAmbiguityTests {
    @Test func shortAndAcronymAliasesKeepTheirCase() throws {
        #expect(try entities("Tell us about the US and the EU.", language: "en").map(\.text) == ["US", "EU"])
        #expect(try entities("Ibm et ue en minuscules ne comptent pas, IBM et UE oui.").map(\.text) == ["IBM", "UE"])
    }

    @Test func oneWordNamesMustBeCapitalised() throws {
        #expect(try entities("Il mange une apple, puis parle d’Apple.").map(\.text) == ["Apple"])
        #expect(try entities("Une orange pressée chez Orange.").map(\.text) == ["Orange"])
    }

    @Test func caseSensitiveEntriesFollowTheLexiconCase() throws {
        #expect(try entities("LVMH et Lvmh, mais pas lvmh ni LvMh.").map(\.text) == ["LVMH", "Lvmh"])
    }

    @Test func ambiguousAliasIsDroppedAtSentenceStartOrInsideAnotherName() throws {
        #expect(try entities("Orange pressée au petit déjeuner.").isEmpty)
        #expect(try entities("Le festival Orange Blossom Party commence.").isEmpty)
        #expect(try entities("Orange annonce ses résultats. Les clients d’Orange sont satisfaits.").map(\.text) == ["Orange", "Orange"])
    }

    @Test func needsContextAliasWaitsForAFullerMention() throws {
        #expect(try entities("Le Total des ventes progresse.").isEmpty)
        let found = try entities("Le groupe Total publie ses comptes ; Total reste prudent.")
        #expect(found.map(\.text) == ["groupe Total", "Total"])
        #expect(found.map(\.canonical) == ["Total", "Total"])
    }
}
