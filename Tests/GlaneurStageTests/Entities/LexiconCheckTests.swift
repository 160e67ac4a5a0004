import Foundation
import Testing
import GlaneurCore
@testable import GlaneurEntities

@Suite struct LexiconCheckTests {
    @Test func brokenLexiconProblemsCarryTheirLines() throws {
        let lexicon = try Lexicon(contentsOf: EntitiesFixtures.directory.appendingPathComponent("broken"))
        let problems = LexiconCheck.problems(in: lexicon).map { "\($0.location.line) \($0.severity.rawValue)" }
        #expect(problems == ["2 error", "3 error", "3 warning", "4 error", "5 error", "7 error", "7 warning", "8 error", "9 error", "10 error"])
        let messages = LexiconCheck.problems(in: lexicon).map(\.message)
        #expect(messages[0].contains("bad type 'CITY'"))
        #expect(messages[1].contains("duplicate id 'Q1'") && messages[1].contains("broken.jsonl:1"))
        #expect(messages[2].contains("alias \"Alpha\""))
        #expect(messages[5].contains("duplicate entity PLACE 'Alpha'"))
        #expect(messages[9].contains("unknown hint 'rare'"))
    }

    @Test func fixtureLexiconIsClean() throws {
        let lexicon = try Lexicon(contentsOf: EntitiesFixtures.directory.appendingPathComponent("lexicon"))
        #expect(LexiconCheck.problems(in: lexicon).isEmpty)
        #expect(lexicon.entries.count > 10)
    }

    @Test func aliasesCollideAfterFolding() {
        var lexicon = Lexicon()
        lexicon.read(Array("""
        {"id": "Q1", "type": "ORG", "canonical": "Société Générale", "aliases": []}
        {"id": "Q2", "type": "ORG", "canonical": "Bank", "aliases": ["SOCIETE-GENERALE"]}
        """.utf8), file: "inline.jsonl")
        let problems = LexiconCheck.problems(in: lexicon)
        #expect(problems.map(\.description) == [
            "inline.jsonl:2: warning: alias \"SOCIETE-GENERALE\" also names 'Société Générale' (inline.jsonl:1)",
        ])
    }

    @Test func missingLexiconIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) {
            try EntitiesStage(options: stageOptions("entities", ["lexicons": .string("Tests/Fixtures/entities/nowhere")]))
        }
    }

    @Test func stageRefusesALexiconWithErrors() {
        #expect(throws: ConfigurationError.self) {
            try EntitiesStage(options: stageOptions("entities", ["lexicons": .string("Tests/Fixtures/entities/broken")]))
        }
    }
}
