/// Closed-class French and English words that discovery rules look for, folded.
enum DiscoveryWords {
    /// Capitalised at the start of a sentence or heading, never a name on their own.
    static let functionWords: Set<String> = [
        // French
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "il", "elle",
        "ils", "elles", "on", "nous", "vous", "je", "j", "tu", "selon", "pour", "dans", "en", "au", "aux", "et",
        "mais", "ou", "donc", "or", "ni", "car", "apres", "avant", "avec", "sans", "sur", "sous", "chez", "par",
        "entre", "depuis", "pendant", "lors", "alors", "ainsi", "aussi", "si", "quand", "comme", "que", "qu",
        "qui", "quoi", "dont", "mon", "ma", "mes", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
        "votre", "vos", "tout", "tous", "toute", "toutes", "plus", "moins", "tres", "bien", "deja", "encore",
        "enfin", "puis", "cependant", "pourtant", "toutefois", "neanmoins", "simultanement", "outre", "face",
        "afin", "a", "ecrivant", "bienvenue", "meme", "certains", "certaines", "plusieurs", "chaque", "aucun",
        "aucune", "autre", "autres", "voici", "voila", "oui", "non", "merci", "madame", "monsieur", "mme", "m",
        "pas", "ne", "n", "s", "c", "y", "est", "sont", "ete", "etait", "sera", "fait", "lire", "voir", "source",
        "credit", "article", "mise", "publie", "partager", "suivre",
        // English
        "the", "an", "in", "at", "for", "of", "to", "from", "with", "without", "but", "and",
        "as", "if", "when", "while", "this", "that", "these", "those", "he", "she", "it", "they", "we",
        "i", "you", "his", "her", "its", "their", "our", "my", "your", "according", "after", "before",
        "since", "during", "however", "meanwhile", "yet", "so", "then", "there", "here", "what", "who", "why",
        "how", "where", "which", "all", "some", "many", "most", "more", "less", "other", "another", "each",
        "every", "no", "not", "yes", "read", "see", "share", "follow", "photo", "image", "by",
        "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "do", "does", "did", "also", "just", "only", "even", "still", "now", "today",
        "yesterday", "tomorrow", "tonight", "recently", "earlier", "later", "finally", "hier", "demain", "ensuite",
        "desormais", "recemment",
    ]

