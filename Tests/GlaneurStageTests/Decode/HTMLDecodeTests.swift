import Foundation
import GlaneurCore
import Testing
@testable import GlaneurDecode

@Suite struct HTMLDecodeTests {
    @Test func articleBodyKeepsParagraphsHeadingsListsAndQuotes() throws {
        let document = try decoded(try decodeFixture("article-en.html"), as: .html)
        let paragraphs = document.paragraphTexts
        #expect(paragraphs.first?.hasPrefix("The council of Saltmere voted on Tuesday evening") == true)
        #expect(paragraphs.contains("A wheel turned by the sea"))
        #expect(paragraphs.contains { $0.hasPrefix("“We are not building a museum") })
        #expect(paragraphs.contains("repairing the sluice gates and the pond wall;"))
        #expect(paragraphs.last?.hasPrefix("Opponents argued that the money") == true)
        #expect(document.text == paragraphs.joined(separator: "\n\n"))
    }

    @Test func siteChromeCommentsAndWidgetsAreRemoved() throws {
        let text = try decoded(try decodeFixture("article-en.html"), as: .html).text
        for boilerplate in ["Home", "Share on Facebook", "By Mara Quill", "Tags:", "Sign up for our morning newsletter",
                            "Lighthouse keeper", "3 comments", "Finally some good news", "Storm warning", "All rights reserved",
                            "We use cookies", "Advertisement", "The mill at low tide", "Do not read this script",
                            "display: none", "hidden and must not appear", "Neither must this one"] {
            #expect(!text.contains(boilerplate), "kept \(boilerplate)")
        }
        // The headline is metadata, not body text.
        #expect(!text.contains("Harbour town votes"))
    }

    @Test func metadataComesFromTheHead() throws {
        let document = try decoded(try decodeFixture("article-en.html"), as: .html)
        #expect(document.metadata.title == "Harbour town votes to restore its tidal mill")
        #expect(document.metadata.author == "Mara Quill")
        #expect(document.metadata.published == "2024-03-14T09:30:00Z")
        #expect(document.metadata.url == "https://courier.example/news/tidal-mill-restoration")
        #expect(document.metadata.siteName == "The Coastal Courier")
        #expect(document.language == "en")
    }

    @Test func frenchPageKeepsOnlyTheArticle() throws {
        let document = try decoded(try decodeFixture("article-fr.html"), as: .html)
        #expect(document.paragraphTexts.count == 3)
        #expect(document.paragraphTexts.first?.hasPrefix("La direction générale de l’aviation civile a demandé") == true)
        #expect(document.paragraphTexts.last?.hasPrefix("Le mouvement, lancé par deux syndicats") == true)
        #expect(document.metadata.title == "Grève des contrôleurs aériens : 40 % des vols annulés à Bordeaux")
        #expect(document.metadata.siteName == "Le Quotidien d’Aquitaine")
        #expect(document.language == "fr")
    }

    @Test func languageGivenByTheRecordWins() throws {
        let document = try decoded(try decodeFixture("article-en.html"), as: .html, language: "fr")
        #expect(document.language == "fr")
    }

    @Test func entitiesAndExoticSpacesAreResolved() throws {
        let text = try decoded(try decodeFixture("article-en.html"), as: .html).text
        #expect(text.contains("£2.4 million, of which 890 000 pounds"))
        #expect(text.contains("The mill’s wheel"))
        #expect(text.contains("county's forests"))
        #expect(text.contains("the mill's flour"))
        #expect(!text.contains("&"))
        #expect(!text.unicodeScalars.contains { $0 == "\u{A0}" || $0 == "\u{202F}" })
    }

    @Test func declaredLanguageYieldsToClearTextEvidence() {
        #expect(DecodeStage.language(declared: "en", detected: "fr", detectable: ["de", "en", "es", "fr", "it"]) == "fr")
        #expect(DecodeStage.language(declared: "pt", detected: "es", detectable: ["de", "en", "es", "fr", "it"]) == "pt")
        #expect(DecodeStage.language(declared: "fr", detected: nil, detectable: ["de", "en", "es", "fr", "it"]) == "fr")
        #expect(DecodeStage.language(declared: nil, detected: "en", detectable: ["de", "en", "es", "fr", "it"]) == "en")
    }

