import GlaneurCore
import Testing
@testable import GlaneurDecode

@Suite struct TextInputDecodeTests {
    @Test func frenchScrapedTextLosesItsBoilerplate() throws {
        let document = try decoded(try decodeFixture("scraped-fr.txt"), as: .scrapedText)
        #expect(document.paragraphTexts == [
            "Les abeilles de la vallée reprennent des forces",
            "Après trois hivers difficiles, les apiculteurs de la vallée de l’Orne constatent un net rebond de leurs colonies : sur les 1 200 ruches recensées par la coopérative, 930 ont passé l’hiver sans perte.",
            "« C’est la première bonne nouvelle depuis longtemps », explique Lucie Marchand, qui préside la coopérative depuis 2019. Selon elle, la floraison précoce des colzas a joué un rôle décisif.",
            "Une météo enfin favorable",
            "Les relevés de la station de Saint-Pierre montrent un mois de mars plus sec et plus doux que la moyenne, ce qui a permis aux butineuses de sortir plus tôt.",
        ])
        #expect(document.decodeCounter("removed_comment-thread") > 0)
        #expect(document.decodeCounter("removed_share") > 0)
        #expect(document.decodeCounter("removed_reading-time") == 1)
        #expect(document.decodeCounter("removed_date") == 1)
        #expect(document.decodeCounter("removed_repeated-line") == 1)
        #expect(document.metadata.title == "Les abeilles de la vallée reprennent des forces")
    }

    @Test func englishScrapedTextLosesItsBoilerplate() throws {
        let document = try decoded(try decodeFixture("scraped-en.txt"), as: .scrapedText)
        #expect(document.paragraphTexts == [
            "City library extends its opening hours",
            "The central library will stay open until 9 pm on weekdays from June, the city council announced on Monday, after a petition signed by more than 4,500 residents.",
            "The extra hours will cost about $310,000 a year, which the council says will be covered by savings on the building's heating contract.",
            "\"Students have nowhere quiet to work in the evening,\" said the head librarian, who had campaigned for the change since 2022.",
        ])
        #expect(document.language == "en")
        #expect(document.decodeCounter("removed_menu") == 4)
    }

    @Test func shortLinesBetweenArticleParagraphsAreKept() {
        let cleaner = ScrapedTextCleaner(lines: BoilerplateLines(lexicon: decodeLexicon), entities: HTMLEntities())
        let text = """
        Le conseil municipal a adopté lundi soir le plan de circulation du centre-ville, après trois heures de débat.
        Les changements
        Rue Haute
        Place du Marché
        Quai des Tanneurs
        Pont Neuf
        Ces quatre voies deviendront piétonnes à partir du mois de septembre, a précisé l’adjointe chargée des transports.
        """
        #expect(cleaner.clean(text).paragraphs.count == 7)
    }

    @Test func commentThreadNearTheTopDoesNotCutTheArticle() {
        let cleaner = ScrapedTextCleaner(lines: BoilerplateLines(lexicon: decodeLexicon), entities: HTMLEntities())
        let text = "12 commentaires\nLe maire a présenté le budget de la ville devant le conseil municipal réuni en séance extraordinaire lundi soir.\nLes élus de l’opposition ont demandé un report du vote, refusé par la majorité après deux heures de débat."
        #expect(cleaner.clean(text).paragraphs.count == 2)
    }

    @Test func boilerplateLineRules() {
        let lines = BoilerplateLines(lexicon: decodeLexicon)
        #expect(lines.rule(matching: "Partager :") == "share")
        #expect(lines.rule(matching: "Copy link to section") == "share")
        #expect(lines.rule(matching: "Laisser un commentaire") == "comment-form")
        #expect(lines.rule(matching: "Your email address will not be published. Required fields are marked *") == "comment-form")
        #expect(lines.rule(matching: "Avatar de Martine") == "comment-form")
        #expect(lines.rule(matching: "Written by") == "credit")
        #expect(lines.rule(matching: "Traduit par Jeanne Martin") == "credit")
        #expect(lines.rule(matching: "Reading time 8 minutes") == "reading-time")
        #expect(lines.rule(matching: "5 min de lecture") == "reading-time")
        #expect(lines.rule(matching: "Temps de lecture : 6 minutes") == "reading-time")
        #expect(lines.rule(matching: "28.01.2026 20:27") == "date")
        #expect(lines.rule(matching: "Le 3 février 2025 à 14h05") == "date")
        #expect(lines.rule(matching: "March 4, 2025") == "date")
        #expect(lines.rule(matching: "12 commentaires") == "comment-thread")
        #expect(lines.rule(matching: "3 réponses à « Un titre »") == "comment-thread")
        #expect(lines.rule(matching: "Économie, Politique, Europe, Santé, Sport, Culture") == "tag-list")
        #expect(lines.rule(matching: "Advertisement") == "advertisement")
        #expect(lines.rule(matching: "Lire aussi :") == "navigation")
        #expect(lines.rule(matching: "Lire aussi | Les maires ruraux face à la fermeture des classes de campagne") == "navigation")
        #expect(lines.rule(matching: "Le Journal du Centre avec AFP") == "credit")
        #expect(lines.rule(matching: "Article réservé aux abonnés") == "notice")
        #expect(lines.rule(matching: "Inscrivez-vous à notre newsletter quotidienne") == "newsletter")
    }

    @Test func articleSentencesAreNotBoilerplate() {
        let lines = BoilerplateLines(lexicon: decodeLexicon)
        for sentence in ["Le 3 février 2025, le gouvernement a présenté son budget.",
                         "Par ailleurs, la ministre a annoncé une hausse de 4 % des crédits.",
                         "Share prices fell by 3% on Monday, their largest drop since March.",
                         "Written constitutions are a recent invention in the history of states.",
                         "Paris, Lyon, Marseille, Lille et Toulouse accueilleront les épreuves en 2026.",
                         "Interdictions de puces et conséquences imprévues",
                         "Lire et écrire à l’école reste la priorité du ministère, a rappelé la ministre."] {
            #expect(lines.rule(matching: sentence) == nil, "\(sentence)")
        }
    }

    @Test func strayMarkupInScrapedTextIsRemoved() throws {
        let text = "Le d\\u00e9bat a dur\\u00e9 <em>trois heures<\\/em> selon <a href=\"https://x.example\">l&#8217;AFP</a> \\ud83d\\ude00.\nLa question 3 < 4 reste ouverte &amp; discut\\u00e9e."
        let document = try decoded(text, as: .scrapedText)
        #expect(document.paragraphTexts == ["Le débat a duré trois heures selon l’AFP 😀.", "La question 3 < 4 reste ouverte & discutée."])
    }

    @Test func plainTextRecordsStayVerbatim() throws {
        let text = "Partager :\r\nLe prix : 890\u{202F}000 €.\r\n\r\n  Laisser un commentaire  "
        let document = try decoded(text, as: .plainText)
        #expect(document.text == "Partager :\nLe prix : 890\u{202F}000 €.\n\n  Laisser un commentaire  ")
        #expect(document.paragraphTexts == ["Partager :", "Le prix : 890\u{202F}000 €.", "Laisser un commentaire"])
    }

    @Test func plainTextIsNormalizedToNFC() throws {
        let document = try decoded("e\u{301}te\u{301}", as: .plainText)
        #expect(document.text == "été")
    }

    @Test func emptyInputsThrowNoText() {
        for (text, format) in [("   \n\n ", InputFormat.plainText), ("\n\nPartager :\n\n", .scrapedText)] {
            do {
                _ = try decoded(text, as: format)
                Issue.record("empty \(format) accepted")
            } catch let error as StageError {
                #expect(error.code == "no-text")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func residueDetection() {
        #expect(TextResidue.inspect("a <\\/em> b").markup)
        #expect(TextResidue.inspect("un <p>paragraphe").markup)
        #expect(TextResidue.inspect("l&#8217;été").markup)
        #expect(TextResidue.inspect("caf\\u00e9").markup)
        #expect(TextResidue.inspect("Ã©tÃ© â€™").mojibake)
        #expect(!TextResidue.inspect("3 < 4 & 5 > 2, l’été à Zürich").markup)
        #expect(!TextResidue.inspect("3 < 4 & 5 > 2, l’été à Zürich").mojibake)
    }
}
