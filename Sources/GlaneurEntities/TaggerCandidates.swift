import Foundation
import GlaneurCore
import GlaneurNameTagger

/// Names the learned tagger finds in the gaps the lexicon and the gazetteers leave: a tagged name
/// is kept when its confidence reaches the threshold and none of its words is already covered.
struct TaggerCandidates {
    let tagger: NameTagger
    /// Lowest confidence (the least likely label of the name, from 0 to 1) of a name kept.
    let threshold: Double

    func find(in document: Document, words: DocumentWords, covered: [Bool]) -> [Mention] {
        var mentions: [Mention] = []
        var tokenIndex = 0
        let tokens = document.tokens
        for sentence in document.sentences {
            while tokenIndex < tokens.count, tokens[tokenIndex].span.end <= sentence.start { tokenIndex += 1 }
            var sentenceTokens: [TaggerToken] = []
            let first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].span.start < sentence.end {
                let token = tokens[tokenIndex]
                sentenceTokens.append(TaggerToken(text: document.text.slice(token.span), folded: token.folded))
                tokenIndex += 1
            }
            for name in tagger.names(in: sentenceTokens) where name.confidence >= threshold {
                let span = TextSpan(tokens[first + name.tokens.lowerBound].span.start, tokens[first + name.tokens.upperBound - 1].span.end)
                guard let range = Self.words(in: span, words), !range.contains(where: { covered[$0] }),
                      range.contains(where: { words[$0].isCapitalized }),
                      let type = EntityType(rawValue: name.type.rawValue) else { continue }
                mentions.append(Mention(words: range, type: type, canonical: words.surface(range, in: document.text), id: nil,
                                        origin: .tagger, rule: "tagger"))
            }
        }
        return mentions
    }

    /// The words lying within `span`, nil when none does.
    private static func words(in span: TextSpan, _ words: DocumentWords) -> Range<Int>? {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].span.start < span.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < words.count, words[end].span.end <= span.end { end += 1 }
        return end > low ? low..<end : nil
    }
}

extension TaggerLexicon {
    /// The membership lists the entities stage gives its tagger, and the training command too: the
    /// name lists of `names` and the aliases of the lexicon `entries` by type ("lexicon-PLACE"...),
    /// plus each `*.txt` gazetteer of `gazetteers` as class "gazetteer-<file name>".
    public static func entitiesStage(names: URL, entries: [LexiconEntry], gazetteers: URL? = nil) throws -> TaggerLexicon {
        var lexicon = TaggerLexicon()
        try lexicon.addNameLists(in: names)
        for entry in entries where entry.type != .product {
            for name in entry.names { lexicon.add(name, to: "lexicon-\(entry.type.rawValue)") }
        }
        if let gazetteers, let files = try? FileManager.default.contentsOfDirectory(at: gazetteers, includingPropertiesForKeys: nil) {
            for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "txt" {
                try lexicon.addLines(of: file, to: "gazetteer-\(file.deletingPathExtension().lastPathComponent)")
            }
        }
        return lexicon
    }
}
