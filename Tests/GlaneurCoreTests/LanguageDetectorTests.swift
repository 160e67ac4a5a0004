import Testing
@testable import GlaneurCore

@Suite struct LanguageDetectorTests {
    @Test func recognisesFrenchAndEnglishNews() {
        #expect(LanguageDetector.detect("Le gouvernement a présenté mardi un plan pour les entreprises qui sont touchées par la crise.") == "fr")
        #expect(LanguageDetector.detect("The government on Tuesday presented a plan for the companies that have been hit by the crisis.") == "en")
    }

    @Test func saysNothingWithoutEvidence() {
        #expect(LanguageDetector.detect("Nvidia H200") == nil)
        #expect(LanguageDetector.detect("") == nil)
    }
}
