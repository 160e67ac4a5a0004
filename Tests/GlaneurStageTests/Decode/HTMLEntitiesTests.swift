import Testing
@testable import GlaneurDecode

@Suite struct HTMLEntitiesTests {
    let entities = HTMLEntities()

    @Test func html5NamedReferences() {
        #expect(entities.decode("Fin&hellip; &mldr; &apos;oui&apos; &bigstar; &NotEqualTilde;") == "Fin… … 'oui' ★ ≂̸")
        #expect(entities.decode("&AMP; &lt;b&gt; &Eacute;t&eacute;") == "& <b> Été")
    }

    @Test func numericReferences() {
        #expect(entities.decode("l&#8217;an &#x2019; &#X2019; &#39;") == "l’an ’ ’ '")
        // C1 values mean windows-1252, as in browsers; invalid values become U+FFFD.
        #expect(entities.decode("&#150; &#128; &#0; &#xD800; &#1114112;") == "– € \u{FFFD} \u{FFFD} \u{FFFD}")
    }

    @Test func doubleEncodedReferencesAfterOneDecoding() {
        // libxml2 turns "&amp;#8217;" into "&#8217;"; the decoder finishes the job.
        #expect(entities.decode("l&#8217;&eacute;t&eacute;") == "l’été")
    }

    @Test func legacyNamesWithoutSemicolon() {
        #expect(entities.decode("caf&eacute au lait &amp co &copy2024") == "café au lait & co ©2024")
        // Names browsers only accept with their semicolon stay as written.
        #expect(entities.decode("&hellip and &bigstar") == "&hellip and &bigstar")
    }

    @Test func textWithoutReferencesIsUnchanged() {
        #expect(entities.decode("AT&T & Johnson & Johnson") == "AT&T & Johnson & Johnson")
        #expect(entities.decode("no ampersand") == "no ampersand")
    }
}
