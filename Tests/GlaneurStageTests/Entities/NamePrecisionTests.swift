import Testing
import GlaneurCore
@testable import GlaneurEntities

/// Names that must not be cut or mistyped: particles inside person names, titles that are units,
/// words that continue a known name, pieces of acronym compounds, article-initial place names.
@Suite struct NamePrecisionTests {
    private func found(_ text: String, language: String = "fr") throws -> [String] {
        try entities(text, language: language).map { "\($0.text)|\($0.type.rawValue)|\($0.origin.rawValue)" }
    }

    @Test func particlesStayInsidePersonNames() throws {
        #expect(try found("Isabelle Rojas y Castillo, analyste chez Vantor, reste prudente.")
                == ["Isabelle Rojas y Castillo|PERSON|discovered", "Vantor|ORG|discovered"])
        #expect(try found("Hier, Dominique de Villemont a démissionné.") == ["Dominique de Villemont|PERSON|discovered"])
        // After a full name, "de" introduces an organisation, not a particle.
        #expect(try found("Hier, Janet Egan de Vantor Research a parlé.") == ["Janet Egan|PERSON|discovered", "Vantor Research|ORG|discovered"])
    }

    @Test func unitGluedToANumberIsNoTitle() throws {
        #expect(try found("The club was fined £11m by Kestrova last year.", language: "en").isEmpty)
        #expect(try found("M. Kestrova a parlé.") == ["Kestrova|PERSON|discovered"])
    }

    @Test func wordAfterAKnownNameIsNoPersonOfATitle() throws {
        #expect(try found("Le directeur IBM Recherche a parlé.") == ["IBM|ORG|lexicon"])
    }

    @Test func speechVerbAfterATrimmedWordIsNoCue() throws {
        #expect(try found("Ocean Rescue Now said the beaches were clean.", language: "en").isEmpty)
        #expect(try found("Yesterday Tomasz Kowalczyk said no.", language: "en") == ["Tomasz Kowalczyk|PERSON|discovered"])
    }

    @Test func numberWordsOpenNoName() throws {
        #expect(try found("Five Nordlys Research reports were cited.", language: "en") == ["Nordlys Research|ORG|discovered"])
    }

    @Test func roleAfterModifiersInAnApposition() throws {
        #expect(try found("Kwame Asante, a football finance lecturer, disagreed.", language: "en")
                == ["Kwame Asante|PERSON|discovered"])
    }

    @Test func surnameOfAKnownPersonAfterAnotherFirstNameIsSomeoneElse() throws {
        #expect(try found("The co-owner Sir Jim Lindqvist bought shares.", language: "en") == ["Jim Lindqvist|PERSON|discovered"])
        #expect(try found("Oskar Lindqvist bought shares. Lindqvist sold them.", language: "en")
                == ["Oskar Lindqvist|PERSON|lexicon", "Lindqvist|PERSON|lexicon"])
    }

    @Test func shortAcronymInsideAHyphenatedAcronymIsNoMatch() throws {
        #expect(try found("Les urgences de l’AP-HP débordent.").isEmpty)
        #expect(try found("HP a publié ses comptes.") == ["HP|ORG|lexicon"])
    }

    @Test func organisationAndNumberNameAStockIndex() throws {
        #expect(try found("Le S&P 500 a reculé de 1 % hier.") == ["S&P 500|PRODUCT|lexicon"])
        #expect(try found("S&P a abaissé la note d’IBM.") == ["S&P|ORG|lexicon", "IBM|ORG|lexicon"])
        #expect(try found("IBM 40 % plus cher, IBM 300 salariés, IBM 2024.") == ["IBM|ORG|lexicon", "IBM|ORG|lexicon", "IBM|ORG|lexicon"])
    }

    @Test func articleInitialNameNeedsItsCapitalAfterTheArticle() throws {
        #expect(try found("La défense a fait appel.").isEmpty)
        #expect(try found("Les tours de La Défense brillent.") == ["La Défense|PLACE|lexicon"])
    }
}
