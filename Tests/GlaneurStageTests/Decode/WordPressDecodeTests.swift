import GlaneurCore
import Testing
@testable import GlaneurDecode

@Suite struct WordPressDecodeTests {
    @Test func payloadBecomesCleanParagraphs() throws {
        let document = try decoded(try decodeFixture("wordpress-post.json"), as: .wordpress)
        #expect(document.paragraphTexts == [
            "Cars ruraux : la région débloque 12 millions",
            "Le conseil régional a voté jeudi un plan de 12 millions d’euros pour les lignes de car rurales.",
            "Les horaires seront étendus le soir, notamment entre Vireux et Monthel.",
            "La présidente a salué « une victoire pour les villages » 😊.",
            "Les usagers pourront acheter leurs billets en ligne dès le mois de mai ’prochain’ …",
        ])
        #expect(document.metadata.title == "Cars ruraux : la région débloque 12 millions")
        #expect(document.metadata.url == "https://journal.example/2025/02/cars-ruraux/")
        #expect(document.metadata.published == "2025-02-06T08:00:00")
        #expect(document.language == "fr")
    }

    @Test func noEscapesOrMarkupRemain() throws {
        let text = try decoded(try decodeFixture("wordpress-post.json"), as: .wordpress).text
        for residue in ["\\u00", "<\\/", "</", "&amp;", "&#", "Partager", "Facebook"] {
            #expect(!text.contains(residue), "kept \(residue)")
        }
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func truncatedPayloadKeepsWhatWasRead() throws {
        var bytes = try decodeFixture("wordpress-post.json")
        bytes.removeLast(bytes.count - 400)
        let document = try decoded(bytes, as: .wordpress)
        #expect(document.text.contains("Le conseil régional a voté jeudi"))
        #expect(document.warnings.contains { $0.contains("truncated") })
    }

    @Test func payloadWithoutContentThrowsNoText() {
        do {
            _ = try decoded("{\"id\":1,\"title\":{\"rendered\":\"Vide\"},\"content\":{\"rendered\":\"\"}}", as: .wordpress)
            Issue.record("an empty post was accepted")
        } catch let error as StageError {
            #expect(error.code == "no-text")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
