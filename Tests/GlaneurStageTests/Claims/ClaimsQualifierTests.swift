import Testing
import GlaneurCore

@Suite("Claims: qualifiers, ranges, changes and rates")
struct ClaimsQualifierTests {
    @Test("Approximations", arguments: [
        ("environ 12 500 puces", Approximation.about, "fr"), ("près de 300 personnes", .about, "fr"),
        ("quelque 300 000 personnes", .about, "fr"), ("plus de 100 000 évaluations", .moreThan, "fr"),
        ("moins de 10 dollars", .lessThan, "fr"), ("au moins 10 euros", .atLeast, "fr"), ("au plus 5 ans", .atMost, "fr"),
        ("jusqu'à 800 millions d'euros", .upTo, "fr"), ("jusqu’à 800 millions d’euros", .upTo, "fr"),
        ("d'environ 15 %", .about, "fr"), ("about 300 people", .about, "en"), ("nearly eight hours", .about, "en"),
        ("more than 1,200 workers", .moreThan, "en"), ("up to five days", .upTo, "en"), ("at least 40 countries", .atLeast, "en"),
        ("fewer than 20 stores", .lessThan, "en"), ("no more than 10 dollars", .atMost, "en"),
        ("roughly a 30% discount", .about, "en"), ("growth faster than 3%", .moreThan, "en"), ("fees of 2% or lower", .atMost, "en"),
        ("turnover tops £2bn", .moreThan, "en"), ("au moins la moitié des élèves", .atLeast, "fr"), ("deux ans au moins", .atLeast, "fr"),
        ("une durée maximale de trois mois", .atMost, "fr"),
    ])
    func approximations(_ text: String, _ approximation: Approximation, _ language: String) throws {
        let claim = try #require(try onlyClaim(text, language: language))
        #expect(claim.approximation == approximation)
    }

    @Test("Ranges become one claim with value_max")
    func ranges() throws {
        let years = try #require(try onlyClaim("au cours des 3 à 5 prochaines années"))
        #expect(years.kind == .duration)
        #expect(years.value == 3)
        #expect(years.valueMax == 5)
        #expect(years.unit == "year")
        let between = try #require(try onlyClaim("entre 7 500 et 8 000 manifestants"))
        #expect(between.value == 7500)
        #expect(between.valueMax == 8000)
        let scaled = try #require(try onlyClaim("entre 3 et 5 milliards d'euros"))
        #expect(scaled.value == 3e9)
        #expect(scaled.valueMax == 5e9)
        let english = try #require(try onlyClaim("between 40 and 80 percent of homes", language: "en"))
        #expect(english.value == 40)
        #expect(english.valueMax == 80)
        let hyphen = try #require(try onlyClaim("10-15 minutes", language: "en"))
        #expect(hyphen.valueMax == 15)
        #expect(try claimsDocument("de 8 à 10 pieds").numbers.map(\.value) == [8, 10])
    }

    @Test("Elliptic numbers take the unit of the sentence's previous claim")
    func ellipsis() throws {
        let prison = try claims("Elle a écopé de trois ans de prison, dont un ferme.")
        #expect(prison.map(\.value) == [3, 1])
        #expect(prison.allSatisfy { $0.kind == .duration && $0.unit == "year" })
        let cost = try claims("La facture grimpe à 12,4 milliards d'euros, contre 9,8 milliards en juin.")
        #expect(cost.map(\.unit) == ["EUR", "EUR"])
        let estimate = try claims("Le budget de 2,1 milliards d'euros a triplé ; l'audit l'estime à 6,5 milliards.")
        #expect(estimate.last?.kind == .money)
        #expect(try claims("Il a 65 ans, contre un objectif de retraite à 62 ans.").first { $0.value == 1 } == nil)
        let sites = try claims("La grève touche 7 lycées, sur les 25 de la ville.")
        #expect(sites.map(\.unit) == ["lycées", "lycées"])
    }

