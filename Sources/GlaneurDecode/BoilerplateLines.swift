import Foundation
import GlaneurCore

/// Rules recognising a short paragraph or line as site boilerplate (French and English): share
/// buttons, comment forms, reading-time and credit lines, bare dates, advertising labels,
/// navigation and "read more" links, newsletter prompts, cookie notices and tag lists.
///
/// Lines are compared folded (lower case, accents removed, ’ → '); only lines of at most
/// `maximumLength` characters are tested, so article paragraphs are never touched.
struct BoilerplateLines: @unchecked Sendable {
    static let maximumLength = 160

    /// Whole lines, folded, by rule name (a trailing " :" or ":" is ignored).
    private static let exactLines: [String: [String]] = [
        "share": ["partager", "partager cet article", "partagez", "share", "share this", "share this article", "share this story",
                  "share article", "tweet", "email", "e-mail", "imprimer", "print", "copy link", "copy link to section",
                  "copier le lien", "lien copie", "link copied", "j'aime", "j'aime ca", "like this", "j'aime chargement…",
                  "chargement…", "loading…", "loading...", "facebook", "twitter", "linkedin", "whatsapp", "pinterest",
                  "reddit", "telegram", "messenger", "flipboard", "partager sur facebook", "partager sur twitter",
                  "share on facebook", "share on twitter", "envoyer par e-mail", "send by email"],
        "comment-form": ["laisser un commentaire", "leave a comment", "leave a reply", "laisser une reponse", "repondre",
                         "reply", "annuler la reponse", "cancel reply", "commentaire", "comment", "nom", "name", "site web",
                         "website", "poster le commentaire", "post comment", "publier le commentaire", "envoyer",
                         "ajouter un commentaire", "add a comment", "reagir", "commenter", "voir les commentaires",
                         "view comments", "show comments"],
        "advertisement": ["advertisement", "publicite", "sponsored", "sponsorise", "annonce", "ad", "contenu sponsorise",
                          "article sponsorise", "story continues below advertisement", "continue reading below",
                          "scroll to continue with content", "continue reading the main story", "supported by",
                          "paid content", "partner content", "contenu partenaire", "advert", "partner news", "publicite sponsorisee"],
        "navigation": ["lire aussi", "a lire aussi", "lire la suite", "voir aussi", "read more", "read next", "see also",
                       "related", "related articles", "related stories", "related content", "articles similaires",
                       "sur le meme sujet", "article precedent", "article suivant", "previous article", "next article",
                       "previous post", "next post", "back to top", "retour en haut", "skip to content",
                       "aller au contenu", "menu", "accueil", "home", "recherche", "search", "se connecter", "log in",
                       "sign in", "s'abonner", "subscribe", "abonnez-vous", "newsletter", "dernieres nouvelles",
                       "latest news", "a ne pas manquer", "don't miss", "most read", "most popular", "les plus lus",
                       "commentaires recents", "articles recents", "recent comments", "recent posts", "categories",
                       "archives", "meta", "tags", "etiquettes", "mots-cles", "mots cles", "topics", "contact",
                       "more on this story", "more from", "trending", "en continu", "a la une", "top stories",
                       "sommaire", "table of contents", "table des matieres",
                       "more stories", "plus d'articles", "comments", "commentaires", "tell us what you think",
                       "donnez votre avis"],
    ]

    /// Line beginnings, folded, by rule name; the line must be short (`prefixLineLength`).
    private static let prefixes: [String: [String]] = [
        "share": ["partager sur ", "partager par ", "partager via ", "share on ", "share via ", "share to ",
                  "like this story", "share this story", "share this article", "follow us on", "suivez-nous sur",
                  "follow @", "join our", "rejoignez-nous"],
        "comment-form": ["votre adresse e-mail ne sera pas publiee", "votre adresse de messagerie ne sera pas publiee",
                         "votre adresse email ne sera pas publiee", "your email address will not be published",
                         "les champs obligatoires sont indiques", "required fields are marked",
                         "enregistrer mon nom, mon e-mail", "save my name, email", "ce site utilise akismet",
                         "this site uses akismet", "avatar de ", "avatar of ", "vous devez etre connecte pour",
                         "you must be logged in to post"],
        "credit": ["written by", "translated by", "ecrit par", "traduit par", "written on", "publie le", "published on",
                   "published:", "mis a jour le", "updated on", "updated:", "posted on", "posted by", "posted in",
                   "filed under", "photo :", "photo:", "photos :", "credit photo", "credits photo", "image :", "image:",
                   "illustration :", "by ", "par ", "edited by", "reporting by", "reviewed by", "fact checked by",
                   "publie dans", "classe dans", "auteur :", "author:"],
        "navigation": ["tags :", "tags:", "etiquettes :", "mots-cles :", "mots cles :", "categories :",
                       "categorie :", "category:", "topics:", "sujets :", "themes :"],
        "newsletter": ["subscribe to the", "subscribe to ", "more great ", "related roundup", "inscrivez-vous a notre", "inscrivez-vous pour", "abonnez-vous a notre", "abonnez-vous pour",
                       "sign up for our", "sign up to our", "subscribe to our", "recevez notre newsletter",
                       "get our newsletter", "recevez chaque", "get the latest", "newsletter :"],
    ]
    /// Prefix rules apply only to lines up to this length (bylines, credits and prompts are short).
    private static let prefixLineLength = 90
    /// Links to other stories ("Lire aussi : <title>"): a title follows, so any short paragraph.
    private static let crossLinkPrefixes = [
        "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "voir aussi", "a voir aussi", "read also",
        "read more", "related:", "related :", "see also", "also read", "more on this", "plus d'informations :",
    ]
    /// Endings of agency credit lines ("Le Monde avec AFP").
    private static let agencyCredits = ["avec afp", "avec reuters", "avec ap", "(afp)", "(reuters)", "with reuters", "with ap"]
    /// Subscription walls and site notices, by their beginning.
    private static let noticePrefixes = [
        "article reserve aux abonnes", "reserve aux abonnes", "cet article est reserve", "this article is for subscribers",
        "vous pouvez partager un article", "already a subscriber", "deja abonne", "you have reached your", "vous avez atteint",
    ]

