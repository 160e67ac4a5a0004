import GlaneurCore

/// A matching hint an entry may carry in its `hints` list.
public enum LexiconHint: String, CaseIterable, Sendable {
    /// Aliases must appear with the letter case written in the lexicon.
    case caseSensitive = "case-sensitive"
    /// A one-word alias counts only when the document also names the entity with a longer alias.
    case needsContext = "needs-context"
    /// An alias may also name another entity: a one-word alias inside a longer capitalised
    /// sequence ("The Endless Frontier") is taken as part of that other name, unless the document
    /// names the entity with a longer alias.
    case ambiguous
}

/// One curated entity: a line of a lexicon file.
public struct LexiconEntry: Sendable, Equatable {
    /// Wikidata QID or a `glaneur:type/slug` identifier.
    public var id: String
    public var type: EntityType
    public var canonical: String
    /// Surface forms, the canonical name included or not.
    public var aliases: [String]
    public var languages: [String]
    public var hints: Set<LexiconHint>

    public init(id: String, type: EntityType, canonical: String, aliases: [String], languages: [String] = [],
                hints: Set<LexiconHint> = []) {
        self.id = id
        self.type = type
        self.canonical = canonical
        self.aliases = aliases
        self.languages = languages
        self.hints = hints
    }

    /// The canonical name followed by the aliases, without repeats.
    public var names: [String] {
        // Entries have a handful of names: a linear search is cheaper than hashing them.
        var names = [canonical]
        names.reserveCapacity(aliases.count + 1)
        for alias in aliases where !names.contains(alias) { names.append(alias) }
        return names
    }
}

/// Why a lexicon line could not be read as an entry.
public struct LexiconFormatError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

extension LexiconEntry {
    /// Reads one JSON line of a lexicon file.
    public init(jsonLine line: some Collection<UInt8>) throws {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line))
        } catch {
            throw LexiconFormatError(message: "invalid JSON: \(error)")
        }
        guard case .object(let members) = value else {
            throw LexiconFormatError(message: "a line must hold one JSON object")
        }
        if members.keys.contains(where: { !Self.fields.contains($0) }),
           let unknown = members.keys.sorted().first(where: { !Self.fields.contains($0) }) {
            throw LexiconFormatError(message: "unknown field '\(unknown)'")
        }
        guard let id = members["id"]?.stringValue, !id.isEmpty else {
            throw LexiconFormatError(message: "missing or empty 'id'")
        }
        guard let typeName = members["type"]?.stringValue else {
            throw LexiconFormatError(message: "missing 'type'")
        }
        guard let type = EntityType(rawValue: typeName) else {
            let allowed = EntityType.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconFormatError(message: "bad type '\(typeName)' (allowed: \(allowed))")
        }
        guard let canonical = members["canonical"]?.stringValue,
              !canonical.allSatisfy({ $0.isWhitespace }) else {
            throw LexiconFormatError(message: "missing or empty 'canonical'")
        }
        let aliases = try Self.strings(members["aliases"], field: "aliases")
        if let blank = aliases.first(where: { $0.allSatisfy(\.isWhitespace) }) {
            throw LexiconFormatError(message: "blank alias \"\(blank)\"")
        }
        let languages = try Self.strings(members["lang"], field: "lang")
        var hints: Set<LexiconHint> = []
        for name in try Self.strings(members["hints"], field: "hints") {
            guard let hint = LexiconHint(rawValue: name) else {
                let allowed = LexiconHint.allCases.map(\.rawValue).joined(separator: ", ")
                throw LexiconFormatError(message: "unknown hint '\(name)' (allowed: \(allowed))")
            }
            hints.insert(hint)
        }
        self.init(id: id, type: type, canonical: canonical, aliases: aliases, languages: languages, hints: hints)
    }

    /// The fields a lexicon line may hold.
    private static let fields: Set<String> = ["id", "type", "canonical", "aliases", "lang", "hints"]

    private static func strings(_ value: JSONValue?, field: String) throws -> [String] {
        guard let value else { return [] }
        guard case .array(let items) = value else {
            throw LexiconFormatError(message: "'\(field)' must be a list of strings")
        }
        return try items.map {
            guard case .string(let string) = $0 else {
                throw LexiconFormatError(message: "'\(field)' must be a list of strings")
            }
            return string
        }
    }
}
