import FuzzSupport
import GlaneurCore

// The whole pipeline on text: the first byte picks the language (French, English, detected) and
// whether the text is plain or scraped; the rest is the article.
let languages: [String?] = ["fr", "en", nil]

FuzzSupport.run { bytes in
    guard let selector = bytes.first else { return }
    let format: InputFormat = selector & 0x80 == 0 ? .plainText : .scrapedText
    let document = Document(id: "fuzz", source: "fuzz", input: RawInput(format: format, bytes: Array(bytes.dropFirst())),
                            language: languages[Int(selector & 0x7F) % languages.count])
    FuzzSupport.process(document, with: FuzzSupport.fullPipeline)
}
