import Testing
import GlaneurCore

@Suite("Claims: kinds and units")
struct ClaimsKindTests {
    @Test("Counts carry the counted noun")
    func counts() throws {
        let french = try #require(try onlyClaim("L'entreprise a recruté 300 ingénieurs."))
        #expect(french.kind == .count)
        #expect(french.unit == "ingénieurs")
        #expect(try onlyClaim("Elle a publié trois articles.")?.unit == "articles")
        #expect(try onlyClaim("The firm employs 12,000 people.", language: "en")?.unit == "people")
        #expect(try onlyClaim("Nine satellites were launched.", language: "en")?.value == 9)
    }

    @Test("The counted noun after modifiers: English adjectives and noun modifiers, French pre-nominal adjectives")
    func nounsAfterModifiers() throws {
        #expect(try onlyClaim("The team lost four consecutive games.", language: "en")?.unit == "games")
        #expect(try onlyClaim("It hired 45 full-time nurses.", language: "en")?.unit == "nurses")
        #expect(try onlyClaim("Two French banks were fined.", language: "en")?.unit == "banks")
        #expect(try onlyClaim("Trois anciens ministres ont témoigné.")?.unit == "ministres")
        #expect(try onlyClaim("Deux autres usines vont fermer.")?.unit == "usines")
        #expect(try onlyClaim("Ses trois premiers clients ont signé.")?.unit == "clients")
        #expect(try onlyClaim("At least 9 serious accidents were reported.", language: "en")?.unit == "accidents")
        #expect(try onlyClaim("Three people said no.", language: "en")?.unit == "people")
        #expect(try claims("Two said no. 5 were killed.", language: "en").isEmpty)
        #expect(try claims("It has five-spoke alloy wheels and a four-cylinder engine.", language: "en").isEmpty)
    }

    @Test("An article is not a count, and 'tous deux' is an anaphora")
    func notCounts() throws {
        #expect(try claims("Une entreprise a ouvert un bureau.").isEmpty)
        #expect(try claims("Ils affirment tous deux avoir gagné.").isEmpty)
        #expect(try claims("One analyst disagreed.", language: "en").isEmpty)
    }

    @Test("Money: symbols before and after, names, ISO codes, French abbreviations", arguments: [
        ("Le billet coûte 562 000 $.", 562_000.0, "USD"), ("The ticket costs $15.", 15, "USD"),
        ("Il a payé 20 €.", 20, "EUR"), ("Un prix de €20.", 20, "EUR"), ("Une amende de 10 000 euros.", 10_000, "EUR"),
        ("Une vente de 323 millions d'euros.", 323e6, "EUR"), ("Un prêt de 5 millions de yuans.", 5e6, "CNY"),
        ("Il a versé 1000 EUR.", 1000, "EUR"), ("Il a versé EUR 1000.", 1000, "EUR"), ("Un don de £3.5bn.", 3.5e9, "GBP"),
        ("Un contrat de 10 M$.", 10e6, "USD"), ("Une levée de 40 M€.", 40e6, "EUR"), ("Un chiffre de 3 Md€.", 3e9, "EUR"),
        ("Il a gagné 15 dollars et 50 cents.", 15.5, "USD"), ("A fine of 300 million dollars.", 300e6, "USD"),
        ("Un coût de 12 francs suisses.", 12, "CHF"), ("Un coût de 20 dollars canadiens.", 20, "CAD"),
        ("Il coûte treize euros et quarante-cinq cents.", 13.45, "EUR"), ("The club paid £1.5m for him.", 1.5e6, "GBP"),
        ("Rs 300 par séance.", 300, "INR"),
    ])
    func money(_ text: String, _ value: Double, _ code: String) throws {
        let isEnglish = text.hasPrefix("The") || text.hasPrefix("A fine")
        let claim = try #require(try onlyClaim(text, language: isEnglish ? "en" : "fr"))
        #expect(claim.kind == .money)
        #expect(claim.value == value)
        #expect(claim.unit == code)
    }

    @Test("Percentages: %, pour cent, per cent, percentage points", arguments: [
        ("une marge de 55%", 55.0, "%", "fr"), ("une marge de 55 %", 55, "%", "fr"), ("vingt pour cent des élèves", 20, "%", "fr"),
        ("cent pour-cent", 100, "%", "fr"), ("dix pourcents", 10, "%", "fr"), ("un recul de 2 points de pourcentage", 2, "pp", "fr"),
        ("up 3.5 per cent", 3.5, "%", "en"), ("70 percent of voters", 70, "%", "en"), ("a 0.25 percentage point cut", 0.25, "pp", "en"),
    ])
    func percentages(_ text: String, _ value: Double, _ unit: String, _ language: String) throws {
        let claim = try #require(try onlyClaim(text, language: language))
        #expect(claim.kind == .percent)
        #expect(claim.value == value)
        #expect(claim.unit == unit)
    }

