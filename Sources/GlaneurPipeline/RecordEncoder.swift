import GlaneurCore

/// Serialises documents as `glaneur/1` JSON lines (see docs/output-schema.md), keys in a fixed
/// order, offsets converted once per document from UTF-8 bytes to Unicode code points.
public struct RecordEncoder: Sendable {
    public static let schema = "glaneur/1"
    /// Optional layers written in addition to entities, quotes and claims.
    public var extraLayers: Set<Layer>
    /// Whether records carry `timings_ms`. Off by default, so that records are byte-identical
    /// across runs and `--jobs` values; the report always has the timings.
    public var includesTimings: Bool

    public init(extraLayers: Set<Layer> = [], includesTimings: Bool = false) {
        self.extraLayers = extraLayers
        self.includesTimings = includesTimings
    }

    /// Layers that `--layers` may name.
    public static let optionalLayers: [Layer] = [.paragraphs, .sentences, .tokens, .numbers]

    public func encode(_ document: Document) -> [UInt8] {
        let index = CodePointIndex(document.text)
        var json = JSONWriter()
        json.beginObject()
        json.key("schema"); json.string(Self.schema)
        json.key("id"); json.string(document.id)
        json.key("source"); json.string(document.source)
        json.key("lang"); json.optionalString(document.language)
        json.key("title"); json.optionalString(document.metadata.title)
        writeMetadata(document.metadata, into: &json)
        json.key("text"); json.string(document.text)
        json.key("entities"); writeEntities(document, index, &json)
        json.key("quotes"); writeQuotes(document, index, &json)
        json.key("claims"); writeClaims(document, index, &json)
        if extraLayers.contains(.paragraphs) { json.key("paragraphs"); writeSpans(document.paragraphs, index, &json) }
        if extraLayers.contains(.sentences) { json.key("sentences"); writeSpans(document.sentences, index, &json) }
        if extraLayers.contains(.tokens) { json.key("tokens"); writeTokens(document, index, &json) }
        if extraLayers.contains(.numbers) { json.key("numbers"); writeNumbers(document, index, &json) }
        json.key("warnings")
        json.beginArray()
        for warning in document.warnings { json.string(warning) }
        json.endArray()
        if includesTimings {
            json.key("timings_ms")
            json.beginObject()
            for timing in document.timings {
                json.key(timing.stage)
                json.number((timing.milliseconds * 1000).rounded() / 1000)
            }
            json.endObject()
        }
        json.endObject()
        return json.bytes
    }

