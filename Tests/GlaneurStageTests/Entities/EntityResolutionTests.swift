import Testing
import GlaneurCore
@testable import GlaneurEntities

@Suite struct EntityResolutionTests {
    @Test func laterSurnameLinksToTheFullName() throws {
        let found = try entities("Le chercheur Lennart Heim est prudent. Pour Heim, la course continue.")
        #expect(found.map(\.description) == [
            "Lennart Heim|PERSON|Lennart Heim|discovered", "Heim|PERSON|Lennart Heim|alias",
        ])
    }

    @Test func familyNameWrittenFirstLinksToo() throws {
        let found = try entities("Xi Jinping a reçu les patrons. Xi a insisté sur la sécurité.")
        #expect(found.map(\.description) == ["Xi Jinping|PERSON|Xi Jinping|lexicon", "Xi|PERSON|Xi Jinping|alias"])
    }

    @Test func aFirstNameAloneDoesNotLink() throws {
        let found = try entities("Le PDG Jensen Huang parle. Jensen est un prénom rare ; Huang conclut.")
        #expect(found.map(\.description) == ["Jensen Huang|PERSON|Jensen Huang|lexicon", "Huang|PERSON|Jensen Huang|alias"])
    }

    @Test func shortMentionWithoutFullNameStaysUnlinked() throws {
        #expect(try entities("Selon Heim, la course continue.").isEmpty)
    }

    @Test func titledShortNameTakesTheFullName() throws {
        let found = try entities("Liang Wenfeng, PDG de DeepSeek, parle peu. Le fondateur Liang a toutefois répondu.")
        #expect(found.map(\.description) == [
            "Liang Wenfeng|PERSON|Liang Wenfeng|discovered", "DeepSeek|ORG|DeepSeek|lexicon",
            "Liang|PERSON|Liang Wenfeng|alias",
        ])
    }

    @Test func nearestFullNameWinsForASharedSurname() throws {
        let found = try entities("Marie Wang, analyste, parle. Wang a ajouté un point. Plus tard, John Wang, chercheur, répond. Wang insiste.")
        let links = found.filter { $0.origin == .alias }.map(\.canonical)
        #expect(links == ["Marie Wang", "John Wang"])
    }

    @Test func organisationWithoutItsMarkerLinks() throws {
        let found = try entities("Les analystes de Nordlys Research sont prudents. Selon Nordlys, la demande ralentit.")
        #expect(found.map(\.description) == ["Nordlys Research|ORG|Nordlys Research|discovered", "Nordlys|ORG|Nordlys Research|alias"])
    }
}
