import Foundation
import GlaneurCore

/// Why a document produced no annotated record.
public struct DocumentFailure: Error, Sendable {
    /// The stage that failed, or "read" for input that could not be read.
    public var stage: String
    public var code: String
    public var message: String

    public init(stage: String, code: String, message: String) {
        self.stage = stage
        self.code = code
        self.message = message
    }
}

/// An ordered, validated list of built stages. Immutable and shared by all workers.
public struct Pipeline: Sendable {
    public let stages: [any Stage]

    /// Checks that every stage's required layers are produced by an earlier stage.
    public init(stages: [any Stage]) throws {
        var available: Set<Layer> = []
        for stage in stages {
            let missing = stage.requires.subtracting(available).sorted()
            if let layer = missing.first {
                let producer = stages.first { $0.produces.contains(layer) }?.name
                let hint = producer.map { " (put '\($0)' before '\(stage.name)')" } ?? " (no configured stage produces it)"
                throw ConfigurationError("stage '\(stage.name)' requires the '\(layer.rawValue)' layer, which no earlier stage produces\(hint)")
            }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    /// Builds the stages named by `configuration` from `registry`.
    public init(configuration: PipelineConfiguration, registry: StageRegistry = .standard) throws {
        try self.init(stages: configuration.stages.map(registry.makeStage))
    }

    /// Layers the whole pipeline produces.
    public var produces: Set<Layer> {
        stages.reduce(into: Set<Layer>()) { $0.formUnion($1.produces) }
    }

    /// Runs every stage on `document`, timing each; the first stage error ends the document.
    public func process(_ document: Document) -> Result<Document, DocumentFailure> {
        var document = document
        for stage in stages {
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
