import Foundation
import GlaneurCore

/// How a cue verb may introduce reported speech.
enum CueUsage: String, Sendable {
    /// With a content clause, before a colon, or in an incise next to a quote.
    case any
    /// Only with a content clause ("annoncer que", "montrer que").
    case clause
    /// Only with a content clause, and only when the subject is named ("une analyse de Stanford a
    /// révélé que"; not "une étude montre que").
    case evidence
    /// Only in an incise next to a quote ("poursuit-il").
    case incise
}

/// One inflected form of a cue verb (possibly several words, folded).
struct CueForm: Sendable {
    var words: [String]
    var lemma: String
    var usage: CueUsage
    /// "fr" or "en".
    var language: String
    /// A present participle ("affirmant", "saying"): its subject is the subject of the main clause.
    var isPresentParticiple: Bool
}

/// Gender or number of a speaker mention, used to keep pronouns on compatible persons.
enum SpeakerGender: String, Sendable {
    case masculine = "m", feminine = "f", plural = "p", either = "x"

    func accepts(_ other: SpeakerGender) -> Bool {
        self == .either || other == .either || self == other
    }
}

/// What a pronoun stands for.
enum PronounRole: String, Sendable {
    case subject, stressed, latest
}

struct PronounEntry: Sendable {
    var gender: SpeakerGender
    var role: PronounRole
}

/// What kind of speaker a description noun heads.
enum SpeakerNounClass: String, Sendable {
    case role, source, group, institution, title
    /// Figures that can be cited ("selon les chiffres de l'Insee") but do not speak by themselves.
    case data
}

struct SpeakerNoun: Sendable {
    var nounClass: SpeakerNounClass
    var gender: SpeakerGender
}

/// The quotes stage's language data: cue verbs, pronouns, speaker nouns and capitalised non-names,
/// read once from `lexicons/quotes`.
struct QuoteLexicon: Sendable {
    /// Cue forms by their first folded word.
    let cues: [String: [CueForm]]
    /// Pronouns by folded form (multi-word forms joined by single spaces).
    let pronouns: [String: PronounEntry]
    let speakerNouns: [String: SpeakerNoun]
    let notNames: Set<String>
    /// Words that make a capitalised name an organisation ("Journal", "Institute").
    let organizationWords: Set<String>
    /// Usual gender of common first names (folded), a hint for pronouns.
    let firstNames: [String: SpeakerGender]
    /// Closed-class words of the indirect-quote rules.
    let indirectWords: IndirectQuoteWords
    /// Closed-class words of the speaker rules.
    let speakerWords: SpeakerWords
    /// Closed-class words of the cue, attribution, name and quoted-term rules.
    let ruleWords: RuleWords

    init(directory: URL) throws {
        var cues: [String: [CueForm]] = [:]
        for (file, language) in [("cues-fr.tsv", "fr"), ("cues-en.tsv", "en")] {
            for fields in try Self.rows(directory, file, columns: 3) {
                guard let usage = CueUsage(rawValue: fields[1]) else {
                    throw ConfigurationError("stage 'quotes': \(file): unknown usage '\(fields[1])'")
                }
                for form in Self.forms(fields[2]) {
                    let words = Self.words(form)
                    let participle = words.count == 1 && (words[0].hasSuffix("ant") || words[0].hasSuffix("ing"))
                    cues[words[0], default: []].append(CueForm(words: words, lemma: fields[0], usage: usage,
                                                               language: language, isPresentParticiple: participle))
                }
            }
        }
        for key in cues.keys {
            // Longest forms first, file order kept among equals.
            cues[key] = cues[key]!.enumerated().sorted {
                $0.element.words.count != $1.element.words.count ? $0.element.words.count > $1.element.words.count : $0.offset < $1.offset
            }.map(\.element)
        }
        var pronouns: [String: PronounEntry] = [:]
        for fields in try Self.rows(directory, "pronouns.tsv", columns: 4) {
            guard let gender = SpeakerGender(rawValue: fields[2]), let role = PronounRole(rawValue: fields[3]) else {
                throw ConfigurationError("stage 'quotes': pronouns.tsv: bad line for '\(fields[0])'")
            }
            pronouns[Self.words(fields[0]).joined(separator: " ")] = PronounEntry(gender: gender, role: role)
        }
        var nouns: [String: SpeakerNoun] = [:]
        for fields in try Self.rows(directory, "speaker-nouns.tsv", columns: 3) {
            guard let nounClass = SpeakerNounClass(rawValue: fields[1]), let gender = SpeakerGender(rawValue: fields[2]) else {
                throw ConfigurationError("stage 'quotes': speaker-nouns.tsv: bad line for '\(fields[0])'")
            }
            nouns[TextFolding.fold(fields[0])] = SpeakerNoun(nounClass: nounClass, gender: gender)
        }
        var firstNames: [String: SpeakerGender] = [:]
        for fields in try Self.rows(directory, "first-names.tsv", columns: 2) {
            guard let gender = SpeakerGender(rawValue: fields[1]) else {
                throw ConfigurationError("stage 'quotes': first-names.tsv: bad gender for '\(fields[0])'")
            }
            firstNames[Self.words(fields[0]).joined(separator: "-")] = gender
        }
        self.firstNames = firstNames
        self.notNames = try Self.wordSet(directory, "not-names.txt")
        self.organizationWords = try Self.wordSet(directory, "org-words.txt")
        self.indirectWords = try IndirectQuoteWords(directory: directory)
        self.speakerWords = try SpeakerWords(directory: directory)
        self.ruleWords = try RuleWords(directory: directory)
        self.cues = cues
        self.pronouns = pronouns
        self.speakerNouns = nouns
    }

