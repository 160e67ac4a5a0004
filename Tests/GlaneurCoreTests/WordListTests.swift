import Foundation
import Testing
@testable import GlaneurCore

@Suite struct WordListTests {
    private func write(_ content: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wordlist-\(UUID().uuidString).txt")
        try Data(content.utf8).write(to: url)
        return url
    }

    @Test func skipsCommentsAndBlankLinesAndTrims() throws {
        let url = try write("# header\n\n  alpha \r\n\tbeta gamma\t\n#\n   \ndelta")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try WordList.lines(url, owner: "test") == ["alpha", "beta gamma", "delta"])
    }

    @Test func composesDecomposedEntries() throws {
        let url = try write("e\u{0301}te\u{0301}\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try WordList.lines(url, owner: "test").first?.unicodeScalars.count == 3)
    }

    @Test func splitsRowsOnTabsKeepingEmptyFields() throws {
        let url = try write("fr\tdeux\t2\n\ten\t\t\n")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try WordList.rows(url, owner: "test") == [["fr", "deux", "2"], ["", "en", "", ""]])
    }

    @Test func missingFilesAreErrorsUnlessOptional() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString).txt")
        #expect(try WordList.lines(url, owner: "test", optional: true).isEmpty)
        #expect(throws: ConfigurationError.self) { try WordList.lines(url, owner: "test") }
    }
}
