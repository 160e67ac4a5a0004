import Foundation
import GlaneurCore

/// Finds numeric claims. For now: percentages written with digits and a percent sign.
public struct ClaimsStage: Stage {
    public let name = "claims"
    public let requires: Set<Layer> = [.tokens]
    public let produces: Set<Layer> = [.claims, .numbers]

    public init(options: StageOptions) throws {
        try options.requireKnownKeys([])
    }

    public func process(_ document: inout Document) throws {
        let tokens = document.tokens
        for (index, token) in tokens.enumerated() where token.kind == .number && index + 1 < tokens.count {
            guard tokens[index + 1].folded == "%" else { continue }
            let digits = document.text.slice(token.span).replacingOccurrences(of: ",", with: ".")
            guard let value = Double(digits) else { continue }
            let span = TextSpan(token.span.start, tokens[index + 1].span.end)
            document.claims.append(Claim(span: span, kind: .percent, value: value, unit: "%", rule: "digits-percent"))
            document.numbers.append(NumberMention(span: token.span, value: value, claimKind: .percent, rejection: nil))
            document.count("percent", stage: name)
        }
    }
}

