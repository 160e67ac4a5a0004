/// A processing stage: built once from its configuration, then immutable and shared by all workers.
///
/// Name and layers are static, so a pipeline can be checked before any stage loads its data. A
/// stage declares every layer it reads, as required or optional: a stage must not read a layer it
/// does not declare (a test blanks undeclared layers and checks that the output does not change).
public protocol Stage: Sendable {
    /// The name used in `pipeline.json`, reports and error records.
    static var stageName: String { get }
    /// Layers that must be produced by an earlier stage.
    static var requiredLayers: Set<Layer> { get }
    /// Layers read when an earlier stage produced them; the stage works without them. The pipeline
    /// refuses a stage placed before the stage that produces one of them.
    static var optionalLayers: Set<Layer> { get }
    /// Layers this stage adds to the document.
    static var producedLayers: Set<Layer> { get }
    /// Builds the stage (loading and compiling its data) from its `pipeline.json` options.
    init(options: StageOptions) throws
    /// Adds this stage's layers to `document`; throws `StageError` when the document cannot be processed.
    func process(_ document: inout Document) throws
}

extension Stage {
    public static var optionalLayers: Set<Layer> { [] }
    public var name: String { Self.stageName }
    public var requires: Set<Layer> { Self.requiredLayers }
    /// Every layer the stage reads, required or optional.
    public var reads: Set<Layer> { Self.requiredLayers.union(Self.optionalLayers) }
    public var produces: Set<Layer> { Self.producedLayers }
}

/// Why a stage gave up on a document. It becomes the document's error record; the batch goes on.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// A short machine-readable reason ("invalid-utf8", "binary", "empty", "no-text", ...).
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code): \(message)" }
}

/// A configuration mistake, reported before any document is read.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