    @Test func titleFallsBackToTheTitleElementWithoutSiteName() {
        #expect(PageMetadata.titleWithoutSiteName("Une crue historique | Le Journal du Sud") == "Une crue historique")
        #expect(PageMetadata.titleWithoutSiteName("Daily Post - Storm hits the northern coast tonight") == "Storm hits the northern coast tonight")
    }

    @Test func blocksEndAtBreaksListItemsHeadingsAndCells() throws {
        let html = "<html><body><h2>Titre</h2><p>Ligne un<br>ligne <b>deux</b></p><ul><li>premier</li><li>second</li></ul>"
            + "<table><tr><td>case A</td><td>case B</td></tr></table><div>texte <span>en ligne</span> suivi</div></body></html>"
        let tree = try #require(HTMLTree(html: Array(html.utf8), entities: HTMLEntities()))
        let blocks = TextBlocks.blocks(of: tree, hints: ClassHints(lexicon: decodeLexicon))
        #expect(blocks.map { TextNormalization.cleanLine($0.text) } == ["Titre", "Ligne un", "ligne deux", "premier", "second", "case A", "case B", "texte en ligne suivi"])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .paragraph, .listItem, .listItem, .paragraph, .paragraph, .paragraph])
    }

    @Test func brokenMarkupIsRecovered() throws {
        let document = try decoded(try decodeFixture("broken.html"), as: .html)
        let text = document.text
        #expect(text.contains("because of a jammed ramp, the operator said."))
        #expect(text.contains("Passengers waited on the quay"))
        #expect(text.contains("served hot soup to everyone on board."))
        #expect(!text.contains("<"))
    }

    @Test func deepNestingDoesNotOverflowTheStack() throws {
        let depth = 10_000
        let html = String(repeating: "<div>", count: depth)
            + "<p>A sentence at the bottom of ten thousand nested divisions, long enough to count as a paragraph.</p>"
            + String(repeating: "</div>", count: depth)
        let document = try decoded("<html><body>" + html + "</body></html>", as: .html)
        #expect(document.text.contains("A sentence at the bottom"))
    }

    @Test func hugePagesAreParsed() throws {
        // 50 MB of script around a short article: parsed without crashing, the script dropped.
        let filler = String(repeating: "var x = 'padding padding padding padding padding padding';\n", count: 850_000)
        let html = "<html><body><script>" + filler + "</script><article><p>The short article that follows fifty megabytes of script is still found.</p></article></body></html>"
        #expect(html.utf8.count > 50_000_000)
        let document = try decoded(html, as: .html)
        #expect(document.text == "The short article that follows fifty megabytes of script is still found.")
    }

    @Test func jsonLDBodyIsUsedWhenTheMarkupHidesTheArticle() throws {
        let body = String(repeating: "The river rose by two metres overnight and the mayor closed the lower town. ", count: 12)
        let html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"NewsArticle","headline":"Flood","articleBody":"\(body)"}]}</script></head>
        <body><div id="app"><p>Loading the article, please wait while the page is being prepared for you.</p></div></body></html>
        """
        let document = try decoded(html, as: .html)
        #expect(document.text.hasPrefix("The river rose by two metres overnight"))
        #expect(document.decodeCounter("removed_json-ld-body-used") == 1)
    }

    @Test func pageWithoutTextThrowsNoText() {
        #expect(throws: StageError.self) { try decoded("<html><body><script>var a = 1;</script><div> </div></body></html>", as: .html) }
        do {
            _ = try decoded("<html><body><img src='a.png'></body></html>", as: .html)
        } catch let error as StageError {
            #expect(error.code == "no-text")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func countersRecordBytesAndRemovedBoilerplate() throws {
        let bytes = try decodeFixture("article-en.html")
        let document = try decoded(bytes, as: .html)
        #expect(document.decodeCounter("bytes_in") == bytes.count)
        #expect(document.decodeCounter("bytes_out") == document.text.utf8.count)
        #expect(document.decodeCounter("removed_class-hint") > 0)
        #expect(document.decodeCounter("documents_with_markup") == 0)
        #expect(document.decodeCounter("documents_with_mojibake") == 0)
    }
}
