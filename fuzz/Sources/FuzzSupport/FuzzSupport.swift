import Foundation
import GlaneurCore
import GlaneurPipeline

/// What the fuzz targets share: the repository's pipelines, built once per process.
public enum FuzzSupport {
    /// The repository root (this file is fuzz/Sources/FuzzSupport/FuzzSupport.swift).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The pipeline of the repository's `pipeline.json`.
    public static let fullPipeline: Pipeline = {
        do {
            return try Pipeline(configuration: PipelineConfiguration.load(from: repositoryRoot.appendingPathComponent("pipeline.json")))
        } catch {
            fatalError("cannot build the pipeline: \(error)")
        }
    }()

    /// The decode stage alone.
    public static let decodePipeline: Pipeline = {
        do {
            return try Pipeline(configuration: PipelineConfiguration(stages: [StageOptions(stage: "decode", baseDirectory: repositoryRoot)]))
        } catch {
            fatalError("cannot build the decode stage: \(error)")
        }
    }()

    /// Every optional layer, so that the encoder writes everything a stage produced.
    public static let encoder = RecordEncoder(extraLayers: Set(RecordEncoder.optionalLayers))

    /// Runs `document` through `pipeline` and encodes the record or error record, as the runner does.
    public static func process(_ document: Document, with pipeline: Pipeline) {
        switch pipeline.process(document) {
        case .success(let annotated): _ = encoder.encode(annotated)
        case .failure(let failure): _ = encoder.encodeFailure(id: document.id, source: document.source, failure: failure)
        }
    }

    /// Hands the process to libFuzzer, which calls `body` with each input. (SwiftPM links its own
    /// entry point into executables, so the targets call the driver rather than export
    /// `LLVMFuzzerTestOneInput` for libFuzzer's `main`.)
    public static func run(_ body: @escaping ([UInt8]) -> Void) -> Never {
        target = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzSupport.target?(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        })
    }

    nonisolated(unsafe) private static var target: (([UInt8]) -> Void)?
}

/// libFuzzer's entry point for programs with their own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
