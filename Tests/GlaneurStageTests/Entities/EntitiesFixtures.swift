import Foundation
import GlaneurCore
@testable import GlaneurEntities

/// The entities stage over the small fixture lexicons of `Tests/Fixtures/entities`, rules only (the
/// learned tagger, trained with the real lexicons as features, is tested in `TaggerCandidateTests`).
enum EntitiesFixtures {
    static let stage = try! EntitiesStage(options: stageOptions("entities", [
        "lexicons": .string("Tests/Fixtures/entities/lexicon"),
        "names": .string("Tests/Fixtures/entities/names"),
        "gazetteer": .string("Tests/Fixtures/entities/gazetteer"),
        "tagger": .bool(false),
    ]))

    static let directory = repositoryRoot.appendingPathComponent("Tests/Fixtures/entities")
}

/// One entity as the assertions read it.
struct FoundEntity: Equatable, CustomStringConvertible {
    var text: String
    var type: EntityType
    var canonical: String
    var origin: EntityOrigin

    var description: String { "\(text)|\(type.rawValue)|\(canonical)|\(origin.rawValue)" }
}

extension Document {
    var foundEntities: [FoundEntity] {
        entities.map { FoundEntity(text: String(text.slice($0.span)), type: $0.type, canonical: $0.canonical, origin: $0.origin) }
    }
}

/// Runs `text` through decode, tokenize and the fixture entities stage.
func entities(_ text: String, language: String = "fr") throws -> [FoundEntity] {
    try annotate(text, language: language, through: [SharedStages.tokenize, EntitiesFixtures.stage]).foundEntities
}

/// A document tokenized by a simple scanner, so that tests can feed both tokenizations the stage
/// must accept: elisions kept in the word ("l’Amérique") or split ("l’" + "Amérique"), hyphenated
/// names kept whole ("États-Unis") or split ("États", "-", "Unis").
func handTokenized(_ text: String, splitElisions: Bool, splitHyphens: Bool) -> Document {
    var document = Document(id: "hand", text: text, language: "fr")
    let scalars = Array(text.unicodeScalars)
    var offsets: [Int] = [0]
    for scalar in scalars { offsets.append(offsets.last! + String(scalar).utf8.count) }
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
    var tokens: [Token] = []
    func add(_ from: Int, _ to: Int, _ kind: TokenKind) {
        let span = TextSpan(offsets[from], offsets[to])
        tokens.append(Token(span: span, kind: kind, folded: TextFolding.fold(text.slice(span))))
    }
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        if scalar.properties.isWhitespace { index += 1; continue }
        guard isWordScalar(scalar) else { add(index, index + 1, .punct); index += 1; continue }
        var end = index
        while end < scalars.count {
            if isWordScalar(scalars[end]) { end += 1; continue }
            let joiner = scalars[end]
            guard end + 1 < scalars.count, isWordScalar(scalars[end + 1]) else { break }
            if joiner == "’" || joiner == "'" {
                let head = String(String.UnicodeScalarView(scalars[index..<end])).lowercased()
                if splitElisions && ["l", "d", "qu", "n", "s", "j", "c", "m", "t"].contains(head) { end += 1; break }
                end += 1
            } else if joiner == "-" && !splitHyphens {
                end += 1
            } else {
                break
            }
        }
        add(index, end, .word)
        index = end
    }
    document.tokens = tokens
    document.sentences = [TextSpan(0, text.utf8.count)]
    return document
}
