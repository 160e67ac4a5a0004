import Foundation
import GlaneurCore
import Testing
@testable import GlaneurPipeline

@Suite struct PipelineConfigurationTests {
    private func configuration(_ json: String) throws -> PipelineConfiguration {
        try PipelineConfiguration.parse(try JSONParser.parse(json), baseDirectory: URL(fileURLWithPath: "/tmp"), origin: "test.json")
    }

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func buildsTheStandardStagesInOrder() throws {
        let pipeline = try Pipeline(configuration: configuration(#"{"stages": [{"stage": "decode"}, {"stage": "tokenize"}, {"stage": "claims"}]}"#))
        #expect(pipeline.stages.map(\.name) == ["decode", "tokenize", "claims"])
        #expect(pipeline.produces.isSuperset(of: [.text, .tokens, .claims]))
    }

    @Test func refusesAMisorderedPipelineNamingStageAndLayer() {
        let text = message {
            _ = try Pipeline(configuration: configuration(#"{"stages": [{"stage": "decode"}, {"stage": "claims"}, {"stage": "tokenize"}]}"#))
        }
        #expect(text.contains("stage 'claims' requires the 'tokens' layer"))
        #expect(text.contains("put 'tokenize' before 'claims'"))
    }

    @Test func refusesAStageBeforeTheProducerOfALayerItReads() {
        // Claims read entities when they exist: placed before entities, subjects would vanish silently.
        let text = message {
            _ = try Pipeline(configuration: configuration(
                #"{"stages": [{"stage": "decode"}, {"stage": "tokenize"}, {"stage": "claims"}, {"stage": "entities"}]}"#))
        }
        #expect(text.contains("stage 'claims' reads the 'entities' layer"))
        #expect(text.contains("put 'entities' before 'claims'"))
    }

    @Test func refusesUnknownStagesAndOptions() {
        #expect(message { _ = try Pipeline(configuration: configuration(#"{"stages": [{"stage": "decoder"}]}"#)) }
            .contains("unknown stage 'decoder'"))
        #expect(message { _ = try Pipeline(configuration: configuration(#"{"stages": [{"stage": "decode", "options": {"speed": 3}}]}"#)) }
            .contains("stage 'decode': unknown option 'speed'"))
    }

    @Test func refusesMalformedFiles() {
        #expect(message { _ = try configuration(#"{"stages": []}"#) }.contains("non-empty list"))
        #expect(message { _ = try configuration(#"{"stages": [{"name": "decode"}]}"#) }.contains("stage #1"))
        #expect(message { _ = try configuration(#"{"stages": [{"stage": "decode"}], "extra": 1}"#) }.contains("unknown key 'extra'"))
        #expect(message { _ = try PipelineConfiguration.load(from: URL(fileURLWithPath: "/nonexistent/pipeline.json")) }
            .contains("cannot read configuration"))
    }

    @Test func theRepositoryConfigurationIsValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let pipeline = try Pipeline(configuration: PipelineConfiguration.load(from: root.appendingPathComponent("pipeline.json")))
        #expect(pipeline.stages.map(\.name) == ["decode", "tokenize", "entities", "quotes", "claims"])
    }
}
