import Testing
import GlaneurCore

@Suite("Claims: spans, subjects and counters")
struct ClaimsSpanAndSubjectTests {
    @Test("Spans cover qualifier, number and unit, on scalar boundaries")
    func spans() throws {
        let marked = MarkedText("Selon l’étude, [[plus de 100\u{202F}000 évaluations]] ont été faites et [[53 milliards de dollars]] investis.")
        let document = try claimsDocument(marked.text)
        #expect(document.claims.map(\.span) == marked.spans)
        let english = MarkedText("They spent [[about $100bn]] in [[3 years]].")
        #expect(try claimsDocument(english.text, language: "en").claims.map(\.span) == english.spans)
    }

    @Test("The subject is the sentence's first entity that is not a complement")
    func subjects() throws {
        let text = "Honor, ancienne division de Huawei, a annoncé un budget de 10 milliards de dollars."
        var document = try annotate(text, language: "fr", through: [SharedStages.tokenize])
        func span(_ name: String) -> TextSpan {
            let range = text.range(of: name)!
            let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            return TextSpan(start, start + name.utf8.count)
        }
        document.entities = [
            Entity(span: span("Honor"), type: .organization, canonical: "Honor", id: nil, origin: .lexicon, rule: "test"),
            Entity(span: span("Huawei"), type: .organization, canonical: "Huawei", id: "Q160120", origin: .lexicon, rule: "test"),
        ]
        try SharedStages.claims.process(&document)
        #expect(document.claims.count == 1)
        #expect(document.claims.first?.subject?.canonical == "Honor")
    }

    @Test("In a quotation after a colon, the subject is taken from the quoted clause")
    func subjectInQuotedClause() throws {
        let text = "L'analyste Marc Petit a écrit : « Renault vend 300 000 voitures par an. »"
        var document = try annotate(text, language: "fr", through: [SharedStages.tokenize])
        func span(_ name: String) -> TextSpan {
            let start = text.utf8.distance(from: text.startIndex, to: text.range(of: name)!.lowerBound)
            return TextSpan(start, start + name.utf8.count)
        }
        document.entities = [
            Entity(span: span("Marc Petit"), type: .person, canonical: "Marc Petit", id: nil, origin: .discovered, rule: "test"),
            Entity(span: span("Renault"), type: .organization, canonical: "Renault", id: nil, origin: .lexicon, rule: "test"),
        ]
        try SharedStages.claims.process(&document)
        #expect(document.claims.map { $0.subject?.canonical } == ["Renault"])
    }

    @Test("A number inside an entity mention is a name")
    func numberInsideEntity() throws {
        let text = "Le Mate 60 Pro se vend bien."
        var document = try annotate(text, language: "fr", through: [SharedStages.tokenize])
        let start = text.utf8.distance(from: text.startIndex, to: text.range(of: "Mate")!.lowerBound)
        document.entities = [Entity(span: TextSpan(start, start + "Mate 60 Pro".utf8.count), type: .product,
                                    canonical: "Mate 60 Pro", id: nil, origin: .lexicon, rule: "test")]
        try SharedStages.claims.process(&document)
        #expect(document.claims.isEmpty)
        #expect(document.numbers.first?.rejection == "name")
    }

    @Test("An entity that is only the number word itself does not make it a name")
    func entityEqualToNumberWord() throws {
        let text = "Je pars pour un mois."
        var document = try annotate(text, language: "fr", through: [SharedStages.tokenize])
        let start = text.utf8.distance(from: text.startIndex, to: text.range(of: "un")!.lowerBound)
        document.entities = [Entity(span: TextSpan(start, start + 2), type: .organization, canonical: "United Nations",
                                    id: nil, origin: .lexicon, rule: "test")]
        try SharedStages.claims.process(&document)
        #expect(document.claims.map(\.unit) == ["month"])
    }

    @Test("Counters: claims by kind, qualifiers, rejections by reason")
    func counters() throws {
        let document = try claimsDocument("En 2024, plus de 300 salariés ont gagné 55 % de plus, soit environ 2 M€.")
        let counters = try #require(document.counters["claims"]?.values)
        #expect(counters["claims.count"] == 1)
        #expect(counters["claims.percent"] == 1)
        #expect(counters["claims.money"] == 1)
        #expect(counters["approx.more than"] == 1)
        #expect(counters["approx.about"] == 1)
        #expect(counters["rejected.year"] == 1)
    }

    @Test("Language left undetected: French forms first, English forms accepted")
    func undetectedLanguage() throws {
        var document = Document(id: "t", source: "t", input: RawInput(format: .plainText, bytes: Array("4,800% et $1,5 million".utf8)))
        try SharedStages.decode.process(&document)
        document.language = nil
        try SharedStages.tokenize.process(&document)
        try SharedStages.claims.process(&document)
        #expect(document.claims.map(\.value) == [4.8, 1_500_000])
    }
}
