import GlaneurCore
import Testing

@Suite struct DirectQuoteTests {
    @Test func guillemetsWithNoBreakSpacesGiveTheTextInsideTheMarks() throws {
        let found = try quotes("Claire Dubois a déclaré\u{00A0}: «\u{202F}Nous allons ouvrir trois usines cette année.\u{202F}»")
        #expect(found.count == 1)
        #expect(found.first?.text == "Nous allons ouvrir trois usines cette année.")
        #expect(found.first?.kind == .direct)
    }

    @Test(arguments: [
        ("Marc Leroy a écrit : “Le marché va se retourner très vite.”", "Le marché va se retourner très vite."),
        ("Marc Leroy a écrit : \"Le marché va se retourner très vite.\"", "Le marché va se retourner très vite."),
        ("Marc Leroy schrieb: „Der Markt wird sich sehr schnell drehen.“", "Der Markt wird sich sehr schnell drehen."),
        ("Marc Leroy a écrit : ‹ Le marché va se retourner très vite. ›", "Le marché va se retourner très vite."),
    ])
    func everyKindOfQuotationMark(text: String, expected: String) throws {
        #expect(try quotes(text).map(\.text) == [expected])
    }

    @Test func nestedQuotationsStayInsideTheOuterQuote() throws {
        let found = try quotes("Lina Ferraz a ajouté : « Le message était “restez chez vous, ne partez pas”, et il a été compris. »")
        #expect(found.map(\.text) == ["Le message était “restez chez vous, ne partez pas”, et il a été compris."])
    }

    @Test func aQuotationOverSeveralParagraphsIsOneQuotePerParagraph() throws {
        let text = """
        Paul Girard a raconté : « Nous étions trois dans le laboratoire ce soir-là.

        « Personne ne savait encore que la machine fonctionnait enfin. »

        Le lendemain, tout avait changé.
        """
        let found = try quotes(text)
        #expect(found.map(\.text) == ["Nous étions trois dans le laboratoire ce soir-là.",
                                      "Personne ne savait encore que la machine fonctionnait enfin."])
        #expect(found.map(\.speaker) == ["Paul Girard", "Paul Girard"])
    }

    @Test func anUnclosedQuotationEndsWithItsParagraph() throws {
        let text = """
        Sophie Marchand a prévenu : « La hausse des prix ne fait que commencer, et elle durera.

        Les marchés ont reculé le lendemain, sans rebond notable jusqu’à la fin de la semaine.
        """
        let document = try quoteDocument(text)
        let found = document.quoteSummaries
        #expect(found.map(\.text) == ["La hausse des prix ne fait que commencer, et elle durera."])
        #expect(found.first?.speaker == "Sophie Marchand")
        #expect(document.counters["quotes"]?.values["unbalanced_repaired"] == 1)
    }

    @Test func aMissingOpeningMarkIsRecoveredAfterTheColon() throws {
        let found = try quotes("Sophie Marchand a prévenu : la hausse des prix ne fait que commencer. » Puis elle est partie.")
        #expect(found.map(\.text) == ["la hausse des prix ne fait que commencer."])
    }

    @Test func shortQuotedTermsAndScareQuotesAreNotQuotes() throws {
        let text = """
        Les observateurs ont parlé d’un « moment Sputnik » pour le secteur. Le plan, intitulé « Gagner la grande course », \
        a été publié. Elle défend des « visas de défection » et la « Fête de la Science Ouverte ».
        """
        #expect(try quotes(text).isEmpty)
    }

    @Test func aLongerScareQuoteInsideASentenceIsNotAQuote() throws {
        let text = "La bataille se jouera moins sur « qui a le plus grand modèle » que sur les usages."
        #expect(try quotes(text).isEmpty)
        let longer = "L’enjeu se déplace vers « qui fera adopter ses standards, ses outils et sa pile logicielle au reste du monde »."
        #expect(try quotes(longer).isEmpty)
    }

    @Test func countersReportKindsRulesAttributionAndRepairs() throws {
        let text = """
        « Nous tiendrons nos engagements jusqu’au bout », a déclaré Claire Dubois. Paul Girard estime que la reprise sera lente.

        Un analyste a prévenu : « La demande restera faible cette année.
        """
        let counters = try #require(try quoteDocument(text).counters["quotes"]?.values)
        #expect(counters["direct"] == 2)
        #expect(counters["indirect"] == 1)
        #expect(counters["attributed"] == 2)
        #expect(counters["speaker_unnamed"] == 1)
        #expect(counters["rule.incise-after"] == 1)
        #expect(counters["rule.cue-que"] == 1)
        #expect(counters["rule.colon-cue"] == 1)
        #expect(counters["unbalanced_repaired"] == 1)
    }
}
