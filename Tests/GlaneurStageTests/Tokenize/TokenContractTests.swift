import Foundation
import GlaneurCore
import Testing
@testable import GlaneurTokenize

/// What later stages rely on, checked on a mixed article.
@Suite struct TokenContractTests {
    static let article = """
    Le 12 mars, M. Dupont-Moreau a annoncé 1\u{00A0}200 postes : « C’est une chance. » L’État, lui, s’interroge-t-il ?

    Selon https://exemple.fr/actu, l'IA représente 3,5 % du PIB… #Tech 🚀 Écrire à presse@exemple.fr.
    """

    @Test func tokensAreInOrderWithoutWhitespaceAndOnScalarBoundaries() throws {
        let document = try tokenized(Self.article)
        let utf8 = Array(document.text.utf8)
        var previousEnd = 0
        for token in document.tokens {
            #expect(token.span.start >= previousEnd && token.span.end > token.span.start)
            #expect(utf8[token.span.start] & 0xC0 != 0x80)
            #expect(token.span.end == utf8.count || utf8[token.span.end] & 0xC0 != 0x80)
            let isBlank = document.text.slice(token.span).allSatisfy { $0.isWhitespace }
            #expect(!isBlank)
            previousEnd = token.span.end
        }
    }

    @Test func foldedFormsAreTextFoldingOfTheTokenText() throws {
        let document = try tokenized(Self.article)
        for token in document.tokens {
            #expect(token.folded == TextFolding.fold(document.text.slice(token.span)))
        }
        #expect(document.tokens.contains { $0.folded == "l'" })
        #expect(document.tokens.contains { $0.folded == "etat" })
        let scripts = try tokenized("Ωμέγα Москва ﬁn Straße 東京 한국어 カタカナ ＡＢＣ１２ ‘quote’ x\u{0301}y")
        for token in scripts.tokens {
            #expect(token.folded == TextFolding.fold(scripts.text.slice(token.span)))
        }
    }

    @Test func sentencesAreOrderedWithinParagraphsAndMadeOfWholeTokens() throws {
        let document = try tokenized(Self.article)
        #expect(document.texts(document.sentences).count == 4)
        var previousEnd = 0
        for sentence in document.sentences {
            #expect(sentence.start >= previousEnd)
            #expect(document.paragraphs.contains { $0.contains(sentence) })
            #expect(document.tokens.contains { $0.span.start == sentence.start })
            #expect(document.tokens.contains { $0.span.end == sentence.end })
            previousEnd = sentence.end
        }
    }

    @Test func rulesAreCounted() throws {
        let document = try tokenized(Self.article)
        let counters = document.counters["tokenize"]?.values ?? [:]
        #expect(counters["tokens"] == document.tokens.count)
        #expect(counters["sentences"] == document.sentences.count)
        #expect(counters["rule.elision"] == 4)
        #expect(counters["rule.clitic"] == 1)
        #expect(counters["rule.url"] == 1)
        #expect(counters["rule.email"] == 1)
        #expect(counters["rule.number-groups"] == 1)
    }

    @Test func unknownOptionsAndMissingListsAreConfigurationErrors() {
        #expect(throws: ConfigurationError.self) {
            try TokenizeStage(options: stageOptions("tokenize", ["lexicon": .string("lexicons/tokenize")]))
        }
        #expect(throws: ConfigurationError.self) {
            try TokenizeStage(options: stageOptions("tokenize", ["lexicons": .string("no/such/directory")]))
        }
    }

    @Test func aConfigurationElsewhereFindsTheRepositoryLists() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("glaneur-no-lexicons-\(UUID().uuidString)")
        let stage = try TokenizeStage(options: StageOptions(stage: "tokenize", baseDirectory: elsewhere))
        var document = Document(id: "elsewhere", text: "l’État", language: "fr")
        document.paragraphs = [TextSpan(0, document.text.utf8.count)]
        try stage.process(&document)
        #expect(document.tokens.map(\.folded) == ["l'", "etat"])
    }

    @Test func anEmptyDocumentHasNoTokens() throws {
        var document = Document(id: "empty", text: "", language: "fr")
        try SharedStages.tokenize.process(&document)
        #expect(document.tokens.isEmpty && document.sentences.isEmpty)
    }
}
