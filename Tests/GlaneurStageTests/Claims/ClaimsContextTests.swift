import Testing
import GlaneurCore

/// Readings that depend on the words around a number: model names, occurrences, pence, repeated currencies,
/// periods that look like fractions, and zero used as an adjective.
@Suite("Claims: readings from context")
struct ClaimsContextTests {
    @Test("A number before a model name counts the model; the number inside the code is no claim", arguments: [
        ("The lessor will take 64 MAX 8s next spring.", "en", 64.0, "64 MAX 8s"),
        ("The airline will scrap 18 remaining 767-300s.", "en", 18, "18 remaining 767-300s"),
        ("La compagnie recevra 40 A321neo par an.", "fr", 40, "40 A321neo"),
        ("Le Qatar a acheté 24 Mirage l'an passé.", "fr", 24, "24 Mirage"),
        ("Le loueur prend 12 B777-9 supplémentaires.", "fr", 12, "12 B777-9"),
        ("The navy ordered 26 Rafale jets.", "en", 26, "26 Rafale jets"),
    ])
    func modelCounts(text: String, language: String, value: Double, span: String) throws {
        let document = try claimsDocument(text, language: language)
        #expect(document.claims.count == 1)
        let claim = try #require(document.claims.first)
        #expect(claim.kind == .count)
        #expect(claim.value == value)
        #expect(String(document.text.slice(claim.span)) == span)
    }

    @Test("Variants, abbreviations and English acronyms after a number are not model counts")
    func notModelCounts() throws {
        #expect(try claims("The 15 Pro sells well.", language: "en").isEmpty)
        #expect(try claims("Add 2 Tbsp. sugar.", language: "en").isEmpty)
        #expect(try claims("He had 3 INT last night.", language: "en").isEmpty)
    }

    @Test("N times after a verb counts occurrences; a comparison makes it a multiplier")
    func occurrences() throws {
        let flown = try #require(try onlyClaim("The prototype has flown nine times.", language: "en"))
        #expect(flown.kind == .count)
        #expect(flown.value == 9)
        #expect(try onlyClaim("Le maire a été réélu quatre fois.")?.kind == .count)
        #expect(try onlyClaim("She was arrested twice in May.", language: "en")?.kind == .count)
        #expect(try onlyClaim("Il s'entraîne trois fois la semaine.")?.kind == .count)
        #expect(try onlyClaim("It cost five times as much.", language: "en")?.kind == .multiplier)
        #expect(try onlyClaim("The rate is twice the average.", language: "en")?.kind == .multiplier)
        #expect(try onlyClaim("Le parc est six fois la taille de Paris.")?.kind == .multiplier)
        #expect(try onlyClaim("Demand was 2.5 times greater.", language: "en")?.kind == .multiplier)
        #expect(try onlyClaim("Une baisse de 12 fois du prix.")?.kind == .multiplier)
        #expect(try onlyClaim("Un niveau deux fois supérieur à la normale.")?.kind == .multiplier)
        #expect(try claims("Il a hésité plus d'une fois.").isEmpty)
        #expect(try claims("L'attaquant a réussi un doublé.").isEmpty)
        #expect(try onlyClaim("The stock trades at 15 times earnings.", language: "en")?.kind == .multiplier)
        #expect(try onlyClaim("They have twice refused.", language: "en")?.kind == .count)
    }

    @Test("Pence are pounds: glued p and the word pence", arguments: [
        ("A stamp now costs 93p.", 0.93), ("Shares closed at 61.5p.", 0.615), ("The levy is 40 pence a litre.", 0.4),
    ])
    func pence(text: String, value: Double) throws {
        #expect(try claims("Shares rose 4p to 120p.", language: "en").map(\.value) == [0.04, 1.2])
        let claim = try #require(try onlyClaim(text, language: "en"))
        #expect(claim.kind == .money)
        #expect(claim.unit == "GBP")
        #expect(abs(claim.value - value) < 1e-9)
    }

    @Test("A range whose currency is repeated is one claim", arguments: [
        ("Profit should land between $1.8bn and $2.1bn.", 1.8e9, 2.1e9),
        ("The bill is put at £40m-£55m next year.", 40e6, 55e6),
        ("Tickets run from €30 to €45 this summer.", 30, 45),
    ])
    func repeatedCurrencyRange(text: String, value: Double, valueMax: Double) throws {
        let claim = try #require(try onlyClaim(text, language: "en"))
        #expect(claim.kind == .money)
        #expect(claim.value == value)
        #expect(claim.valueMax == valueMax)
    }

