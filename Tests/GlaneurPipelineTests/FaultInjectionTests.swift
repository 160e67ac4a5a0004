import Testing
@testable import GlaneurPipeline

@Suite struct FaultInjectionTests {
    @Test func aValueNamesTheStageTheDocumentAndTheFault() throws {
        let hang = try #require(FaultInjection.parse("entities:doc-5:hang"))
        #expect(hang.stage == "entities" && hang.document == "doc-5" && hang.fault == .hang)
        let overflow = try #require(FaultInjection.parse("quotes:a:overflow"))
        #expect(overflow.document == "a" && overflow.fault == .overflow)
    }

    @Test func withoutAFaultItTrapsAndAnIdMayHoldColons() throws {
        let plain = try #require(FaultInjection.parse("claims:doc-3"))
        #expect(plain.stage == "claims" && plain.document == "doc-3" && plain.fault == .trap)
        let colons = try #require(FaultInjection.parse("decode:urn:x:12"))
        #expect(colons.document == "urn:x:12" && colons.fault == .trap)
        #expect(FaultInjection.parse("decode") == nil)
    }
}
