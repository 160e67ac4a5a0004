import Testing
@testable import GlaneurCore

@Suite struct JSONParserTests {
    @Test func parsesStrictJSON() throws {
        let value = try JSONParser.parse(#"{"a": [1, 2.5, -3e2], "b": {"c": null, "d": true}, "e": "x\"y"}"#)
        #expect(value["a"] == .array([.number(1), .number(2.5), .number(-300)]))
        #expect(value["b"]?["c"] == .null)
        #expect(value["b"]?["d"] == .bool(true))
        #expect(value["e"]?.stringValue == "x\"y")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""L\u2019\u00c9tat \ud83d\ude80 <\/p> a\tb""#)
        #expect(value.stringValue == "L’État 🚀 </p> a\tb")
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        #expect(try JSONParser.parse(#""a\ud800b""#).stringValue == "a\u{FFFD}b")
    }

    @Test func acceptsRawControlCharactersInsideStrings() throws {
        let bytes = Array("{\"t\": \"line one\nline\ttwo\"}".utf8)
        #expect(try JSONParser.parse(bytes)["t"]?.stringValue == "line one\nline\ttwo")
    }

    @Test func strictParseRejectsTruncationWithOffset() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(#"{"a": "unfinished"#) }
        do {
            _ = try JSONParser.parse(#"{"a": 1} trailing"#)
            Issue.record("trailing data was accepted")
        } catch let error as JSONParser.SyntaxError {
            #expect(error.offset == 9)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func recoversTruncatedPayload() throws {
        let recovery = try #require(JSONParser.recover(Array(#"{"title": {"rendered": "Titre"}, "content": {"rendered": "<p>Début du texte coupé"#.utf8)))
        #expect(recovery.truncated)
        #expect(recovery.value["title"]?["rendered"]?.stringValue == "Titre")
        #expect(recovery.value["content"]?["rendered"]?.stringValue == "<p>Début du texte coupé")
    }

    @Test func recoveryOfCompleteValueIsNotTruncated() throws {
        let recovery = try #require(JSONParser.recover(Array(#"[{"a": 1}]"#.utf8)))
        #expect(!recovery.truncated)
        #expect(recovery.value == .array([.object(["a": .number(1)])]))
    }

    @Test func recoveryFailsWhenNoValueStarts() {
        #expect(JSONParser.recover(Array("not json".utf8)) == nil)
    }

    @Test func refusesExcessiveNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(deep) }
    }
}
