import Foundation
import Testing
@testable import GlaneurCore

@Suite struct StageOptionsTests {
    private let base = URL(fileURLWithPath: "/tmp/config")

    @Test func readsTypedValuesAndResolvesPaths() throws {
        let options = StageOptions(stage: "entities", values: ["lexicons": .string("lex"), "limit": .number(3), "strict": .bool(true)], baseDirectory: base)
        #expect(try options.path("lexicons", default: "x").path == "/tmp/config/lex")
        #expect(try options.int("limit", default: 1, in: 1...10) == 3)
        #expect(try options.bool("strict", default: false))
        #expect(try options.string("missing", default: "fallback") == "fallback")
    }

    @Test func namesStageAndOptionInErrors() {
        let options = StageOptions(stage: "claims", values: ["limit": .string("many"), "typo": .null], baseDirectory: base)
        do {
            _ = try options.int("limit", default: 1, in: 1...10)
            Issue.record("a string was accepted as a number")
        } catch {
            #expect("\(error)".contains("stage 'claims'"))
            #expect("\(error)".contains("option 'limit'"))
        }
        do {
            try options.requireKnownKeys(["limit"])
            Issue.record("an unknown option was accepted")
        } catch {
            #expect("\(error)".contains("unknown option 'typo'"))
        }
    }
}
