import Foundation
import Testing
import GlaneurCore
@testable import GlaneurEntities

/// Hyphenated compound names and the guards on weak names, on hand-built mentions: `[[…]]` marks
/// the words of one mention, typed and sourced as the test says.
@Suite struct CompoundAndGuardTests {
    static let lists = try! EntityWordLists(directory: repositoryRoot.appendingPathComponent("lexicons/entities"))
    static let resources = try! NameResources(directory: repositoryRoot.appendingPathComponent("lexicons/names"))

    /// The words of `marked` (without its markers) and the mentions its `[[…]]` spans mark, in order,
    /// typed by `types` and sourced by `origins`.
    private func mentions(_ marked: String, _ types: [EntityType], _ origins: [EntityOrigin], language: String = "fr")
        throws -> (DocumentWords, [Mention], String) {
        var text = "", spans: [(Int, Int)] = [], start = 0
        var rest = Substring(marked)
        while let open = rest.range(of: "[[") {
            text += rest[..<open.lowerBound]
            start = text.utf8.count
            rest = rest[open.upperBound...]
            let close = rest.range(of: "]]")!
            text += rest[..<close.lowerBound]
            spans.append((start, text.utf8.count))
            rest = rest[close.upperBound...]
        }
        text += rest
        let document = try annotate(text, language: language, through: [SharedStages.tokenize])
        let units = AliasMatcher(entries: []).units(of: document.text, tokens: document.tokens)
        let words = DocumentWords(text: document.text, units: units, tokens: document.tokens, sentences: document.sentences,
                                  lists: Self.lists)
        let found = spans.enumerated().map { index, span in
            let range = (0..<words.count).first { words[$0].span.start == span.0 }!..<((0..<words.count).first { words[$0].span.end == span.1 }! + 1)
            return Mention(words: range, type: types[index], canonical: words.surface(range, in: document.text), id: nil,
                           origin: origins[index], rule: "test")
        }
        return (words, found, document.text)
    }

    private func covered(_ mentions: [Mention], _ words: DocumentWords) -> [Bool] {
        (0..<words.count).map { index in mentions.contains { $0.words.contains(index) } }
    }

    private func described(_ mentions: [Mention], _ words: DocumentWords, _ text: String) -> [String] {
        mentions.map { "\(words.surface($0.words, in: text))|\($0.type.rawValue)|\($0.rule)" }
    }

    @Test func aPlaceInsideAHyphenCompoundGivesWayToTheCompound() throws {
        // An organisation named after a place, a place opened by a place word, a place with a link word.
        for (marked, expected) in [
            ("Les ingénieurs de Radio-[[Varenne]] ont parlé.", "Radio-Varenne|ORG|hyphen-compound"),
            ("Le parc entre Quimper et Baie-[[Saint-Odile]] ouvre.", "Baie-Saint-Odile|PLACE|hyphen-compound"),
            ("Les urgences de l’Ouest-du-[[Varenne]] débordent.", "Ouest-du-Varenne|PLACE|hyphen-compound"),
        ] {
            let (words, found, text) = try mentions(marked, [.place], [.lexicon])
            let joined = HyphenCompounds.join(found, words: words, text: text) { _ in false }
            #expect(described(joined, words, text) == [expected])
        }
    }

