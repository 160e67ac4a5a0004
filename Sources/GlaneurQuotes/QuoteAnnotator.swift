import GlaneurCore

/// Finds and attributes the quotes of one document, in text order, so that pronouns, short forms and
/// runs of quotes can lean on what came before.
struct QuoteAnnotator {
    let layout: QuoteLayout
    let finder: SpeakerFinder
    let cues: CueMatcher
    let direct: DirectAttribution
    let indirect: IndirectQuoteFinder

    /// Unattributed quotes shorter than this, inside a sentence, are taken for quoted terms.
    private static let shortestUnattributed = 8

    init(document: Document, lexicon: QuoteLexicon) {
        let layout = QuoteLayout(document: document, lexicon: lexicon)
        let names = DocumentNames(layout: layout, entities: document.entities, lexicon: lexicon, text: document.text)
        let finder = SpeakerFinder(layout: layout, names: names, lexicon: lexicon, text: document.text)
        let cues = CueMatcher(layout: layout, lexicon: lexicon, documentLanguage: document.language == "en" ? "en" : "fr")
        self.layout = layout
        self.finder = finder
        self.cues = cues
        self.direct = DirectAttribution(layout: layout, cues: cues, finder: finder)
        self.indirect = IndirectQuoteFinder(layout: layout, cues: cues, finder: finder)
    }

    private enum Event {
        case direct(Int)
        case indirect(IndirectQuoteFinder.Candidate)
        /// Too short to be a quote, but its incise names who speaks in the quotes that follow
        /// ("“That’s perfect,” Boudreau said. “…”").
        case shortQuotation(Int)
    }

    /// The quotes, with the number of quotations whose marks were repaired.
    func quotes() -> (quotes: [Quote], repaired: Int) {
        var events: [(Int, Event)] = []
        var repaired = 0
        let candidates = indirect.candidates().filter {
            guard case .cueSubject(let cue, _) = $0.source else { return true }
            return !indirect.hasAuthorSubject(cue)
        }
        // Fragments quoted inside a reported clause belong to that indirect quote.
        let embedded = Set(candidates.flatMap(\.embedded))
        for (number, quotation) in layout.quotations.enumerated() {
            if quotation.repaired { repaired += 1 }
            if embedded.contains(number) { continue }
            if QuotedTermFilter.isSpeech(quotation, in: layout, words: cues.lexicon.ruleWords) {
                events.append((quotation.outerStart, .direct(number)))
            } else if DocumentNames.isClauseStart(layout, quotation.outerStart) {
                events.append((quotation.outerStart, .shortQuotation(number)))
            }
        }
        for candidate in candidates {
            events.append((min(candidate.cue.lowerBound, candidate.clause.lowerBound), .indirect(candidate)))
        }
        events.sort { $0.0 < $1.0 }

        var quotes: [Quote] = []
        var recent: [SpeakerMention] = []
        var previous: (quotation: MarkedQuotation, attribution: Attribution, output: Int?)?
        var quotationOfQuote: [Int: Int] = [:]
        for (_, event) in events {
            switch event {
            case .direct(let number):
                let quotation = layout.quotations[number]
                var attribution: Attribution?
                if quotation.resumesAfterIncise, number > 0, layout.quotations[number - 1].endsAtIncise,
                   let earlier = previous, earlier.quotation.innerStart == layout.quotations[number - 1].innerStart {
                    // « A, dit-il. B »: the part after the incise has the speaker of the part before it.
                    attribution = earlier.attribution
                    attribution?.rule = "incise-within"
                } else {
                    attribution = attribute(quotation, previous: previous.map { ($0.quotation, $0.attribution) }, recent: recent)
                }
                if quotation.endsAtIncise, attribution?.rule == "incise-after" { attribution?.rule = "incise-within" }
                if attribution?.rule == "incise-inside", let earlier = previous {
                    if let output = earlier.output { quotes[output].rule = "incise-inside" }
                    attribution?.speaker = earlier.attribution.speaker
                }
                if attribution == nil && !keepsUnattributed(quotation) { continue }
                if let speaker = attribution?.speaker, speaker.canonical != nil { recent.append(speaker) }
                // A quotation continued over paragraphs gives one quote per paragraph, with one attribution.
                for span in innerSpans(quotation) {
                    if let attribution { previous = (quotation, attribution, quotes.count) }
                    quotationOfQuote[quotes.count] = number
                    quotes.append(makeQuote(span: span, kind: .direct, attribution: attribution))
                }
            case .shortQuotation(let number):
                let quotation = layout.quotations[number]
                if let attribution = direct.inciseAfter(quotation, recent: recent) { previous = (quotation, attribution, nil) }
            case .indirect(let candidate):
                let speaker: SpeakerMention?
                switch candidate.source {
                case .cueSubject(let cue, let form):
                    speaker = finder.subject(ofCue: cue, form: form, sentence: layout.sentences[layout.sentenceOfWord[cue]], recent: recent)
                case .phrase(let range):
                    speaker = finder.speaker(in: range, recent: recent)
                }
                // Without a speaker, the subject is a thing ("ces chiffres suggèrent que"): the author's inference.
                guard let speaker else { continue }
                if case .cueSubject(_, let form) = candidate.source, form.usage == .evidence, speaker.canonical == nil { continue }
                let attribution = Attribution(speaker: speaker, cue: candidate.cue, rule: candidate.rule, confidence: 0.75)
                if speaker.canonical != nil { recent.append(speaker) }
                quotes.append(makeQuote(span: layout.span(candidate.clause.lowerBound, candidate.clause.upperBound),
                                        kind: .indirect, attribution: attribution))
            }
        }
        attributeFromNextInRun(&quotes, quotationOfQuote: quotationOfQuote)
        return (quotes, repaired)
    }

