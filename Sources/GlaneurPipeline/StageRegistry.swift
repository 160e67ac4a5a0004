import GlaneurClaims
import GlaneurCore
import GlaneurDecode
import GlaneurEntities
import GlaneurQuotes
import GlaneurTokenize

/// Maps stage names in `pipeline.json` to the stage types that build from their options.
public struct StageRegistry: Sendable {
    private var types: [String: any Stage.Type] = [:]

    public init() {}

    public mutating func register(_ type: any Stage.Type) {
        types[type.stageName] = type
    }

    public var names: [String] { types.keys.sorted() }

    /// The five standard stages.
    public static let standard: StageRegistry = {
        var registry = StageRegistry()
        for type: any Stage.Type in [DecodeStage.self, TokenizeStage.self, EntitiesStage.self, QuotesStage.self, ClaimsStage.self] {
            registry.register(type)
        }
        return registry
    }()

    /// The type registered under `name`, or an error naming the unknown stage and the known ones.
    public func stageType(named name: String) throws -> any Stage.Type {
        guard let type = types[name] else {
            throw ConfigurationError("unknown stage '\(name)' (known stages: \(names.joined(separator: ", ")))")
        }
        return type
    }
}