    /// The longest cue form starting at word `index`, if any; in `language` when given ("note" is
    /// French and English, "admit" a French simple past and an English verb).
    func cue(at index: Int, in words: [QuoteWord], language: String? = nil) -> CueForm? {
        guard words[index].mayStartCue, let candidates = cues[words[index].folded] else { return nil }
        for form in candidates where index + form.words.count <= words.count && (language == nil || form.language == language) {
            var matches = true
            for offset in 1..<max(form.words.count, 1) where words[index + offset].folded != form.words[offset] {
                matches = false
                break
            }
            if matches { return form }
        }
        return nil
    }

    /// The folded words of a lexicon form or a name, cut as `QuoteWords` cuts tokens: at white space,
    /// hyphens and other punctuation (an apostrophe stays inside its word).
    static func words(_ form: String) -> [String] {
        var form = form
        var folded = form.withUTF8 { TextFolding.fold(utf8: $0) }
        return folded.withUTF8 { bytes in
            var words: [String] = []
            var start: Int?
            var offset = 0
            while offset < bytes.count {
                let (isWordPart, length) = Self.wordPart(bytes, at: offset)
                if isWordPart {
                    if start == nil { start = offset }
                } else if let from = start {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<offset]), as: UTF8.self))
                    start = nil
                }
                offset += length
            }
            if let from = start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from...]), as: UTF8.self)) }
            return words
        }
    }

    /// Whether the scalar at `offset` of folded UTF-8 belongs to a word (a letter, a digit or `'`), and its length.
    private static func wordPart(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Bool, Int) {
        let lead = bytes[offset]
        if lead < 0x80 {
            let lower = lead | 0x20
            return ((lower >= 0x61 && lower <= 0x7A) || (lead >= 0x30 && lead <= 0x39) || lead == 0x27, 1)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + length, bytes.count)]),
                             as: UTF8.self).unicodeScalars.makeIterator()
        guard let scalar = scalars.next() else { return (false, length) }
        let properties = scalar.properties
        return (properties.isAlphabetic || properties.numericType != nil, length)
    }

    /// The forms of a lexicon row: comma-separated, each possibly several words.
    private static func forms(_ field: String) -> [String] {
        field.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func lines(_ directory: URL, _ file: String) throws -> [String] {
        let url = directory.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ConfigurationError("stage 'quotes': cannot read lexicon \(url.path)")
        }
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    private static func wordSet(_ directory: URL, _ file: String) throws -> Set<String> {
        var set: Set<String> = []
        for line in try lines(directory, file) {
            for word in line.split(separator: " ") { set.insert(TextFolding.fold(word)) }
        }
        return set
    }

    private static func rows(_ directory: URL, _ file: String, columns: Int) throws -> [[String]] {
        try lines(directory, file).map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == columns else {
                throw ConfigurationError("stage 'quotes': \(file): expected \(columns) tab-separated fields in '\(line)'")
            }
            return fields
        }
    }
}