    @Test func namesJoinedToNamesAndCombiningFormsStayApart() throws {
        let (words, found, text) = try mentions("Le sommet [[Varenne]]-[[Quimper]] a eu lieu.", [.place, .place], [.lexicon, .lexicon])
        #expect(described(HyphenCompounds.join(found, words: words, text: text) { _ in false }, words, text)
                == ["Varenne|PLACE|test", "Quimper|PLACE|test"])
        let (words2, found2, text2) = try mentions("The Sino-[[Varenne]] talks resumed.", [.place], [.lexicon], language: "en")
        #expect(described(HyphenCompounds.join(found2, words: words2, text: text2) { _ in false }, words2, text2)
                == ["Varenne|PLACE|test"])
    }

    @Test func theGazetteerTypesACompoundOfPlaces() throws {
        let (words, found, text) = try mentions("Ils vivent à Montclar-[[Varenne]] depuis dix ans.", [.place], [.lexicon])
        #expect(described(HyphenCompounds.join(found, words: words, text: text) { $0 == "montclar" }, words, text)
                == ["Montclar-Varenne|PLACE|hyphen-compound"])
    }

    @Test func commonNounsAndRolesAreNoNames() throws {
        let (words, found, text) = try mentions(
            "Growers wrote to the [[Government]] and to the [[Vice-Chairman]] of the board, then to the Commissioner for [[Works]].",
            [.organization, .organization, .organization], [.tagger, .tagger, .tagger], language: "en")
        #expect(WeakNameGuards.filter(found, words: words, resources: Self.resources, text: text).isEmpty)
        let (words2, found2, text2) = try mentions("It reached the [[Riverside Transport]] Officer on Monday.",
                                                   [.organization], [.tagger], language: "en")
        #expect(WeakNameGuards.filter(found2, words: words2, resources: Self.resources, text: text2).isEmpty)
        // A lexicon match is left alone.
        let (words3, found3, text3) = try mentions("The [[Government]] spoke.", [.organization], [.lexicon], language: "en")
        #expect(WeakNameGuards.filter(found3, words: words3, resources: Self.resources, text: text3).count == 1)
    }

    @Test func theWordsAroundAWeakNameRetypeIt() throws {
        let (words, found, text) = try mentions(
            "A tribute to the late [[Tane Wiremu]] was held near the [[Kowhai Valley]]; for [[Harbour Maintenance Services]], Dr Ana Lee spoke.",
            [.organization, .organization, .person], [.tagger, .tagger, .discovered], language: "en")
        #expect(described(WeakNameGuards.filter(found, words: words, resources: Self.resources, text: text), words, text) == [
            "Tane Wiremu|PERSON|test+the-late", "Kowhai Valley|PLACE|test+place-word",
            "Harbour Maintenance Services|ORG|test+org-word",
        ])
    }

    @Test func aStreetNounAndANationalityNounShapeTheName() throws {
        let (words, found, text) = try mentions("Devant la place de la [[Fraternité]], le Malien [[Amadou Koné Diarra]] a chanté.",
                                                [.organization, .organization], [.tagger, .tagger])
        // The nationality noun was tagged with the name.
        var tagged = found
        tagged[1].words = tagged[1].words.lowerBound - 1..<tagged[1].words.upperBound
        #expect(described(WeakNameGuards.filter(tagged, words: words, resources: Self.resources, text: text), words, text) == [
            "place de la Fraternité|PLACE|test+place-head", "Amadou Koné Diarra|PERSON|test+demonym",
        ])
        // "à la place de" (instead of) is no street.
        let (words2, found2, text2) = try mentions("Il a voté à la place de [[Varenne]].", [.organization], [.tagger])
        #expect(described(WeakNameGuards.filter(found2, words: words2, resources: Self.resources, text: text2), words2, text2)
                == ["Varenne|ORG|test"])
    }

    @Test func aTitleCaseAbbreviationIsNoAcronym() throws {
        let (words, found, text) = try mentions("The report came from Chief [[Insp]]. Ana Lee of the coast guard.",
                                                [.organization], [.lexicon], language: "en")
        var acronym = found
        acronym[0].canonical = "Institut national des sports et du plein air"
        #expect(WeakNameGuards.filter(acronym, words: words, resources: Self.resources, text: text).isEmpty)
        // A city whose own name it is, at the end of a sentence, stays.
        let (words2, found2, text2) = try mentions("They met in [[Cardiff]]. Ana Lee agreed.", [.organization], [.lexicon], language: "en")
        #expect(WeakNameGuards.filter(found2, words: words2, resources: Self.resources, text: text2).count == 1)
    }

    @Test func aCommonNounTheDocumentWritesInLowerCaseIsNoShortName() throws {
        let resolution = MentionResolution(resources: Self.resources)
        let (words, found, text) = try mentions("[[Joan State]] spoke first. The state pays. Later State agreed.",
                                                [.person], [.discovered], language: "en")
        #expect(described(resolution.resolve(found, words: words, covered: covered(found, words)), words, text)
                == ["Joan State|PERSON|test"])
        // Without the lower-case common noun, the short name links.
        let (words2, found2, text2) = try mentions("[[Joan State]] spoke first. Later State agreed.", [.person], [.discovered], language: "en")
        #expect(described(resolution.resolve(found2, words: words2, covered: covered(found2, words2)), words2, text2)
                == ["Joan State|PERSON|test", "State|PERSON|short-name"])
    }

    @Test func aPortfolioListAfterAGovernmentTitleIsNoName() throws {
        let (words, found, text) = try mentions("Ana Lee, Minister for Trade and [[Regional Ports Services]], spoke. The CEO of [[Kestrel Robotics]] agreed.",
                                                [.person, .organization], [.discovered, .tagger], language: "en")
        #expect(described(WeakNameGuards.filter(found, words: words, resources: Self.resources, text: text), words, text)
                == ["Kestrel Robotics|ORG|test"])
    }

    @Test func anOrganisationTypeWordOpensNoPersonName() throws {
        let (words, found, text) = try mentions("Its deputy head, the Vice-Chairman, chairs the [[State Ebola]] committee.",
                                                [.person], [.discovered], language: "en")
        #expect(WeakNameGuards.filter(found, words: words, resources: Self.resources, text: text).isEmpty)
    }

    @Test func discoveryNamesJoinedByOfKeepTheirOrganisationType() throws {
        let (words, found, text) = try mentions("[[Friends of the Kowhai Valley]] said no.", [.organization], [.tagger], language: "en")
        #expect(described(WeakNameGuards.filter(found, words: words, resources: Self.resources, text: text), words, text)
                == ["Friends of the Kowhai Valley|ORG|test"])
    }

    @Test func aTaggedWordRightAfterALexiconOrganisationContinuesIt() throws {
        let (words, found, text) = try mentions("Elle travaille au [[Crédit maritime]] [[Kerlann]] depuis 2010.",
                                                [.organization, .place], [.lexicon, .tagger])
        #expect(described(WeakNameGuards.joinContinuations(found, words: words, text: text), words, text)
                == ["Crédit maritime Kerlann|ORG|test+continued"])
        // A person after the organisation is no continuation.
        let (words2, found2, text2) = try mentions("Chez [[Crédit maritime]] [[Ana Lee]] a parlé.", [.organization, .person], [.lexicon, .tagger])
        #expect(WeakNameGuards.joinContinuations(found2, words: words2, text: text2).count == 2)
    }

    @Test func anInstitutionNamedThenPlacedIsCutBeforeItsPlace() throws {
        let (words, found, text) = try mentions("L’attente est longue à l’[[Hôpital Le Garrec de Baie-Comeau]] cet hiver.",
                                                [.organization], [.discovered])
        let split = WeakNameGuards.splitLocatives(found, words: words, text: text, resources: Self.resources) { $0 == "baie comeau" }
        #expect(described(split, words, text) == ["Hôpital Le Garrec|ORG|test+locative", "Baie-Comeau|PLACE|org-locative"])
        // "Hôpital de Baie-Comeau" is named by its place alone.
        let (words2, found2, text2) = try mentions("L’attente est longue à l’[[Hôpital de Baie-Comeau]] cet hiver.", [.organization], [.discovered])
        #expect(WeakNameGuards.splitLocatives(found2, words: words2, text: text2, resources: Self.resources) { _ in true }.count == 1)
    }
}
