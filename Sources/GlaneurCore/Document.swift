/// The form in which a document's content arrived, as recognised by the readers.
public enum InputFormat: String, Sendable {
    /// Text given verbatim by a JSONL record: kept as is apart from documented normalisation.
    case plainText = "text"
    /// Scraped text from a file: may carry site chrome, comment threads and share lines.
    case scrapedText = "scraped-text"
    case html
    /// A WordPress REST payload (a post object or an array of posts), possibly truncated.
    case wordpress
}

/// What a reader found, before decoding.
public struct RawInput: Sendable {
    public var format: InputFormat
    public var bytes: [UInt8]

    public init(format: InputFormat, bytes: [UInt8]) {
        self.format = format
        self.bytes = bytes
    }
}

/// Article metadata, from the input record or the page itself.
public struct DocumentMetadata: Sendable, Equatable {
    public var title: String?
    public var url: String?
    public var author: String?
    public var published: String?
    public var siteName: String?

    public init(title: String? = nil, url: String? = nil, author: String? = nil, published: String? = nil, siteName: String? = nil) {
        self.title = title
        self.url = url
        self.author = author
        self.published = published
        self.siteName = siteName
    }
}

/// Time one stage spent on one document.
public struct StageTiming: Sendable {
    public var stage: String
    public var milliseconds: Double

    public init(stage: String, milliseconds: Double) {
        self.stage = stage
        self.milliseconds = milliseconds
    }
}

/// An article moving through the pipeline: its input, its clean text and the layers stages add.
///
/// All spans are UTF-8 byte offsets into `text`; only the decode stage sets `text`.
public struct Document: Sendable {
    public var id: String
    public var source: String
    public var input: RawInput
    /// Language code ("fr", "en", ...); set by the input record or `--lang`, else detected by decode.
    public var language: String?
    public var metadata: DocumentMetadata
    public var text: String = ""
    public var paragraphs: [TextSpan] = []
    public var sentences: [TextSpan] = []
    public var tokens: [Token] = []
    /// The distinct folded forms of the tokens, indexed by `Token.foldedID`.
    public var foldedForms: [String] = []
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var claims: [Claim] = []
    public var numbers: [NumberMention] = []
    public var warnings: [String] = []
    public var timings: [StageTiming] = []
    /// Per-stage counters for the quality report, keyed by stage name.
    public var counters: [String: StageCounters] = [:]

    public init(id: String, source: String, input: RawInput, language: String? = nil, metadata: DocumentMetadata = DocumentMetadata()) {
        self.id = id
        self.source = source
        self.input = input
        self.language = language
        self.metadata = metadata
    }

    /// Convenience for tests and tools: a document whose clean text is already known.
    public init(id: String, text: String, language: String) {
        self.init(id: id, source: id, input: RawInput(format: .plainText, bytes: Array(text.utf8)), language: language)
        self.text = text
    }

    /// Adds `amount` to counter `key` of stage `stage`.
    public mutating func count(_ key: String, _ amount: Int = 1, stage: String) {
        counters[stage, default: StageCounters()].add(key, amount)
    }
}