    @Test("Partitives count the noun after them")
    func partitives() throws {
        let clubs = try claims("Six of the 15 airlines cut routes.", language: "en")
        #expect(clubs.map(\.value) == [6, 15])
        #expect(clubs.first?.unit == "airlines")
        #expect(try onlyClaim("Fewer than 300 of those nurses stayed.", language: "en")?.approximation == .lessThan)
        #expect(try claims("L'un des deux.").isEmpty)
        #expect(try claims("Four of despair, one of hope.", language: "en").isEmpty)
    }

    @Test("A lone 'un' or 'one' is a number after a qualifier, in a range, or as a duration after a preposition")
    func loneOne() throws {
        #expect(try onlyClaim("The audit found about one extra error.", language: "en")?.value == 1)
        let range = try #require(try onlyClaim("Le club vise entre une et deux recrues."))
        #expect(range.value == 1)
        #expect(range.valueMax == 2)
        #expect(try onlyClaim("Il est parti pendant un an.")?.unit == "year")
        #expect(try claims("Le record date de 2016, une année marquée par la sécheresse.").isEmpty)
    }

    @Test("A change from one value to another is two claims, not a range")
    func changeBetweenValues() throws {
        let found = try claims("Le budget passera de 47 à 69 milliards d'euros.")
        #expect(found.map(\.value) == [47e9, 69e9])
        #expect(found.allSatisfy { $0.kind == .money && $0.valueMax == nil })
    }

    @Test("Changes up and down", arguments: [
        ("Les ventes sont en hausse de 80 %.", Change.up, "fr"), ("Le titre a bondi de 12 %.", .up, "fr"),
        ("Le chômage est en baisse de 2 %.", .down, "fr"), ("Le prix a chuté de 3 dollars.", .down, "fr"),
        ("Le chiffre d'affaires (+4,5 %) progresse.", .up, "fr"), ("Revenue rose by 8%.", .up, "en"), ("Shares fell 3 percent.", .down, "en"), ("Profit was up 12%.", .up, "en"),
    ])
    func changes(_ text: String, _ change: Change, _ language: String) throws {
        let claim = try #require(try onlyClaim(text, language: language))
        #expect(claim.change == change)
    }

    @Test("'over' before a duration means during")
    func overDuration() throws {
        let found = try claims("The contract is worth £2.1bn over three seasons.", language: "en")
        #expect(found.count == 2)
        #expect(found.last?.kind == .duration)
        #expect(found.last?.approximation == nil)
    }

    @Test("'up to' after a verb is a particle, not a qualifier")
    func upToAfterVerb() throws {
        let claim = try #require(try onlyClaim("Turnout edged up to 61% this year.", language: "en"))
        #expect(claim.approximation == nil)
        #expect(claim.change == .up)
        #expect(try onlyClaim("It can carry up to 40 people.", language: "en")?.approximation == .upTo)
    }

    @Test("Rates keep their denominator")
    func rates() throws {
        #expect(try onlyClaim("Ils gagnent 200 millions de dollars par an.")?.per == "an")
        #expect(try onlyClaim("Un revenu de 562 000 $ par jour.")?.per == "jour")
        #expect(try onlyClaim("Facturé 2,19 $ par million de tokens.")?.per == "million de tokens")
        #expect(try onlyClaim("It costs $5 a day.", language: "en")?.per == "day")
        #expect(try onlyClaim("It produces 300 tonnes per year.", language: "en")?.per == "year")
        #expect(try onlyClaim("Un retard de sept mois par rapport aux autres.")?.per == nil)
        #expect(try onlyClaim("The mine yields up to 2 million tonnes of copper ore a year.", language: "en")?.per == "year")
        #expect(try onlyClaim("The subsidy costs £300m every month.", language: "en")?.per == "month")
        #expect(try onlyClaim("Le loyer atteint 25 €/m² en moyenne.")?.per == "m²")
    }
}