    /// "« C'est inhumain. » La colère est de mise chez Solenn X, … « Pourtant … », ajoute la responsable.":
    /// an unattributed quote opening a run takes the speaker of the next quote when that speaker is the
    /// only person named between them, in the same or the next paragraph.
    private func attributeFromNextInRun(_ quotes: inout [Quote], quotationOfQuote: [Int: Int]) {
        let words = layout.words
        for index in quotes.indices.dropLast() where quotes[index].speaker == nil {
            let next = index + 1
            guard let number = quotationOfQuote[index], let nextNumber = quotationOfQuote[next], nextNumber != number,
                  let speaker = quotes[next].speaker, let canonical = speaker.canonical, speaker.type != .organization else { continue }
            let earlier = layout.quotations[number]
            let later = layout.quotations[nextNumber]
            guard words[later.outerStart].paragraph - words[earlier.outerEnd - 1].paragraph <= 1 else { continue }
            var named = false
            var other = false
            for position in earlier.outerEnd..<later.outerStart where layout.isOutsideQuotes(position) {
                guard let unit = finder.names.unitOfWord[position], finder.names.units[unit].isPersonLike else { continue }
                if finder.mention(ofUnit: unit).canonical == canonical { named = true } else { other = true }
            }
            guard named, !other else { continue }
            quotes[index].speaker = Speaker(mention: speaker.mention, canonical: canonical, type: speaker.type,
                                            entityID: speaker.entityID, resolution: "run")
            quotes[index].rule = "run-before"
            quotes[index].confidence = 0.5
        }
    }

    /// Tries the attribution rules in order; nil when none applies.
    private func attribute(_ quotation: MarkedQuotation, previous: (MarkedQuotation, Attribution)?,
                           recent: [SpeakerMention]) -> Attribution? {
        if let found = direct.inciseAfter(quotation, recent: recent) { return found }
        if let (earlier, attribution) = previous, let end = attribution.inciseEnd, attribution.rule == "incise-after" || attribution.rule == "incise-inside" {
            var index = end
            while index < quotation.outerStart, let mark = layout.words[index].mark, ",—–-".contains(mark) { index += 1 }
            if index == quotation.outerStart, earlier.outerEnd <= end {
                return Attribution(speaker: attribution.speaker, cue: attribution.cue, rule: "incise-inside",
                                   confidence: attribution.confidence)
            }
        }
        if let found = direct.colonBefore(quotation, recent: recent) { return found }
        if let found = direct.accordingToBefore(quotation, recent: recent) { return found }
        if let found = direct.subjectOfCue(quotation, recent: recent) { return found }
        if let (earlier, attribution) = previous, let speaker = attribution.speaker,
           inheritsFrom(earlier, attribution, quotation, speaker: speaker.canonical) {
            return Attribution(speaker: attribution.speaker, cue: nil, rule: "inherit", confidence: 0.6)
        }
        if let found = direct.leadSubject(quotation) { return found }
        return nil
    }

