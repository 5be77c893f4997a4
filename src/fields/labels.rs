//! Field labels: `Speaker:`, `WHO:`, `Date/Time`, `About the speaker`, ...
//!
//! A label names what the text next to it is. Labels come in many
//! spellings and layouts (`Title: x`, a line `Title:` with the value below,
//! a heading `Abstract`, a bold `**Bio**`, a table cell, an HTML `<dt>`); this
//! module only knows the vocabulary and the shape of one label line. Which
//! blocks a label's value covers is decided by the segmenter.

use std::collections::HashMap;
use std::sync::LazyLock;

/// What a label announces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    /// Who presents.
    Speaker,
    /// The talk's title.
    Title,
    /// A mail subject: a title only when nothing better names the talk.
    Subject,
    /// The date (possibly with a time).
    Date,
    /// The time.
    Time,
    /// Where.
    Place,
    /// Who hosts, chairs or moderates.
    Host,
    /// The talk's description.
    Abstract,
    /// The speaker's biography.
    Bio,
    /// The speaker's institution.
    Affiliation,
    /// The series the event belongs to.
    Series,
    /// Registration.
    Registration,
    /// A meeting link or its credentials.
    Link,
    /// Who organizes or sponsors.
    Organizer,
    /// A posting date / poster line (`PostedBy:`), or mail metadata.
    Posted,
    /// A label outside the vocabulary (`Prerequisites`, `Resources`).
    Other,
}

impl Label {
    /// True for labels whose value is running text over several paragraphs.
    pub fn is_long(self) -> bool {
        matches!(self, Label::Abstract | Label::Bio)
    }
}

