import Testing
@testable import GlaneurCore

@Suite struct JSONWriterTests {
    private func render(_ build: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter()
        build(&writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func keepsKeyOrderAndSeparators() {
        let json = render { w in
            w.beginObject()
            w.key("z"); w.int(1)
            w.key("a"); w.beginArray(); w.string("x"); w.null(); w.bool(false); w.endArray()
            w.key("m"); w.beginObject(); w.endObject()
            w.endObject()
        }
        #expect(json == #"{"z":1,"a":["x",null,false],"m":{}}"#)
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() throws {
        let json = render { $0.string("a\"b\\c\nd\u{01}é") }
        #expect(json == #""a\"b\\c\nd\u0001é""#)
        #expect(try JSONParser.parse(json).stringValue == "a\"b\\c\nd\u{01}é")
    }

    @Test func formatsNumbers() {
        #expect(render { $0.number(53_000_000_000) } == "53000000000")
        #expect(render { $0.number(2.19) } == "2.19")
        #expect(render { $0.number(-0.5) } == "-0.5")
        #expect(render { $0.number(.nan) } == "null")
    }

    @Test func formatsIntegers() {
        #expect(render { $0.int(0) } == "0")
        #expect(render { $0.int(-42) } == "-42")
        #expect(render { $0.int(Int.max) } == "9223372036854775807")
        #expect(render { $0.int(Int.min) } == "-9223372036854775808")
        #expect(render { $0.number(-7) } == "-7")
    }

    @Test func writesSubstringsAndByteBuffersLikeStrings() {
        let text = "\"début\" du\ttexte\u{1F}"
        let expected = render { $0.string(text) }
        #expect(expected == #""\"début\" du\ttexte\u001f""#)
        #expect(render { $0.string(text[...]) } == expected)
        #expect(render { w in Array(text.utf8).withUnsafeBufferPointer { w.string(utf8: $0) } } == expected)
        #expect(render { $0.string("") } == #""""#)
    }
}
