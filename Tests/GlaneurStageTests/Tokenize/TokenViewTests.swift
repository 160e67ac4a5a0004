import Testing
import GlaneurCore

/// What tokenize computes once for every later stage: shapes, indices, paired quotation marks
/// and interned folded forms.
@Suite("Tokens: the shared view")
struct TokenViewTests {
    private func token(_ text: String, in document: Document, occurrence: Int = 0) throws -> Token {
        let matches = document.tokens.filter { document.text.slice($0.span) == text }
        return try #require(matches.count > occurrence ? matches[occurrence] : nil)
    }

    @Test("Shape flags")
    func shapes() throws {
        let document = try tokenized("L'État et la CGT ont signé, à Paris, l'accord G7 de 2024.")
        #expect(try token("État", in: document).shape == [.capitalized, .spaceAfter])
        #expect(try token("CGT", in: document).shape == [.capitalized, .allCaps, .spaceBefore, .spaceAfter])
        #expect(try token("signé", in: document).shape == [.spaceBefore])
        #expect(try token(",", in: document).shape == [.punctuation, .spaceAfter])
        #expect(try token("G7", in: document).shape == [.capitalized, .allCaps, .hasDigits, .spaceBefore, .spaceAfter])
        #expect(try token("2024", in: document).shape == [.hasDigits, .spaceBefore])
        #expect(try token(".", in: document).shape == [.punctuation])
        #expect(try token("ÉTÉ", in: tokenized("Un ÉTÉ chaud.")).shape.contains(.allCaps))
    }

    @Test("Paragraph and sentence indices")
    func indices() throws {
        let document = try tokenized("Premier paragraphe. Deuxième phrase.\n\nSecond paragraphe ici.")
        #expect(try token("Premier", in: document).paragraph == 0)
        #expect(try token("Premier", in: document).sentence == 0)
        #expect(try token("Deuxième", in: document).sentence == 1)
        #expect(try token("Second", in: document).paragraph == 1)
        #expect(try token("Second", in: document).sentence == 2)
        for token in document.tokens {
            #expect(document.paragraphs[Int(token.paragraph)].contains(token.span))
            #expect(document.sentences[Int(token.sentence)].contains(token.span))
        }
    }

    @Test("Quotation marks are paired within a paragraph")
    func pairedMarks() throws {
        let document = try tokenized("« Il a dit “ oui ” », a-t-il \"insisté\". « Non\n\nclos » ici.")
        let tokens = document.tokens
        func index(_ text: String, _ occurrence: Int = 0) throws -> Int {
            let indices = tokens.indices.filter { document.text.slice(tokens[$0].span) == text }
            return try #require(indices.count > occurrence ? indices[occurrence] : nil)
        }
        #expect(tokens[try index("«")].pairedMark == Int32(try index("»")))
        #expect(tokens[try index("»")].pairedMark == Int32(try index("«")))
        #expect(tokens[try index("“")].pairedMark == Int32(try index("”")))
        #expect(tokens[try index("\"")].pairedMark == Int32(try index("\"", 1)))
        // The second « is never closed in its paragraph; the » of the next paragraph does not close it.
        #expect(tokens[try index("«", 1)].pairedMark == -1)
        #expect(tokens[try index("»", 1)].pairedMark == -1)
        #expect(tokens[try index("Il")].pairedMark == -1)
    }

    @Test("Single curly marks pair when the opening one follows white space; apostrophes stay unpaired")
    func singleCurlyMarks() throws {
        let document = try tokenized("The club had been ‘months away from trouble’ before it’s sold, ‘he said’.", language: "en")
        let tokens = document.tokens
        let open = try #require(tokens.indices.first { document.text.slice(tokens[$0].span) == "‘" })
        let close = try #require(tokens.indices.first { document.text.slice(tokens[$0].span) == "’" })
        #expect(tokens[open].pairedMark == Int32(close))
        #expect(tokens[close].pairedMark == Int32(open))
        let paired = tokens.filter { $0.pairedMark >= 0 }.map { String(document.text.slice($0.span)) }
        #expect(paired == ["‘", "’", "‘", "’"])
    }

    @Test("Folded forms are interned: equal ids for equal folded forms")
    func internedForms() throws {
        let document = try tokenized("Été comme été, l'été reste l'ÉTÉ.")
        for token in document.tokens {
            #expect(document.foldedForms[Int(token.foldedID)] == token.folded)
        }
        #expect(Set(document.foldedForms).count == document.foldedForms.count)
        let summers = document.tokens.filter { $0.folded == "ete" }
        #expect(summers.count == 4)
        #expect(Set(summers.map(\.foldedID)).count == 1)
    }
}
