import Foundation
import GlaneurCore

/// The closed-class words the entity rules read, from `lexicons/entities/`: `fr/<list>.txt` and
/// `en/<list>.txt` for the words of one language, `words/<list>.txt` for words of all languages
/// (name particles, company legal forms). One entry a line through `WordList`; entries are folded
/// unless the list is case-sensitive. A rule sees the union of the languages, as French and English
/// text share the stage, except where the list says otherwise.
public final class EntityWordLists: Sendable {
    /// Closed-class words capitalised at the start of a sentence or heading, never a name on their own.
    let functionWords: Set<String>
    /// Number words that open headlines and lists ("Five AI tools", "Trois Français"), never names.
    let numberWords: Set<String>
    /// Months and days, capitalised in English and in headings.
    let calendarWords: Set<String>
    /// Generic nouns that end place and facility names ("Long Island", "Grace Hall"), never surnames.
    let placeNouns: Set<String>
    /// Lower-case particles inside person names ("Ursula von der Leyen").
    let nameParticles: Set<String>
    /// Particles written with a capital inside names ("Bruno Le Maire", "Anna Van Damme").
    let capitalizedParticles: Set<String>
    /// Size and age adjectives that may stand before the noun of a complement ("des grands projets").
    let sizeAdjectives: Set<String>
    /// Endings of French adjectives (folded, singular): "national", "financier", "publique"…
    let adjectiveEndings: [String]
    /// Nouns with an adjective's ending that cannot continue an institution's name.
    let adjectiveExceptions: Set<String>
    /// Words joining an organisation prefix to the rest of its name ("Université de Stanford").
    let organizationConnectors: Set<String>
    /// Determiners and modifiers allowed between a comma and a role noun in an apposition.
    let appositionFillers: Set<String>
    /// Verbs of saying that follow a speaker's name ("Jane Doe said").
    let speechVerbs: Set<String>
    /// Prepositions that make the following name a complement of the noun before ("directeur de X").
    let complementPrepositions: Set<String>
    /// Common verb forms that end a title's reach ("le ministre s’est rendu à X": X is no minister).
    let verbForms: Set<String>
    /// Auxiliaries that may come between a name and a speech verb ("a déclaré", "has said").
    let auxiliaries: Set<String>
    /// Role nouns after which "de X" / "of X" names an organisation ("CEO of Acme").
    let organizationRoles: Set<String>
    /// Nouns that name the kind of organisation before or in apposition to its name ("la start-up X").
    let organizationNouns: Set<String>
    /// Nouns naming a kind of organisation ("gouvernement", "council"): alone, a common noun.
    let organizationTypes: Set<String>
    /// Role nouns that describe companies as often as people ("X, leader mondial").
    let sharedRoles: Set<String>
    /// Participles glued by a hyphen after a name that leave the name whole ("Paris-based").
    let nameQualifiers: Set<String>
    /// Words of capitalised job titles written before a name ("Chief Financial Officer").
    let titleWords: Set<String>
    /// Legal forms and group words after a company's name, as written ("SA", not "sa").
    let legalForms: Set<String>
    /// Country and region words that name a national subsidiary after a company's name, as written.
    let subsidiaries: Set<String>
    /// Capitalised words that end a company's name ("PLD Space", "Isar Aerospace").
    let companyWords: Set<String>
    /// Function words that only a headline capitalises inside a sentence.
    let headlineWords: Set<String>
    /// Words after a number that show it counts something rather than naming an index.
    let countingWords: Set<String>
    /// French nouns of a product kind, before the product's name ("le moteur M88").
    let frenchProductNouns: Set<String>
    /// English nouns of a product kind, after the product's name ("the Meteor missile").
    let englishProductNouns: Set<String>
    /// Edition words that continue a product name when capitalised ("Pro", "Ultra").
    let productEditions: Set<String>
    /// Words that open a hyphenated place name ("Baie-Saint-Odile", "Nord-Kivu").
    let compoundPlaceHeads: Set<String>
    /// Lower-case words inside a hyphenated place name ("Ouest-du-Varenne").
    let compoundLinks: Set<String>
    /// Combining forms and prefixes joined to a name by a hyphen without making a new name ("Sino-US").
    let compoundPrefixes: Set<String>
    /// Words that open a place's name ("rue", "County", "Lake").
    let placeHeads: Set<String>
    /// Words that end a place's name ("Valley", "River").
    let placeTails: Set<String>
    /// Whether some product noun starts with a given byte: a quick filter before the set lookups.
    let productNounInitials: [Bool]

    /// Reads the lists from `directory` (`lexicons/entities`); a list found in no language folder is an error.
    public init(directory: URL) throws {
        func list(_ name: String, languages: [String] = ["fr", "en", "words"], folded: Bool = true) throws -> [String] {
            var entries: [String] = []
            var found = false
            for language in languages {
                let url = directory.appendingPathComponent(language).appendingPathComponent(name + ".txt")
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                found = true
                entries += try WordList.lines(url, owner: "stage 'entities'").map { folded ? TextFolding.fold($0) : $0 }
            }
            guard found else {
                throw ConfigurationError("stage 'entities': no \(name).txt under \(directory.path)/{fr,en,words}")
            }
            return entries
        }
        func set(_ name: String, languages: [String] = ["fr", "en", "words"], folded: Bool = true) throws -> Set<String> {
            Set(try list(name, languages: languages, folded: folded))
        }
        functionWords = try set("function-words")
        numberWords = try set("number-words")
        calendarWords = try set("calendar-words")
        placeNouns = try set("place-nouns")
        nameParticles = try set("name-particles")
        capitalizedParticles = try set("capitalized-particles")
        sizeAdjectives = try set("size-adjectives")
        adjectiveEndings = try list("adjective-endings")
        adjectiveExceptions = try set("adjective-exceptions")
        organizationConnectors = try set("organization-connectors")
        appositionFillers = try set("apposition-fillers")
        speechVerbs = try set("speech-verbs")
        complementPrepositions = try set("complement-prepositions")
        verbForms = try set("verb-forms")
        auxiliaries = try set("auxiliaries")
        organizationRoles = try set("organization-roles")
        organizationNouns = try set("organization-nouns")
        organizationTypes = try set("organization-types")
        sharedRoles = try set("shared-roles")
        nameQualifiers = try set("name-qualifiers")
        titleWords = try set("title-words")
        legalForms = try set("company-legal-forms", folded: false)
        subsidiaries = try set("company-subsidiaries", folded: false)
        companyWords = try set("company-words")
        headlineWords = try set("headline-words")
        countingWords = try set("counting-words")
        frenchProductNouns = try set("product-nouns", languages: ["fr"])
        englishProductNouns = try set("product-nouns", languages: ["en"])
        productEditions = try set("product-editions")
        let compounds = try RoleWordList(directory: directory, file: "compound-forms.txt", languages: ["words"])
        compoundPlaceHeads = compounds["place"]
        compoundLinks = compounds["link"]
        compoundPrefixes = compounds["prefix"]
        let placeTypes = try RoleWordList(directory: directory, file: "place-type-words.txt", languages: ["fr", "en"])
        placeHeads = placeTypes["head"]
        placeTails = placeTypes["tail"]
        var initials = Array(repeating: false, count: 256)
        for noun in frenchProductNouns.union(englishProductNouns) { initials[Int(noun.utf8.first ?? 0)] = true }
        productNounInitials = initials
    }
}