    /// A quote continues a run when it follows the previous one in the same or the next paragraph
    /// and no other person than its speaker is named in between.
    private func inheritsFrom(_ earlier: MarkedQuotation, _ attribution: Attribution, _ quotation: MarkedQuotation,
                              speaker: String?) -> Bool {
        let words = layout.words
        let gap = words[quotation.outerStart].paragraph - words[earlier.outerEnd - 1].paragraph
        guard gap <= 1 else { return false }
        // The sentence that attributed the earlier quote may name others ("Trump tweeted before Election Day").
        let attributingWord = max(earlier.outerEnd, attribution.inciseEnd ?? 0) - 1
        let attributed = layout.sentences[layout.sentenceOfWord[min(attributingWord, words.count - 1)]]
        let start = max(earlier.outerEnd, min(attributed.upperBound, quotation.outerStart))
        for index in start..<quotation.outerStart where layout.isOutsideQuotes(index) {
            if let number = finder.names.unitOfWord[index], finder.names.units[number].isPersonLike,
               finder.mention(ofUnit: number).canonical != speaker {
                return false
            }
        }
        return true
    }

    /// Unattributed quotations are kept when their marks pair up, they are not a lower-case fragment inside
    /// a sentence, and they are long or stand as their own statement.
    private func keepsUnattributed(_ quotation: MarkedQuotation) -> Bool {
        if quotation.repaired { return false }
        let words = layout.words
        let start = quotation.outerStart
        // A fragment starting in lower case inside a sentence is the author's wording ("de « qui voit … »").
        let fragment = !DocumentNames.isClauseStart(layout, start) && words[quotation.innerStart].folded.first?.isLetter == true
            && !words[quotation.innerStart].isCapitalized
        if fragment { return false }
        if QuotedTermFilter.wordCount(quotation, in: layout) >= Self.shortestUnattributed { return true }
        if start == 0 || words[start - 1].paragraph != words[start].paragraph { return true }
        return words[start - 1].mark == ":"
    }

    /// The text inside the marks, one span per paragraph (without the mark reopening each continued
    /// paragraph), and without a trailing comma or dash.
    private func innerSpans(_ quotation: MarkedQuotation) -> [TextSpan] {
        let words = layout.words
        var spans: [TextSpan] = []
        var start = quotation.innerStart
        while start < quotation.innerEnd {
            var end = start
            while end < quotation.innerEnd, words[end].paragraph == words[start].paragraph { end += 1 }
            var from = start
            if from > quotation.innerStart, let mark = words[from].mark, "«“\"„‹".contains(mark) { from += 1 }
            var to = end
            while to > from + 1, let mark = words[to - 1].mark, mark == "," || mark == "—" || mark == "–" { to -= 1 }
            if to > from { spans.append(layout.span(from, to)) }
            start = end
        }
        return spans
    }

    private func makeQuote(span: TextSpan, kind: QuoteKind, attribution: Attribution?) -> Quote {
        guard let attribution else {
            return Quote(span: span, kind: kind, speaker: nil, cue: nil, rule: "unattributed", confidence: 0.4)
        }
        var confidence = attribution.confidence
        if let speaker = attribution.speaker, speaker.canonical == nil, speaker.kind == .pronoun { confidence -= 0.2 }
        if attribution.speaker?.kind == .pronoun { confidence -= 0.05 }
        let cue = attribution.cue.map { layout.span($0.lowerBound, $0.upperBound) }
        var speaker = attribution.speaker?.speaker
        speaker?.resolution = attribution.speaker.map { Self.resolution(of: $0, rule: attribution.rule) }
        return Quote(span: span, kind: kind, speaker: speaker, cue: cue, rule: attribution.rule,
                     confidence: max(0.1, confidence))
    }

    /// Rules that carry a speaker over from the context rather than from the quote's own attribution.
    private static let runRules: Set<String> = ["inherit", "incise-inside", "lead-subject", "run-before"]

    /// How the speaker was resolved: `name`, `pronoun`, `description` (a person by a role),
    /// `organisation` (an organisation by a description), `run` (carried over a run of quotes) or `unnamed`.
    static func resolution(of mention: SpeakerMention, rule: String) -> String {
        guard mention.canonical != nil else { return "unnamed" }
        if runRules.contains(rule) { return "run" }
        switch mention.kind {
        case .entity, .name: return "name"
        case .pronoun: return "pronoun"
        case .description: return mention.type == .organization ? "organisation" : "description"
        case .unnamed: return "unnamed"
        }
    }
}
