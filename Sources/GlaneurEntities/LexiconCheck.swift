/// A problem `glaneur lexicon check` reports, with the line it concerns.
public struct LexiconProblem: Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The entry cannot be used as written (bad JSON, bad type, duplicate id…).
        case error
        /// Legal but worth a look: the same alias names two entities.
        case warning
    }

    public var severity: Severity
    public var location: LexiconLocation
    public var message: String

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Validates lexicon files: unreadable lines, bad types or hints, malformed or duplicate ids,
/// duplicate entities, aliases that match nothing, and aliases shared by different entries.
public enum LexiconCheck {
    public static func problems(in lexicon: Lexicon) -> [LexiconProblem] {
        var problems = lexicon.errors.map { LexiconProblem(severity: .error, location: $0.location, message: $0.message) }
        var ids: [String: LexiconLocation] = [:]
        var entities: [String: LexiconLocation] = [:]
        var aliasOwners: [String: (location: LexiconLocation, canonical: String)] = [:]
        for located in lexicon.entries {
            let entry = located.entry, location = located.location
            func report(_ severity: LexiconProblem.Severity, _ message: String) {
                problems.append(LexiconProblem(severity: severity, location: location, message: message))
            }
            if !isWellFormed(id: entry.id) {
                report(.error, "malformed id '\(entry.id)' (expected a Wikidata QID like Q142 or glaneur:<type>/<slug>)")
            }
            if let first = ids[entry.id] {
                report(.error, "duplicate id '\(entry.id)' (first at \(first))")
            } else {
                ids[entry.id] = location
            }
            let identity = "\(entry.type.rawValue) \(key(entry.canonical))"
            if let first = entities[identity] {
                report(.error, "duplicate entity \(entry.type.rawValue) '\(entry.canonical)' (first at \(first))")
            } else {
                entities[identity] = location
            }
            var own: Set<String> = []
            for alias in entry.names {
                let aliasKey = key(alias)
                guard !aliasKey.isEmpty else {
                    report(.error, "alias \"\(alias)\" has no letter or digit to match")
                    continue
                }
                guard own.insert(aliasKey).inserted else { continue }
                if let owner = aliasOwners[aliasKey] {
                    report(.warning, "alias \"\(alias)\" also names '\(owner.canonical)' (\(owner.location))")
                } else {
                    aliasOwners[aliasKey] = (location, entry.canonical)
                }
            }
        }
        return problems.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
    }

    /// The folded units of an alias, as the matcher compares them.
    static func key(_ alias: String) -> String {
        let units = MatchUnits.units(of: alias)
        guard units.contains(where: { MatchUnits.isWord($0.text) }) else { return "" }
        return units.map(\.folded).joined(separator: " ")
    }

    static func isWellFormed(id: String) -> Bool {
        if id.hasPrefix("Q") {
            let digits = id.dropFirst()
            return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        }
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].hasPrefix("glaneur:"), !parts[1].isEmpty else { return false }
        let kind = parts[0].dropFirst("glaneur:".count)
        return ["person", "org", "place", "product"].contains(kind)
            && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }
    }
}