/// The vocabulary, lower-case, without trailing colon.
const VOCABULARY: &[(&str, Label)] = &[
    ("speaker", Label::Speaker),
    ("speakers", Label::Speaker),
    ("speaker(s)", Label::Speaker),
    ("who", Label::Speaker),
    ("presenter", Label::Speaker),
    ("presenters", Label::Speaker),
    ("presented by", Label::Speaker),
    ("lecturer", Label::Speaker),
    ("guest speaker", Label::Speaker),
    ("invited speaker", Label::Speaker),
    ("keynote speaker", Label::Speaker),
    ("seminar speaker", Label::Speaker),
    ("featured speaker", Label::Speaker),
    ("your speaker", Label::Speaker),
    ("your speakers", Label::Speaker),
    ("your presenter", Label::Speaker),
    ("your presenters", Label::Speaker),
    ("meet the speaker", Label::Speaker),
    ("meet the speakers", Label::Speaker),
    ("your host", Label::Host),
    ("your hosts", Label::Host),
    ("talk by", Label::Speaker),
    ("by", Label::Speaker),
    ("name", Label::Speaker),
    ("panelists", Label::Speaker),
    ("panellists", Label::Speaker),
    ("panel", Label::Speaker),
    ("instructor", Label::Speaker),
    ("instructors", Label::Speaker),
    // (who leads a workshop or a teaching seminar presents it)
    ("facilitator", Label::Speaker),
    ("facilitators", Label::Speaker),
    // (a reading group's session is led by its presenter)
    ("led by", Label::Speaker),
    ("discussion leader", Label::Speaker),
    ("discussion leaders", Label::Speaker),
    ("workshop leader", Label::Speaker),
    ("workshop leaders", Label::Speaker),
    ("trainer", Label::Speaker),
    ("trainers", Label::Speaker),
    ("candidate", Label::Speaker),
    ("title", Label::Title),
    ("talk title", Label::Title),
    ("title of talk", Label::Title),
    ("seminar title", Label::Title),
    ("lecture title", Label::Title),
    ("presentation title", Label::Title),
    ("thesis title", Label::Title),
    ("title of the thesis", Label::Title),
    ("title of the dissertation", Label::Title),
    ("titre de la thèse", Label::Title),
    ("titre de la conférence", Label::Title),
    ("titel der arbeit", Label::Title),
    ("titel der dissertation", Label::Title),
    // Swedish, Danish, Norwegian: the thesis' title at a defence
    ("avhandlingens titel", Label::Title),
    ("afhandlingens titel", Label::Title),
    ("avhandlingens tittel", Label::Title),
    ("titel des vortrags", Label::Title),
    ("título de la tesis", Label::Title),
    ("título da tese", Label::Title),
    ("titolo della tesi", Label::Title),
    ("titel van het proefschrift", Label::Title),
    ("thesis", Label::Title),
    ("dissertation", Label::Title),
    ("dissertation title", Label::Title),
    ("topic", Label::Subject),
    ("subject", Label::Subject),
    ("subj", Label::Subject),
    ("what", Label::Title),
    ("paper", Label::Title),
    ("talk", Label::Title),
    ("date", Label::Date),
    ("dates", Label::Date),
    ("day", Label::Date),
    ("when", Label::Date),
    ("date of seminar", Label::Date),
    ("date of talk", Label::Date),
    ("date/time", Label::Date),
    ("date / time", Label::Date),
    ("date & time", Label::Date),
    ("date and time", Label::Date),
    ("time and date", Label::Date),
    ("time/date", Label::Date),
    ("date and place", Label::Date),
    ("time", Label::Time),
    ("times", Label::Time),
    ("start time", Label::Time),
    ("time and place", Label::Time),
    ("place", Label::Place),
    ("location", Label::Place),
    ("where", Label::Place),
    ("room", Label::Place),
    ("venue", Label::Place),
    ("address", Label::Place),
    ("place and time", Label::Place),
    // people around a thesis defense who do not present
    ("advisor", Label::Other),
    ("advisors", Label::Other),
    ("adviser", Label::Other),
    ("co-advisor", Label::Other),
    ("supervisor", Label::Other),
    ("supervisors", Label::Other),
    ("committee", Label::Other),
    ("thesis committee", Label::Other),
    ("committee members", Label::Other),
    ("examining committee", Label::Other),
    ("examiners", Label::Other),
    ("jury", Label::Other),
    ("composition du jury", Label::Other),
    ("membres du jury", Label::Other),
    ("composición del tribunal", Label::Other),
    ("tribunal", Label::Other),
    ("promotiecommissie", Label::Other),
    ("prüfungskommission", Label::Other),
    ("jury members", Label::Other),
    ("reviewers", Label::Other),
    ("thesis jury", Label::Other),
    ("host", Label::Host),
    ("hosts", Label::Host),
    ("hosted by", Label::Host),
    ("faculty host", Label::Host),
    ("moderator", Label::Host),
    ("moderators", Label::Host),
    ("moderated by", Label::Host),
    ("chair", Label::Host),
    ("co-chair", Label::Host),
    ("chairs", Label::Host),
    ("session chair", Label::Host),
    ("introduced by", Label::Host),
    ("abstract", Label::Abstract),
    ("talk abstract", Label::Abstract),
    ("seminar abstract", Label::Abstract),
    ("description", Label::Abstract),
    ("talk description", Label::Abstract),
    ("summary", Label::Abstract),
    ("synopsis", Label::Abstract),
    ("overview", Label::Abstract),
    ("talk overview", Label::Abstract),
    ("session overview", Label::Abstract),
    ("inhalt", Label::Abstract),
    ("beschreibung", Label::Abstract),
    ("descripción", Label::Abstract),
    ("descrição", Label::Abstract),
    ("sobre a palestra", Label::Abstract),
    ("sobre la charla", Label::Abstract),
    ("omschrijving", Label::Abstract),
    ("about the talk", Label::Abstract),
    ("about this talk", Label::Abstract),
    ("about the lecture", Label::Abstract),
    ("about this lecture", Label::Abstract),
    ("about the webinar", Label::Abstract),
    ("about this webinar", Label::Abstract),
    ("about the seminar", Label::Abstract),
    ("about this seminar", Label::Abstract),
    ("about the presentation", Label::Abstract),
    ("about the colloquium", Label::Abstract),
    ("about the session", Label::Abstract),
    ("about this session", Label::Abstract),
    ("talk summary", Label::Abstract),
    ("lecture abstract", Label::Abstract),
    ("bio", Label::Bio),
    ("bios", Label::Bio),
    ("biography", Label::Bio),
    ("short bio", Label::Bio),
    ("short biography", Label::Bio),
    ("speaker bio", Label::Bio),
    ("speaker bios", Label::Bio),
    ("speakers' bios", Label::Bio),
    ("speaker biographies", Label::Bio),
    ("biographies", Label::Bio),
    ("panelist bios", Label::Bio),
    ("panelists' bios", Label::Bio),
    ("presenter bio", Label::Bio),
    ("presenter bios", Label::Bio),
    ("about the panelists", Label::Bio),
    ("about the presenters", Label::Bio),
    ("about our speakers", Label::Bio),
    ("about our speaker", Label::Bio),
    ("über die referierenden", Label::Bio),
    ("sobre os palestrantes", Label::Bio),
    ("over de sprekers", Label::Bio),
    ("speaker's bio", Label::Bio),
    ("speaker biography", Label::Bio),
    ("biographical sketch", Label::Bio),
    ("bio sketch", Label::Bio),
    ("about the speaker", Label::Bio),
    ("about the speakers", Label::Bio),
    ("about the presenter", Label::Bio),
    ("about the author", Label::Bio),
    ("affiliation", Label::Affiliation),
    ("affiliations", Label::Affiliation),
    ("affil", Label::Affiliation),
    ("institution", Label::Affiliation),
    ("organization", Label::Affiliation),
    ("organisation", Label::Affiliation),
    ("company", Label::Affiliation),
    ("series", Label::Series),
    ("seminar series", Label::Series),
    ("registration", Label::Registration),
    ("register", Label::Registration),
    ("rsvp", Label::Registration),
    ("rsvp_url", Label::Registration),
    ("zoom", Label::Link),
    ("zoom link", Label::Link),
    ("meeting link", Label::Link),
    ("webex", Label::Link),
    ("teams", Label::Link),
    ("link", Label::Link),
    ("livestream", Label::Link),
    ("meeting id", Label::Link),
    ("passcode", Label::Link),
    ("password", Label::Link),
    ("sponsor", Label::Organizer),
    ("sponsors", Label::Organizer),
    ("sponsored by", Label::Organizer),
    ("organizer", Label::Organizer),
    ("organizers", Label::Organizer),
    ("organiser", Label::Organizer),
    ("organisers", Label::Organizer),
    ("organized by", Label::Organizer),
    ("organised by", Label::Organizer),
    ("postedby", Label::Posted),
    ("posted by", Label::Posted),
    ("posted", Label::Posted),
    ("type", Label::Posted),
    // French
    ("orateur", Label::Speaker),
    ("oratrice", Label::Speaker),
    ("intervenant", Label::Speaker),
    ("intervenante", Label::Speaker),
    ("conférencier", Label::Speaker),
    ("conférencière", Label::Speaker),
    ("titre", Label::Title),
    ("sujet", Label::Subject),
    ("objet", Label::Subject),
    ("heure", Label::Time),
    ("horaire", Label::Time),
    ("lieu", Label::Place),
    ("salle", Label::Place),
    ("résumé", Label::Abstract),
    ("biographie", Label::Bio),
    // German
    ("referent", Label::Speaker),
    ("referentin", Label::Speaker),
    ("vortragender", Label::Speaker),
    ("vortragende", Label::Speaker),
    ("sprecher", Label::Speaker),
    ("sprecherin", Label::Speaker),
    ("titel", Label::Title),
    ("thema", Label::Title),
    ("datum", Label::Date),
    ("zeit", Label::Time),
    ("uhrzeit", Label::Time),
    ("ort", Label::Place),
    ("raum", Label::Place),
    ("zusammenfassung", Label::Abstract),
    ("kurzfassung", Label::Abstract),
    ("zur person", Label::Bio),
    ("kurzbiografie", Label::Bio),
    ("kurzbiographie", Label::Bio),
    ("biografie", Label::Bio),
    ("biographie des referenten", Label::Bio),
    ("lebenslauf", Label::Bio),
    ("termin", Label::Date),
    ("wann", Label::Date),
    ("wo", Label::Place),
    ("vortrag", Label::Title),
    ("gastgeber", Label::Host),
    ("moderation", Label::Host),
    // Spanish and Italian
    ("ponente", Label::Speaker),
    ("conferenciante", Label::Speaker),
    ("relatore", Label::Speaker),
    ("relatrice", Label::Speaker),
    ("título", Label::Title),
    ("titolo", Label::Title),
    ("fecha", Label::Date),
    ("hora", Label::Time),
    ("orario", Label::Time),
    ("lugar", Label::Place),
    ("luogo", Label::Place),
    ("aula", Label::Place),
    ("resumen", Label::Abstract),
    ("sommario", Label::Abstract),
    ("biografía", Label::Bio),
    ("semblanza", Label::Bio),
    ("sobre la ponente", Label::Bio),
    ("sobre el ponente", Label::Bio),
    ("sobre los ponentes", Label::Bio),
    ("sobre las ponentes", Label::Bio),
    ("acerca del ponente", Label::Bio),
    ("acerca de la ponente", Label::Bio),
    ("à propos de l'orateur", Label::Bio),
    ("à propos de l'oratrice", Label::Bio),
    ("à propos de l'intervenant", Label::Bio),
    ("à propos de l'intervenante", Label::Bio),
    // a heading over the speaker's bio: "L'intervenante", "Les intervenants"
    ("l'intervenant", Label::Bio),
    ("l'intervenante", Label::Bio),
    ("l'orateur", Label::Bio),
    ("l'oratrice", Label::Bio),
    ("el ponente", Label::Bio),
    ("la ponente", Label::Bio),
    ("sul relatore", Label::Bio),
    ("sulla relatrice", Label::Bio),
    ("über den referenten", Label::Bio),
    ("über die referentin", Label::Bio),
    ("semblanza curricular", Label::Bio),
    ("nota biografica", Label::Bio),
    ("imparte", Label::Speaker),
    ("presenta", Label::Speaker),
    ("conferencista", Label::Speaker),
    ("expositor", Label::Speaker),
    ("expositora", Label::Speaker),
    ("oradora", Label::Speaker),
    ("orador", Label::Speaker),
    ("riassunto", Label::Abstract),
    ("sunto", Label::Abstract),
    ("abstract del seminario", Label::Abstract),
    ("moderador", Label::Host),
    ("moderadora", Label::Host),
    ("modera", Label::Host),
    ("horario", Label::Time),
    ("sede", Label::Place),
    ("ubicación", Label::Place),
    ("lugar y hora", Label::Place),
    ("fecha y hora", Label::Date),
    ("data e ora", Label::Date),
    ("ora", Label::Time),
    ("moderatore", Label::Host),
    ("moderatrice", Label::Host),
    // Portuguese
    ("palestrante", Label::Speaker),
    ("palestrantes", Label::Speaker),
    ("apresentador", Label::Speaker),
    ("apresentadora", Label::Speaker),
    ("conferencistas", Label::Speaker),
    ("data", Label::Date),
    ("horário", Label::Time),
    ("local", Label::Place),
    ("resumo", Label::Abstract),
    ("biografia", Label::Bio),
    ("minibiografia", Label::Bio),
    ("mini-biografia", Label::Bio),
    ("minicurrículo", Label::Bio),
    ("sobre o palestrante", Label::Bio),
    ("sobre a palestrante", Label::Bio),
    ("mediador", Label::Host),
    ("mediadora", Label::Host),
    ("mediação", Label::Host),
    ("modalidade", Label::Other),
    ("assunto", Label::Subject),
    ("asunto", Label::Subject),
    ("oggetto", Label::Subject),
    ("betreff", Label::Subject),
    // Dutch
    ("spreker", Label::Speaker),
    ("sprekers", Label::Speaker),
    ("promovendus", Label::Speaker),
    ("onderwerp", Label::Subject),
    ("verzonden", Label::Posted),
    ("promovenda", Label::Speaker),
    ("proefschrift", Label::Title),
    ("wanneer", Label::Date),
    ("tijd", Label::Time),
    ("waar", Label::Place),
    ("locatie", Label::Place),
    ("zaal", Label::Place),
    ("plaats", Label::Place),
    ("samenvatting", Label::Abstract),
    ("over de spreker", Label::Bio),
    ("over de promovendus", Label::Bio),
    ("over de promovenda", Label::Bio),
    ("promotor", Label::Other),
    ("promotores", Label::Other),
    ("copromotor", Label::Other),
    ("faculteit", Label::Other),
    ("modalidad", Label::Other),
    ("modalità", Label::Other),
    ("modalité", Label::Other),
    // Swedish
    ("ämne", Label::Subject),
    ("skickat", Label::Posted),
    ("föreläsare", Label::Speaker),
    ("talare", Label::Speaker),
    ("respondent", Label::Speaker),
    ("tid", Label::Time),
    ("plats", Label::Place),
    ("lokal", Label::Place),
    ("sammanfattning", Label::Abstract),
    ("opponent", Label::Other),
    // Polish
    ("prowadząca", Label::Speaker),
    ("prowadzący", Label::Speaker),
    ("prelegent", Label::Speaker),
    ("prelegentka", Label::Speaker),
    ("prelegenci", Label::Speaker),
    ("wykładowca", Label::Speaker),
    ("tytuł", Label::Title),
    ("temat", Label::Title),
    ("godzina", Label::Time),
    ("miejsce", Label::Place),
    ("sala", Label::Place),
    ("streszczenie", Label::Abstract),
    ("moderacja", Label::Host),
    ("forma", Label::Other),
    ("udział", Label::Other),
];

