import Foundation
import GlaneurCore
import GlaneurEntities
import Testing
@testable import GlaneurNameTagger

/// The tagger's lists are read from bytes (`ListFields`, `TaggerLexicon.phraseHashes`); these tests
/// hold them to the `String` reading they replace: lines split on line breaks, fields trimmed by
/// Foundation, phrases folded by `TextFolding` and cut by `TaggerLexicon.words(of:)`.
@Suite struct ListReadingTests {
    /// The reference cut: fold the text, cut it into words on `Character`s, hash each word.
    private func referenceHashes(_ phrase: String) -> [UInt64] {
        TaggerLexicon.words(of: TextFolding.fold(phrase)).map { FeatureHashing.hash($0) }
    }

    private func byteHashes(_ phrase: String) -> [UInt64] {
        var scratch: [UInt8] = [], hashes: [UInt64] = [99]
        Array(phrase.utf8).withUnsafeBufferPointer { TaggerLexicon.phraseHashes(of: $0, into: &hashes, scratch: &scratch) }
        return hashes
    }

    /// The reference fields: lines split on newlines, the line's tab-separated pieces (empty ones
    /// dropped) trimmed of `.whitespaces`.
    private func referenceFields(_ text: String) -> [[String]] {
        text.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
        }.filter { !$0.isEmpty }
    }

    private func byteFields(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            ListFields.forEach(in: bytes) { fields in rows.append(fields.map { String(decoding: $0, as: UTF8.self) }) }
        }
        return rows
    }

    @Test(arguments: [
        "Saint-Jean-de-Luz", "L'Haÿ-les-Roses", "l’Île-de-France", "AT&T Inc.", "Ouagadougou  Nord", "Ville-Marie\u{00A0}Est",
        "Œuvre d’Orient", "São Tomé", "Łódź", "Αθήνα", "Москва", "東京都", "Dr. J.-P. Kouamé", "U.S.", "--", "'", "rock'n'roll",
        "N'Djamena", "3M", "A.-B.", "x-", "Zürich\t", "e\u{0301}cole", "Ḩawmat as Sūq",
    ])
    func phrasesCutFromBytesAsFromCharacters(_ phrase: String) {
        #expect(byteHashes(phrase) == referenceHashes(phrase))
    }

    @Test func fieldsAreCutAndTrimmedAsByFoundation() {
        let text = "# comment\n\n  Amina \tprefix\r\nKofi\t\tsuffix\n\u{00A0}Zoë\u{2003}\t x \n\t\nlast"
        #expect(byteFields(text) == referenceFields(text))
    }

    /// Every name list and every place name of the gazetteer, read from bytes, gives the fields and
    /// the phrase keys the `String` reading gave.
    @Test func projectListsReadFromBytesAsBefore() throws {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory = directory.deletingLastPathComponent()
        }
        let lexicons = directory.appendingPathComponent("lexicons")
        let names = try FileManager.default.contentsOfDirectory(atPath: lexicons.appendingPathComponent("names").path)
            .filter { $0.hasSuffix(".txt") }.map { lexicons.appendingPathComponent("names/\($0)") }
        for file in names {
            let text = try String(contentsOf: file, encoding: .utf8)
            let fields = byteFields(text)
            #expect(fields == referenceFields(text), "\(file.lastPathComponent)")
            for row in fields where !row[0].isEmpty {
                #expect(byteHashes(row[0]) == referenceHashes(row[0]), "\(file.lastPathComponent): \(row[0])")
            }
        }
        // Place names as the gazetteer hands them over, against the second column split from the text.
        let gazetteer = try Gazetteer(directory: lexicons.appendingPathComponent("gazetteer"))
        var placeNames: [String] = []
        gazetteer.forEachName(in: "places.tsv") { placeNames.append(String(decoding: $0, as: UTF8.self)) }
        let text = try String(contentsOf: lexicons.appendingPathComponent("gazetteer/places.tsv"), encoding: .utf8)
        let expected = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            String(line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)[1])
        }
        #expect(placeNames.count > 100_000)
        #expect(placeNames == expected)
        var mismatches: [String] = []
        for name in placeNames where byteHashes(name) != referenceHashes(name) { mismatches.append(name) }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func aPhraseIsListedUnderEveryClassItWasAddedTo() {
        var lexicon = TaggerLexicon()
        lexicon.add("Mont Blanc", to: "lexicon-PLACE")
        lexicon.add("MONT  BLANC", to: "gazetteer-PLACE")
        lexicon.add("Blanc", to: "family-name")
        #expect(lexicon.phraseCount == 2)
        let tables = lexicon.compiled()
        let found = tables.memberships(of: ["mont", "blanc"].map { FeatureHashing.hash($0) })
        #expect(found[0].map(\.klass) == [0, 1] && found[0].allSatisfy { $0.position == 1 })
        #expect(found[1].map(\.klass).sorted() == [0, 1, 2])
    }
}
