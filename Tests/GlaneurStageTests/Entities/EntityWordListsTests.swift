import Foundation
import Testing
import GlaneurCore
@testable import GlaneurEntities

@Suite struct EntityWordListsTests {
    static let lists = try! EntityWordLists(directory: repositoryRoot.appendingPathComponent("lexicons/entities"))

    @Test func languagesAreMergedAndFolded() {
        // French and English files are read together; entries are folded.
        #expect(Self.lists.functionWords.contains("apres") && Self.lists.functionWords.contains("the"))
        #expect(Self.lists.calendarWords.contains("fevrier") && Self.lists.calendarWords.contains("february"))
    }

    @Test func productNounsKeepTheirLanguage() {
        // The French noun stands before the name, the English one after it: the lists stay apart.
        #expect(Self.lists.frenchProductNouns.contains("fusee") && !Self.lists.frenchProductNouns.contains("rocket"))
        #expect(Self.lists.englishProductNouns.contains("rocket") && !Self.lists.englishProductNouns.contains("fusee"))
    }

    @Test func legalFormsKeepTheirCase() {
        #expect(Self.lists.legalForms.contains("SA") && !Self.lists.legalForms.contains("sa"))
    }

    @Test func aMissingListIsAConfigurationErrorNamingIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("entity-word-lists-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("fr"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = #expect(throws: ConfigurationError.self) { try EntityWordLists(directory: directory) }
        #expect(error?.description.contains("function-words.txt") == true)
    }
}