    private static let readingTime = try! NSRegularExpression(pattern:
        #"^(temps de lecture|lecture|reading time|read time|duree de lecture)?\s*:?\s*\d+\s*(min|mins|minutes?)\.?(\s+(de lecture|read|to read|reading))?$"#)
    private static let dateOnly = try! NSRegularExpression(pattern:
        #"^((le|on|published|publie|updated|mis a jour)\s+)?(\w+\s+)?(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(er)?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{1,2},?\s+\d{4})(\s*(,|a|at|-|–|•)?\s*\d{1,2}\s*[:h]\s*\d{2}(\s*(am|pm))?(\s*\w{2,4})?)?$"#)
    private static let threadStart = try! NSRegularExpression(pattern:
        #"^(\d+|un|une|one|deux|two|trois|three)\s+(reponses?|commentaires?|comments?|replies|reply|reactions?|thoughts?|avis)(\s+(a|au|aux|sur|on|to|pour|for)\b.*)?$"#)
    private static let monthNames: Set<String> = [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "janv", "fevr", "avr", "juil", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private let exact: [String: String]

    init() {
        var exact: [String: String] = [:]
        for (rule, lines) in Self.exactLines {
            for line in lines { exact[line] = rule }
        }
        self.exact = exact
    }

    /// The name of the rule `line` matches, or nil when it may be article text.
    func rule(matching line: String) -> String? {
        guard !line.isEmpty, line.count <= Self.maximumLength else { return nil }
        let folded = Self.fold(line)
        if folded.isEmpty { return "empty" }
        if let rule = exact[folded] { return rule }
        var stripped = folded
        while let last = stripped.last, last == ":" || last == " " || last == "…" || last == ">" || last == "»" || last == "›" {
            stripped.removeLast()
        }
        if let rule = exact[stripped] { return rule }
        if folded.count <= Self.prefixLineLength {
            for (rule, prefixes) in Self.prefixes where prefixes.contains(where: { folded.hasPrefix($0) }) {
                if rule == "credit" && !Self.looksLikeCredit(folded) { continue }
                return rule
            }
        }
        if Self.crossLinkPrefixes.contains(where: { folded.hasPrefix($0) }) { return "navigation" }
        if Self.noticePrefixes.contains(where: { folded.hasPrefix($0) }) { return "notice" }
        if folded.count <= 50 && (folded == "afp" || folded == "reuters" || Self.agencyCredits.contains(where: { folded.hasSuffix($0) })) {
            return "credit"
        }
        if Self.matches(Self.readingTime, folded) { return "reading-time" }
        if isDateLine(folded) { return "date" }
        if Self.isThreadHeader(folded) { return "comment-thread" }
        if folded.contains("cookie") && (folded.contains("accept") || folded.contains("utilise") || folded.contains("uses")) {
            return "cookie"
        }
        if Self.isTagList(line) { return "tag-list" }
        return nil
    }

    /// True for a line that opens a comment thread or comment form ("3 réponses à …",
    /// "12 comments", "Laisser un commentaire"): what follows is reader comments and site chrome.
    func startsCommentThread(_ line: String) -> Bool {
        let folded = Self.fold(line)
        guard folded.count <= Self.maximumLength else { return false }
        if Self.isThreadHeader(folded) { return true }
        var stripped = folded
        while let last = stripped.last, last == ":" || last == " " { stripped.removeLast() }
        return ["laisser un commentaire", "leave a comment", "leave a reply", "laisser une reponse", "commentaires",
                "comments", "ajouter un commentaire", "add a comment", "reactions", "vos reactions"].contains(stripped)
    }

    private static func isThreadHeader(_ folded: String) -> Bool {
        matches(threadStart, folded)
    }

    /// Credit prefixes such as "par " or "by " only count when a short name follows, without a sentence.
    private static func looksLikeCredit(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        if folded.hasPrefix("by ") || folded.hasPrefix("par ") {
            return words.count <= 6 && !folded.contains(".") || folded.hasSuffix(")") && words.count <= 8
        }
        return words.count <= 12
    }

    private func isDateLine(_ folded: String) -> Bool {
        guard folded.count <= 60, folded.contains(where: \.isNumber) else { return false }
        guard Self.matches(Self.dateOnly, folded) else { return false }
        // A word-month form must name a month.
        let words = folded.split { !$0.isLetter }.map(String.init)
        let letters = words.filter { !$0.isEmpty }
        return letters.allSatisfy { Self.monthNames.contains($0) || ["le", "on", "at", "a", "h", "am", "pm", "er", "published", "publie", "updated", "mis", "jour", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "bst"].contains($0) }
    }

    /// Five or more short items separated by commas, bars or bullets, with no sentence punctuation.
    private static func isTagList(_ line: String) -> Bool {
        let separators: Set<Character> = [",", "|", "•", "·", "/"]
        let items = line.split { separators.contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
        guard items.count >= 5, !line.contains(". "), !line.hasSuffix(".") else { return false }
        return items.allSatisfy { !$0.isEmpty && $0.split(separator: " ").count <= 3 && $0.first.map { $0.isUppercase || $0.isNumber || $0 == "#" } == true }
    }

    static func fold(_ line: String) -> String {
        TextFolding.fold(line).trimmingCharacters(in: .whitespaces)
    }

    private static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
