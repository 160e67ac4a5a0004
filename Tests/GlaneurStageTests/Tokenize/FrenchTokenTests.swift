import Testing
@testable import GlaneurTokenize

@Suite struct FrenchElisionTests {
    @Test func splitsElidedWordsAfterTheApostrophe() throws {
        #expect(try tokenTexts("Qu’il parte : l’État, d’IA, j’ai, m’a, n’est, s’il, t’es, c’est.")
            == ["Qu’", "il", "parte", ":", "l’", "État", ",", "d’", "IA", ",", "j’", "ai", ",", "m’", "a", ",",
                "n’", "est", ",", "s’", "il", ",", "t’", "es", ",", "c’", "est", "."])
    }

    @Test func splitsLongerElisionsWithStraightApostrophes() throws {
        #expect(try tokenTexts("jusqu'à lorsqu'on puisqu'elle quoiqu'il") == ["jusqu'", "à", "lorsqu'", "on", "puisqu'", "elle", "quoiqu'", "il"])
    }

    @Test func keepsLexicalExceptionsWhole() throws {
        #expect(try tokenTexts("aujourd’hui les prud'hommes de la presqu’île et quelqu'un") == ["aujourd’hui", "les", "prud'hommes", "de", "la", "presqu’île", "et", "quelqu'un"])
        #expect(try tokenTexts("si l'on veut") == ["si", "l'on", "veut"])
    }

    @Test func splitsOnlyTheListedPrefixes() throws {
        #expect(try tokenTexts("entr'ouvert") == ["entr'ouvert"])
        #expect(try tokenTexts("qu'aujourd'hui") == ["qu'", "aujourd'hui"])
    }

    @Test func elisionBeforeAQuoteOrASpaceIsStillOneToken() throws {
        #expect(try tokenTexts("l'IA et l'« IA » et l’ IA") == ["l'", "IA", "et", "l'", "«", "IA", "»", "et", "l’", "IA"])
    }

    @Test func apostrophesUsedAsQuotesStaySeparate() throws {
        #expect(try tokenTexts("le mot ‘gratuit’ et 'libre'") == ["le", "mot", "‘", "gratuit", "’", "et", "'", "libre", "'"])
    }

    @Test func elisionBeforeACompoundKeepsTheCompound() throws {
        #expect(try tokenTexts("l'arrière-boutique d'auto-entrepreneurs") == ["l'", "arrière-boutique", "d'", "auto-entrepreneurs"])
    }
}

@Suite struct FrenchHyphenTests {
    @Test func keepsCompoundsAndNamesWhole() throws {
        #expect(try tokenTexts("Les États-Unis, Jean-Pierre, vingt-et-un semi-conducteurs à Saint-Quentin-en-Yvelines.")
            == ["Les", "États-Unis", ",", "Jean-Pierre", ",", "vingt-et-un", "semi-conducteurs", "à", "Saint-Quentin-en-Yvelines", "."])
    }

    @Test func splitsSubjectCliticsFollowingUDConventions() throws {
        #expect(try tokenTexts("A-t-il répondu ? dit-elle. Est-ce vrai ? Peut-on partir ?")
            == ["A", "-t-il", "répondu", "?", "dit", "-elle", ".", "Est", "-ce", "vrai", "?", "Peut", "-on", "partir", "?"])
    }

    @Test func splitsObjectCliticsOneByOne() throws {
        #expect(try tokenTexts("Donne-le-moi, allez-y.") == ["Donne", "-le", "-moi", ",", "allez", "-y", "."])
    }

    @Test func keepsCompoundsThatOnlyLookLikeClitics() throws {
        #expect(try tokenTexts("un rendez-vous, c'est-à-dire jusque-là, à Bar-le-Duc et lui-même") == ["un", "rendez-vous", ",", "c'est-à-dire", "jusque-là", ",", "à", "Bar-le-Duc", "et", "lui-même"])
    }

    @Test func keepsCliticsWrittenInTitleCaseInNames() throws {
        #expect(try tokenTexts("Villers-Le") == ["Villers-Le"])
    }

    @Test func elisionAndCliticTogether() throws {
        #expect(try tokenTexts("N'est-ce pas ? Qu'en pense-t-elle ?") == ["N'", "est", "-ce", "pas", "?", "Qu'", "en", "pense", "-t-elle", "?"])
    }

    @Test func wordNumberCompoundsStayWhole() throws {
        #expect(try tokenTexts("le Covid-19 et le F-16") == ["le", "Covid-19", "et", "le", "F-16"])
    }
}

