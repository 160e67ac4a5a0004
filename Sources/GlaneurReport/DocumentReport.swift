import GlaneurCore

/// What one finished document adds to a report: built on the worker that processed it, so the
/// document itself can be released, and added to a `QualityReport` in input order.
public struct DocumentReport: Sendable {
    public private(set) var sections: [ReportSection]
    /// The document's examples, already cut to the report's sample (a document's examples beyond
    /// its own smallest keys can never be in the sample), so a document with thousands of
    /// candidates costs no more than one with a few.
    private var sample = ExampleSample()
    public var examples: [ReportExample] { sample.all }
    /// Bytes of the document's input, for progress.
    public private(set) var inputBytes = 0

    /// The contribution of an annotated document that went through `stages` (in pipeline order).
    public init(annotated document: Document, stages: [String]) {
        var documents = ReportSection(name: QualityReport.documentsSection)
        let (characters, words) = Self.measure(document.text)
        documents.count("documents")
        documents.count("annotated", in: "outcomes")
        documents.count(document.language ?? "unknown", in: "languages")
        documents.count(document.input.format.rawValue, in: "formats")
        documents.count("words", words)
        documents.count("characters", characters)
        inputBytes = document.input.bytes.count
        documents.count("input_bytes", inputBytes)
        documents.observe(Double(characters), in: "text_characters")
        documents.observe(Double(words), in: "text_words")
        if !document.warnings.isEmpty { documents.count("documents_with_warnings") }
        for warning in document.warnings { documents.count(Self.warningCode(warning), in: "warnings") }
        sections = [documents]

        let locator = ExampleLocator(document: document)
        for stage in stages {
            var section = ReportSection(name: stage)
            section.count("documents")
            for (key, value) in document.counters[stage]?.values ?? [:] { section.count(key, value) }
            switch stage {
            case "decode": Self.describeDecode(document, into: &section)
            case "tokenize": Self.describeTokens(document, into: &section)
            case "entities": describeEntities(document, locator, into: &section)
            case "quotes": describeQuotes(document, locator, into: &section)
            case "claims": describeClaims(document, locator, into: &section)
            default: break
            }
            sections.append(section)
        }

        var timings = ReportSection(name: QualityReport.timingsSection)
        if !document.timings.isEmpty {
            timings.observe(document.timings.reduce(0) { $0 + $1.milliseconds }, in: "document", bounds: Bins.milliseconds)
            for timing in document.timings { timings.observe(timing.milliseconds, in: timing.stage, bounds: Bins.milliseconds) }
        }
        sections.append(timings)
    }

    /// The contribution of a document that produced an error record.
    public init(failedDocument id: String, stage: String, code: String, message: String) {
        var documents = ReportSection(name: QualityReport.documentsSection)
        documents.count("documents")
        documents.count("failed", in: "outcomes")
        documents.count("\(stage)/\(code)", in: "errors")
        sections = [documents]
        sample.add(ReportExample(category: "failure", document: id, start: nil, end: nil, label: "\(stage)/\(code)", excerpt: message))
    }

    /// A contribution rebuilt from its parts, e.g. as a worker process sent them.
    public init(sections: [ReportSection], examples: [ReportExample], inputBytes: Int) {
        self.sections = sections
        for example in examples { sample.add(example) }
        self.inputBytes = inputBytes
    }

    /// Code points and whitespace-separated words (the denominator of rates, the same whatever
    /// stages ran) of `text`.
    static func measure(_ text: String) -> (characters: Int, words: Int) {
        var characters = 0, words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            characters += 1
            let space = scalar.value < 0x80 ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        return (characters, words)
    }

    /// A warning without its figures ("page of # bytes cut to # before parsing"), a bounded key.
    static func warningCode(_ warning: String) -> String {
        var code = ""
        var lastWasDigit = false
        for character in warning {
            if character.isNumber {
                if !lastWasDigit { code.append("#") }
                lastWasDigit = true
            } else {
                code.append(character)
                lastWasDigit = false
            }
        }
        return String(code.prefix(80))
    }

    private static func describeDecode(_ document: Document, into section: inout ReportSection) {
        section.observe(Double(document.paragraphs.count), in: "paragraphs_per_document")
        let removedPrefix = "removed_"
        for (key, value) in document.counters["decode"]?.values ?? [:] where key.hasPrefix(removedPrefix) {
            section.count(String(key.dropFirst(removedPrefix.count)), in: "removals", value)
        }
    }

