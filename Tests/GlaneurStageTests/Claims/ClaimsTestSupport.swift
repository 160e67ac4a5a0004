import GlaneurCore

/// Runs decode, tokenize and claims on `text`, as the pipeline would without entities.
func claimsDocument(_ text: String, language: String = "fr") throws -> Document {
    try annotate(text, language: language, through: [SharedStages.tokenize, SharedStages.claims])
}

/// The claims of `text`.
func claims(_ text: String, language: String = "fr") throws -> [Claim] {
    try claimsDocument(text, language: language).claims
}

/// The only claim of `text`, or nil when there is not exactly one.
func onlyClaim(_ text: String, language: String = "fr") throws -> Claim? {
    let found = try claims(text, language: language)
    return found.count == 1 ? found[0] : nil
}

/// The rejection reasons of the numbers layer, with the text of each rejected number.
func rejections(_ text: String, language: String = "fr") throws -> [String: String] {
    let document = try claimsDocument(text, language: language)
    var reasons: [String: String] = [:]
    for number in document.numbers {
        if let rejection = number.rejection { reasons[String(document.text.slice(number.span))] = rejection }
    }
    return reasons
}
