import Foundation
import GlaneurCore
import Testing
@testable import GlaneurDecode

@Suite struct CharsetDecodingTests {
    @Test func declaredLatin1IsConvertedWithWindows1252Punctuation() throws {
        let document = try decoded(try decodeFixture("article-fr-latin1.html"), as: .html)
        #expect(document.text.contains("Après dix-huit mois de travaux, le marché couvert de Valbrune"))
        #expect(document.text.contains("dès l’ouverture"))
        #expect(document.text.contains("500 000 € de plus que prévu… « Le résultat"))
        #expect(document.metadata.title == "Le marché couvert rouvre ses portes")
        #expect(document.decodeCounter("documents_with_mojibake") == 0)
    }

    @Test func wrongDeclaredCharsetIsDetected() throws {
        let document = try decoded(try decodeFixture("article-fr-mislabeled.html"), as: .html)
        #expect(document.text.contains("Après dix-huit mois de travaux"))
        #expect(document.text.contains("4,2 millions d’euros"))
        #expect(!document.text.contains("\u{FFFD}"))
        #expect(document.warnings.contains { $0.contains("not UTF-8") })
    }

    @Test func utf8WinsOverADeclaredLegacyCharset() throws {
        let html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Déjà vu : l’été dernier à Zürich, le café coûtait 4 €.</p></body></html>"
        let document = try decoded(html, as: .html)
        #expect(document.text == "Déjà vu : l’été dernier à Zürich, le café coûtait 4 €.")
    }

    @Test func byteOrderMarksDecide() throws {
        let text = "Une ligne en français, avec des accents : é, è, ç."
        #expect(try CharsetDecoding.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8)).text == text)
        var utf16 = [UInt8]([0xFF, 0xFE])
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let decoded = try CharsetDecoding.decode(utf16)
        #expect(decoded.text == text)
        #expect(decoded.charset == "UTF-16LE")
    }

    @Test func declaredCharsetIsReadFromMetaOrXMLDeclaration() {
        #expect(CharsetDecoding.declaredCharset(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">".utf8)) == "iso-8859-15")
        #expect(CharsetDecoding.declaredCharset(Array("<?xml version=\"1.0\" encoding='windows-1252'?>".utf8)) == "windows-1252")
        #expect(CharsetDecoding.declaredCharset(Array("<p>No declaration here</p>".utf8)) == nil)
    }

    @Test func fewCorruptedBytesAreReplacedWithAWarning() throws {
        var bytes = Array(String(repeating: "Le garçon a mangé une crêpe à la fête. ", count: 10).utf8)
        bytes.insert(0xFF, at: 50)
        let document = try decoded(bytes, as: .scrapedText)
        #expect(document.text.contains("\u{FFFD}"))
        #expect(document.warnings.contains { $0.contains("invalid UTF-8 at byte 50") })
        #expect(document.decodeCounter("documents_with_mojibake") == 1)
    }

    @Test func unrecoverableBytesThrowInvalidUTF8WithTheOffset() {
        var bytes = Array("Début du fichier ".utf8)
        bytes += (0..<400).map { UInt8(($0 * 37) % 256) }
        do {
            _ = try decoded(bytes, as: .scrapedText)
            Issue.record("binary bytes were accepted")
        } catch let error as StageError {
            #expect(error.code == "invalid-utf8")
            let offset = CharsetDecoding.invalidUTF8Offsets(bytes, limit: 1).first!
            #expect(error.message.contains("byte \(offset)"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func doublyDecodedUTF8IsRepaired() throws {
        // "L’été à Zürich coûte 5 €." encoded in UTF-8, then read as windows-1252.
        let mojibake = String(decoding: Array("L’été à Zürich coûte 5 €.".utf8).map { byte -> Unicode.Scalar in
            byte >= 0x80 && byte <= 0x9F ? Windows1252.scalar(forC1: UInt32(byte)) ?? "?" : Unicode.Scalar(byte)
        }.map { Character($0) }.map(String.init).joined().utf8, as: UTF8.self)
        #expect(mojibake.hasPrefix("Lâ€™Ã©tÃ©"))
        let document = try decoded(mojibake + "\nUne deuxième ligne, déjà correcte.", as: .scrapedText)
        #expect(document.paragraphTexts == ["L’été à Zürich coûte 5 €.", "Une deuxième ligne, déjà correcte."])
        #expect(document.decodeCounter("removed_mojibake-repaired") == 1)
        #expect(document.decodeCounter("documents_with_mojibake") == 0)
    }

    @Test func corruptedUTF8IsNotMistakenForALegacyCharset() {
        var bytes: [UInt8] = []
        for _ in 0..<30 { bytes += Array("la suite ".utf8) + [0xC3, 0x28, 0xE2, 0x82] }
        do {
            _ = try decoded(bytes, as: .scrapedText)
            Issue.record("corrupted UTF-8 was accepted")
        } catch let error as StageError {
            #expect(error.code == "invalid-utf8")
            #expect(error.message.contains("byte 9"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(CharsetDecoding.readsAsLegacyText("L’été à Zürich, « déjà » 5 € – c’est ça."))
        #expect(!CharsetDecoding.readsAsLegacyText("la suite Ã(â‚la suite Ã(â‚"))
    }

    @Test func invalidSequencesAreFound() {
        #expect(CharsetDecoding.invalidUTF8Offsets(Array("é€😀".utf8), limit: 8).isEmpty)
        #expect(CharsetDecoding.invalidUTF8Offsets([0x61, 0xC3, 0x28, 0x62], limit: 8) == [1])
        #expect(CharsetDecoding.invalidUTF8Offsets([0xED, 0xA0, 0x80], limit: 8).first == 0)  // encoded surrogate
        #expect(CharsetDecoding.invalidUTF8Offsets([0xC0, 0xAF], limit: 8).first == 0)  // overlong
    }
}