    private static func describeTokens(_ document: Document, into section: inout ReportSection) {
        section.observe(Double(document.tokens.count), in: "tokens_per_document")
        section.observe(Double(document.sentences.count), in: "sentences_per_document")
        var kinds: [TokenKind: Int] = [:]
        for token in document.tokens { kinds[token.kind, default: 0] += 1 }
        for (kind, count) in kinds { section.count(kind.rawValue, in: "token_kinds", count) }
        var tokenIndex = 0
        for sentence in document.sentences {
            while tokenIndex < document.tokens.count && document.tokens[tokenIndex].span.start < sentence.start { tokenIndex += 1 }
            var length = 0
            while tokenIndex < document.tokens.count && document.tokens[tokenIndex].span.end <= sentence.end {
                length += 1
                tokenIndex += 1
            }
            section.observe(Double(length), in: "sentence_tokens")
        }
    }

    private mutating func describeEntities(_ document: Document, _ locator: ExampleLocator, into section: inout ReportSection) {
        section.count("entities", document.entities.count)
        section.observe(Double(document.entities.count), in: "entities_per_document")
        for entity in document.entities {
            section.count(entity.type.rawValue, in: "types")
            section.count(entity.origin.rawValue, in: "origins")
            section.count("\(entity.type.rawValue)/\(entity.origin.rawValue)", in: "types_by_origin")
            section.count(entity.rule, in: "rules")
            if entity.origin == .discovered {
                sample.add(locator.example("discovered_entity", entity.span, label: entity.type.rawValue))
            }
        }
    }

    private mutating func describeQuotes(_ document: Document, _ locator: ExampleLocator, into section: inout ReportSection) {
        section.count("quotes", document.quotes.count)
        section.observe(Double(document.quotes.count), in: "quotes_per_document")
        for quote in document.quotes {
            section.count(quote.kind.rawValue, in: "kinds")
            section.count(quote.rule, in: "rules")
            section.observe((quote.confidence * 100).rounded(), in: "confidence_percent", bounds: Bins.percent)
            let resolution: String
            switch quote.speaker {
            case .none: resolution = "none"
            case .some(let speaker) where speaker.canonical == nil: resolution = "unnamed"
            case .some(let speaker) where speaker.entityID != nil: resolution = "entity"
            case .some: resolution = "named"
            }
            section.count(resolution, in: "speakers")
            if quote.speaker?.canonical == nil {
                sample.add(locator.example("unattributed_quote", quote.span, label: quote.rule))
            }
        }
    }

    private mutating func describeClaims(_ document: Document, _ locator: ExampleLocator, into section: inout ReportSection) {
        section.count("claims", document.claims.count)
        section.count("numbers", document.numbers.count)
        section.observe(Double(document.claims.count), in: "claims_per_document")
        section.observe(Double(document.numbers.count), in: "numbers_per_document")
        for claim in document.claims {
            section.count(claim.kind.rawValue, in: "kinds")
            // A count's unit is the counted noun, text of the document: only its presence is kept.
            let unit = claim.kind == .count ? (claim.unit == nil ? "none" : "noun") : (claim.unit ?? "none")
            section.count("\(claim.kind.rawValue)/\(unit)", in: "units")
            section.count(claim.approximation?.rawValue ?? "exact", in: "approximations")
            section.count(claim.rule, in: "rules")
        }
        for number in document.numbers {
            guard let rejection = number.rejection else { continue }
            section.count(rejection, in: "rejections")
            sample.add(locator.example("rejected_number", number.span, label: rejection))
        }
    }
}

/// Turns UTF-8 spans of one document into located examples (code point offsets and an excerpt).
struct ExampleLocator {
    let document: Document
    let index: CodePointIndex
    let utf8: [UInt8]

    init(document: Document) {
        self.document = document
        index = CodePointIndex(document.text)
        utf8 = Array(document.text.utf8)
    }

    func example(_ category: String, _ span: TextSpan, label: String) -> ReportExample {
        let end = min(span.end, utf8.count)
        let start = min(span.start, end)
        let excerpt = String(decoding: utf8[start..<end], as: UTF8.self)
        return ReportExample(category: category, document: document.id, start: index.codePointOffset(start),
                             end: index.codePointOffset(end), label: label, excerpt: excerpt)
    }
}
