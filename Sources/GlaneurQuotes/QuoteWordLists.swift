import Foundation
import GlaneurCore

/// Reads the closed-class word lists of the quotes stage: `lexicons/quotes/<lang>/<folder>/<name>.txt`,
/// and for words of no one language (name particles) `lexicons/quotes/<folder>/<name>.txt`, folded
/// forms one per line (through `WordList`). A rule sees the union of the languages, since French and
/// English text share the stage; each list must exist in at least one place.
enum QuoteWordLists {
    static let languages = ["fr", "en"]

    /// The folded words of list `name` under `folder`, all languages together.
    static func load(_ directory: URL, folder: String, name: String) throws -> Set<String> {
        try load(directory, folder: folder, name: name, languages: languages + [nil])
    }

    /// The folded words of list `name` under `folder` for one language only.
    static func load(_ directory: URL, folder: String, name: String, language: String) throws -> Set<String> {
        try load(directory, folder: folder, name: name, languages: [language])
    }

    /// The words of list `name` as a list, for matching word endings (suffixes).
    static func endings(_ directory: URL, folder: String, name: String) throws -> [String] {
        try load(directory, folder: folder, name: name).sorted()
    }

    private static func load(_ directory: URL, folder: String, name: String, languages: [String?]) throws -> Set<String> {
        var words: Set<String> = []
        var found = false
        for language in languages {
            let base = language.map { directory.appendingPathComponent($0) } ?? directory
            let url = base.appendingPathComponent(folder).appendingPathComponent(name + ".txt")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            found = true
            for entry in try WordList.lines(url, owner: "stage 'quotes'") { words.insert(TextFolding.fold(entry)) }
        }
        guard found else {
            throw ConfigurationError("stage 'quotes': no \(folder)/\(name).txt under \(directory.path)/<language>")
        }
        return words
    }
}

/// The closed-class words of the cue, attribution, name and quoted-term rules, from
/// `lexicons/quotes/<lang>/{cues,attribution,names,incise,terms}/` and `lexicons/quotes/names/`.
struct RuleWords: Sendable {
    /// Determiners that make a cue form a noun ("une note", "the report"), by the form's language.
    let cueDeterminers: [String: Set<String>]
    /// Auxiliaries of a cue verb's compound tenses ("a déclaré", "has said").
    let cueAuxiliaries: Set<String>
    /// Words after which an inverted speaker phrase has ended ("… lors d'une conférence", "in a statement").
    let attributionCircumstances: Set<String>
    /// Words that open an unnamed speaker's noun phrase after a cue ("a déclaré une habitante").
    let unnamedOpeners: Set<String>
    /// Determiners and prepositions that may stand before a name.
    let nameDeterminers: Set<String>
    /// Lower-case particles inside a person's name ("de", "van", "bin").
    let nameParticles: Set<String>
    /// Endings of nationality adjectives ("The German automaker says").
    let nationalitySuffixes: [String]
    /// Auxiliaries after which a capitalised word is a subject.
    let nameAuxiliaries: Set<String>
    /// Adjective endings of organisation complements ("sociale", "publique").
    let complementAdjectiveEndings: [String]
    /// Lower-case words after a preposition that do not name a field ("pour la première fois").
    let notComplementNouns: Set<String>
    /// Determiners opening a speaker phrase after an incise verb (", ajoute la responsable").
    let inciseDeterminers: Set<String>
    /// Words that announce a title or a name rather than speech ("intitulé « … »", "dubbed").
    let namingWords: Set<String>
    /// Lower-case words allowed inside a title-cased name ("Jour de la Libération").
    let titleParticles: Set<String>

    init(directory: URL) throws {
        func list(_ folder: String, _ name: String) throws -> Set<String> {
            try QuoteWordLists.load(directory, folder: folder, name: name)
        }
        var determiners: [String: Set<String>] = [:]
        for language in QuoteWordLists.languages {
            determiners[language] = try QuoteWordLists.load(directory, folder: "cues", name: "determiners", language: language)
        }
        cueDeterminers = determiners
        cueAuxiliaries = try list("cues", "auxiliaries")
        attributionCircumstances = try list("attribution", "circumstance-words")
        unnamedOpeners = try list("attribution", "unnamed-openers")
        nameDeterminers = try list("names", "determiners")
        nameParticles = try list("names", "particles")
        nationalitySuffixes = try QuoteWordLists.endings(directory, folder: "names", name: "nationality-suffixes")
        nameAuxiliaries = try list("names", "auxiliaries")
        complementAdjectiveEndings = try QuoteWordLists.endings(directory, folder: "names", name: "adjective-endings")
        notComplementNouns = try list("names", "not-complement-nouns")
        inciseDeterminers = try list("incise", "determiners")
        namingWords = try list("terms", "naming-words")
        titleParticles = try list("terms", "title-particles")
    }
}

/// The closed-class words the speaker rules read, from `lexicons/quotes/<lang>/speakers/`.
struct SpeakerWords: Sendable {
    /// Words skipped between a subject and its cue verb (auxiliaries, adverbs, clitics, negation).
    let verbGroupWords: Set<String>
    /// Determiners that open a description of a speaker ("le porte-parole", "the spokesman").
    let descriptionOpeners: Set<String>
    let prepositions: Set<String>
    /// Nouns any business may be called by ("the company", "le groupe").
    let businessInstitutions: Set<String>
    /// Nouns naming a kind of body that a business is not ("the agency", "le syndicat").
    let specificInstitutions: Set<String>
    /// Sources an author publishes and the article names once ("the report", "l'étude").
    let reportNouns: Set<String>
    /// Adjective endings inside a description ("correctionnel", "départementale").
    let adjectiveEndings: [String]
    /// Words naming an authority ("the Commission", "l'Autorité").
    let authorityWords: Set<String>
    /// Prepositions that end a speaker description ("le syndicaliste sur France Inter").
    let circumstanceWords: Set<String>

    init(directory: URL) throws {
        func list(_ name: String) throws -> Set<String> {
            try QuoteWordLists.load(directory, folder: "speakers", name: name)
        }
        verbGroupWords = try list("verb-group-words")
        descriptionOpeners = try list("description-openers")
        prepositions = try list("prepositions")
        businessInstitutions = try list("business-institutions")
        specificInstitutions = try list("specific-institutions")
        reportNouns = try list("report-nouns")
        adjectiveEndings = try QuoteWordLists.endings(directory, folder: "speakers", name: "adjective-endings")
        authorityWords = try list("authority-words")
        circumstanceWords = try list("circumstance-words")
    }
}
