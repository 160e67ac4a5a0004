import Testing
import GlaneurCore
@testable import GlaneurEntities

@Suite struct NameDiscoveryTests {
    private func discovered(_ text: String, language: String = "fr") throws -> [String] {
        try entities(text, language: language).filter { $0.origin == .discovered }.map { "\($0.text)|\($0.type.rawValue)" }
    }

    @Test func knownFirstNameMakesAPerson() throws {
        #expect(try discovered("Hier, Janet Egan a publié une note.") == ["Janet Egan|PERSON"])
    }

    @Test func familyNameFirstNeedsAPinyinGivenName() throws {
        #expect(try discovered("Hier, Wang Xiaoming a présenté le plan.") == ["Wang Xiaoming|PERSON"])
        #expect(try discovered("Hier, Wang Street a fermé.").isEmpty)
    }

    @Test func placeNounsAreNoSurnames() throws {
        #expect(try discovered("Hier, Long Island a voté.").isEmpty)
    }

    @Test func placeThatIsAFirstNameYieldsToThePerson() throws {
        let found = try entities("La ministre Florence Parly visite Florence.")
        #expect(found.map(\.description) == ["Florence Parly|PERSON|Florence Parly|discovered", "Florence|PLACE|Florence|lexicon"])
    }

    @Test func titleBeforeMakesAPersonEvenForOneWord() throws {
        #expect(try discovered("Selon le chercheur en sécurité de l’IA Ola Nordmann, rien ne presse.") == ["Ola Nordmann|PERSON"])
        #expect(try discovered("Le développeur Nar a écrit un billet.") == ["Nar|PERSON"])
    }

    @Test func appositionTypesTheName() throws {
        #expect(try discovered("Kwame Mensah, PDG de la start-up, se dit confiant.") == ["Kwame Mensah|PERSON"])
        #expect(try discovered("L’ambassadeur de Chine à Paris, Zhou Bo, a répondu.") == ["Zhou Bo|PERSON"])
    }

    @Test func organisationMarkersAndContextsMakeOrganisations() throws {
        #expect(try discovered("Xia Lin, analyste chez Nordlys Research, reste prudente.") == ["Xia Lin|PERSON", "Nordlys Research|ORG"])
        #expect(try discovered("Il étudie à l’Université de Tromsø depuis deux ans.") == ["Université de Tromsø|ORG"])
        #expect(try discovered("Elle est la fondatrice d’Aurorix, qui lève des fonds.") == ["Aurorix|ORG"])
    }

    @Test func speechVerbAfterATwoWordNameMakesAPerson() throws {
        #expect(try discovered("Mais Tomasz Kowalczyk a déclaré que tout allait bien.") == ["Tomasz Kowalczyk|PERSON"])
        #expect(try discovered("DD Dosa de Menow Ventures a écrit un message.") == ["DD Dosa|PERSON", "Menow Ventures|ORG"])
    }

    @Test func sentenceInitialWordIsTrimmedBeforeAName() throws {
        #expect(try discovered("Hier Nordlys Research a publié une note.") == ["Nordlys Research|ORG"])
    }

    @Test func englishCuesWork() throws {
        #expect(try discovered("The plan was approved, said Priya Raman, a senior adviser.", language: "en") == ["Priya Raman|PERSON"])
        #expect(try discovered("Analysts at Kestrel Group disagree, and Mr Okafor left.", language: "en")
                == ["Kestrel Group|ORG", "Okafor|PERSON"])
        #expect(try discovered("“Prices will fall,” said Ada Quist, a director at Harbour & Fell.", language: "en")
                == ["Ada Quist|PERSON", "Harbour & Fell|ORG"])
        #expect(try discovered("According to analysts at Vantor, demand is slowing.", language: "en") == ["Vantor|ORG"])
    }

    @Test func capitalAfterACommonNounIsNoPerson() throws {
        #expect(try discovered("L’économiste, prix Nobel, chercheur reconnu, parle.").isEmpty)
        #expect(try discovered("Le lauréat du prix Nobel, chercheur reconnu, parle.").isEmpty)
    }

    @Test func camelCaseSourceIsAnOrganisation() throws {
        #expect(try discovered("Le plan a été adopté, rapporte NewsLine.") == ["NewsLine|ORG"])
        #expect(try discovered("Le plan a été adopté, rapporte McCarthy.").isEmpty)
    }

    @Test func capitalsWithoutCueAreNotNames() throws {
        #expect(try discovered("Cependant, la Grande Muraille attire les foules. Simultanément, Nouvelle Vague sort.").isEmpty)
        #expect(try discovered("Selon Heim, tout va bien.").isEmpty)
    }

    @Test func sharedRolesInAppositionMakeOrganisations() throws {
        #expect(try discovered("Hier, Voltalis, spécialiste français des batteries, a levé des fonds.") == ["Voltalis|ORG"])
    }

    @Test func longCapitalisedRunsNeedAMiddleInitial() throws {
        #expect(try discovered("Will Chinese Chips Win This Year", language: "en").isEmpty)
        #expect(try discovered("Yesterday John Q. Public and Marie Curie spoke.", language: "en") == ["John Q. Public|PERSON", "Marie Curie|PERSON"])
    }

    @Test func bylinesAreSkipped() throws {
        #expect(try discovered("By Janet Egan\n\nThe plan was approved.", language: "en").isEmpty)
    }

    @Test func organisationNounWithAnAdjective() throws {
        #expect(try discovered("La start-up grenobloise Quantivo lève des fonds.") == ["Quantivo|ORG"])
    }

    @Test func titleCaseHeadlinesAreSkipped() throws {
        #expect(try discovered("How Chip Makers Won The Race Against Time", language: "en").isEmpty)
    }

    @Test func countersCountDiscoveredMentionsWithoutNamingThem() throws {
        let document = try annotate("Le chercheur Lennart Heim parle. Heim insiste.", through: [SharedStages.tokenize, EntitiesFixtures.stage])
        let counters = document.counters["entities"]?.values ?? [:]
        #expect(counters["discovered:PERSON"] == 1)
        #expect(!counters.keys.contains { $0.contains("Heim") })
        #expect(counters["linked_short_names"] == 1)
    }
}
