import Foundation
import Testing
@testable import GlaneurCore

@Suite struct LanguageDetectorTests {
    /// The detector of the repository's `lexicons/core`.
    static let detector: LanguageDetector = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory = directory.deletingLastPathComponent()
        }
        return try! LanguageDetector(directory: directory.appendingPathComponent("lexicons/core"))
    }()

    @Test func recognisesFrenchAndEnglishNews() {
        #expect(Self.detector.detect("Le gouvernement a présenté mardi un plan pour les entreprises qui sont touchées par la crise.") == "fr")
        #expect(Self.detector.detect("The government on Tuesday presented a plan for the companies that have been hit by the crisis.") == "en")
    }

    @Test func saysNothingWithoutEvidence() {
        #expect(Self.detector.detect("Nvidia H200") == nil)
        #expect(Self.detector.detect("") == nil)
    }

    @Test func lowerCasesAccentedCapitalsAndKeepsAccents() {
        // "ÉTÉ" and "ÊTRE" are French function words once lower-cased; "ete" (no accent) is not.
        #expect(Self.detector.detect("ÉTÉ ÊTRE Nvidia") == "fr")
        #expect(Self.detector.detect("ete etre Nvidia") == nil)
    }

    @Test func countsOnlyTheFirstWords() {
        let english = String(repeating: "the ", count: 3)
        let french = String(repeating: "les ", count: 10)
        #expect(Self.detector.detect(english + french, maximumWords: 3) == "en")
        #expect(Self.detector.detect(english + french) == "fr")
    }

    @Test func languagesComeFromTheFolders() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("detector-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for (language, words) in [("xx", "foo\nbar\n"), ("yy", "# comment\n  baz \r\n\nqux\n")] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(language), withIntermediateDirectories: true)
            try Data(words.utf8).write(to: directory.appendingPathComponent("\(language)/function-words.txt"))
        }
        let detector = try LanguageDetector(directory: directory)
        #expect(detector.languages == ["xx", "yy"])
        #expect(detector.detect("Baz, qux and foo.") == "yy")
        #expect(detector.detect("foo bar baz") == "xx")
    }
}
