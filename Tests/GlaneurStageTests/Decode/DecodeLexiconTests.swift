import Foundation
import GlaneurCore
import Testing
@testable import GlaneurDecode

@Suite struct DecodeLexiconTests {
    /// A decode lexicon directory holding `files` (relative path → contents), removed by the caller.
    private func lexiconDirectory(_ files: [String: String]) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-decode-lexicon-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: url)
        }
        return directory
    }

    @Test func languageFoldersAreMergedWithTheNeutralFiles() throws {
        let directory = try lexiconDirectory([
            "class-hints.tsv": "boilerplate-part\tsidebar\n",
            "boilerplate-lines.tsv": "share\tmastodon\n",
            "xx/boilerplate-lines.tsv": "# a comment\nshare\tpartajo\n",
            "xx/boilerplate-prefixes.tsv": "credit\tskribita de *\n",
            "yy/boilerplate-lines.tsv": "navigation\thejmo\n",
            "yy/date-words.txt": "marto\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = BoilerplateLines(lexicon: try DecodeLexicon(directory: directory))
        #expect(lines.rule(matching: "Partajo :") == "share")
        #expect(lines.rule(matching: "Mastodon") == "share")
        #expect(lines.rule(matching: "Hejmo") == "navigation")
        #expect(lines.rule(matching: "Skribita de Ana Lopez") == "credit")
        #expect(lines.rule(matching: "Skribita dee") == nil)
        #expect(lines.rule(matching: "12 marto 2025") == "date")
        #expect(lines.rule(matching: "12 mars 2025") == nil)
        let hints = ClassHints(lexicon: try DecodeLexicon(directory: directory))
        #expect(hints.verdict(for: "left-sidebar").boilerplate)
    }

    @Test func aBeginningWithoutItsStarIsAConfigurationError() throws {
        let directory = try lexiconDirectory([
            "class-hints.tsv": "boilerplate-part\tsidebar\n",
            "xx/boilerplate-lines.tsv": "share\tpartajo\n",
            "xx/cross-link-prefixes.txt": "legu ankau\n",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: ConfigurationError.self) { try DecodeLexicon(directory: directory) }
    }

    @Test func aDirectoryWithoutLanguageFoldersIsAConfigurationError() throws {
        let directory = try lexiconDirectory(["class-hints.tsv": "boilerplate-part\tsidebar\n"])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: ConfigurationError.self) { try DecodeLexicon(directory: directory) }
        #expect(throws: ConfigurationError.self) {
            try DecodeStage(options: stageOptions("decode", ["lexicons": .string("no/such/directory")]))
        }
    }
}
