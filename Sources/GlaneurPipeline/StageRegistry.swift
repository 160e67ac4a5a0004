import GlaneurClaims
import GlaneurCore
import GlaneurDecode
import GlaneurEntities
import GlaneurQuotes
import GlaneurTokenize

/// Maps stage names in `pipeline.json` to the code that builds them from their options.
public struct StageRegistry: Sendable {
    public typealias Factory = @Sendable (StageOptions) throws -> any Stage

    private var factories: [String: Factory] = [:]

    public init() {}

    public mutating func register(_ name: String, factory: @escaping Factory) {
        factories[name] = factory
    }

    public var names: [String] { factories.keys.sorted() }

    /// The five standard stages.
    public static let standard: StageRegistry = {
        var registry = StageRegistry()
        registry.register("decode") { try DecodeStage(options: $0) }
        registry.register("tokenize") { try TokenizeStage(options: $0) }
        registry.register("entities") { try EntitiesStage(options: $0) }
        registry.register("quotes") { try QuotesStage(options: $0) }
        registry.register("claims") { try ClaimsStage(options: $0) }
        return registry
    }()

    /// Builds one stage, or fails naming the unknown stage and the known ones.
    public func makeStage(_ options: StageOptions) throws -> any Stage {
        guard let factory = factories[options.stage] else {
            throw ConfigurationError("unknown stage '\(options.stage)' (known stages: \(names.joined(separator: ", ")))")
        }
        return try factory(options)
    }
}
