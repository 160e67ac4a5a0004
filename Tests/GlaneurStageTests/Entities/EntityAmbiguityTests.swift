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

    @Test func ambiguousAliasIsDroppedInsideAnotherName() throws {
        #expect(try entities("Le festival Orange Blossom Party commence.").isEmpty)
        #expect(try entities("Orange annonce ses résultats. Les clients d’Orange sont satisfaits.").map(\.text) == ["Orange", "Orange"])
    }

    @Test func needsContextAliasWaitsForAFullerMention() throws {
        #expect(try entities("Le Total des ventes progresse.").isEmpty)
        #expect(try entities("Les ventes de Total progressent.").isEmpty)
        let found = try entities("Le groupe Total publie ses comptes ; Total reste prudent.")
        #expect(found.map(\.text) == ["groupe Total", "Total"])
        #expect(found.map(\.canonical) == ["Total", "Total"])
    }

    @Test func sentenceInitialCommonWordIsNoName() throws {
        #expect(try entities("Apple pie is sweet. I ate an apple.", language: "en").isEmpty)
        #expect(try entities("Apple sells phones. It grew fast.", language: "en").map(\.text) == ["Apple"])
    }

    @Test func lexiconNameAfterAFirstNameIsASurname() throws {
        let found = try entities("Selon Marie Orange, analyste, Orange va bien.")
        #expect(found.map(\.description) == ["Marie Orange|PERSON|Marie Orange|discovered", "Orange|ORG|Orange|lexicon"])
    }

    @Test func hyphenatedCompoundIsNoName() throws {
        #expect(try entities("Les Orange-like sont des fruits ; Orange vend des forfaits.").map(\.text) == ["Orange"])
    }

    @Test func nameEndingALongerNameIsNotMatchedAlone() throws {
        #expect(try entities("Le Tour de France part de Paris.").map(\.text) == ["Paris"])
        #expect(try entities("Le modèle Gemini d’Alphabet et la Maison de la Chine.").map(\.canonical) == ["Gemini", "Google"])
        #expect(try entities("Le président de la Chine est venu.").map(\.text) == ["Chine"])
    }
}