/// The label a piece of text names, if it is one of the vocabulary.
/// Case, surrounding markup, trailing colons and a `talk`/`seminar` prefix
/// do not matter; `About <Name>` is a bio label.
pub fn label_of(text: &str) -> Option<Label> {
    let t = text
        .trim()
        // an icon before the label: "📍 **Venue:**", "📅 Date"
        .trim_start_matches(|c: char| !c.is_alphanumeric() && !"*_#(".contains(c))
        .trim()
        .trim_end_matches([':', '：', '-', '–'])
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_' || c == '#')
        .trim()
        .trim_end_matches(':')
        .trim();
    if t.is_empty() || t.len() > 40 {
        return None;
    }
    let lower = t.to_lowercase();
    static INDEX: LazyLock<HashMap<&'static str, Label>> =
        LazyLock::new(|| VOCABULARY.iter().copied().collect());
    if let Some(l) = INDEX.get(lower.as_str()) {
        return Some(*l);
    }
    // "About Ada", "About `Ada Lovelace`_"
    if let Some(rest) = lower.strip_prefix("about ") {
        let words = rest.split_whitespace().count();
        let original_rest = &t[6..];
        if (1..=4).contains(&words) && original_rest.starts_with(|c: char| c.is_uppercase()) {
            return Some(Label::Bio);
        }
    }
    None
}

