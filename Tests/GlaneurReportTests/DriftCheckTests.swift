import Testing
@testable import GlaneurReport

struct DriftCheckTests {
    @Test func identicalDistributionsDoNotDrift() {
        let finding = DriftCheck().distribution("m", [10, 20, 30], [10, 20, 30])
        #expect(finding.severity == .ok)
    }

    @Test func aLargeShiftFailsOnLargeSamplesButNotOnTinyOnes() {
        let check = DriftCheck()
        #expect(check.distribution("m", [600, 400], [400, 600]).severity == .warn)
        #expect(check.distribution("m", [900, 100], [100, 900], categories: ["a", "b"]).severity == .fail)
        #expect(check.distribution("m", [900, 100], [100, 900], categories: ["a", "b"]).detail.contains("largest shift: a"))
        #expect(check.distribution("m", [3, 1], [1, 3]).severity == .ok)
    }

    @Test func ratesDriftWhenTheChangeIsLargeAndSignificant() {
        let check = DriftCheck()
        #expect(check.rate("r", 400, 100_000, 1000, 100_000).severity == .fail)
        #expect(check.rate("r", 2, 1000, 4, 1000).severity == .ok) // halved, but on six occurrences
        #expect(check.rate("r", 1000, 100_000, 1010, 100_000).severity == .ok)
    }

    @Test func aStageMissingFromTheReportFails() {
        let baseline = QualityReport(stages: ["decode", "quotes"])
        let report = QualityReport(stages: ["decode"])
        let findings = DriftCheck().compare(report, baseline: baseline)
        #expect(findings.contains { $0.measure == "quotes" && $0.severity == .fail })
    }
}
