/// A fast language guesser for news text: counts frequent function words of each language in the
/// first few thousand words. Good enough to pick French or English rules; says nil when unsure.
public enum LanguageDetector {
    private static let functionWords: [String: Set<String>] = [
        "fr": ["le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans", "pour",
               "pas", "sur", "au", "aux", "ce", "cette", "il", "elle", "nous", "vous", "sont", "avec", "par",
               "plus", "mais", "ou", "leur", "été", "ont", "ne", "se", "ses", "son", "sa", "comme", "être"],
        "en": ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "are",
               "be", "this", "by", "from", "at", "have", "not", "which", "an", "they", "has", "but", "or",
               "their", "its", "were", "been", "will", "would", "he", "she", "we", "said", "more"],
        "es": ["el", "los", "las", "del", "y", "en", "que", "por", "con", "una", "para", "es", "se", "su",
               "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "entre", "sobre"],
        "de": ["der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von",
               "sich", "auf", "für", "auch", "es", "im", "wird", "werden", "wie", "sie", "aus", "bei"],
        "it": ["il", "della", "di", "che", "e", "è", "per", "con", "non", "una", "sono", "gli", "nel",
               "alla", "anche", "come", "più", "del", "dei", "si", "ma", "questo", "delle", "ha"],
    ]

    /// The most likely language code, or nil when the text has too few function words to tell.
    public static func detect(_ text: String, maximumWords: Int = 3000) -> String? {
        var scores: [String: Int] = [:]
        var words = 0
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            words += 1
            for (language, list) in functionWords where list.contains(current) {
                scores[language, default: 0] += 1
            }
            current.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isLetter {
                current.append(contentsOf: character.lowercased())
            } else {
                flush()
                if words >= maximumWords { break }
            }
        }
        flush()
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let best = ranked.first, best.value >= 2 else { return nil }
        return best.key
    }
}
