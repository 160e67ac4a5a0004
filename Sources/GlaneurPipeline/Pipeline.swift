import Foundation
import GlaneurCore

/// Why a document produced no annotated record.
public struct DocumentFailure: Error, Sendable {
    /// The stage that failed, or "read" for input that could not be read.
    public var stage: String
    public var code: String
    public var message: String
    /// The signal that ended the worker process, for `crash` failures.
    public var signal: Int32?

    public init(stage: String, code: String, message: String, signal: Int32? = nil) {
        self.stage = stage
        self.code = code
        self.message = message
        self.signal = signal
    }
}

/// An ordered, validated list of built stages. Immutable and shared by all workers.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// Checks that every stage's required layers are produced by an earlier stage, and that no
    /// layer a stage reads is produced only by a later one.
    public init(stages: [any Stage]) throws {
        try Self.checkOrder(stages.map { type(of: $0) })
        self.stages = stages
    }

    /// Resolves and orders the configured stage types first, then builds the stages, so a
    /// misconfigured pipeline fails before any stage loads its data.
    public init(configuration: PipelineConfiguration, registry: StageRegistry = .standard) throws {
        let types = try Self.stageTypes(of: configuration, registry: registry)
        self.stages = try zip(types, configuration.stages).map { type, options in try type.init(options: options) }
    }

    /// The configured stage types, resolved and checked for order, without building any stage.
    public static func stageTypes(of configuration: PipelineConfiguration, registry: StageRegistry = .standard) throws -> [any Stage.Type] {
        let types = try configuration.stages.map { try registry.stageType(named: $0.stage) }
        try checkOrder(types)
        return types
    }

    private static func checkOrder(_ types: [any Stage.Type]) throws {
        var available: Set<Layer> = []
        for (position, type) in types.enumerated() {
            if let layer = type.requiredLayers.subtracting(available).sorted().first {
                let producer = types.first { $0.producedLayers.contains(layer) }?.stageName
                let hint = producer.map { " (put '\($0)' before '\(type.stageName)')" } ?? " (no configured stage produces it)"
                throw ConfigurationError("stage '\(type.stageName)' requires the '\(layer.rawValue)' layer, which no earlier stage produces\(hint)")
            }
            let later = types[(position + 1)...]
            for layer in type.optionalLayers.subtracting(available).sorted() {
                if let producer = later.first(where: { $0.producedLayers.contains(layer) }) {
                    throw ConfigurationError("stage '\(type.stageName)' reads the '\(layer.rawValue)' layer, which '\(producer.stageName)' produces only after it (put '\(producer.stageName)' before '\(type.stageName)')")
                }
            }
            available.formUnion(type.producedLayers)
        }
    }

    /// Layers the whole pipeline produces.
    public var produces: Set<Layer> {
        stages.reduce(into: Set<Layer>()) { $0.formUnion($1.produces) }
    }

    /// Runs every stage on `document`, timing each; the first stage error ends the document.
    /// `stageWillStart` is called with each stage's index just before it runs.
    public func process(_ document: Document, stageWillStart: ((Int) -> Void)? = nil) -> Result<Document, DocumentFailure> {
        var document = document
        for (index, stage) in stages.enumerated() {
            stageWillStart?(index)
            FaultInjection.injectIfRequested(stage: stage.name, document: document.id)
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try stage.process(&document)
            } catch let error as StageError {
                return .failure(DocumentFailure(stage: stage.name, code: error.code, message: error.message))
            } catch {
                return .failure(DocumentFailure(stage: stage.name, code: "internal", message: "\(error)"))
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            document.timings.append(StageTiming(stage: stage.name, milliseconds: elapsed))
        }
        return .success(document)
    }
}
