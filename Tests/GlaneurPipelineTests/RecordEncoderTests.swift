import GlaneurCore
import Testing
@testable import GlaneurPipeline

@Suite struct RecordEncoderTests {
    @Test func writesSchemaKeysInOrderWithCodePointOffsets() throws {
        var document = Document(id: "d1", text: "« L’État » dépense 5 %", language: "fr")
        let utf8 = Array(document.text.utf8)
        let start = utf8.firstIndex(of: UInt8(ascii: "5"))!
        document.claims = [Claim(span: TextSpan(start, utf8.count), kind: .percent, value: 5, unit: "%", rule: "test")]
        document.entities = [Entity(span: TextSpan(3, 3 + "L’État".utf8.count), type: .place, canonical: "France",
                                    id: "Q142", origin: .lexicon, rule: "test")]
        let bytes = RecordEncoder(extraLayers: [.paragraphs], includesTimings: true).encode(document)
        let line = String(decoding: bytes, as: UTF8.self)
        let keys = ["\"schema\"", "\"id\"", "\"source\"", "\"lang\"", "\"title\"", "\"meta\"", "\"text\"", "\"entities\"",
                    "\"quotes\"", "\"claims\"", "\"paragraphs\"", "\"warnings\"", "\"timings_ms\""]
        let positions = keys.map { line.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
        let record = try JSONParser.parse(bytes)
        let scalars = Array(document.text.unicodeScalars)
        for layer in ["entities", "claims"] {
            guard case .array(let annotations)? = record[layer] else { Issue.record("no \(layer)"); continue }
            for annotation in annotations {
                guard case .number(let from)? = annotation["start"], case .number(let to)? = annotation["end"] else { continue }
                let slice = String(String.UnicodeScalarView(scalars[Int(from)..<Int(to)]))
                #expect(slice == annotation["text"]?.stringValue)
            }
        }
        #expect(record["entities"] == .array([.object([
            "start": .number(2), "end": .number(8), "text": .string("L’État"), "type": .string("PLACE"),
            "canonical": .string("France"), "id": .string("Q142"), "origin": .string("lexicon"), "rule": .string("test"),
        ])]))
    }

    @Test func recordsLeaveTimingsOutUnlessAsked() throws {
        var document = Document(id: "t", text: "Un texte.", language: "fr")
        document.timings = [StageTiming(stage: "decode", milliseconds: 1.25)]
        let plain = try JSONParser.parse(RecordEncoder().encode(document))
        let timed = try JSONParser.parse(RecordEncoder(includesTimings: true).encode(document))
        #expect(plain["timings_ms"] == nil)
        #expect(timed["timings_ms"]?["decode"] == .number(1.25))
    }

    @Test func crashRecordsCarryTheSignal() throws {
        let failure = DocumentFailure(stage: "claims", code: "crash", message: "the worker process was killed", signal: 4)
        let record = try JSONParser.parse(RecordEncoder().encodeFailure(id: "c", source: "s", failure: failure))
        #expect(record["error"]?["signal"] == .number(4))
        let plain = try JSONParser.parse(RecordEncoder().encodeFailure(id: "c", source: "s", failure: DocumentFailure(stage: "read", code: "empty", message: "empty")))
        #expect(plain["error"]?["signal"] == nil)
    }

    @Test func errorRecordsNameDocumentStageAndReason() throws {
        let bytes = RecordEncoder().encodeFailure(id: "x", source: "dir/x.txt",
                                                  failure: DocumentFailure(stage: "decode", code: "invalid-utf8", message: "invalid UTF-8 at byte 3"))
        let record = try JSONParser.parse(bytes)
        #expect(record["id"]?.stringValue == "x")
        #expect(record["source"]?.stringValue == "dir/x.txt")
        #expect(record["error"]?["stage"]?.stringValue == "decode")
        #expect(record["error"]?["message"]?.stringValue == "invalid UTF-8 at byte 3")
    }
}
