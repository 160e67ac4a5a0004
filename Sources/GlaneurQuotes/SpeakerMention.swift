import GlaneurCore

/// How a speaker was named in the text.
enum MentionKind: Sendable {
    /// An entity of the entities layer.
    case entity
    /// A capitalised name the entities layer does not know.
    case name
    /// A pronoun resolved (or not) to an earlier person.
    case pronoun
    /// A description ("le PDG de Nvidia", "un rapport du CNAS"), resolved or not.
    case description
    /// An unnamed source ("un analyste", "certains").
    case unnamed
}

/// A speaker found for a quote, before it becomes a `Speaker`.
struct SpeakerMention: Sendable {
    var span: TextSpan
    var canonical: String?
    var type: EntityType?
    var entityID: String?
    var kind: MentionKind
    var gender: SpeakerGender

    var speaker: Speaker {
        Speaker(mention: span, canonical: canonical, type: type, entityID: entityID)
    }

    /// The same resolved speaker, mentioned at `span` by a pronoun or a description.
    func mentioned(at span: TextSpan, as kind: MentionKind) -> SpeakerMention {
        SpeakerMention(span: span, canonical: canonical, type: type, entityID: entityID, kind: kind, gender: gender)
    }
}