/// The label an icon stands for at the start of a line on a web page.
fn icon_label(c: char) -> Option<Label> {
    match c {
        '📍' | '🏛' | '🗺' => Some(Label::Place),
        '📅' | '🗓' | '📆' => Some(Label::Date),
        '⏰' | '🕐'..='🕧' => Some(Label::Time),
        _ => None,
    }
}

/// A label at the start of a line: `Speaker: Ada Lovelace`, `**Title**: Better`,
/// `Time:     3:30 PM`. Returns the label and the byte offset in `line`
/// where the value starts (after the colon and spaces). Unknown labels of
/// the same shape (`Prerequisites:`) come back as [`Label::Other`].
pub fn label_line(line: &str) -> Option<(Label, usize)> {
    // a run-in head with a period, as papers and seminar pages write it:
    // "Abstract. Internal waves ...", "**Bio.** She works on ..."
    static RUN_IN: LazyLock<crate::rx::Regex> = LazyLock::new(|| {
        crate::rx::Regex::new(
            r"^[*_]{0,2}(?i:abstract|summary|bio|biography|speaker bio)\.[*_]{0,2}\s+\S",
        )
        .unwrap_or_else(|_| crate::fields::people::unreachable_regex())
    });
    if let Some(m) = RUN_IN.find(line) {
        let head = &line[..m.end() - 1];
        let head = head
            .trim_end()
            .trim_end_matches(['*', '_'])
            .trim_end_matches('.');
        if let Some(l) = label_of(head) {
            return Some((l, m.end() - 1));
        }
    }
    // an icon standing for the label: "📍 Example Hall, Room 2", "📅 Tuesday, May 3"
    let bare = line.trim_start_matches(['*', '_', ' ']);
    if let Some(icon) = bare.chars().next()
        && let Some(l) = icon_label(icon)
    {
        let rest = bare[icon.len_utf8()..].trim_start_matches(['\u{fe0f}', ' ', '*', '_']);
        // "📍 Venue: …" keeps its own label, read below
        if !rest.is_empty() && label_of(rest.split(':').next().unwrap_or("")).is_none() {
            return Some((l, line.len() - rest.len()));
        }
    }
    let colon = line.find([':', '：'])?;
    let head = &line[..colon];
    if head.is_empty() || head.len() > 40 {
        return None;
    }
    let after = &line[colon + line[colon..].chars().next().map_or(1, char::len_utf8)..];
    // "10:30", "http://": not labels
    if after.starts_with("//") || head.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let value_at = line.len() - after.trim_start().len();
    if let Some(l) = label_of(head) {
        return Some((l, value_at));
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let first = head.trim_start_matches(['*', '_', '(']).chars().next()?;
    let value_empty = after.trim().is_empty();
    let names_kind = words.iter().any(|w| {
        let l = w.to_lowercase();
        [
            "talk",
            "talks",
            "seminar",
            "series",
            "lecture",
            "workshop",
            "webinar",
            "colloquium",
            "symposium",
            "conference",
            "tutorial",
        ]
        .contains(&l.trim_matches(|c: char| !c.is_alphanumeric()))
    });
    let plausible = (1..=3).contains(&words.len())
        && (value_empty || words.len() <= 2)
        && !names_kind
        && first.is_uppercase()
        && head
            .chars()
            .all(|c| c.is_alphanumeric() || " -/&'()*_.".contains(c));
    plausible.then_some((Label::Other, value_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each word of the vocabulary is listed once (a second entry would
    /// silently decide the label of the first).
    #[test]
    fn the_vocabulary_lists_each_word_once() {
        let mut seen = std::collections::HashSet::new();
        for (word, _) in VOCABULARY {
            assert!(seen.insert(*word), "{word} is listed twice");
        }
    }

    #[test]
    fn labels_in_many_spellings() {
        let table: &[(&str, Option<Label>)] = &[
            ("Speaker:", Some(Label::Speaker)),
            ("WHO", Some(Label::Speaker)),
            ("Presenter", Some(Label::Speaker)),
            ("**Title**", Some(Label::Title)),
            ("Topic", Some(Label::Subject)),
            ("Subject:", Some(Label::Subject)),
            ("Place", Some(Label::Place)),
            ("Where:", Some(Label::Place)),
            ("Location", Some(Label::Place)),
            ("Room", Some(Label::Place)),
            ("Host", Some(Label::Host)),
            ("Abstract", Some(Label::Abstract)),
            ("ABSTRACT:", Some(Label::Abstract)),
            ("Bio", Some(Label::Bio)),
            ("Biography", Some(Label::Bio)),
            ("SHORT BIO:", Some(Label::Bio)),
            ("Speaker Bio", Some(Label::Bio)),
            ("About the speaker", Some(Label::Bio)),
            ("About Ada", Some(Label::Bio)),
            ("Date/Time", Some(Label::Date)),
            ("Imparte:", Some(Label::Speaker)),
            ("Semblanza:", Some(Label::Bio)),
            ("Modalidad:", Some(Label::Other)),
            ("Date & Time", Some(Label::Date)),
            ("Talk Title", Some(Label::Title)),
            ("Description", Some(Label::Abstract)),
            ("Affiliation", Some(Label::Affiliation)),
            ("Prerequisites", None),
            ("about this workshop series", None),
        ];
        for (text, want) in table {
            assert_eq!(label_of(text), *want, "{text}");
        }
    }

    #[test]
    fn label_lines() {
        assert_eq!(
            label_line("Speaker: Ada Lovelace"),
            Some((Label::Speaker, 9))
        );
        assert_eq!(label_line("Time:     3:30 PM"), Some((Label::Time, 10)));
        assert_eq!(label_line("Date/Time: 27-02-2021"), Some((Label::Date, 11)));
        assert_eq!(label_line("Prerequisites:"), Some((Label::Other, 14)));
        assert_eq!(label_line("10:30 am"), None);
        assert_eq!(label_line("see https://x.org"), None);
        assert_eq!(label_line("The talk is at 4pm: please come"), None);
        // run-in heads with a period, icons before a label
        assert_eq!(
            label_line("Abstract. Internal waves carry energy."),
            Some((Label::Abstract, 10))
        );
        assert_eq!(label_line("**Bio.** She works."), Some((Label::Bio, 9)));
        assert_eq!(label_line("Abstraction. It helps."), None);
        assert_eq!(
            label_line("📍 **Venue:** Room 1").map(|(l, _)| l),
            Some(Label::Place)
        );
        assert_eq!(label_line("WHAT:  A Talk"), Some((Label::Title, 7)));
        assert_eq!(label_line("Jury:"), Some((Label::Other, 5)));
        // Portuguese (in markdown emphasis), Dutch, and a terse field name
        for (line, want) in [
            ("Wanneer:  vrijdag 13 juni 2025", Label::Date),
            ("Promovendus: A. Voorbeeld", Label::Speaker),
            ("Proefschrift: Wie luistert", Label::Title),
            ("AFFIL:    Example Labs", Label::Affiliation),
            ("*Palestrante:* Prof. Dr. A. Souza", Label::Speaker),
            ("*Horário:* 14h às 15h30", Label::Time),
            ("*Local:* Auditório do Bloco C", Label::Place),
            ("*Resumo:* Mais de um milhão", Label::Abstract),
            ("*Minibiografia:* Ana Souza é professora", Label::Bio),
            ("Data: quarta-feira, 28/05/2025", Label::Date),
            ("Mediadora: Profa. B. Lima", Label::Host),
        ] {
            assert_eq!(label_line(line).map(|(l, _)| l), Some(want), "{line}");
        }
    }
}
