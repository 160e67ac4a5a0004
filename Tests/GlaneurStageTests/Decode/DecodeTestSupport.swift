import Foundation
import GlaneurCore
@testable import GlaneurDecode

/// Bytes of a fixture page under Tests/Fixtures/decode.
func decodeFixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: repositoryRoot.appendingPathComponent("Tests/Fixtures/decode/\(name)")))
}

/// The decode word lists of the repository (`lexicons/decode`).
let decodeLexicon = try! DecodeLexicon(directory: repositoryRoot.appendingPathComponent("lexicons/decode"))

/// Runs the shared decode stage on `bytes` read as `format`.
func decoded(_ bytes: [UInt8], as format: InputFormat, language: String? = nil) throws -> Document {
    var document = Document(id: "fixture", source: "fixture", input: RawInput(format: format, bytes: bytes), language: language)
    try SharedStages.decode.process(&document)
    return document
}

func decoded(_ text: String, as format: InputFormat, language: String? = nil) throws -> Document {
    try decoded(Array(text.utf8), as: format, language: language)
}

extension Document {
    /// The paragraphs as strings.
    var paragraphTexts: [String] { texts(paragraphs) }

    /// A decode counter's value (0 when absent).
    func decodeCounter(_ key: String) -> Int { counters["decode"]?.values[key] ?? 0 }
}