    /// Number words that open headlines and lists ("Five AI tools", "Trois Français"), never names.
    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred",
        "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "douze", "vingt", "cent",
    ]

    /// Months and days, capitalised in English and in headings.
    static let calendarWords: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
        "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Generic nouns that end place and facility names ("Long Island", "Grace Hall"), never surnames.
    static let placeNouns: Set<String> = [
        "island", "islands", "avenue", "street", "road", "park", "valley", "city", "bay", "beach", "river", "lake",
        "mountain", "mountains", "hill", "hills", "hall", "center", "centre", "tower", "bridge", "point", "square",
        "county", "state", "coast", "harbor", "harbour", "airport", "station", "port", "falls", "canyon", "desert",
        "ile", "iles", "rue", "boulevard", "place", "pont", "gare", "lac", "mont", "vallee", "tour", "parc",
        "aeroport", "cap", "golfe", "baie", "fleuve", "riviere", "plage", "quartier", "arena", "stadium", "stade",
    ]

    /// Lower-case particles inside person names ("Ursula von der Leyen", "Ludwig van Beethoven").
    static let nameParticles: Set<String> = [
        "van", "von", "der", "den", "bin", "ibn", "al", "el", "da", "di", "dos", "das", "del", "della", "dei", "ter", "zu", "y",
    ]

    /// Particles written with a capital inside names ("Bruno Le Maire", "Anna Van Damme", "Lana Del Rey").
    static let capitalizedParticles: Set<String> = ["le", "la", "de", "du", "des", "van", "von", "di", "da", "del", "della", "dos", "el", "al"]

    /// French particles, joined to a name only after a known first name ("Dominique de Villepin").
    static let frenchNameParticles: Set<String> = ["de", "du", "des", "d", "la", "le"]

    /// Lower-case nouns that open a French institution's name ending with a capitalised word
    /// ("tribunal correctionnel de Paris", "hôpital Bichat", "lycée Victor-Hugo").
    static let institutionHeads: Set<String> = [
        "tribunal", "hopital", "cour", "universite", "lycee", "college", "clinique", "parquet",
    ]

    /// The first bytes of `institutionHeads`, a quick filter.
    static let institutionHeadInitials: Set<UInt8> = Set(institutionHeads.compactMap(\.utf8.first))

    /// Size and age adjectives that may stand before the noun of a complement ("des grands projets").
    static let sizeAdjectives: Set<String> = [
        "grand", "grands", "grande", "grandes", "petit", "petits", "petite", "petites", "haut", "hauts", "haute", "hautes",
        "nouveau", "nouveaux", "nouvelle", "nouvelles", "jeune", "jeunes", "vieux", "vieille", "vieilles",
    ]

    /// Endings of French adjectives (folded, singular): "national", "financier", "française",
    /// "publique", "correctionnel", "consultatif", "supérieur", "européen", "urgentiste"…
    static let adjectiveEndings: [String] = [
        "ais", "aise", "al", "ale", "au", "ier", "iere", "ique", "aire", "el", "elle", "if", "ive", "eur", "eure",
        "ien", "ienne", "ain", "aine", "ois", "oise", "iste", "ial", "iale", "ic",
    ]

    /// Nouns with an adjective's ending that cannot continue an institution's name.
    static let adjectiveExceptions: Set<String> = [
        "trafic", "diagnostic", "directeur", "directeurs", "president", "presidents", "premier", "premiere", "janvier", "fevrier", "dossier", "metier",
        "quartier", "chantier", "courrier", "papier", "atelier", "acier", "journal", "canal", "festival", "tribunal", "hopital",
        "signal", "total", "capitale", "filiale", "finale", "salaire", "affaire", "affaires", "commissaire", "secretaire",
        "partenaire", "actionnaire", "fonctionnaire", "adversaire", "anniversaire", "horaire", "lien", "bien", "rien",
        "soutien", "entretien", "maintien", "main", "demain", "terrain", "train", "semaine", "domaine", "chaine", "mois",
        "fois", "bois", "liste", "piste", "appel", "hotel", "logiciel", "personnel", "rappel", "objectif", "dispositif",
        "tarif", "motif", "archive", "initiative", "directive", "politique", "pratique", "critique", "republique",
        "technique", "musique", "clinique", "chercheur", "secteur", "acteur", "auteur", "procureur", "professeur",
        "ingenieur", "docteur", "investisseur", "entrepreneur", "electeur", "lecteur", "moteur", "heure", "valeur",
        "couleur", "longueur", "hauteur", "chaleur", "douleur", "erreur", "faveur", "honneur", "presidente",
    ]

    /// Words joining an organisation prefix to the rest of its name ("Université de Stanford").
    static let organizationConnectors: Set<String> = ["de", "du", "des", "d", "of", "for", "the", "a", "pour", "la", "l", "et", "and", "&", "on"]

    /// Determiners and modifiers allowed between a comma and a role noun in an apposition.
    static let appositionFillers: Set<String> = [
        "le", "la", "l", "les", "un", "une", "the", "a", "an", "son", "sa", "his", "her", "its", "their", "leur",
        "ancien", "ancienne", "ex", "former", "co", "nouveau", "nouvelle", "new", "actuel", "actuelle", "current",
        "vice", "sous", "deputy", "chief", "senior", "principal", "principale", "executive", "associe", "associee",
        "jeune", "celebre", "influent", "influente", "veteran", "then", "futur", "future", "premier", "premiere", "first",
    ]

    /// Verbs of saying that follow a speaker's name ("Ben Buchanan a écrit", "Jane Doe said").
    static let speechVerbs: Set<String> = [
        "declare", "dit", "ecrit", "ajoute", "affirme", "explique", "souligne", "estime", "precise", "indique",
        "observe", "note", "rappelle", "reconnait", "assure", "confie", "avertit", "previent", "insiste",
        "commente", "raconte", "juge", "pense", "considere", "soutient", "martele", "tweete", "poste",
        "repond", "conclut", "temoigne", "admet", "nuance", "plaide", "appelle", "exhorte",
        "said", "says", "told", "wrote", "writes", "added", "adds", "explained", "noted", "argued", "argues",
        "warned", "stated", "claimed", "believes", "thinks", "asked", "tweeted", "posted", "replied", "insisted",
        "acknowledged", "admitted", "commented", "observed",
    ]

    /// Prepositions that make the following name a complement of the noun before ("directeur de X").
    static let complementPrepositions: Set<String> = ["de", "du", "des", "d", "of", "at", "chez", "for", "pour", "a", "au", "aux", "en", "in"]

    /// Common verb forms that end a title's reach ("le ministre s’est rendu à X": X is no minister).
    static let verbForms: Set<String> = [
        "a", "ont", "est", "sont", "etait", "ete", "sera", "avait", "fut", "rendu", "va", "vont", "fait", "dit",
        "has", "have", "had", "is", "are", "was", "were", "will", "said", "says", "went", "met", "visited",
    ]

    /// Words before a news source ("rapporte TopTribune", "selon NewsWire", "according to DataDesk").
    static let sourceCues: Set<String> = ["rapporte", "selon", "apres", "indique", "ecrit", "reports", "reported", "to", "via"]

    /// Auxiliaries that may come between a name and a speech verb ("a déclaré", "has said").
    static let auxiliaries: Set<String> = ["a", "avait", "aurait", "has", "had", "have", "also", "aussi", "egalement", "encore", "deja"]

    /// Role nouns after which "de X" / "of X" names an organisation ("fondateur d’Anduril", "CEO of Acme").
    static let organizationRoles: Set<String> = [
        "fondateur", "fondatrice", "cofondateur", "cofondatrice", "pdg", "patron", "patronne", "ceo", "cto", "cfo",
        "founder", "cofounder", "chairman", "chairwoman", "president", "presidente", "directeur", "directrice",
        "director", "employe", "employee", "salarie", "analyste", "analyst", "chercheur", "chercheuse",
        "researcher", "porte-parole", "spokesperson", "spokesman", "spokeswoman", "actionnaire", "investisseur",
        "investor", "head", "chief", "dirigeant", "dirigeante", "ingenieur", "ingenieure", "engineer",
        "analysts", "analystes", "researchers", "chercheurs", "economists", "economistes", "engineers",
        "ingenieurs", "executives", "employees", "employes", "salaries", "dirigeants", "strategists",
    ]

    /// Nouns that name the kind of organisation right before or in apposition to its name
    /// ("la start-up Mistral", "Honor, fabricant de smartphones").
    static let organizationNouns: Set<String> = [
        "entreprise", "societe", "startup", "start-up", "firme", "cabinet", "laboratoire", "labo", "constructeur",
        "fabricant", "editeur", "groupe", "filiale", "compagnie", "banque", "fonds", "agence", "company", "firm",
        "lab", "maker", "manufacturer", "subsidiary", "bank", "fund", "agency", "chipmaker", "projet", "project",
        "conglomerat", "conglomerate", "operateur", "operator", "assureur", "insurer", "syndicat", "federation",
        "confederation", "union", "mutuelle", "cooperative", "association", "collectif", "fondation", "foundation",
        "equipementier", "motoriste", "avionneur", "armurier", "sous-traitant", "supplier", "carrier", "airline",
        "retailer", "distributeur", "enseigne", "marque", "brand", "quotidien", "hebdomadaire", "journal",
        "newspaper", "magazine", "radio", "chaine", "broadcaster", "outlet", "think-tank", "institut",
        "lender", "carmaker", "automaker", "drugmaker", "miner", "broker", "consultancy", "utility", "telco",
        "supermarket", "shipbuilder", "planemaker",
    ]

    /// Role nouns that describe companies as often as people ("X, spécialiste des batteries",
    /// "X, leader mondial"): in apposition they make an organisation, not a person.
    static let sharedRoles: Set<String> = [
        "specialiste", "expert", "experte", "leader", "pionnier", "pionniere", "champion", "acteur", "partenaire",
        "partner", "fournisseur", "supplier", "provider", "concepteur", "numero", "geant", "giant", "poids",
    ]

    /// Prepositions between an organisation-context noun and the organisation ("PDG de", "CEO of", "chez").
    static let organizationPrepositions: Set<String> = ["de", "du", "d", "of", "at", "chez", "au"]

    /// English participles and adjectives glued by a hyphen after a name that leave the name whole
    /// ("Paris-based", "London-listed", "Beijing-backed", "Munich-headquartered").
    static let nameQualifiers: Set<String> = [
        "based", "listed", "backed", "led", "born", "made", "owned", "headquartered", "registered", "funded",
        "linked", "run", "built", "controlled", "financed", "sponsored", "supported", "affiliated", "allied",
        "aligned", "bound", "focused", "centric", "style", "era", "wide", "designed", "developed",
        "operated", "managed", "produced", "related", "specific", "friendly", "bred", "raised", "trained",
        "educated", "quoted", "incorporated", "domiciled", "brokered", "imposed",
    ]

    /// Words of capitalised job titles written before a name ("Chief Financial Officer", "Senior
    /// Vice President", "Directeur général délégué"); with a known first name after them, they are
    /// the role, not the name.
    static let titleWords: Set<String> = [
        "chief", "executive", "financial", "operating", "officer", "director", "head", "minister", "secretary",
        "president", "senior", "deputy", "vice", "general", "managing", "technology", "technical", "commercial",
        "marketing", "operations", "information", "digital", "global", "regional", "country", "prime", "foreign",
        "interior", "finance", "defence", "defense", "state", "chair", "chairman", "chairwoman", "founder",
        "co-founder", "cofounder", "partner", "principal", "lead", "manager", "economist", "analyst", "strategist",
        "investment", "research", "product", "sales", "legal", "counsel", "treasurer", "controller", "governor",
        "ambassador", "commissioner", "spokesperson", "spokesman", "spokeswoman", "editor", "correspondent",
        "professor", "doctor", "coach", "captain", "admiral", "colonel", "mayor", "senator",
        "representative", "chancellor", "leader", "associate", "assistant", "acting", "interim", "former",
        "directeur", "directrice", "delegue", "deleguee", "adjoint", "adjointe", "ministre", "secretaire",
        "presidente", "financier", "financiere", "executif", "responsable", "porte-parole", "pdg", "dg",
        "ceo", "cfo", "coo", "cto", "cio", "evp", "svp", "vp", "teacher", "headteacher", "nurse", "judge", "justice",
        "bishop", "archbishop", "inspector", "superintendent", "sergeant", "constable", "detective", "lieutenant",
        "commander", "major", "councillor", "alderman", "magistrate", "prosecutor", "attorney", "solicitor", "barrister",
    ]

    /// Words before a name that show the following name is a person ("said John Smith").
    static let invertedSpeech: Set<String> = ["said", "says", "told", "wrote", "added", "explained", "noted"]
}
