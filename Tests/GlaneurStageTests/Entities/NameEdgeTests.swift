import Testing
import GlaneurCore
@testable import GlaneurEntities

/// Names at their edges: what a hyphen, a legal form, a country, a title or a particle next to a
/// name does to it, and products named beside the noun of their kind.
@Suite struct NameEdgeTests {
    private func found(_ text: String, language: String = "fr") throws -> [String] {
        try entities(text, language: language).map { "\($0.text)|\($0.type.rawValue)|\($0.canonical)" }
    }

    @Test func placeBeforeAHyphenatedParticipleStaysAPlace() throws {
        #expect(try found("A London-based lender and a Munich-headquartered insurer merged.", language: "en")
                == ["London|PLACE|Londres", "Munich|PLACE|Munich"])
        #expect(try found("The Paris-listed group hired a Beijing-backed fund.", language: "en")
                == ["Paris|PLACE|Paris", "Beijing|PLACE|Pékin"])
        // A lower-case French word after the hyphen still makes a compound.
        #expect(try found("Les Paris-sportifs se multiplient.").isEmpty)
    }

    @Test func legalFormJoinsTheCompanyItFollows() throws {
        #expect(try found("Safran SA et Vodafone plc ont signé.") == ["Safran SA|ORG|Safran", "Vodafone plc|ORG|Vodafone"])
        #expect(try found("Shares of IBM Group fell.", language: "en") == ["IBM Group|ORG|IBM"])
        // An acronym of a longer name before a legal form names a company of its own.
        #expect(try found("Shares of PLD Group fell.", language: "en") == ["PLD Group|ORG|PLD Group"])
        // Lower case is no legal form.
        #expect(try found("Safran sa vision.") == ["Safran|ORG|Safran"])
    }

    @Test func countryAfterACompanyNamesItsSubsidiary() throws {
        #expect(try found("Vodafone UK cut prices while Safran held them.", language: "en")
                == ["Vodafone UK|ORG|Vodafone UK", "Safran|ORG|Safran"])
        #expect(try found("Une usine de Safran au Royaume-Uni, pas de Safran, UK.")
                == ["Safran|ORG|Safran", "Royaume-Uni|PLACE|Royaume-Uni", "Safran|ORG|Safran", "UK|PLACE|Royaume-Uni"])
    }

    @Test func acronymBeforeACompanyWordIsPartOfALongerName() throws {
        #expect(try found("The launch of PLD Space slipped again.", language: "en") == ["PLD Space|ORG|PLD Space"])
        #expect(try found("Le PLD a remporté les élections.") == ["PLD|ORG|Parti libéral-démocrate"])
        #expect(try found("Kestrel Aerospace rejoint CGT International.")
                == ["Kestrel Aerospace|ORG|Kestrel Aerospace", "CGT International|ORG|CGT International"])
    }

    @Test func hyphenatedAcronymCompoundsAreOrganisations() throws {
        #expect(try found("La CGT-Cheminots appelle les cheminots à la grève.") == ["CGT-Cheminots|ORG|CGT-Cheminots"])
        #expect(try found("Hier, SUD-Rail et la CGT ont manifesté.") == ["SUD-Rail|ORG|SUD-Rail", "CGT|ORG|Confédération générale du travail"])
        // Only in French: other languages glue acronyms to common nouns ("das TK-Modell").
        #expect(try found("Yesterday, SUD-Rail struck.", language: "en").isEmpty)
        // Two acronyms joined by a hyphen are one acronym, not a branch.
        #expect(try found("Les urgences de l’AP-HP débordent.").isEmpty)
    }

    @Test func titleWordsBeforeAFirstNameAreTheRole() throws {
        #expect(try found("Chief Financial Officer Cécile Vasseur told investors the margin would improve.", language: "en")
                == ["Cécile Vasseur|PERSON|Cécile Vasseur"])
        #expect(try found("Yesterday Senior Vice President Nicolas Brandt resigned.", language: "en")
                == ["Nicolas Brandt|PERSON|Nicolas Brandt"])
        // Without a known first name, two title words or more before two or three name words.
        #expect(try found("The plan of Finance Minister Ngozi Okafor failed.", language: "en") == ["Ngozi Okafor|PERSON|Ngozi Okafor"])
        #expect(try found("The Chief Executive Office Research Council met.", language: "en").map { $0.hasSuffix("PERSON") } == [false])
    }

    @Test func particlesAndApostrophesInsideSurnames() throws {
        #expect(try found("Nicolas Le Goarant a démissionné.") == ["Nicolas Le Goarant|PERSON|Nicolas Le Goarant"])
        #expect(try found("Véronique Le Floc’h a démissionné.") == ["Véronique Le Floc’h|PERSON|Véronique Le Floc’h"])
        #expect(try found("Hier, Michel d’Ornesse a démissionné.") == ["Michel d’Ornesse|PERSON|Michel d’Ornesse"])
        // A possessive stays outside the name.
        #expect(try found("Nicolas Brandt’s plan failed.", language: "en") == ["Nicolas Brandt|PERSON|Nicolas Brandt"])
    }

    @Test func productsNamedBesideTheirKind() throws {
        #expect(try found("Le moteur M88 et le missile Meteor équipent l’appareil.")
                == ["M88|PRODUCT|M88", "Meteor|PRODUCT|Meteor"])
        #expect(try found("Safran said the LEAP-1A engine and the Vulcain rocket were ready; 737-800 jets were grounded.", language: "en")
                == ["Safran|ORG|Safran", "LEAP-1A|PRODUCT|LEAP-1A", "Vulcain|PRODUCT|Vulcain", "737-800|PRODUCT|737-800"])
        // Generic codes, nationalities and common acronyms are no products.
        #expect(try found("Les puces IA, les puces 5G et les drones FPV manquent.").isEmpty)
        #expect(try found("Les missiles Meteor et le satellite SWOT.") == ["Meteor|PRODUCT|Meteor", "SWOT|PRODUCT|SWOT"])
        // A model code after a plural noun is a product.
        #expect(try found("Six réacteurs EPR2 et des microcontrôleurs K32 sont prévus.") == ["EPR2|PRODUCT|EPR2", "K32|PRODUCT|K32"])
        #expect(try found("The Chinese chips and the 5G chips and the 1990s engines and a 1TB drive.", language: "en").isEmpty)
        #expect(try found("It was measured with a Kestrova model 4431 meter.", language: "en").isEmpty)
    }

    @Test func hyphenatedCompassPointsNameARegion() throws {
        #expect(try found("Il pleut dans le Sud-Ouest depuis lundi.") == ["Sud-Ouest|PLACE|Sud-Ouest"])
        #expect(try found("Le journal Sud-Ouest et le quotidien Sud Ouest")
                == ["Sud-Ouest|ORG|Sud Ouest", "Sud Ouest|ORG|Sud Ouest"])
    }

    @Test func acronymInBracketsAfterAnOrganisationNamesIt() throws {
        #expect(try found("L’Association des pilotes de drones de France (Apdf) alerte. Selon l’Apdf, rien ne va.")
                == ["Association des pilotes de drones de France|ORG|Association des pilotes de drones de France",
                    "Apdf|ORG|Association des pilotes de drones de France", "Apdf|ORG|Association des pilotes de drones de France"])
        // An acronym that does not start as the name does names something else.
        #expect(try found("Le Conseil des pilotes de drones (ICP) a voté.")
                == ["Conseil des pilotes de drones|ORG|Conseil des pilotes de drones"])
        // A longer word with one capital in brackets is no acronym.
        #expect(try found("Le Conseil des pilotes de drones (Vasseur) a voté.")
                == ["Conseil des pilotes de drones|ORG|Conseil des pilotes de drones"])
    }

    @Test func institutionAdjectivesJoinedByEt() throws {
        #expect(try found("Le Conseil des industries navales et portuaires a voté.")
                == ["Conseil des industries navales et portuaires|ORG|Conseil des industries navales et portuaires"])
    }

    @Test func camelCaseMergeOfAKnownCompanyIsAnOrganisation() throws {
        #expect(try found("L’appel passe par SuperIbmCloud.").isEmpty)
        #expect(try found("VodafoneZiggo et MasOrange fusionnent.")
                == ["VodafoneZiggo|ORG|VodafoneZiggo", "MasOrange|ORG|MasOrange"])
        // A camel-case word without a known company inside is left to the other rules.
        #expect(try found("Le groupe a vu McKinsey, puis Orange.") == ["Orange|ORG|Orange"])
        #expect(try found("Ensuite, DeVantor a parlé.").isEmpty)
    }

    @Test func hyphenatedQualifierInAnAppositionIsAModifier() throws {
        #expect(try found("Kestrova, a London-based lender, said profits rose.", language: "en")
                == ["Kestrova|ORG|Kestrova", "London|PLACE|Londres"])
    }

    @Test func suffixedNameInsideAPrefixedNameIsNotFoundTwice() throws {
        #expect(try found("Staff at the University for Applied Research said that costs rose sharply.", language: "en")
                == ["University for Applied Research|ORG|University for Applied Research"])
    }

    @Test func capitalisedOrganisationNounGivesNoContext() throws {
        #expect(try found("The envoy to the European Union Kwabena Mensah resigned.", language: "en")
                == ["European Union|ORG|Union européenne", "Kwabena Mensah|PERSON|Kwabena Mensah"])
        #expect(try found("It appeared in the journal Annual Notes of the Royal Kestrel Society.", language: "en")
                == ["Annual Notes of the Royal Kestrel Society|ORG|Annual Notes of the Royal Kestrel Society"])
    }
}
