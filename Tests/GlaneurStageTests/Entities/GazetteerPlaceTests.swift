import Testing
import GlaneurCore
@testable import GlaneurEntities

/// The world gazetteer through the fixture stage (`Tests/Fixtures/entities/gazetteer`): places are
/// accepted on prominence and context, guarded names need a cue, and the lexicon decides first.
@Suite struct GazetteerPlaceTests {
    private func places(_ text: String, language: String = "fr") throws -> [String] {
        try entities(text, language: language).filter { $0.origin == .gazetteer }.map { "\($0.text)|\($0.canonical)" }
    }

    @Test func smallPlaceNeedsAPlaceCue() throws {
        #expect(try places("Les élus de Montbeugny ont voté hier.").isEmpty)
        #expect(try places("Le maire de Montbeugny a voté hier.") == ["Montbeugny|Montbeugny"])
        #expect(try places("Le conseil s’est réuni à Montbeugny hier, dans l’Allier.") == ["Montbeugny|Montbeugny", "Allier|Allier"])
        #expect(try places("Residents met in Romblon on Sunday.", language: "en") == ["Romblon|Romblon"])
        #expect(try places("The Romblon province was flooded on Sunday.", language: "en") == ["Romblon|Romblon"])
        #expect(try places("The Romblon team was flooded on Sunday.", language: "en").isEmpty)
    }

    @Test func prominentPlaceNeedsNoCue() throws {
        #expect(try places("Les usines de Lyon ferment.") == ["Lyon|Lyon"])
    }

    @Test func anotherPlaceOfTheSameRegionCorroborates() throws {
        #expect(try places("Les urgences de Matane ferment.").isEmpty)
        let found = try places("Les urgences de Matane et de Gaspé ferment, au Québec.")
        #expect(found.contains("Matane|Matane") && found.contains("Gaspé|Gaspé"))
    }

    @Test func commonWordTownIsNoPlaceWithoutContext() throws {
        // "Verte" is written in lower case in the same document: a common word.
        #expect(try places("La Verte Vallée attire. Une prairie verte.").isEmpty)
        #expect(try places("Elle a vu Verte. Une prairie verte.").isEmpty)
        #expect(try places("Elle habite à Verte. Une prairie verte.") == ["Verte|Verte"])
    }

    @Test func sentenceInitialNameNeedsTheSamePlaceElsewhere() throws {
        #expect(try places("Romblon was hit hard.", language: "en").isEmpty)
        #expect(try places("Romblon was hit hard. Roads in Romblon are closed.", language: "en") == ["Romblon|Romblon", "Romblon|Romblon"])
    }

    @Test func surnameOfAPersonIsNoPlace() throws {
        let found = try entities("Selon Marie Huger, les travaux avancent. Huger ajoute que tout va bien, à Lyon.")
        #expect(found.filter { $0.origin == .gazetteer }.map(\.text) == ["Lyon"])
        #expect(found.contains { $0.text == "Marie Huger" && $0.type == .person })
    }

    @Test func compoundNameWithArticleAndIds() throws {
        let document = try annotate("Le maire de La Faute-sur-Mer a parlé.", language: "fr",
                                    through: [SharedStages.tokenize, EntitiesFixtures.stage])
        let place = try #require(document.entities.first { $0.origin == .gazetteer })
        #expect(document.text.slice(place.span) == "La Faute-sur-Mer")
        #expect(place.id == "geonames:3018543")
        #expect(place.rule == "gazetteer:city")
    }

    @Test func lexiconDecidesBeforeTheGazetteer() throws {
        // The fixture lexicon lists "Paris"; the gazetteer does not take what the lexicon matched.
        let found = try entities("Le maire de Paris et le maire de Montbeugny.")
        #expect(found.first { $0.text == "Paris" }?.origin == .lexicon)
        #expect(found.first { $0.text == "Montbeugny" }?.origin == .gazetteer)
    }

    @Test func acronymOfAPlaceIsAnOrganisation() throws {
        let found = try entities("Le CISSS de la Gaspé a fermé. Le CHU de Montbeugny aussi.")
        #expect(found.filter { $0.type == .organization }.map(\.text) == ["CISSS de la Gaspé", "CHU de Montbeugny"])
    }

    @Test func gazetteerFileIsRead() throws {
        let gazetteer = try Gazetteer(tsv: "# comment\nmatane\tMatane\tcity\t6067494\t14462\tCA\t10\n")
        #expect(gazetteer.places(named: "matane")?.first?.id == "geonames:6067494")
        #expect(throws: ConfigurationError.self) { try Gazetteer(tsv: "matane\tMatane\ttown\n") }
    }
}
