/// Short closed-class French and English word sets that discovery rules look for, folded; the
/// longer lists are data, read into `EntityWordLists`.
enum DiscoveryWords {
    /// French particles, joined to a name only after a known first name ("Dominique de Villepin").
    static let frenchNameParticles: Set<String> = ["de", "du", "des", "d", "la", "le"]

    /// Lower-case nouns that open a French institution's name ending with a capitalised word
    /// ("tribunal correctionnel de Paris", "hôpital Bichat", "lycée Victor-Hugo").
    static let institutionHeads: Set<String> = [
        "tribunal", "hopital", "cour", "universite", "lycee", "college", "clinique", "parquet",
    ]

    /// The first bytes of `institutionHeads`, a quick filter.
    static let institutionHeadInitials: Set<UInt8> = Set(institutionHeads.compactMap(\.utf8.first))

    /// Words before a news source ("rapporte TopTribune", "selon NewsWire", "according to DataDesk").
    static let sourceCues: Set<String> = ["rapporte", "selon", "apres", "indique", "ecrit", "reports", "reported", "to", "via"]

    /// Prepositions between an organisation-context noun and the organisation ("PDG de", "CEO of", "chez").
    static let organizationPrepositions: Set<String> = ["de", "du", "d", "of", "at", "chez", "au"]

    /// Words before a name that show the following name is a person ("said John Smith").
    static let invertedSpeech: Set<String> = ["said", "says", "told", "wrote", "added", "explained", "noted"]
}
