import FuzzSupport
import GlaneurCore

// The decode stage: the first byte picks the input format (HTML, WordPress JSON, scraped text,
// plain text); the rest are raw bytes in any charset.
let formats: [InputFormat] = [.html, .wordpress, .scrapedText, .plainText]

FuzzSupport.run { bytes in
    guard let selector = bytes.first else { return }
    let input = RawInput(format: formats[Int(selector) % formats.count], bytes: Array(bytes.dropFirst()))
    FuzzSupport.process(Document(id: "fuzz", source: "fuzz", input: input), with: FuzzSupport.decodePipeline)
}
