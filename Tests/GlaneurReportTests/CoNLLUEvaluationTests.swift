import Testing
@testable import GlaneurReport

struct CoNLLUEvaluationTests {
    private let treebank = """
    # newdoc id = d1
    # sent_id = s1
    # text = Il parle du port.
    1\tIl\til\tPRON\t_\t_\t2\tnsubj\t_\t_
    2\tparle\tparler\tVERB\t_\t_\t0\troot\t_\t_
    3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
    3\tde\tde\tADP\t_\t_\t5\tcase\t_\t_
    4\tle\tle\tDET\t_\t_\t5\tdet\t_\t_
    5\tport\tport\tNOUN\t_\t_\t2\tobl\t_\t_
    5.1\tvu\tvoir\tVERB\t_\t_\t_\t_\t_\t_
    6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

    # sent_id = s2
    # text = Oui.
    1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_
    2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

    """

    @Test func multiwordTokensCountOnceAndEmptyNodesAreSkipped() {
        let sentences = CoNLLUEvaluation.parse(treebank)
        #expect(sentences.map(\.id) == ["s1", "s2"])
        #expect(sentences[0].tokens == [0..<2, 3..<8, 9..<11, 12..<16, 16..<17])
        #expect(sentences[0].startsDocument && !sentences[1].startsDocument)
    }

    @Test func tokensAndSentencesAreScoredBySpan() throws {
        let evaluation = CoNLLUEvaluation(sentences: CoNLLUEvaluation.parse(treebank))
        var report = QualityReport(kind: "eval")
        try evaluation.score(into: &report) { id, text in
            switch id {
            case "s1": return ([0..<2, 3..<8, 9..<11, 12..<17], [])   // "port." left whole
            case "s2": return ([0..<3, 3..<4], [])
            default: return ([], [0..<17, 17..<22])                    // "Il parle du port. Oui." with the space in the second
            }
        }
        let counters = try #require(report[section: QualityReport.evaluationSection]?.counters)
        #expect(counters["tokens.matched"] == 5 && counters["tokens.predicted"] == 6 && counters["tokens.gold"] == 7)
        #expect(counters["tokens.sentences_exact"] == 1 && counters["tokens.sentences"] == 2)
        #expect(counters["sentences.matched"] == 2 && counters["sentences.gold"] == 2)
        #expect(report.examples.all.first?.excerpt == "port")
    }
}
