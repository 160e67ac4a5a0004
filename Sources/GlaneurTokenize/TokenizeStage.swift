import CGlaneurICU
import Foundation
import GlaneurCore

/// Splits paragraphs into tokens and sentences: ICU's word break iterator, then French or English
/// rules (elisions, clitics, compounds, numbers, abbreviations, web tokens); sentences from the
/// tokens by the Unicode sentence rules with abbreviation and quotation handling.
///
/// Options: `lexicons`, the directory of the word lists. By default `lexicons/tokenize` next to the
/// configuration file, else in the repository the running program was built in.
/// Documents whose language is `en` get the English rules; all others the French ones.
public struct TokenizeStage: Stage {
    public static let stageName = "tokenize"
    public static let requiredLayers: Set<Layer> = [.text, .paragraphs]
    public static let producedLayers: Set<Layer> = [.tokens, .sentences]

    private let french: TokenizerLexicon
    private let english: TokenizerLexicon
    private let frenchWords: BreakIteratorPrototype
    private let englishWords: BreakIteratorPrototype

    public init(options: StageOptions) throws {
        try options.requireKnownKeys(["lexicons"])
        let directory = try options.dataDirectory("lexicons", default: "lexicons/tokenize")
        french = try TokenizerLexicon(directory: directory, language: "fr")
        english = try TokenizerLexicon(directory: directory, language: "en")
        frenchWords = try BreakIteratorPrototype(kind: GL_BREAK_WORD, locale: "fr")
        englishWords = try BreakIteratorPrototype(kind: GL_BREAK_WORD, locale: "en")
    }

    public func process(_ document: inout Document) throws {
        let isEnglish = document.language == "en"
        let lexicon = isEnglish ? english : french
        let language: TokenizerLanguage = isEnglish ? .english : .french
        let paragraphs = document.paragraphs
        var text = document.text
        let (tokens, foldedForms, sentences, rules) = try text.withUTF8 { buffer in
            let utf8 = UTF8Text(bytes: buffer)
            let longestParagraph = paragraphs.map(\.length).max() ?? 0
            let words = try BreakIterator(cloning: isEnglish ? englishWords : frenchWords, longestText: longestParagraph)
            let splitter = SentenceSplitter(text: utf8, sentenceStarters: lexicon.sentenceStarters)
            var assembler = TokenAssembler(text: utf8, lexicon: lexicon, language: language,
                                           groupsDigitsWithSpaces: DigitGrouping.groupsWithSpaces(language: document.language),
                                           expectedTokens: buffer.count / 5)
            var sentences: [TextSpan] = []
            var rules = RuleCounts()
            for paragraph in paragraphs where !paragraph.isEmpty {
                assembler.forcedBreaks.removeAll(keepingCapacity: true)
                assembler.pieces = try words.wordPieces(utf8, paragraph)
                let firstToken = assembler.tokens.count
                assembler.assembleParagraph()
                splitter.split(assembler.tokens, blockers: assembler.sentenceBreakBlockers, acronyms: assembler.acronyms,
                               firstToken..<assembler.tokens.count,
                               forced: assembler.forcedBreaks, into: &sentences, rules: &rules)
            }
            for (rule, count) in assembler.rules.nonZero { rules.add(rule, count) }
            var (tokens, forms) = assembler.takeTokens()
            let foldedForms = TokenAnnotator(text: utf8).annotate(&tokens, forms: &forms, paragraphs: paragraphs, sentences: sentences)
            return (tokens, foldedForms, sentences, rules)
        }
        document.tokens = tokens
        document.foldedForms = foldedForms
        document.sentences = sentences
        document.count("tokens", tokens.count, stage: name)
        document.count("sentences", sentences.count, stage: name)
        for (rule, count) in rules.nonZero { document.count(rule.counterName, count, stage: name) }
    }
}
