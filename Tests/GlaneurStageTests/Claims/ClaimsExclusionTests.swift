import Testing
import GlaneurCore

@Suite("Claims: what is not a claim")
struct ClaimsExclusionTests {
    @Test("Years and dates", arguments: [
        ("En 2024, le marché a changé.", "2024", "year", "fr"), ("Le 20 janvier 2025, il a signé.", "20", "date", "fr"),
        ("Publié le 12/03/2024.", "12", "date", "fr"), ("Publié le 20.01.2025.", "20.01", "date", "fr"),
        ("Sur la période 2019-2024, tout a changé.", "2019", "date", "fr"), ("On March 3, prices rose.", "3", "date", "en"),
        ("Since 2019, sales grew.", "2019", "year", "en"), ("Le plan court jusqu'à mi-2026.", "2026", "year", "fr"),
    ])
    func datesAndYears(_ text: String, _ number: String, _ reason: String, _ language: String) throws {
        #expect(try claims(text, language: language).isEmpty)
        #expect(try rejections(text, language: language)[number] == reason)
    }

    @Test("Times of day")
    func times() throws {
        #expect(try rejections("Rendez-vous à 14 h 30 devant la mairie.")["14"] == "time")
        #expect(try rejections("Rendez-vous à 14h30.")["14"] == "time")
        #expect(try rejections("The vote closes at 3pm.", language: "en")["3"] == "time")
        #expect(try rejections("Le train part à 15 h.")["15"] == "time")
        #expect(try claims("Rendez-vous à 14 h 30 devant la mairie.").isEmpty)
        #expect(try rejections("Le conseil se réunit à 20 heures.")["20"] == "time")
        #expect(try onlyClaim("Il a 24 heures pour répondre.")?.value == 24)
    }

    @Test("Relative dates are not durations")
    func relativeDates() throws {
        #expect(try rejections("Il y a deux ans, tout a changé.")["deux"] == "relative-date")
        #expect(try rejections("Three years ago, prices fell.", language: "en")["Three"] == "relative-date")
        #expect(try claims("Sur un an, les prix ont changé.").isEmpty)
        #expect(try onlyClaim("Depuis deux ans, tout a changé.")?.unit == "year")
    }

    @Test("List numbering and footnote markers")
    func listsAndFootnotes() throws {
        #expect(try rejections("1. Les résultats du trimestre")["1"] == "list-number")
        #expect(try rejections("Voir la source [3] pour le détail.")["3"] == "footnote")
        #expect(try rejections("Une hausse confirmée.2 Les autres")["2"] == "footnote")
    }

    @Test("Numbers inside names and codes", arguments: [
        ("Nvidia vend des puces H200 en Chine.", "200"), ("Le modèle GPT-4 est sorti.", "4"), ("Alibaba a lancé Qwen3 hier.", "3"),
        ("Google a présenté Gemini 2.5 Pro.", "2.5"), ("Huawei utilise le Kirin 9000s.", "9000"), ("La pandémie de Covid-19 a duré.", "19"),
        ("Le CAC 40 a reculé.", "40"), ("Le réseau 5G arrive.", "5"), ("Il habite au numéro 312 de la rue.", "312"),
        ("Meta publie Llama 4 demain.", "4"),
    ])
    func names(_ text: String, _ number: String) throws {
        #expect(try claims(text).isEmpty, "\(text)")
        let reason = try rejections(text)[number]
        #expect(reason == "name" || reason == "reference", "\(text): \(reason ?? "nil")")
    }

    @Test("Phone numbers and URLs")
    func phonesAndURLs() throws {
        #expect(try rejections("Appelez le 01 23 45 67 89 avant midi.")["01"] == "phone")
        #expect(try claims("Appelez le 01 23 45 67 89 avant midi.").isEmpty)
        #expect(try claims("Voir https://www.exemple.fr/page?id=2024&x=50% pour le détail.").isEmpty)
        #expect(try claims("See www.example.com/2024/30-percent-off today.", language: "en").isEmpty)
        #expect(try rejections("Call 020 7946 0958 now.", language: "en")["020"] == "code")
    }

    @Test("Ordinals")
    func ordinals() throws {
        #expect(try claims("Au 21e siècle, la 3e voie.").isEmpty)
        #expect(try rejections("Au 21e siècle.")["21"] == "ordinal")
        #expect(try claims("The 2nd round.", language: "en").isEmpty)
    }

    @Test("Ages in compound adjectives, acronyms and singular capitalised words after a number")
    func agesAndCapitals() throws {
        #expect(try rejections("A 17-year-old student won.", language: "en")["17"] == "age")
        #expect(try claims("The 15 Pro sells well.", language: "en").isEmpty)
        #expect(try onlyClaim("He named nine US firms.", language: "en")?.unit == "firms")
        #expect(try onlyClaim("They bought 2,048 Nvidia H800 chips.", language: "en")?.unit == "chips")
        #expect(try onlyClaim("Le laboratoire dispose de 5 000 GPU H100.")?.unit == "GPU")
        #expect(try onlyClaim("Les 27 États membres ont voté.")?.unit == "États")
        #expect(try onlyClaim("More than 600,000 Israelis protested.", language: "en")?.value == 600_000)
    }
}
