import Foundation
import GlaneurCore

/// Finds entity mentions by matching lexicon aliases over folded token sequences (leftmost-longest).
public struct EntitiesStage: Stage {
    public static let stageName = "entities"
    public static let requiredLayers: Set<Layer> = [.tokens]
    public static let producedLayers: Set<Layer> = [.entities]

    private struct Entry: Sendable {
        var type: EntityType
        var canonical: String
        var id: String?
        var file: String
    }

    /// Folded alias (tokens joined by single spaces) → entry.
    private let aliases: [String: Entry]
    private let longestAlias: Int

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        let directory = try options.path("lexicons", default: "lexicons/entities")
        var aliases: [String: Entry] = [:]
        var longest = 1
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for file in files.sorted() where file.hasSuffix(".jsonl") {
            let url = directory.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                guard let value = try? JSONParser.parse(Array(line)),
                      let typeName = value["type"]?.stringValue, let type = EntityType(rawValue: typeName),
                      let canonical = value["canonical"]?.stringValue,
                      case .array(let names)? = value["aliases"] else { continue }
                let entry = Entry(type: type, canonical: canonical, id: value["id"]?.stringValue, file: file)
                for case .string(let alias) in names + [.string(canonical)] {
                    let key = Self.key(alias)
                    guard !key.isEmpty, aliases[key] == nil else { continue }
                    aliases[key] = entry
                    longest = max(longest, key.split(separator: " ").count)
                }
            }
        }
        self.aliases = aliases
        self.longestAlias = longest
    }

    static func key(_ alias: String) -> String {
        TextFolding.fold(alias).split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
    }

    public func process(_ document: inout Document) throws {
        let tokens = document.tokens
        var index = 0
        while index < tokens.count {
            var matched = false
            for length in stride(from: min(longestAlias, tokens.count - index), through: 1, by: -1) {
                let key = tokens[index..<index + length].map(\.folded).filter { $0 != "-" }.joined(separator: " ")
                if let entry = aliases[key], tokens[index].kind == .word || tokens[index].kind == .number {
                    let span = TextSpan(tokens[index].span.start, tokens[index + length - 1].span.end)
                    document.entities.append(Entity(span: span, type: entry.type, canonical: entry.canonical, id: entry.id,
                                                    origin: .lexicon, rule: entry.file))
                    document.count("matches_\(entry.type.rawValue)", stage: name)
                    index += length
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
    }
}
