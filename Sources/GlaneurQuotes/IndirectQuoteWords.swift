import Foundation

/// The closed-class words the indirect-quote rules read, from `lexicons/quotes/<lang>/indirect/`
/// (see `QuoteWordLists`).
struct IndirectQuoteWords: Sendable {
    /// English cue verbs that take a clause without "that" ("said the company would …").
    let bareClauseLemmas: Set<String>
    /// Words that open a clause after a bare cue ("said the", "said it").
    let clauseOpeners: Set<String>
    /// Words that make "que"/"that" part of a conjunction ("en tant que", "bien que", "so that").
    let conjunctionHeads: Set<String>
    /// Subjects that make the author the speaker ("on peut dire que", "we think that").
    let authorSubjects: Set<String>
    /// Words that end a speaker phrase after an inverted verb ("… dimanche soir", "… dans un communiqué").
    let circumstanceWords: Set<String>
    /// English irregular past tenses, read as finite verbs opening a clause.
    let irregularPasts: Set<String>
    /// English auxiliaries and modals that make a clause finite.
    let englishFiniteVerbs: Set<String>
    /// Words after a bare cue that do not open a content clause ("said that", "said to", "said earlier").
    let nonClauseStarts: Set<String>
    let articles: Set<String>
    /// Prepositions whose object is not the cue's direct object ("a déclaré à la presse que").
    let objectPrepositions: Set<String>
    /// Verb forms that make words a clause rather than a speaker phrase.
    let clauseVerbs: Set<String>
    /// Prepositions opening a circumstance before "selon" ("Dans la Drôme,", "In London,").
    let adjunctPrepositions: Set<String>
    /// Finite verbs: words holding one are a clause, not an apposition.
    let finiteVerbs: Set<String>
    /// Prepositions after a noun that make an apposition ("mère de", "sociologue à").
    let complementPrepositions: Set<String>

    init(directory: URL) throws {
        func list(_ name: String) throws -> Set<String> {
            try QuoteWordLists.load(directory, folder: "indirect", name: name)
        }
        bareClauseLemmas = try list("bare-clause-lemmas")
        clauseOpeners = try list("clause-openers")
        conjunctionHeads = try list("conjunction-heads")
        authorSubjects = try list("author-subjects")
        circumstanceWords = try list("circumstance-words")
        irregularPasts = try list("irregular-pasts")
        englishFiniteVerbs = try list("english-finite-verbs")
        nonClauseStarts = try list("non-clause-starts")
        articles = try list("articles")
        objectPrepositions = try list("object-prepositions")
        clauseVerbs = try list("clause-verbs")
        adjunctPrepositions = try list("adjunct-prepositions")
        finiteVerbs = try list("finite-verbs")
        complementPrepositions = try list("complement-prepositions")
    }
}
