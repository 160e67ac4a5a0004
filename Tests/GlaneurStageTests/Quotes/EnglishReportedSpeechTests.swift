import GlaneurCore
import Testing

/// English reported speech beyond "X said (that) …": participles, addressees of "tell", relative
/// clauses, coordinated cues, titles before names and names followed by "of".
@Suite struct EnglishReportedSpeechTests {
    @Test func aParticipleAfterADirectQuoteReportsForTheSameSpeaker() throws {
        let text = """
        His lawyer Dana Kowalski asked the court to "give him a second chance", saying he had found work since March.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["give him a second chance", "he had found work since March"])
        #expect(found.map(\.speaker) == ["Dana Kowalski", "Dana Kowalski"])
    }

    @Test func aParticipleAfterAnInvertedInciseTakesTheInciseSpeaker() throws {
        let text = """
        Deputy mayor Nigel Ross opened the meeting. "This is a heavy blow for our town," said Mayor Ruth Olsen, \
        admitting she was worried about the jobs.
        """
        let found = try quotes(text, language: "en")
        #expect(found.last?.text == "she was worried about the jobs")
        #expect(found.last?.speaker == "Ruth Olsen")
    }

    @Test func toldTheAddresseeAndABareClause() throws {
        let text = "The contractor Tom Baird told the inquiry he had never seen the safety report."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["he had never seen the safety report"])
        #expect(found.first?.speaker == "Tom Baird")
    }

    @Test func toldSomeoneToDoSomethingIsNotReportedSpeech() throws {
        let found = try quotes("The contractor Tom Baird told the workers to leave the site before noon.", language: "en")
        #expect(found.isEmpty)
    }

    @Test func aRelativeClauseReportEndsAtItsComma() throws {
        let text = "Deputy mayor Nigel Ross, who said it was an honour to present the plan, thanked the staff."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["it was an honour to present the plan"])
        #expect(found.first?.speaker == "Nigel Ross")
    }

    @Test func aCoordinatedCueAfterAShortQuotedTermStillReports() throws {
        let text = "Council leader Amy Park criticised the changes and said they were 'rushed through' without any debate."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["they were 'rushed through' without any debate"])
        #expect(found.first?.speaker == "Amy Park")
    }

    @Test func aTitleAbbreviationAndOfAfterANameStayOutOfTheSpeaker() throws {
        let text = """
        In Talim town, 40 families had left their homes, according to Senior Insp. Ramon Dizon. \
        In Sibuyan, waves of four meters battered the shore, said Bishop Ana Corpuz of the Evangelical Free Church.
        """
        let found = try quotes(text, language: "en")
        #expect(found.map(\.speaker) == ["Ramon Dizon", "Ana Corpuz"])
    }

    @Test func aFrenchRelativeQuiTakesUpTheNameBeforeIt() throws {
        let text = "La députée Anne Roy, qui a déclaré que le texte serait retiré avant l'été, a quitté la séance."
        let found = try quotes(text)
        #expect(found.first?.speaker == "Anne Roy")
        #expect(found.first?.text == "le texte serait retiré avant l'été")
    }

    @Test func anOrganisationQualifyingARoleIsNotTheSubjectThePersonIs() throws {
        let text = "Greenfield Party co-leader Martha Quinlan opposed the budget and said it would hurt rural families."
        let found = try quotes(text, language: "en")
        #expect(found.map(\.text) == ["it would hurt rural families"])
        #expect(found.first?.speaker == "Martha Quinlan")
    }
}
