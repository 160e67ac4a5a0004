import GlaneurCore
import Testing

/// The quotes stage reading entities given by hand, as the entities layer would give them.
@Suite struct EntityLayerTests {
    private func document(_ marked: MarkedText, entities: [(EntityType, String, EntityOrigin)]) throws -> Document {
        var document = try annotate(marked.text, language: "fr", through: [SharedStages.tokenize])
        document.entities = zip(marked.spans, entities).map { span, entity in
            Entity(span: span, type: entity.0, canonical: entity.1, id: nil, origin: entity.2, rule: "test")
        }
        try SharedStages.quotes.process(&document)
        return document
    }

    @Test func aShortFormFromTheEntitiesLayerKeepsItsCanonicalName() throws {
        let marked = MarkedText("Le chercheur [[Lennart Heim]] a publié une note. Cependant, [[Heim]] précise qu’il manque des données fiables.")
        let found = try document(marked, entities: [(.person, "Lennart Heim", .lexicon), (.person, "Lennart Heim", .alias)]).quoteSummaries
        #expect(found.map(\.speaker) == ["Lennart Heim"])
        #expect(found.map(\.mention) == ["Heim"])
    }

    @Test func aPlaceStandsForItsGovernmentWhenNothingElseIsNamed() throws {
        let marked = MarkedText("[[Washington]] estime que les sanctions produisent déjà leurs effets.")
        let found = try document(marked, entities: [(.place, "Washington", .lexicon)]).quoteSummaries
        #expect(found.first?.speaker == "Washington")
    }

    @Test func anOrganisationEntityInsideADescriptionIsTheSpeaker() throws {
        let marked = MarkedText("Selon un rapport du [[Centre d’études prospectives]], les exportations reculeront en 2026.")
        let found = try document(marked, entities: [(.organization, "Centre d’études prospectives", .lexicon)]).quoteSummaries
        #expect(found.first?.speaker == "Centre d’études prospectives")
        #expect(found.first?.text == "les exportations reculeront en 2026")
    }

    @Test func titlesAreDroppedFromAPersonsCanonicalName() throws {
        let marked = MarkedText("« Le budget sera voté avant l’été », a déclaré [[Press Secretary Stephanie Grant]].")
        let found = try document(marked, entities: [(.person, "Press Secretary Stephanie Grant", .discovered)]).quoteSummaries
        #expect(found.first?.speaker == "Stephanie Grant")
    }
}