    /// An error record: `{"schema", "id", "source", "error": {"stage", "code", "message", "signal"?}}`;
    /// `signal` only for a `crash`.
    public func encodeFailure(id: String, source: String, failure: DocumentFailure) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("schema"); json.string(Self.schema)
        json.key("id"); json.string(id)
        json.key("source"); json.string(source)
        json.key("error")
        json.beginObject()
        json.key("stage"); json.string(failure.stage)
        json.key("code"); json.string(failure.code)
        json.key("message"); json.string(failure.message)
        if let signal = failure.signal { json.key("signal"); json.int(Int(signal)) }
        json.endObject()
        json.endObject()
        return json.bytes
    }

    private func writeMetadata(_ metadata: DocumentMetadata, into json: inout JSONWriter) {
        json.key("meta")
        json.beginObject()
        if let url = metadata.url { json.key("url"); json.string(url) }
        if let author = metadata.author { json.key("author"); json.string(author) }
        if let published = metadata.published { json.key("published"); json.string(published) }
        if let siteName = metadata.siteName { json.key("site_name"); json.string(siteName) }
        json.endObject()
    }

    /// Writes `start` and `end` in code points.
    private func writeOffsets(_ span: TextSpan, _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.key("start"); json.int(index.codePointOffset(span.start))
        json.key("end"); json.int(index.codePointOffset(span.end))
    }

    /// Writes `start`, `end` and the covered `text`.
    private func writeSpan(_ span: TextSpan, _ text: String, _ index: CodePointIndex, _ json: inout JSONWriter) {
        writeOffsets(span, index, &json)
        json.key("text"); json.string(text.slice(span))
    }

    private func writeSpans(_ spans: [TextSpan], _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.beginArray()
        for span in spans {
            json.beginObject()
            writeOffsets(span, index, &json)
            json.endObject()
        }
        json.endArray()
    }

    private func writeTokens(_ document: Document, _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.beginArray()
        for token in document.tokens {
            json.beginObject()
            writeOffsets(token.span, index, &json)
            json.key("kind"); json.string(token.kind.rawValue)
            json.key("folded"); json.string(token.folded)
            json.endObject()
        }
        json.endArray()
    }

    private func writeEntities(_ document: Document, _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.beginArray()
        for entity in document.entities {
            json.beginObject()
            writeSpan(entity.span, document.text, index, &json)
            json.key("type"); json.string(entity.type.rawValue)
            json.key("canonical"); json.string(entity.canonical)
            json.key("id"); json.optionalString(entity.id)
            json.key("origin"); json.string(entity.origin.rawValue)
            json.key("rule"); json.string(entity.rule)
            json.endObject()
        }
        json.endArray()
    }

    private func writeQuotes(_ document: Document, _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.beginArray()
        for quote in document.quotes {
            json.beginObject()
            writeSpan(quote.span, document.text, index, &json)
            json.key("kind"); json.string(quote.kind.rawValue)
            json.key("speaker")
            if let speaker = quote.speaker {
                json.beginObject()
                if let mention = speaker.mention {
                    writeSpan(mention, document.text, index, &json)
                } else {
                    json.key("text"); json.null()
                }
                json.key("canonical"); json.optionalString(speaker.canonical)
                json.key("type"); json.optionalString(speaker.type?.rawValue)
                json.key("id"); json.optionalString(speaker.entityID)
                json.key("resolution"); json.optionalString(speaker.resolution)
                json.endObject()
            } else {
                json.null()
            }
            json.key("cue")
            if let cue = quote.cue {
                json.beginObject()
                writeSpan(cue, document.text, index, &json)
                json.endObject()
            } else {
                json.null()
            }
            json.key("rule"); json.string(quote.rule)
            json.key("confidence"); json.number((quote.confidence * 100).rounded() / 100)
            json.endObject()
        }
        json.endArray()
    }

    private func writeClaims(_ document: Document, _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.beginArray()
        for claim in document.claims {
            json.beginObject()
            writeSpan(claim.span, document.text, index, &json)
            json.key("kind"); json.string(claim.kind.rawValue)
            json.key("value"); json.number(claim.value)
            json.key("value_max"); json.optionalNumber(claim.valueMax)
            json.key("unit"); json.optionalString(claim.unit)
            json.key("approx"); json.optionalString(claim.approximation?.rawValue)
            json.key("per"); json.optionalString(claim.per)
            json.key("change"); json.optionalString(claim.change?.rawValue)
            json.key("subject")
            if let subject = claim.subject {
                json.beginObject()
                json.key("canonical"); json.string(subject.canonical)
                json.key("id"); json.optionalString(subject.entityID)
                json.endObject()
            } else {
                json.null()
            }
            json.key("rule"); json.string(claim.rule)
            json.endObject()
        }
        json.endArray()
    }

    private func writeNumbers(_ document: Document, _ index: CodePointIndex, _ json: inout JSONWriter) {
        json.beginArray()
        for number in document.numbers {
            json.beginObject()
            writeSpan(number.span, document.text, index, &json)
            json.key("value"); json.number(number.value)
            json.key("claim"); json.optionalString(number.claimKind?.rawValue)
            json.key("rejected"); json.optionalString(number.rejection)
            json.endObject()
        }
        json.endArray()
    }
}
