import Foundation
import GlaneurCore
import GlaneurEntities
import Testing
@testable import GlaneurNameTagger

/// The committed model with the lexicon features the entities stage gives it.
private let trainedTagger: NameTagger = {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
        directory = directory.deletingLastPathComponent()
    }
    let lexicons = directory.appendingPathComponent("lexicons")
    let model = try! NameTaggerModel(contentsOf: lexicons.appendingPathComponent("models/name-tagger/model.gnt"))
    let entries = try! Lexicon(contentsOf: lexicons.appendingPathComponent("entities")).entries.map(\.entry)
    let lexicon = try! TaggerLexicon.entitiesStage(names: lexicons.appendingPathComponent("names"), entries: entries,
                                                          gazetteer: lexicons.appendingPathComponent("gazetteer"))
    return NameTagger(model: model, lexicon: lexicon)
}()

@Suite struct TrainedModelTests {
    private func names(_ sentence: String) -> [(String, NameType)] {
        let tokens = taggerTokens(sentence)
        return trainedTagger.names(in: tokens).map { name in
            (name.tokens.map { String(tokens[$0].text) }.joined(separator: " "), name.type)
        }
    }

    @Test func findsAnUnlistedPersonInFrench() {
        let found = names("Lundi soir , Kossi Ekwuembo a présenté le budget de la commune devant les élus .")
        #expect(found.contains { $0.0 == "Kossi Ekwuembo" && $0.1 == .person })
    }

    @Test func findsAnUnlistedPersonInEnglish() {
        let found = names("The plan was backed by Kofi Tewhatunga , who chairs the local trust .")
        #expect(found.contains { $0.0 == "Kofi Tewhatunga" && $0.1 == .person })
    }

    @Test func leavesLowerCaseSentencesAlone() {
        #expect(names("les habitants ont attendu la réouverture du pont pendant trois semaines .").isEmpty)
    }
}
