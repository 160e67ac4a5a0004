import Foundation
import GlaneurCore
import Testing
@testable import GlaneurPipeline

/// Every stage declares the layers it reads: blanking every layer a stage neither reads nor
/// produces, before it runs, must not change what it produces.
@Suite struct StageContractTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's samples (HTML, WordPress, text, JSONL records) and a short article written for this test.
    private static func documents() throws -> [Document] {
        var documents: [Document] = []
        InputReader().read([root.appendingPathComponent("samples").path]) { item in
            if case .success(let document) = item.document { documents.append(document) }
        }
        let text = """
            Le groupe Renault a annoncé mardi 1 200 suppressions de postes en France, soit 3,5 % de ses effectifs.
            « Nous devons réduire nos coûts de 2 milliards d'euros », a déclaré Luca de Meo à Paris.
            Selon la CGT, 12 500 salariés travaillent sur le site de Flins depuis 1952.
            """
        documents.append(Document(id: "inline", source: "inline", input: RawInput(format: .plainText, bytes: Array(text.utf8))))
        return documents
    }

    private static func blank(_ layers: Set<Layer>, in document: inout Document) {
        for layer in layers {
            switch layer {
            case .text: document.text = ""
            case .paragraphs: document.paragraphs = []
            case .sentences: document.sentences = []
            case .tokens: document.tokens = []
            case .entities: document.entities = []
            case .quotes: document.quotes = []
            case .claims: document.claims = []
            case .numbers: document.numbers = []
            }
        }
    }

    @Test func undeclaredLayersDoNotChangeAStagesOutput() throws {
        let pipeline = try Pipeline(configuration: PipelineConfiguration.load(from: Self.root.appendingPathComponent("pipeline.json")))
        let encoder = RecordEncoder(extraLayers: Set(RecordEncoder.optionalLayers))
        let documents = try Self.documents()
        #expect(documents.count >= 5)
        for original in documents {
            var document = original
            for stage in pipeline.stages {
                let undeclared = Set(Layer.allCases).subtracting(stage.reads).subtracting(stage.produces)
                var blanked = document
                Self.blank(undeclared, in: &blanked)
                try stage.process(&document)
                try stage.process(&blanked)
                var expected = document
                Self.blank(undeclared, in: &expected)
                let isUnchanged = encoder.encode(blanked) == encoder.encode(expected)
                #expect(isUnchanged, "stage '\(stage.name)' reads a layer it does not declare (document \(original.id))")
                #expect(blanked.counters[stage.name] == expected.counters[stage.name])
            }
            #expect(!document.tokens.isEmpty)
        }
    }
}