    @Test("Points are percentage points where the sentence gives percentages")
    func percentagePoints() throws {
        let found = try claims("Le chômage a reculé de 0,3 point, à 7,3 %.")
        #expect(found.map(\.unit) == ["pp", "%"])
        #expect(found.first?.kind == .percent)
        #expect(try onlyClaim("Le CAC 40 a terminé à 7 500 points.")?.kind == .count)
    }

    @Test("Durations in year, month, week, day, hour, minute, second", arguments: [
        ("un retard de sept mois", 7.0, "month", "fr"), ("les 5 prochaines années", 5, "year", "fr"), ("depuis 2 ans", 2, "year", "fr"),
        ("pendant deux semaines", 2, "week", "fr"), ("en 30 jours", 30, "day", "fr"), ("pour 3 heures", 3, "hour", "fr"),
        ("pour 3h", 3, "hour", "fr"), ("en 20 min", 20, "minute", "fr"), ("en 123,45 secondes", 123.45, "second", "fr"),
        ("deux décennies", 20, "year", "fr"), ("for the next two years", 2, "year", "en"), ("in 48 hours", 48, "hour", "en"),
        ("it lasted 10 days", 10, "day", "en"), ("trois nuits à l'hôtel", 3, "night", "fr"),
        ("for two seasons", 2, "season", "en"),
    ])
    func durations(_ text: String, _ value: Double, _ unit: String, _ language: String) throws {
        let claim = try #require(try onlyClaim(text, language: language))
        #expect(claim.kind == .duration)
        #expect(claim.value == value)
        #expect(claim.unit == unit)
    }

    @Test("Multipliers: fois, double, triple, twice, doubled")
    func multipliers() throws {
        let times = try #require(try onlyClaim("Une amélioration de 255 fois du coût."))
        #expect(times.kind == .multiplier)
        #expect(times.value == 255)
        let less = try #require(try onlyClaim("C'est environ 25 fois moins cher."))
        #expect(less.value == 25)
        #expect(less.approximation == .about)
        let double = try #require(try onlyClaim("Soit plus du double du nombre prévu."))
        #expect(double.kind == .multiplier)
        #expect(double.value == 2)
        #expect(double.approximation == .moreThan)
        #expect(try onlyClaim("Le prix a triplé depuis mars.")?.value == 3)
        #expect(try onlyClaim("Costs doubled last year.", language: "en")?.change == .up)
        #expect(try onlyClaim("It is twice as fast.", language: "en")?.value == 2)
        #expect(try onlyClaim("The new model is 10x cheaper.", language: "en")?.kind == .multiplier)
        #expect(try claims("The airline ordered the Boeing 777x.", language: "en").isEmpty)
        #expect(try onlyClaim("Le prix a été multiplié par quatre.")?.kind == .multiplier)
        #expect(try onlyClaim("Le loyer a été multiplié par près de trois.")?.approximation == .about)
        #expect(try onlyClaim("Demand is roughly doubling.", language: "en")?.value == 2)
        #expect(try onlyClaim("Sales were multiplied by 3.", language: "en")?.value == 3)
        #expect(try claims("Une fois arrivé, il a parlé.").isEmpty)
        #expect(try claims("Des technologies à double usage.").isEmpty)
    }

    @Test("Measures keep the unit symbol", arguments: [
        ("une gravure en 7 nm", 7.0, "nm", "fr"), ("à 3,2 GHz", 3.2, "GHz", "fr"), ("sur 450 kilomètres", 450, "km", "fr"),
        ("50 000 tonnes de lithium", 50_000, "t", "fr"), ("500 000 barils par jour", 500_000, "bbl", "fr"), ("100 MHz", 100, "MHz", "fr"),
        ("12 TWh", 12, "TWh", "fr"), ("un écran de 15 pouces", 15, "in", "fr"), ("a 3nm process", 3, "nm", "en"),
        ("300 miles", 300, "mi", "en"), ("75ml", 75, "ml", "fr"), ("2,5-km", 2.5, "km", "fr"),
    ])
    func measures(_ text: String, _ value: Double, _ unit: String, _ language: String) throws {
        let claim = try #require(try onlyClaim(text, language: language))
        #expect(claim.kind == .measure)
        #expect(claim.value == value)
        #expect(claim.unit == unit)
    }
}