@Suite struct FrenchNumberTests {
    @Test func groupsThousandsSeparatedByAnyNumericSpace() throws {
        #expect(try tokenTexts("890 000 habitants, 1\u{00A0}250\u{00A0}000 euros et 3\u{202F}500 postes")
            == ["890 000", "habitants", ",", "1\u{00A0}250\u{00A0}000", "euros", "et", "3\u{202F}500", "postes"])
    }

    @Test func narrowNoBreakSpacesSeparateWordsAndGroupDigits() throws {
        #expect(try tokenTexts("Bonjour\u{202F}! Il dit «\u{202F}Oui\u{202F}» : 12\u{202F}500 puces, en 2024\u{202F}500 cas\u{202F};")
            == ["Bonjour", "!", "Il", "dit", "«", "Oui", "»", ":", "12\u{202F}500", "puces", ",", "en", "2024", "500", "cas", ";"])
    }

    @Test func aYearFollowedByACountIsTwoNumbers() throws {
        #expect(try tokenTexts("12 500 puces") == ["12 500", "puces"])
        #expect(try tokenTexts("en 2024 500 personnes") == ["en", "2024", "500", "personnes"])
    }

    @Test func groupsMustHaveExactlyThreeDigits() throws {
        #expect(try tokenTexts("les 3 50 ans et 12 5000 km") == ["les", "3", "50", "ans", "et", "12", "5000", "km"])
    }

    @Test func decimalCommaPeriodGroupsSignsAndPercent() throws {
        #expect(try tokenTexts("3,5 % puis -2,5 et +4 % ; 1.500 ou 2.700.000 et 12 500,75 €")
            == ["3,5", "%", "puis", "-2,5", "et", "+4", "%", ";", "1.500", "ou", "2.700.000", "et", "12 500,75", "€"])
    }

    @Test func aHyphenBetweenNumbersIsARange() throws {
        #expect(try tokenTexts("en 2019-2020, le 2006-08-07 et 1914-1918") == ["en", "2019-2020", ",", "le", "2006-08-07", "et", "1914-1918"])
        #expect(try tokenTexts("de 5-3") == ["de", "5-3"])
    }

    @Test func aHyphenAfterAWordIsNotASign() throws {
        #expect(try tokenTexts("le score -2 puis A-2") == ["le", "score", "-2", "puis", "A-2"])
    }

    @Test func fractionsAndDatesWithSlashes() throws {
        #expect(try tokenTexts("le 23/12/2006, 1/10 mais 1/10 000") == ["le", "23/12/2006", ",", "1/10", "mais", "1", "/", "10 000"])
    }

    @Test func clockTimesWithAColonAreOneNumber() throws {
        #expect(try tokenTexts("à 10:30, puis 9:45:12 ; le ratio 1:1000 et : 12") == ["à", "10:30", ",", "puis", "9:45:12", ";", "le", "ratio", "1", ":", "1000", "et", ":", "12"])
    }

    @Test func timesAndUnitsGluedToNumbersAreSplit() throws {
        #expect(try tokenTexts("à 15h30, 9h et 10km ou 5GHz") == ["à", "15", "h", "30", ",", "9", "h", "et", "10", "km", "ou", "5", "GHz"])
    }

    @Test func ordinalsAndCodesStayWhole() throws {
        #expect(try tokenTexts("le 1er, la 3e, le XXIe siècle, la 5G") == ["le", "1er", ",", "la", "3e", ",", "le", "XXIe", "siècle", ",", "la", "5G"])
    }

    @Test func numbersHaveTheNumberKind() throws {
        let text = "12 500 et -2,5 et 2019-2020"
        #expect(try kind(of: "12 500", in: text) == .number)
        #expect(try kind(of: "-2,5", in: text) == .number)
        #expect(try kind(of: "2019-2020", in: text) == .number)
    }
}