    @Test("A bare scaled amount takes the currency of the last amount of money, here or in the sentence before")
    func inheritedCurrency() throws {
        let found = try claims("La dette atteint 95 milliards d'euros, en hausse de 3 %, contre 88 milliards en 2022.")
        #expect(found.map(\.kind) == [.money, .percent, .money])
        #expect(found.last?.unit == "EUR")
        #expect(found.last?.value == 88e9)
        let next = try claims("Le plan coûte 7 milliards de dollars. Il en faudra 4 milliards de plus.")
        #expect(next.last?.kind == .money)
        #expect(next.last?.unit == "USD")
        let glued = try claims("Sales hit £2bn, and a further 150m is expected.", language: "en")
        #expect(glued.last?.kind == .money)
        #expect(glued.last?.value == 150e6)
        #expect(try onlyClaim("Il faudra 4 milliards pour finir.")?.kind == .count)
        #expect(try claims("Les effectifs augmentent de 5 %, dont 2 millions à Paris.").last?.kind == .count)
        let profit = try #require(try onlyClaim("Le bénéfice du groupe atteint 2,6 milliards."))
        #expect(profit.kind == .money)
        #expect(profit.value == 2.6e9)
        let named = try claims("Le groupe a levé 90 millions de dollars. Sa valorisation dépasse 1,5 milliard cette année.")
        #expect(named.last?.kind == .money)
        #expect(named.last?.unit == "USD")
        let range = try claims("Le budget est de 30 milliards d'euros, et entre 3 et 3,5 milliards pour la défense.")
        #expect(range.last?.kind == .money)
        #expect(range.last?.value == 3e9)
        #expect(range.last?.valueMax == 3.5e9)
    }

    @Test("A bare number after 'et', 'and', 'from' takes the unit of the claim before it, unless it starts a range")
    func coordinatedNumbers() throws {
        let french = try claims("Le drone a été vendu à 230 exemplaires, dont 18 au Maroc et 25 en Pologne.")
        #expect(french.map(\.value) == [230, 18, 25])
        #expect(french.allSatisfy { $0.kind == .count && $0.unit == "exemplaires" })
        let english = try claims("The port handled 41 ships, down from 52.", language: "en")
        #expect(english.last?.unit == "ships")
        let range = try claims("It sold 12 turbines with outputs from 30-600 MW.", language: "en")
        #expect(range.last?.kind == .measure)
        #expect(range.last?.valueMax == 600)
        #expect(try onlyClaim("He has visited Oslo five times.", language: "en")?.value == 5)
    }

    @Test("French 'sur' before a counted noun is not a ratio; 'dont un tiers' is a share; a glued C is Celsius")
    func sharesAndRatios() throws {
        let sites = try claims("Le groupe emploie 900 salariés sur quatre sites.")
        #expect(sites.map(\.value) == [900, 4])
        #expect(try rejections("Deux Français sur trois approuvent.")["trois"] == "ratio")
        let share = try claims("Le plan supprime 4 000 postes, dont un tiers en Allemagne.")
        #expect(share.last?.kind == .percent)
        #expect(try onlyClaim("It hit 41C in Madrid.", language: "en")?.unit == "°C")
    }

    @Test("Halves of a period and zero as an adjective are not quantities")
    func notQuantities() throws {
        #expect(try claims("Half-year results were strong in the first half of 2024.", language: "en").isEmpty)
        #expect(try claims("Dans la seconde moitié du match, rien.").isEmpty)
        #expect(try claims("Le prêt à taux zéro sera prolongé.").isEmpty)
        #expect(try claims("They signed zero-hours contracts under a zero tolerance policy.", language: "en").isEmpty)
        #expect(try onlyClaim("There were zero deaths.", language: "en")?.value == 0)
    }

    @Test("Fractions of a population: plural thirds whatever follows, across an adverb")
    func fractions() throws {
        let thirds = try #require(try onlyClaim("Il reste deux tiers aujourd'hui."))
        #expect(thirds.kind == .percent)
        #expect(abs(thirds.value - 200.0 / 3) < 1e-9)
        let third = try #require(try onlyClaim("Un tiers seulement des votants a choisi."))
        #expect(abs(third.value - 100.0 / 3) < 1e-9)
        #expect(try onlyClaim("Only a third said yes.", language: "en")?.kind == .percent)
        #expect(try onlyClaim("Un quart envisagent de partir.")?.value == 25)
        #expect(try onlyClaim("Just under half expect a rise.", language: "en")?.approximation == .lessThan)
        #expect(try onlyClaim("Exports fell by a fifth.", language: "en")?.value == 20)
        #expect(try claims("It was a third time lucky for a third undisclosed buyer.", language: "en").isEmpty)
        let fewer = try #require(try onlyClaim("Moins de la moitié des lycées sont rénovés."))
        #expect(fewer.value == 50)
        #expect(fewer.approximation == .lessThan)
    }
}
