import Testing
import GlaneurCore

@Suite("Claims: number formats")
struct ClaimsNumberFormatTests {
    @Test("French digit groups: space, no-break space, narrow no-break space, dot", arguments: [
        "890 000 puces", "890\u{00A0}000 puces", "890\u{202F}000 puces", "890.000 puces",
    ])
    func frenchGroups(_ text: String) throws {
        let claim = try #require(try onlyClaim(text))
        #expect(claim.kind == .count)
        #expect(claim.value == 890_000)
        #expect(claim.unit == "puces")
    }

    @Test("French decimal comma, with and without groups")
    func frenchDecimals() throws {
        #expect(try onlyClaim("Le titre vaut 2,19 $.")?.value == 2.19)
        #expect(try onlyClaim("Un total de 6 700,54 euros.")?.value == 6700.54)
        #expect(try onlyClaim("Un total de 1.458.000,25 euros.")?.value == 1_458_000.25)
        #expect(try onlyClaim("La fréquence atteint 3.2 GHz.")?.value == 3.2)
    }

    @Test("English comma groups and decimal point")
    func englishFormats() throws {
        #expect(try onlyClaim("It sold 12,500 chips.", language: "en")?.value == 12_500)
        #expect(try onlyClaim("Shares fell 2.75 percent.", language: "en")?.value == 2.75)
        #expect(try onlyClaim("They raised $1,250,000.50 in total.", language: "en")?.value == 1_250_000.5)
    }

    @Test("The other language's grouping, when nothing else reads it")
    func otherConvention() throws {
        #expect(try onlyClaim("Un total de 1,234,567 euros.")?.value == 1_234_567)
        #expect(try onlyClaim("Un total de 1,234.50 euros.")?.value == 1234.5)
        #expect(try onlyClaim("A total of 1.234.567 euros.", language: "en")?.value == 1_234_567)
        #expect(try onlyClaim("A total of 1.234,50 euros.", language: "en")?.value == 1234.5)
        #expect(try onlyClaim("Un total de 12,500 euros.")?.value == 12.5)
    }

    @Test("Scale words and abbreviations")
    func scales() throws {
        #expect(try onlyClaim("Un budget de 53 milliards de dollars.")?.value == 53e9)
        #expect(try onlyClaim("Une levée de 150 M€.")?.value == 150e6)
        #expect(try onlyClaim("Un bénéfice de 1,5 Md€.")?.value == 1.5e9)
        #expect(try onlyClaim("Une dette de 2 Mds $.")?.value == 2e9)
        #expect(try onlyClaim("Un contrat de 10 M$.")?.value == 10e6)
        #expect(try onlyClaim("Ils ont 100k abonnés.")?.value == 100_000)
        #expect(try onlyClaim("The fund holds $4bn.", language: "en")?.value == 4e9)
        #expect(try onlyClaim("A $1.5-billion deal.", language: "en")?.value == 1.5e9)
        #expect(try onlyClaim("Il a reçu trois millions d'euros.")?.value == 3e6)
    }

    @Test("'billion' is 10^12 in French and 10^9 in English")
    func billion() throws {
        #expect(try onlyClaim("Une dette de 2 billions d'euros.")?.value == 2e12)
        #expect(try onlyClaim("A debt of 2 billion euros.", language: "en")?.value == 2e9)
    }

    @Test("Spelled French numbers", arguments: [
        ("soixante-dix jours", 70.0), ("soixante et onze jours", 71), ("quatre-vingts jours", 80),
        ("quatre-vingt-dix-neuf jours", 99), ("quatre vingt douze jours", 92), ("septante jours", 70),
        ("huitante jours", 80), ("nonante jours", 90), ("vingt-et-un jours", 21), ("vingt et un jours", 21),
        ("trois cent vingt-deux jours", 322), ("quatre mille vingt jours", 4020), ("dix-sept jours", 17),
        ("deux cents jours", 200), ("mille jours", 1000),
    ])
    func frenchWords(_ text: String, _ value: Double) throws {
        let claim = try #require(try onlyClaim("Il a attendu \(text)."))
        #expect(claim.value == value)
        #expect(claim.unit == "day")
    }

    @Test("Spelled English numbers")
    func englishWords() throws {
        #expect(try onlyClaim("They waited twenty-one days.", language: "en")?.value == 21)
        #expect(try onlyClaim("They hired one hundred and five engineers.", language: "en")?.value == 105)
        #expect(try onlyClaim("It took five-and-a-half years.", language: "en")?.value == 5.5)
        #expect(try onlyClaim("A million people marched.", language: "en")?.value == 1e6)
    }

    @Test("Fractions and approximate amounts")
    func fractionsAndApproximateAmounts() throws {
        let half = try #require(try onlyClaim("La moitié des salariés sont partis."))
        #expect(half.kind == .percent)
        #expect(half.value == 50)
        #expect(try onlyClaim("Les deux tiers des votants ont dit oui.")?.value ?? 0 > 66.6)
        #expect(try onlyClaim("Un quart des ventes vient d'Asie.")?.value == 25)
        #expect(try onlyClaim("Half of the staff left.", language: "en")?.value == 50)
        #expect(try onlyClaim("A fifth of the students failed.", language: "en")?.value == 20)
        #expect(try onlyClaim("Un cinquième des salariés est parti.")?.value == 20)
        #expect(try claims("Le cinquième du classement a perdu.").isEmpty)
        #expect(try onlyClaim("Two-thirds of voters agreed.", language: "en")?.value ?? 0 > 66.6)
        #expect(try claims("The third quarter was weak.", language: "en").isEmpty)
        let dozen = try #require(try onlyClaim("Une dizaine de manifestants étaient là."))
        #expect(dozen.value == 10)
        #expect(dozen.approximation == .about)
        #expect(try onlyClaim("Deux centaines de personnes.")?.value == 200)
        #expect(try onlyClaim("Une demi-douzaine de pays.")?.value == 6)
        #expect(try onlyClaim("Il attend une demi-heure.")?.value == 0.5)
        #expect(try onlyClaim("Il est parti trois ans et demi.")?.value == 3.5)
        #expect(try onlyClaim("Un million et demi de visiteurs.")?.value == 1_500_000)
        #expect(try onlyClaim("Une ville de 3 millions et demi d'habitants.")?.value == 3_500_000)
    }

    @Test("Digits beyond a Double's range are not numbers")
    func overflow() throws {
        let document = try claimsDocument("Il a " + String(repeating: "9", count: 400) + " euros.")
        #expect(document.claims.isEmpty)
        #expect(document.numbers.allSatisfy { $0.value.isFinite })
    }

    @Test("Signs")
    func signs() throws {
        let claim = try #require(try onlyClaim("Le résultat : -12 % sur l'année."))
        #expect(claim.value == -12)
        #expect(claim.change == .down)
    }

    @Test("Negative numbers written with words")
    func negativeWords() throws {
        #expect(try claimsDocument("moins 1200000").numbers.map(\.value) == [-1_200_000])
        #expect(try claimsDocument("La réponse est négatif cinq.").numbers.map(\.value) == [-5])
        #expect(try onlyClaim("Il en reste moins de 10 dollars.")?.value == 10)
    }

    @Test("A bare number is in the numbers layer with its value")
    func bareNumbers() throws {
        for (text, value) in [("trois cent vingt-deux", 322.0), ("100 000", 100_000), ("6,7", 6.7), ("un", 1), ("1,2M", 1_200_000)] {
            let document = try claimsDocument(text)
            #expect(document.numbers.map(\.value) == [value], "\(text)")
        }
    }
}