@Suite struct FrenchAbbreviationTests {
    @Test func titlesAndCommonAbbreviationsKeepTheirPeriod() throws {
        #expect(try tokenTexts("M. Durand, MM. Roux et Lenoir, Mme Petit, Dr. Lang, p. ex. en janv. et cf. art. 3")
            == ["M.", "Durand", ",", "MM.", "Roux", "et", "Lenoir", ",", "Mme", "Petit", ",", "Dr.", "Lang", ",", "p.", "ex.", "en", "janv.", "et", "cf.", "art.", "3"])
    }

    @Test func etcKeepsItsPeriodExceptAtTheEndOfAParagraph() throws {
        #expect(try tokenTexts("des pommes, etc., puis des poires, etc.") == ["des", "pommes", ",", "etc.", ",", "puis", "des", "poires", ",", "etc", "."])
        #expect(try tokenTexts("etc.") == ["etc."])
    }

    @Test func aLowerCaseWordIsNotATitle() throws {
        #expect(try tokenTexts("Il mesure 3 m.") == ["Il", "mesure", "3", "m", "."])
    }

    @Test func initialsKeepTheirPeriod() throws {
        #expect(try tokenTexts("J. Martin et J.-C. Durand") == ["J.", "Martin", "et", "J.-C.", "Durand"])
        #expect(try tokenTexts("la vitamine D.") == ["la", "vitamine", "D", "."])
    }

    @Test func dottedAcronymsAndSymbols() throws {
        #expect(try tokenTexts("la S.N.C.F. a dit, le n° 5 à 20 °C") == ["la", "S.N.C.F.", "a", "dit", ",", "le", "n°", "5", "à", "20", "°C"])
    }

    @Test func parenthesisedEndingsStayWithTheirWord() throws {
        #expect(try tokenTexts("les élu(e)s et AUTRE(S) (voir)") == ["les", "élu(e)s", "et", "AUTRE(S)", "(", "voir", ")"])
    }
}

@Suite struct WebTokenTests {
    @Test func urlsAreSingleTokensWithoutTrailingPunctuation() throws {
        #expect(try tokenTexts("Voir https://www.exemple.fr/a/b.html?x=1&y=2, puis www.exemple.org.")
            == ["Voir", "https://www.exemple.fr/a/b.html?x=1&y=2", ",", "puis", "www.exemple.org", "."])
        #expect(try tokenTexts("(lien : http://exemple.com/page_(1))") == ["(", "lien", ":", "http://exemple.com/page_(1)", ")"])
    }

    @Test func bareDomainsAreURLs() throws {
        #expect(try tokenTexts("sur exemple.fr/actu.") == ["sur", "exemple.fr/actu", "."])
        #expect(try kind(of: "exemple.fr/actu", in: "sur exemple.fr/actu.") == .url)
    }

    @Test func emailsHandlesAndHashtags() throws {
        let text = "Écrire à claire.martin@exemple.fr, suivre @claire_m et #Climat2030 ou #IA."
        #expect(try tokenTexts(text) == ["Écrire", "à", "claire.martin@exemple.fr", ",", "suivre", "@claire_m", "et", "#Climat2030", "ou", "#IA", "."])
        #expect(try kind(of: "claire.martin@exemple.fr", in: text) == .email)
        #expect(try kind(of: "@claire_m", in: text) == .handle)
        #expect(try kind(of: "#IA", in: text) == .hashtag)
    }

    @Test func emojiHaveTheirKind() throws {
        #expect(try kind(of: "🎉", in: "Bravo 🎉 !") == .emoji)
    }
}

@Suite struct PunctuationTests {
    @Test func ellipsesAndDashRunsAreOneToken() throws {
        #expect(try tokenTexts("Alors... non -- enfin… oui ?!") == ["Alors", "...", "non", "--", "enfin", "…", "oui", "?!"])
    }

    @Test func kindsOfPunctuationAndSymbols() throws {
        let text = "Prix : 5 € (+3 %)."
        #expect(try kind(of: ":", in: text) == .punct)
        #expect(try kind(of: "€", in: text) == .symbol)
        #expect(try kind(of: "%", in: text) == .symbol)
        #expect(try kind(of: "(", in: text) == .punct)
    }
}
