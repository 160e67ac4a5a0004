import Testing
import GlaneurCore
@testable import GlaneurEntities

/// How far a discovered organisation name reaches: connectors, French complements and adjectives,
/// lower-case institution nouns, and the names of places it contains.
@Suite struct OrganizationSpanTests {
    private func found(_ text: String, language: String = "fr") throws -> [String] {
        try entities(text, language: language).map { "\($0.text)|\($0.type.rawValue)" }
    }

    @Test func suffixedNameTakesItsOfComplement() throws {
        #expect(try found("Yesterday the Royal Society of Glassmakers raised its fees.", language: "en")
                == ["Royal Society of Glassmakers|ORG"])
    }

    @Test func suffixedNameJoinsCapitalisedWordsBeforeAnd() throws {
        #expect(try found("On Monday the Ohio Pipe and Steel Workers Council voted to strike.", language: "en")
                == ["Ohio Pipe and Steel Workers Council|ORG"])
    }

    @Test func suffixedNameDoesNotTakeWhatStandsBeforeOf() throws {
        #expect(try found("Members of the Monetary Policy Committee voted.", language: "en") == ["Monetary Policy Committee|ORG"])
    }

    @Test func titleWordOpeningAMarkedNameBelongsToIt() throws {
        #expect(try found("Clubs in the Premier League spent more than ever.", language: "en") == ["Premier League|ORG"])
    }

    @Test func nameJoinedByOfBeforeASpeechVerbIsAnOrganisation() throws {
        #expect(try found("Friends of the Wild Coast said the plan was rushed.", language: "en") == ["Friends of the Wild Coast|ORG"])
        // Without a speech verb the joined name is left alone rather than typed as a person.
        #expect(try found("He met Friends of the Wild Coast on Sunday.", language: "en").isEmpty)
        // A single word after "of" is no such name.
        #expect(try found("The Duke of Sussex said nothing.", language: "en").isEmpty)
    }

    @Test func frenchInstitutionTakesItsAdjectivesAndComplements() throws {
        #expect(try found("Le Parquet national financier a ouvert une enquête.") == ["Parquet national financier|ORG"])
        #expect(try found("La Société des grands travaux, qui emploie 300 personnes, recrute.") == ["Société des grands travaux|ORG"])
        #expect(try found("L’Association des pharmaciens ruraux de Paris a protesté.")
                == ["Association des pharmaciens ruraux de Paris|ORG"])
    }

    @Test func frenchInstitutionStopsBeforeAVerb() throws {
        #expect(try found("Le Conseil des gouverneurs réuni à Paris a tranché.") == ["Conseil des gouverneurs|ORG", "Paris|PLACE"])
        #expect(try found("Selon elle, la Société des grands travaux recrute encore.") == ["Société des grands travaux|ORG"])
    }

    @Test func frenchInstitutionJoinsComplementsWithEt() throws {
        #expect(try found("L’Agence des routes et des ponts publics a publié son bilan.") == ["Agence des routes et des ponts publics|ORG"])
        #expect(try found("Il préside l’Agence de contrôle de l’État et d’Hydra depuis mai.")
                == ["Agence de contrôle de l’État et d’Hydra|ORG"])
    }

    @Test func frenchInstitutionWithoutANaturalEndIsNotGuessed() throws {
        #expect(try found("La Commission de la culture, de l’éducation et des sports a voté.").isEmpty)
        #expect(try found("L’Agence a estimé que le Conseil restait prudent.").isEmpty)
        // A heading that opens with the noun is no name.
        #expect(try found("Conseil municipal : la séance est reportée.").isEmpty)
    }

    @Test func lowerCaseInstitutionNounsEndingWithAName() throws {
        #expect(try found("Le tribunal correctionnel de Paris a jugé l’affaire.") == ["tribunal correctionnel de Paris|ORG"])
        #expect(try found("Elle a été soignée à l’hôpital Sainte-Anne.") == ["hôpital Sainte-Anne|ORG"])
        #expect(try found("Le tribunal a tranché hier soir.").isEmpty)
        // English text has no such rule: the place stays a place.
        #expect(try found("The tribunal in Paris ruled.", language: "en") == ["Paris|PLACE"])
    }

    @Test func prefixedNameContainsThePlaceOfItsComplement() throws {
        #expect(try found("Elle enseigne à l’Université de Paris depuis 2019.") == ["Université de Paris|ORG"])
        // "et" does not make the next name part of the organisation.
        #expect(try found("Elle a quitté l’Université de Tromsø et Paris.") == ["Université de Tromsø|ORG", "Paris|PLACE"])
    }

    @Test func organisationNounWithAComplementTypesTheName() throws {
        #expect(try found("Le directeur du groupe de travaux publics Norvane Bâtiment a parlé.") == ["Norvane Bâtiment|ORG"])
    }
}
