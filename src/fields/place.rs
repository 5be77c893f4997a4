//! Places: location phrases and their parts.
//!
//! A location is recognized by its shape: a building word (`Hall`,
//! `Building`, `Auditorium`, ...) with a room number before or after it, a
//! `Room`/`Rm` number, a short capitalized code with a number (`XyH 5409`,
//! `AbH 1003`), a venue line with a city and a country, or an online-only
//! mention. The parts (room, building, city, region, country) are filled
//! when the phrase shows them.

use std::ops::Range;
use std::sync::LazyLock;

use crate::rx::Regex;

use super::people::unreachable_regex;

/// Words that name a building or a part of one.
pub const BUILDING_WORDS: &[&str] = &[
    "hall",
    "building",
    "bldg",
    "auditorium",
    "theatre",
    "theater",
    "library",
    "tower",
    "pavilion",
    "annex",
    "center",
    "centre",
    "house",
    "wing",
    "ballroom",
    "lounge",
    "amphitheatre",
    "amphitheater",
    "amphi",
    "arena",
    "chapel",
    "gallery",
    "museum",
    "forum",
    "atrium",
    "complex",
    "institute",
    "lab",
    "laboratory",
    "campus",
    "bâtiment",
    "batiment",
    "bât.",
    "gebäude",
    "edificio",
    "pavillon",
    "college",
    // Spanish, Portuguese, Italian, French and German buildings
    "auditorio",
    "auditório",
    "anfiteatro",
    "biblioteca",
    "bibliothèque",
    "bibliothek",
    "palazzo",
];

/// Words that name a room.
const ROOM_WORDS: &[&str] = &[
    "room",
    "salle",
    "sala",
    "aula",
    "raum",
    "hörsaal",
    "rm",
    "rm.",
    "suite",
    "lecture theatre",
    "lecture theater",
    "seminar room",
    "conference room",
    "classroom",
    "lounge",
    "auditorium",
    "ballroom",
    "amphitheatre",
];

/// Countries (and common short forms).
const COUNTRIES: &[&str] = &[
    "usa",
    "u.s.a.",
    "united states",
    "us",
    "canada",
    "mexico",
    "brazil",
    "argentina",
    "chile",
    "uk",
    "united kingdom",
    "england",
    "scotland",
    "wales",
    "ireland",
    "france",
    "germany",
    "italy",
    "spain",
    "portugal",
    "netherlands",
    "the netherlands",
    "belgium",
    "luxembourg",
    "switzerland",
    "austria",
    "denmark",
    "sweden",
    "norway",
    "finland",
    "iceland",
    "poland",
    "czech republic",
    "czechia",
    "slovakia",
    "hungary",
    "romania",
    "bulgaria",
    "greece",
    "turkey",
    "israel",
    "egypt",
    "south africa",
    "nigeria",
    "kenya",
    "india",
    "pakistan",
    "china",
    "japan",
    "korea",
    "south korea",
    "taiwan",
    "singapore",
    "malaysia",
    "indonesia",
    "thailand",
    "vietnam",
    "philippines",
    "australia",
    "new zealand",
    "russia",
    "ukraine",
    "estonia",
    "latvia",
    "lithuania",
    "croatia",
    "serbia",
    "slovenia",
    "armenia",
    "iran",
    "saudi arabia",
    "uae",
    "united arab emirates",
    "qatar",
    "hong kong",
];

/// US states and Canadian provinces, by postal code.
const REGIONS: &[&str] = &[
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks",
    "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny",
    "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv",
    "wi", "wy", "dc", "bc", "on", "qc", "ab", "mb", "ns", "nb",
];

/// The parts of a location phrase, as ranges of it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlaceParts {
    /// Room number or name.
    pub room: Option<Range<usize>>,
    /// Building.
    pub building: Option<Range<usize>>,
    /// University, company or venue.
    pub institution: Option<Range<usize>>,
    /// City.
    pub city: Option<Range<usize>>,
    /// Region (state, province).
    pub region: Option<Range<usize>>,
    /// Country.
    pub country: Option<Range<usize>>,
}

/// True when `w` (with any punctuation around it) names a building or a
/// part of one: `Library`, `Hall,`, `Annex`.
pub fn is_building_word(w: &str) -> bool {
    word_in(BUILDING_WORDS, w)
}

fn word_in(list: &[&str], w: &str) -> bool {
    // the long lists are looked up in sets
    static COUNTRY_SET: LazyLock<std::collections::HashSet<&'static str>> =
        LazyLock::new(|| COUNTRIES.iter().copied().collect());
    static BUILDING_SET: LazyLock<std::collections::HashSet<&'static str>> =
        LazyLock::new(|| BUILDING_WORDS.iter().copied().collect());
    if std::ptr::eq(list, COUNTRIES) || std::ptr::eq(list, BUILDING_WORDS) {
        let l = w.to_lowercase();
        let l = l.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        return if std::ptr::eq(list, COUNTRIES) {
            COUNTRY_SET.contains(l)
        } else {
            BUILDING_SET.contains(l)
        };
    }
    let l = w.to_lowercase();
    let l = l.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    list.contains(&l)
}

/// True when `w` reads as a room number ([`ROOM_NUMBER`]); plain-ASCII
/// words, nearly all of them, are read without the regex.
fn is_room_number(w: &str) -> bool {
    if !w.is_ascii() {
        return ROOM_NUMBER.is_match(w);
    }
    let b = w.as_bytes();
    // how many bytes from `i` on satisfy `f`, at most `max`
    let run = |i: usize, max: usize, f: fn(&u8) -> bool| {
        b.get(i..)
            .map_or(0, |r| r.iter().take(max + 1).take_while(|x| f(x)).count())
    };
    let upper = |i: usize| b.get(i).is_some_and(u8::is_ascii_uppercase);
    // "WEH5409", "B-12", "254A", "1.220", "105-106", "3.14B"
    let numbered = || {
        let mut i = run(0, 3, u8::is_ascii_uppercase);
        if i > 3 {
            return false;
        }
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let d = run(i, 4, u8::is_ascii_digit);
        if !(1..=4).contains(&d) {
            return false;
        }
        i += d;
        if b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            i += 1;
        }
        while matches!(b.get(i), Some(b'.' | b'-')) {
            let d = run(i + 1, 3, u8::is_ascii_digit);
            if !(1..=3).contains(&d) {
                break;
            }
            i += 1 + d;
        }
        if upper(i) {
            i += 1;
        }
        i == b.len()
    };
    // "A", "B3", "B3 M7-8"
    let lettered = || {
        if !upper(0) {
            return false;
        }
        let mut i = 1;
        let d = run(i, 2, u8::is_ascii_digit);
        if d > 2 {
            return false;
        }
        i += d;
        if i == b.len() {
            return true;
        }
        if matches!(
            b.get(i),
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\x0b')
        ) {
            i += 1;
        }
        if !upper(i) {
            return false;
        }
        i += 1;
        let d = run(i, 2, u8::is_ascii_digit);
        if !(1..=2).contains(&d) {
            return false;
        }
        i += d;
        if b.get(i) == Some(&b'-') {
            let d = run(i + 1, 2, u8::is_ascii_digit);
            if (1..=2).contains(&d) {
                i += 1 + d;
            }
        }
        i == b.len()
    };
    numbered() || lettered()
}

static ROOM_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z]{0,3}-?[0-9]{1,4}[A-Za-z]?(?:[.-][0-9]{1,3})*(?:[A-Z])?|[A-Z][0-9]{0,2}(?:\s?[A-Z][0-9]{1,2}(?:-[0-9]{1,2})?)?)$")
        .unwrap_or_else(|_| unreachable_regex())
});

/// Splits a location phrase into its parts.
pub fn parts(text: &str) -> PlaceParts {
    let mut out = PlaceParts::default();
    let pieces = comma_pieces(text);
    let n = pieces.len();
    for (k, r) in pieces.iter().enumerate() {
        let piece = &text[r.clone()];
        let lower = piece.to_lowercase();
        if word_in(COUNTRIES, piece) && k + 1 == n {
            out.country = Some(r.clone());
            continue;
        }
        // "Springfield IL"
        let words: Vec<&str> = piece.split_whitespace().collect();
        if words.len() >= 2
            && let Some(last) = words.last()
            && last.len() == 2
            && last.chars().all(|c| c.is_ascii_uppercase())
            && word_in(REGIONS, last)
            && out.city.is_none()
        {
            let cut = r.start + piece.len() - last.len();
            out.city = Some(trim(text, r.start..cut));
            out.region = Some(cut..r.end);
            continue;
        }
        if words.len() == 1 && piece.len() == 2 && word_in(REGIONS, piece) && out.city.is_some() {
            out.region = Some(r.clone());
            continue;
        }
        let has_building = words.iter().any(|w| word_in(BUILDING_WORDS, w));
        // a postal code and a city: "75005 Paris"
        if !has_building
            && words.len() >= 2
            && words[0].chars().all(|c| c.is_ascii_digit())
            && words[0].len() >= 4
        {
            let at = r.start + piece.find(words[1]).unwrap_or(0);
            out.city = Some(at..r.end);
            continue;
        }
        let room_word = ROOM_WORDS
            .iter()
            .any(|w| lower.starts_with(w) || lower.ends_with(w));
        // "Room 1001", "Rm DH2315"
        if let Some(first) = words.first()
            && word_in(
                &[
                    "room", "rm", "rm.", "suite", "salle", "sala", "aula", "raum", "hörsaal",
                ],
                first,
            )
        {
            out.room.get_or_insert(r.clone());
            continue;
        }
        // "Lecture Theatre 2", "Seminar Room 3": a room noun and its number
        let starts_room_noun = ROOM_WORDS
            .iter()
            .any(|w| w.contains(' ') && lower.starts_with(w));
        if starts_room_noun && words.len() <= 3 && out.room.is_none() {
            out.room = Some(r.clone());
            continue;
        }
        // "Building 4", "Bâtiment 431": a building known by its number
        if words.len() == 2
            && word_in(BUILDING_WORDS, words[0])
            && words[1].chars().any(|c| c.is_ascii_digit())
            && out.building.is_none()
        {
            out.building = Some(r.clone());
            continue;
        }
        // "1132 Example Hall" / "Example Hall 7500" / "Example Hall Room 1004"
        if has_building && words.len() >= 2 {
            let first = words[0];
            let last = words[words.len() - 1];
            if is_room_number(first) && first.chars().any(|c| c.is_ascii_digit()) {
                let after = r.start + first.len();
                out.room.get_or_insert(r.start..after);
                out.building.get_or_insert(trim(text, after..r.end));
                continue;
            }
            if is_room_number(last) && last.chars().any(|c| c.is_ascii_digit()) {
                let cut = r.end - last.len();
                let mut b = trim(text, r.start..cut);
                let bt = &text[b.clone()];
                if let Some(i) = bt.to_lowercase().rfind(" room") {
                    b = trim(text, b.start..b.start + i);
                }
                out.building.get_or_insert(b);
                out.room.get_or_insert(cut..r.end);
                continue;
            }
            if room_word && out.room.is_none() && !lower.contains("building") {
                out.room = Some(r.clone());
                continue;
            }
            if out.building.is_none() {
                out.building = Some(r.clone());
            } else {
                out.institution.get_or_insert(r.clone());
            }
            continue;
        }
        // "XyH 5409", "B3 M7-8", "3.1.6"
        if words.len() <= 3
            && words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
            && out.room.is_none()
        {
            out.room = Some(r.clone());
            continue;
        }
        if room_word && out.room.is_none() {
            out.room = Some(r.clone());
            continue;
        }
        if super::people::has_org_word(piece) {
            out.institution.get_or_insert(r.clone());
            continue;
        }
        // a German compound naming a building: "Informatikzentrum", "Hauptgebäude"
        if words.len() == 1
            && out.building.is_none()
            && ["zentrum", "gebäude", "gebaeude", "halle", "turm", "bau"]
                .iter()
                .any(|s| lower.ends_with(s) && lower.len() > s.len() + 2)
        {
            out.building = Some(r.clone());
            continue;
        }
        // a lone capitalized piece after the building: the city
        if k > 0
            && words.len() <= 3
            && piece.starts_with(|c: char| c.is_uppercase())
            && out.city.is_none()
            && (out.building.is_some() || out.room.is_some() || out.institution.is_some())
            && k + 1 >= n.saturating_sub(1)
        {
            out.city = Some(r.clone());
            continue;
        }
        if k == 0
            && words.len() <= 3
            && n >= 2
            && out.city.is_none()
            && piece.starts_with(|c: char| c.is_uppercase())
            && word_in(COUNTRIES, &text[pieces[n - 1].clone()])
        {
            out.city = Some(r.clone());
        }
    }
    out
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let piece = &text[r.clone()];
    let lead = piece.len() - piece.trim_start_matches([' ', ',', '(', '-']).len();
    let t = piece.trim_end_matches([' ', ',', ')', '-']);
    r.start + lead..(r.start + t.len()).max(r.start + lead)
}

fn comma_pieces(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == ',' || c == ';' {
            out.push(trim(text, start..i));
            start = i + 1;
        }
    }
    out.push(trim(text, start..text.len()));
    out.retain(|r| !r.is_empty());
    out
}

/// How strongly `text` looks like a location phrase (0 = not at all).
pub fn place_score(text: &str) -> u32 {
    let t = text.trim();
    if t.is_empty() || t.len() > 120 {
        return 0;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let mut score: u32 = 0;
    if words.iter().any(|w| word_in(BUILDING_WORDS, w)) {
        score += 2;
    }
    if words.iter().any(|w| {
        word_in(
            &[
                "room", "rm", "rm.", "suite", "floor", "salle", "sala", "aula", "raum", "hörsaal",
                "chamber",
            ],
            w,
        )
    }) {
        score += 2;
    }
    // a street address: "Via del Santo 33", "Example Straße 27", "12 rue des Écoles"
    // (every address has a house number: the regex runs only then)
    if has_number_byte(t) && STREET.is_match(t) {
        score += 2;
    }
    if words.iter().any(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            && is_room_number(w.trim_matches([',', '.', ')', '(']))
    }) {
        score += 1;
    }
    if let Some(last) = comma_pieces(t).last()
        && word_in(COUNTRIES, &t[last.clone()])
    {
        score += 2;
    }
    if code_room(t) {
        score += 3;
    }
    // a building name and a room number: "Example 5409", "Law LT3 116"
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^[A-Z][A-Za-z]+\s+(?:[A-Z]{1,4}[0-9]{0,2}\s+)?[0-9]{3,4}[A-Z]?(?:-[0-9]{3,4})?$",
        )
        .unwrap_or_else(|_| unreachable_regex())
    });
    if NAMED.is_match(t) {
        score += 2;
    }
    // "4605 Example": a room number and the building's name
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[0-9]{3,4}[A-Z]?\s+(?:[A-Z][a-z]+|[A-Z]{3,})$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    if NUMBERED.is_match(t) {
        score += 2;
    }
    // an organization's name with a building word but no room ("Example Research Center")
    let has_number = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    let has_room = words.iter().any(|w| {
        word_in(
            &[
                "room",
                "rm",
                "rm.",
                "auditorium",
                "hall",
                "lounge",
                "building",
                "bldg",
                "ballroom",
                "theater",
                "theatre",
            ],
            w,
        )
    });
    // a venue: "Example Conference Center", "Student Centre", "Convention Hall"
    static VENUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:conference|convention|congress|students?'?|events?|community|civic|exhibition|visitors?|cultural|performing arts|union)\s+(?:cent(?:er|re)|hall|halls|union)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // an organization named after a building word ("Example Research Center")
    if !has_number && !has_room && !VENUE.is_match(t) && super::people::has_org_word(t) {
        score = score.saturating_sub(2);
    }
    score
}

/// A street address, in the ways European and American addresses write it:
/// `Via del Santo 33`, `Schlesische Straße 27`, `12 rue des Écoles`,
/// `77 Example Avenue`, `Calle Mayor 5`.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    let cap = r"[A-ZÀ-Ý][\w'.-]*";
    Regex::new(&format!(
        r"(?:(?-u:\b)(?:Via|Viale|Piazza|Piazzale|Corso|Calle|Avenida|Rua|Carrer|Plaza|Rue|Avenue|Boulevard|Place|Quai)\s+(?:(?:del|della|dei|di|de|des|du|la|le|las|los|do|da|das|dos)\s+)?{cap}(?:\s+(?:(?:del|della|di|de|des|du|do|da|dos|das)\s+)?{cap}){{0,2}},?\s+[0-9]{{1,4}}(?-u:\b)|[0-9]{{1,4}}[a-z]?,?\s+(?:(?:rue|avenue|boulevard|place|quai|via|calle)\s+(?:(?:de|des|du|la|le|del|della)\s+)?{cap}|{cap}(?:\s+{cap}){{0,2}}\s+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square))|{cap}(?:straße|strasse|str\.|platz|weg|gasse|allee|damm|ring|laan|gracht|straat|vej|gatan|gata|veien)\s+[0-9]{{1,4}}[a-z]?(?-u:\b)|(?-u:\b){cap}\s+(?:Straße|Strasse|Str\.|Platz|Weg|Allee)\s+[0-9]{{1,4}}[a-z]?(?-u:\b))"
    ))
    .unwrap_or_else(|_| unreachable_regex())
});

/// True when `t` holds a street address (the `STREET` pattern).
pub fn has_street(t: &str) -> bool {
    has_number_byte(t) && STREET.is_match(t)
}

/// True when `t` is a line of a postal address: a street with its number
/// (`27 Example Square, Cambridge, MA`, `Rua do Porto 16`), or a postal
/// code and a city (`1200-109 Lisboa`, `75005 Paris`, `Toronto, ON M5H
/// 1K4`).
pub fn is_address_line(t: &str) -> bool {
    static POSTAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[0-9]{4,5}(?:-[0-9]{3,4})?\s+\p{Lu}|[A-Z]{1,2}[0-9]{1,2}[A-Z]?\s+[0-9][A-Z]{2}(?:\s|,|$)|\p{Lu}[\p{Latin}. -]+,\s+[A-Z]{2}\s+(?:[0-9]{5}|[A-Z][0-9][A-Z]\s?[0-9][A-Z][0-9])(?:\s|,|$))")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let t = t.trim();
    // (a year is no postal code: "2024 Annual Meeting")
    let year = t
        .get(..5)
        .is_some_and(|h| h.ends_with(' ') && (h.starts_with("19") || h.starts_with("20")));
    t.split_whitespace().count() <= 12 && (has_street(t) || (POSTAL.is_match(t) && !year))
}

fn has_number_byte(t: &str) -> bool {
    t.bytes().any(|b| b.is_ascii_digit())
}

/// `XyH 5409`, `DH 2315`, `1004XYZ`, `BH-129`: a building code and a room number.
pub fn code_room(t: &str) -> bool {
    static CODE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
                        r"^(?:[A-Z][A-Za-z]{0,3}[A-Z]?\s?-?[A-Z]?[0-9]{2,4}[A-Z]?|[0-9]{3,4}\s?[A-Z][A-Za-z]{0,2}[A-Z])$",
        )
        .unwrap_or_else(|_| unreachable_regex())
    });
    CODE.is_match(t.trim())
}

/// The grammar of a location phrase, as one regex (built once):
/// pieces joined by `, `, ` in `, ` of `, `, located in `; a piece is
/// - a room: `[Name ...] [Conference|Seminar|...] Room [number]` (`Seminar Room 254A`,
///   `3rd Floor Conference room`, `Room 1001`, `Swank Room`);
/// - a building: capitalized words ending in a building word, maybe a
///   room number after it (`Example Hall 7500`, `Student Center`, `Hunt Library`);
/// - a number then a building (`7500 Example Hall`, `116 Old Chem`);
/// - a building code and a number (`XyH 5409`, `PH A18C`, `BH-129`, `1004XYZ`);
/// - a capitalized name and a room number (`Example 5409`, `Skibo 105-106`,
///   `Example 3-117`).
static PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    let bw = r"(?:[Hh]all|HALL|[Bb]uilding|BUILDING|Bldg\.?|[Cc]ent(?:er|re)|CENTER|[Aa]uditorium|AUDITORIUM|[Ll]ibrary|LIBRARY|[Tt]heat(?:er|re)|[Ll]ounge|[Bb]allroom|BALLROOM|[Ww]ing|WING|[Tt]ower|[Qq]uadrangle|[Ll]aboratory|[Ll]ab|[Hh]ouse|[Cc]hapel|[Gg]allery|[Mm]useum|[Aa]trium|[Pp]avilion|[Aa]nnex|[Aa]rena|[Cc]ommons|[Cc]ampus|[Aa]mphitheat(?:re|er)|[Ff]orum|[Cc]lub|[Uu]nion|[Aa]venue|Ave\.?|[Ss]treet|St\.|[Bb]oulevard|Blvd\.?|[Rr]oad|Rd\.)";
    // a capitalized word (single inner hyphens and dots allowed, not "--")
    let cap = r"(?:[A-Z][\w'&.]*(?:-[\w'&.]+)*|[0-9]+(?:st|nd|rd|th))";
    let num = r"(?:[A-Z]{0,2}[0-9]{1,4}[A-Za-z]?(?:[-.][0-9]{1,4}[A-Za-z]?)*|[A-Z]{1,2}-[0-9]{1,4}[A-Za-z]?|[0-9][A-Z][0-9]{2}|[A-Z]\.[0-9]{1,3})";
    let code = r"(?:[A-Z][A-Za-z]?[A-Z]|[A-Z]{2,5})";
    let room_word = r"(?:[Rr]oom|ROOM|[Rr]m\.?|romm|[Ss]uite|[Ss]tudio|[Cc]lassroom|[Bb]allroom|[Ss]alle|[Ss]ala|[Aa]ula|Raum|Hörsaal|Chamber)";
    let kinds = r"(?:(?:[Cc]onference|[Ss]eminar|[Ll]ecture|[Dd]ining|[Bb]oard|[Rr]eading|[Mm]eeting|[Cc]ommittee|[Cc]lass)\s+)";
    let caps = format!(r"(?:{cap}\s+(?:(?:of|de|du)\s+(?:the\s+)?)?)");
    let room = format!(
        r"(?:\b{caps}{{0,3}}{kinds}?\b{room_word}(?:\s+{num}\b(?:\s+{code}\b(?:\s+{bw}\b)?)?|\s+[A-Z][a-z]{{2,}}\b|\s+[A-H]\b)?)"
    );
    // "Building 4", "Bâtiment 431", "Gebäude E1", "Auditorium B"; in
    // French, Spanish and German the name follows: "bâtiment Condorcet"
    let numbered_building = format!(
        r"(?:\b(?:[Bb]uilding|BUILDING|Bldg\.?|[Bb]âtiment|[Bb]atiment|Bât\.|Geb(?:äude|\.)|[Ee]dificio|[Pp]avillon|[Pp]avilion|[Aa]uditorium|AUDITORIUM|[Aa]mphith(?:e|é)(?:a|â)tre|Wing|Tower|Block)\s+(?:{num}|[A-H])\b|(?:[Bb]âtiment|[Bb]atiment|[Ee]dificio|[Pp]avillon|Gebäude)\s+{cap}\b)"
    );
    // "Engineering Building II", "Science Hall C", "Example Centre West"
    let ordinal = r"(?:\s+(?:II|III|IV|VI{0,3}|[A-H]|North|South|East|West)\b)";
    let building = format!(
        r"(?:\b{caps}{{1,3}}{bw}\b{ordinal}?(?:\s+{bw}\b)?(?:\s+(?:{room_word}\s+)?{num}\b|\s+(?:of|for)\s+(?:the\s+)?(?:{cap}\s+){{0,2}}{cap}\b)?|\b{bw}\s+(?:of|for)\s+(?:the\s+)?(?:{cap}\s+){{0,2}}{cap}\b|{numbered_building})"
    );
    // a floor: "1st floor", "40th Floor"
    let floor = r"(?:\b[0-9]+(?:st|nd|rd|th)\s+[Ff]loor\b)";
    let numbered = format!(
        r"(?:\b(?:[02-9][0-9]{{1,2}}|[03-9][0-9]{{3}}|2[1-9][0-9]{{2}}|1[0-8][0-9]{{2}}|1[0-9]{{1,2}})[A-Z]?\s+(?:(?:{cap}\s+){{0,2}}{bw}\b|[A-Z][a-z]+\b(?:\s+[A-Z][a-z]+\b)?|[A-Z]{{3,}}\b))"
    );
    let coded = format!(r"(?:\b{code}[\s-]?{num}\b|\b[0-9]{{3,4}}{code}\b)");
    let named = format!(
        r"(?:\b[A-Z][a-z]{{2,}}\s+(?:(?:{code}|[A-Z]{{1,4}}[0-9]{{1,2}})\s+)?(?:[0-9]{{3,4}}[A-Z]?(?:-[0-9]{{3,4}})?|[0-9]{{1,2}}-[0-9]{{3}}[A-Z]?)\b)"
    );
    // a street address: "Via del Santo 33", "Schlesische Straße 27"
    // "3 St Aldhelm's Close", "510 Elmsworth Avenue"; "18 rue des Tanneurs",
    // "via delle Fornaci 14" (lower case after a comma)
    let street = format!(
        r"(?:\b[0-9]{{1,5}}[A-Za-z]?\s+(?:{cap}\s+){{1,3}}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Close|Lane|Way|Drive|Place|Square|Court|Crescent|Terrace|Parkway|Row|Walk|Gardens|Circle)\b|\b[0-9]{{1,4}}(?:\s+(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|place|quai|chemin|cours|impasse)\s+(?:(?:de la|de l'|des|du|de|d')\s*)?{cap}(?:[\s-]+{cap}){{0,2}}|\b(?:Via|via|Viale|viale|Piazza|piazza|Piazzale|piazzale|Corso|corso|Largo|largo|Calle|calle|Avenida|Rua|rua|Rue|Carrer|Plaza)\s+(?:(?:del|della|delle|dei|degli|di|de|des|du|la|le|do|da|dos)\s+)?{cap}(?:\s+{cap}){{0,2}}\s+[0-9]{{1,4}}\b|\b{cap}\s+(?:Straße|Strasse|Str\.)\s+[0-9]{{1,4}}[a-z]?\b|\b[A-Z][a-z]+(?:straße|strasse|str\.|platz|weg|gasse|allee)\s+[0-9]{{1,4}}[a-z]?\b)"
    );
    // a short note in brackets stays with its piece: "Ballroom B (2nd floor)",
    // not a remark ("(see map)"); a hall's name in quotes: `Aula Magna "Galileo"`
    let piece = format!(
        r#"(?:(?:{room}|{building}|{numbered}|{coded}|{named}|{floor}|{street})(?:\s+\([A-Z0-9][\x20-\x27\x2A-\x7E]{{0,24}}\)|\s+(?:"|“)[A-Z][A-Za-z .'-]{{1,30}}(?:"|”))?)"#
    );
    let join = r"(?:,\s*(?:located\s+in\s+)?|\s+(?:in|of|at)\s+(?:[Tt]he\s+)?|\s+)";
    // a last word naming where the room is: "Room 2224 of ABCD", "Dining Room in Example", ", Example"
    // or the institution: ", University of Example", ", Example College"
    let inst = r"(?:University|College|Institute|Polytechnic|School)";
    let tail = format!(
        r"(?:,\s+(?:{inst}\s+of\s+(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+|(?:[A-Z][a-z]+\s+){{1,3}}{inst})\b|\s+(?:in|of)\s+(?:[A-Z]{{2,5}}|[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]{{2,}}){{0,2}})\b|,\s+[A-Z][a-z]{{2,}}(?:\s+[A-Z][a-z]{{2,}})?(?:,\s+(?:[A-Z]{{2}}|[A-Z][a-z]{{3,}}))?(?:\s+\([A-Z]{{2,3}}\))?(?:\s*[,.;)]|\s*$))"
    );
    // ASCII classes keep the automaton small enough for the lazy DFA to stay fast
    Regex::ascii(
        // (a street address may follow the institution: "Room 5, Example
        // School of Public Health, 300 Example Street")
        &format!(r"{piece}(?:{join}{piece})*(?:{tail}){{0,2}}(?:,\s*{street}(?:{tail})?)?"),
        32 << 20,
    )
    .unwrap_or_else(|_| unreachable_regex())
});

/// Words that are capitalized but never start a place (`On`, `In`, months, weekdays).
fn bad_start(w: &str) -> bool {
    let l = w.to_lowercase();
    matches!(
        l.as_str(),
        "on" | "in"
            | "between"
            | "since"
            | "until"
            | "after"
            | "before"
            | "during"
            | "circa"
            | "around"
            | "at"
            | "the"
            | "a"
            | "an"
            | "this"
            | "our"
            | "and"
            | "for"
            | "from"
            | "with"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "time"
            | "date"
            | "dates"
            | "room"
            | "phone"
            | "fax"
            | "tel"
            | "x"
            | "ext"
            | "version"
            | "windows"
            | "release"
            | "page"
            | "pages"
            | "vol"
            | "no"
            | "number"
            | "chapter"
            | "section"
            | "table"
            | "figure"
            | "route"
            | "highway"
            | "box"
            | "po"
            | "suite"
            | "class"
            | "year"
            | "years"
            | "spring"
            | "summer"
            | "fall"
            | "winter"
            | "call"
    ) && l != "room"
}

/// The location phrases of `text`, with a strength: how many pieces, a room
/// number, a building word.
pub fn phrases(text: &str) -> Vec<(Range<usize>, u32)> {
    phrases_with(text, &super::when::scan(text))
}

/// [`phrases`], given the time expressions of `text` already scanned.
pub fn phrases_with(text: &str, exprs: &[super::when::Expr]) -> Vec<(Range<usize>, u32)> {
    let mut out = Vec::new();
    // time and date expressions are never part of a place
    let times: Vec<Range<usize>> = exprs.iter().map(|e| e.range.clone()).collect();
    for m in PHRASE.find_iter(text) {
        let mut r = m.range();
        // the grammar reads ASCII: a word with an accent it stopped in
        // goes on to its end ("Pavillon Marie-Gérin", not "Marie-G")
        if text[..r.end].ends_with(|c: char| c.is_alphanumeric())
            && text[r.end..].starts_with(|c: char| !c.is_ascii() && c.is_alphabetic())
        {
            let rest = &text[r.end..];
            let word = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                .unwrap_or(rest.len());
            r = r.start..r.end + rest[..word].trim_end_matches(['-', '\'']).len();
        }
        for t in &times {
            if t.start <= r.start && t.end > r.start {
                r = t.end.min(r.end)..r.end;
            } else if t.start > r.start && t.start < r.end {
                r = r.start..t.start;
            }
        }
        let lead = text[r.clone()].len()
            - text[r.clone()]
                .trim_start_matches([' ', ',', '-', '.'])
                .len();
        r = r.start + lead..r.end;
        if r.is_empty() {
            continue;
        }
        // drop leading words that cannot start a place ("On Thursday ...")
        loop {
            let t = &text[r.clone()];
            let first = t.split_whitespace().next().unwrap_or("");
            let bare = first.trim_end_matches([',', '.']);
            if bad_start(bare) && !word_in(&["room", "rm", "rm."], bare) && t.len() > first.len() {
                let skip = t[first.len()..].len() - t[first.len()..].trim_start().len();
                r = r.start + first.len() + skip..r.end;
                continue;
            }
            break;
        }
        let t = text[r.clone()].trim_end_matches([',', ' ', '.']);
        r = r.start..r.start + t.len();
        if r.is_empty() {
            continue;
        }
        // a name with a short number ("COVID-19", "ABC-2") is not a room
        if t.split('-')
            .nth(1)
            .is_some_and(|n| n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit()))
            && !t.contains(' ')
        {
            continue;
        }
        // a conference acronym and its year ("CONF 2021") is not a room
        let words: Vec<&str> = t.split_whitespace().collect();
        if words.len() == 2
            && words[1].len() == 4
            && (words[1].starts_with("19") || words[1].starts_with("20"))
            && words[1].chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        // a price ("USD 40", "EUR 150", "CHF 20") is not a room
        if words.first().is_some_and(|w| is_currency(w))
            && words
                .get(1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let score = place_score(t);
        // a lone capitalized word with a number is weak unless the number looks like a room
        if score == 0 {
            continue;
        }
        out.push((r, score));
    }
    with_parentheticals(text, out)
}

/// True when `w` is the code of a currency that prices are written in.
fn is_currency(w: &str) -> bool {
    matches!(
        w,
        "USD"
            | "EUR"
            | "GBP"
            | "CHF"
            | "CAD"
            | "AUD"
            | "NZD"
            | "JPY"
            | "CNY"
            | "RMB"
            | "INR"
            | "SEK"
            | "NOK"
            | "DKK"
            | "PLN"
            | "CZK"
            | "HUF"
            | "BRL"
            | "ARS"
            | "MXN"
            | "CLP"
            | "ZAR"
            | "SGD"
            | "HKD"
            | "KRW"
            | "ILS"
            | "TRY"
            | "RUB"
    )
}

/// A place followed by a parenthetical that places it further takes it in:
/// `Example Auditorium (Room 125)`, `room 318 (ABC)`, `XY 3313 (large
/// conference room)`, `ABC conference room (XyZ 109)`, `Example Library
/// (lower level)`. A phrase inside the
/// parentheses is then part of the longer one.
fn with_parentheticals(text: &str, found: Vec<(Range<usize>, u32)>) -> Vec<(Range<usize>, u32)> {
    static AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*\n?[ \t]*\(([^()\n]{1,40}(?:\n[^()\n]{1,30})?)\)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static ACRONYM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[A-Z]{2,6}$").unwrap_or_else(|_| unreachable_regex()));
    // which floor: "(lower level)", "(2nd floor)", "(basement)", "(rez-de-chaussée)"
    static LEVEL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:(?:lower|upper|main|ground|garden|first|second|third|fourth|fifth|top|basement|street)\s+(?:level|floor)|basement|mezzanine|(?:level|floor|étage|piso|stock)\s+-?[0-9]{1,2}|[0-9]{1,2}(?:st|nd|rd|th|e|er|ème)\s+(?:floor|étage)|rez-de-chaussée|erdgeschoss|planta\s+baja)$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let mut out: Vec<(Range<usize>, u32)> = Vec::with_capacity(found.len());
    for (r, score) in found {
        if out.last().is_some_and(|(last, _)| last.end > r.start) {
            continue; // inside the parenthetical taken by the phrase before
        }
        let rest = text.get(r.end..).unwrap_or("");
        let Some(c) = AFTER.captures(rest) else {
            out.push((r, score));
            continue;
        };
        let (Some(all), Some(inner)) = (c.get(0), c.get(1)) else {
            out.push((r, score));
            continue;
        };
        let inner_text = inner.as_str().trim();
        let inner_score = place_score(inner_text);
        if inner_score == 0 && !ACRONYM.is_match(inner_text) && !LEVEL.is_match(inner_text) {
            out.push((r, score));
            continue;
        }
        out.push((r.start..r.end + all.end(), score.max(inner_score) + 1));
    }
    out
}

/// Finds a location phrase inside a sentence, introduced by `in`, `at`,
/// `location`, a comma or a parenthesis: `in Example Hall 7500`, `in DH 2315`,
/// `(Seminar Room 254A)`. Returns the phrase's range.
pub fn in_prose(s: &str) -> Option<Range<usize>> {
    in_prose_with(s, &super::when::scan(s))
}

/// [`in_prose`], given the time expressions of `s` already scanned.
pub fn in_prose_with(s: &str, times: &[super::when::Expr]) -> Option<Range<usize>> {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:(?-u:\b)(?:in|at|on|by|to|near|noon|midnight|location:?|place:?|room:?|venue:?|where:?|im|in der|in dem|am|dans|en|à|en el|en la|nel|nella|presso|uhr)|[,(*•]|--|\s-|[0-9]|[ap]\.?m\.?)\s*(?:the\s+|la\s+|le\s+|l'|el\s+|der\s+|dem\s+)?$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    // "at 4:15pm in 8220", "In 8.220, starting at 3:30": a bare room number
    static BARE_ROOM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:^|(?-u:\b)(?:[Ii]n|booked|reserved)\s+)(?:[Rr]oom\s+)?([0-9]\.[0-9]{3}|[0-9]{4}[A-Z]?)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    for c in BARE_ROOM.captures_iter(s) {
        let Some(m) = c.get(1) else { continue };
        let near_time = times.iter().any(|e| {
            (e.has_time() || e.has_date())
                && (e.range.end <= m.start() && m.start() - e.range.end < 60
                    || e.range.start >= m.end() && e.range.start - m.end() < 60)
        });
        let year_like = m.as_str().starts_with("19") || m.as_str().starts_with("20");
        if near_time
            && !year_like
            && !times
                .iter()
                .any(|e| e.range.start <= m.start() && e.range.end >= m.end())
        {
            if phrases(s)
                .iter()
                .any(|(r, _)| r.start <= m.start() && r.end >= m.end())
            {
                break;
            }
            return Some(m.range());
        }
    }
    phrases_with(s, times)
        .into_iter()
        .filter(|(r, score)| {
            let before = &s[..r.start];
            // a cue word, the start of the line or of a sentence, or a short column before it
            let sentence_start = before
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '~', ';', ':']);
            // a room with its number and building needs no cue
            let strong = *score >= 5;
            let cue = CUE.is_match(before)
                || before.split_whitespace().count() <= 2
                || sentence_start
                || strong;
            let t = &s[r.clone()];
            // "in the auditorium": a bare building word is too vague
            cue && *score >= 2
                && (t.split_whitespace().count() > 1 || t.chars().any(|c| c.is_ascii_digit()))
        })
        // "at 3:30 p.m. in Example Hall 5409": the place right after the time
        // is the event's, whatever else the text mentions
        .max_by_key(|(r, score)| {
            let after_time = times.iter().any(|e| {
                (e.has_time() || e.has_date())
                    && e.range.end <= r.start
                    && s.get(e.range.end..r.start).is_some_and(|gap| {
                        matches!(
                            gap.trim().trim_end_matches("the").trim(),
                            "in" | "at" | ", in" | ", at" | "," | "-" | "in room" | "at room"
                        )
                    })
            });
            (
                *score + if after_time { 3 } else { 0 },
                std::cmp::Reverse(r.start),
            )
        })
        .map(|(r, _)| continued(s, r))
}

/// A place found in a sentence, carried on over the comma-separated pieces
/// after it that say where it is: `in the Seminar Room (B.07), Department
/// of Statistics, Halstead Building. Bring …`, `im Hörsaal 3,
/// Kollegiengebäude II, Universität Marbeck, statt`, `at Lecture Room 2, Old
/// Schools, Castle Street, Fenbridge.` A piece goes in when it is a place
/// (a building, a room, a street address), an organization (`Department of
/// X`, `Université de Y`), or, ending the sentence, a town (`Fenbridge`,
/// `London WC2R 0XX`). A piece with a time, a verb or a person stops it.
pub fn continued(text: &str, r: Range<usize>) -> Range<usize> {
    let mut end = r.end;
    // the phrase may have stopped inside its last piece ("…, Geosciences"
    // before " Building,"): that piece is read again whole
    if let Some(rest) = text.get(end..)
        && rest.starts_with(' ')
        && rest[1..].starts_with(|c: char| c.is_uppercase())
        && let Some(comma) = text.get(r.clone()).and_then(|p| p.rfind(", "))
    {
        let from = r.start + comma + 2;
        let to = piece_end(text, from);
        if to > end && piece_kind(text.get(from..to).unwrap_or("")) == Piece::Place {
            end = to;
        }
    }
    // the end the pieces reached, and the end short of any town at the tail
    let mut firm = end;
    let mut towns = 0;
    loop {
        let rest = text.get(end..).unwrap_or("");
        let Some(after) = rest.strip_prefix(',') else {
            break;
        };
        let skip = after.len() - after.trim_start().len();
        // (a blank line ends the sentence)
        if after[..skip].matches('\n').count() > 1 {
            break;
        }
        let from = end + 1 + skip;
        let to = piece_end(text, from);
        let piece = text.get(from..to).unwrap_or("");
        match piece_kind(piece) {
            Piece::Place => {
                end = to;
                firm = to;
                towns = 0;
            }
            Piece::Town if towns < 2 => {
                end = to;
                towns += 1;
            }
            _ => break,
        }
    }
    // towns stay only at the end of the sentence or of the line
    if end > firm {
        let rest = text.get(end..).unwrap_or("");
        let closes = rest.trim_start_matches([' ', '\t']);
        let at_end = closes.is_empty()
            || closes.starts_with(['\n', ';', ')'])
            || (closes.starts_with(['.', '!'])
                && closes[1..]
                    .trim_start()
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_lowercase()));
        if !at_end {
            end = firm;
        }
    }
    r.start..end.max(r.end)
}

/// What a comma-separated piece after a place is.
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    /// a place or an organization: it belongs to the place
    Place,
    /// capitalized words alone, maybe with a postal code: a town
    Town,
    /// anything else
    Other,
}

/// Where the piece starting at `from` ends: at the next comma or semicolon
/// outside brackets, at a sentence's full stop, at a blank line, or at a
/// bracket that closes one opened before it.
fn piece_end(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or("");
    let mut depth = 0usize;
    let mut prev_nl = false;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth == 0 => return from + i,
            ')' | ']' => depth -= 1,
            ',' | ';' if depth == 0 => return from + i,
            '.' | '!' | '?' if depth == 0 => {
                // a full stop before a space and a capital or the end; not
                // an abbreviation's before a number ("Str. 7", "Bldg. 2")
                let after = &rest[i + c.len_utf8()..];
                let next = after.trim_start_matches([' ', '\t']);
                let word = rest[..i]
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let abbreviation = c == '.'
                    && matches!(
                        word,
                        "Dr" | "Prof"
                            | "Mr"
                            | "Mrs"
                            | "Ms"
                            | "St"
                            | "Ste"
                            | "Bldg"
                            | "Str"
                            | "Ave"
                            | "Rd"
                            | "No"
                            | "Nr"
                            | "Mt"
                            | "Ft"
                    );
                if abbreviation {
                    continue;
                }
                if after.is_empty()
                    || (after.starts_with([' ', '\n', '\t'])
                        && !next.starts_with(|c: char| c.is_ascii_digit()))
                {
                    return from + i;
                }
            }
            '\n' if prev_nl => return from + i,
            _ => {}
        }
        if c == '\n' {
            prev_nl = true;
        } else if !c.is_whitespace() {
            prev_nl = false;
        }
    }
    from + rest.len()
}

/// Reads one comma-separated piece after a place (see [`continued`]).
fn piece_kind(piece: &str) -> Piece {
    const JOINERS: &[&str] = &[
        "of", "de", "di", "du", "des", "la", "le", "el", "y", "e", "and", "&", "für", "der", "am",
        "an", "the", "del", "della", "dei", "degli", "delle", "do", "da", "dos", "das", "und",
        "et", "for", "upon", "on", "d'", "l'", "van", "von", "den", "te", "sur",
    ];
    let t = piece.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || t.len() > 90 {
        return Piece::Other;
    }
    if !super::when::scan(t).is_empty() {
        return Piece::Other;
    }
    let score = place_score(t);
    let org = super::people::has_org_word(t);
    // every lower-case word joins names ("Faculté de droit": after a joiner)
    let mut prev = "";
    let mut first = true;
    for w in &words {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '&');
        let lower = bare.starts_with(|c: char| c.is_lowercase());
        // (a street may open on a lower-case word: "via Ghibellina 48")
        let street_word = first && score > 0;
        if lower && !JOINERS.contains(&bare) && !JOINERS.contains(&prev) && !street_word {
            return Piece::Other;
        }
        prev = bare;
        first = false;
    }
    // an institution's acronym alone ("CMU") is left to the reader to know
    if words.len() == 1
        && t.chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
    {
        return Piece::Other;
    }
    if !org && score == 0 && super::people::is_name(t) {
        return Piece::Other;
    }
    if score > 0 || org || building_compound(&words) || site_word(&words) {
        return Piece::Place;
    }
    // a town: capitalized words, a postal code or a region's letters
    let town = words.len() <= 4
        && words.iter().all(|w| {
            let w = w.trim_end_matches('.');
            w.starts_with(|c: char| c.is_uppercase())
                || (w.len() <= 7
                    && w.chars().any(|c| c.is_ascii_digit())
                    && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        })
        && words
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    if town { Piece::Town } else { Piece::Other }
}

/// A German or Dutch building named in one word: `Physikgebäude`,
/// `Kollegiengebäude II`, `Rathaus`, `Hörsaalzentrum`.
fn building_compound(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let l = w.to_lowercase();
        let l = l.trim_matches(|c: char| !c.is_alphanumeric());
        l.chars().count() > 6
            && [
                "gebäude", "haus", "zentrum", "halle", "saal", "bau", "gebouw", "huis", "campus",
            ]
            .iter()
            .any(|s| l.ends_with(s))
    })
}

/// A piece ending in a word for a street or a site: `Castle Street`,
/// `Kingsmere Science Park`, `Hongodai Campus`.
fn site_word(words: &[&str]) -> bool {
    words.len() >= 2
        && words.last().is_some_and(|w| {
            matches!(
                w.trim_end_matches(['.', ',']),
                "Street"
                    | "St"
                    | "Road"
                    | "Rd"
                    | "Avenue"
                    | "Ave"
                    | "Lane"
                    | "Square"
                    | "Row"
                    | "Close"
                    | "Place"
                    | "Drive"
                    | "Way"
                    | "Boulevard"
                    | "Park"
                    | "Campus"
                    | "Quay"
                    | "Gardens"
                    | "Terrace"
                    | "Crescent"
                    | "Walk"
                    | "Court"
                    | "Yard"
            )
        })
}

/// The length of `t` without a note trailing the place: a remark in
/// brackets (`(NOT the usual Court Room)`, `(unless otherwise indicated)`,
/// `(lift from the main lobby, ask reception for a badge)`) or the online
/// way in besides it (`& livestream`, `· and online`, `— or join on
/// Microsoft Teams (link)`). A bracket that places the room further stays:
/// `(2nd floor)`, `(HS 1)`, `(campus des Tilleuls)`.
pub fn without_note(t: &str) -> usize {
    static ONLINE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:\s*[&+·|/—–]|\s+--|\s+-|\s+(?:and|or|und|et|y))\s+(?:and\s+|or\s+|also\s+)?(?:join\s+(?:us\s+)?)?(?:(?:via|on|in|over)\s+)?(?:online|livestream|live[- ]?stream(?:ed)?|streamed|zoom|(?:ms\s+|microsoft\s+)?teams|webex|google meet|youtube|en ligne|virtual(?:ly)?|remote(?:ly)?)(?-u:\b).*$")
            .unwrap_or_else(|_| unreachable_regex())
    });
    static NOTE_CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:not|no longer|instead|formerly|previously|unless|moved|changed|new|note|please|same as|as usual|usual|see|et |and |or |with |entrance|enter|take|use|follow|next to|opposite|behind)(?-u:\b)")
            .unwrap_or_else(|_| unreachable_regex())
    });
    let mut t = t.trim_end();
    // (the cheap test first: a word of the online ways in, before the
    // pattern compiles)
    let lower = t.to_lowercase();
    let online = [
        "online", "stream", "zoom", "teams", "webex", "meet", "youtube", "ligne", "virtual",
        "remote",
    ]
    .iter()
    .any(|w| lower.contains(w));
    loop {
        let before = t.len();
        if online
            && let Some(m) = ONLINE_TAIL.find(t)
            && m.start() > 0
            && place_score(&t[m.start()..]) == 0
        {
            t = t[..m.start()].trim_end_matches([',', ';', ' ']);
        }
        if t.ends_with(')')
            && let Some(open) = t.rfind('(')
            && open > 0
        {
            let inner = t[open + 1..t.len() - 1].trim();
            let words = inner.split_whitespace().count();
            let lower = inner.starts_with(|c: char| c.is_lowercase());
            if (lower && words >= 4) || NOTE_CUE.is_match(inner) {
                t = t[..open].trim_end_matches([',', ';', ' ']);
            }
        }
        if t.len() == before {
            return t.len();
        }
    }
}

/// Words (lower case) that say an event is online or streamed.
pub const ONLINE_WORDS: [&str; 12] = [
    "zoom",
    "webinar",
    "online",
    "virtual",
    "ms teams",
    "microsoft teams",
    "webex",
    "livestream",
    "live stream",
    "youtube live",
    "google meet",
    "remote",
];

/// True when the text says the event is online only or streams it.
pub fn online_words(text: &str) -> bool {
    let l = text.to_lowercase();
    ONLINE_WORDS.iter().any(|w| l.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_in_a_sentence_goes_on_over_its_pieces() {
        let table = [
            (
                "We meet on Wednesdays, 12.30-1.30, in the Seminar Room (B.07), Department of Statistics, Halstead\nBuilding. Bring your lunch.",
                Some("Seminar Room (B.07), Department of Statistics, Halstead\nBuilding"),
            ),
            (
                "Der Workshop findet von 9.30 bis 16.30 Uhr im Hörsaal 3, Kollegiengebäude II, Universität Marbeck, statt.",
                Some("Hörsaal 3, Kollegiengebäude II, Universität Marbeck"),
            ),
            (
                "The first meeting will be held on Thursday 10 October at 8.15pm in Lecture Room 2, Old Schools, Castle Street, Fenbridge.",
                Some("Lecture Room 2, Old Schools, Castle Street, Fenbridge"),
            ),
            (
                "alle ore 11:30, presso l'Aula Seminari (III piano), Dipartimento di\nScienze Matematiche e Statistiche, via Ghibellina 48, si terrà il seminario",
                Some(
                    "Aula Seminari (III piano), Dipartimento di\nScienze Matematiche e Statistiche, via Ghibellina 48",
                ),
            ),
            // a town only at the end of the sentence; a person, a time or an acronym stops it
            (
                "at 4pm in Example Hall 210, Springfield and online",
                Some("Example Hall 210"),
            ),
            (
                "Coffee Hour, 4:00 pm, 6327 Example Hall, 6th Floor Lounge, CMU",
                Some("6327 Example Hall, 6th Floor Lounge"),
            ),
            (
                "at 3pm in Room 5, Example Building, Tuesday 4 May",
                Some("Room 5, Example Building"),
            ),
            (
                "in Room 5, Example Building, Dr. Jane Doe will speak",
                Some("Room 5, Example Building"),
            ),
            (
                "we have been moved to the Old Council Chamber, Example Building (first floor).",
                Some("Old Council Chamber, Example Building (first floor)"),
            ),
        ];
        for (text, want) in table {
            assert_eq!(in_prose(text).map(|r| &text[r]), want, "{text}");
        }
    }

    #[test]
    fn notes_after_a_place_are_not_part_of_it() {
        let table = [
            (
                "Seminar Room 2, Old Library Building (NOT the usual Court Room)",
                "Seminar Room 2, Old Library Building",
            ),
            (
                "Example Hall 2.410 (the big lecture room on the second floor)",
                "Example Hall 2.410",
            ),
            (
                "Recital Hall, Example Music Building (unless otherwise indicated)",
                "Recital Hall, Example Music Building",
            ),
            (
                "salle C-204, bâtiment Condorcet (et en ligne sur BigBlueButton)",
                "salle C-204, bâtiment Condorcet",
            ),
            (
                "Auditorium B, Example House, 1000 Brussels & livestream",
                "Auditorium B, Example House, 1000 Brussels",
            ),
            (
                "Seminar Room G.03, Example Building — or join on Microsoft Teams (link)",
                "Seminar Room G.03, Example Building",
            ),
            (
                "Veemkade 412, 1019 HJ Amsterdam · and online",
                "Veemkade 412, 1019 HJ Amsterdam",
            ),
            // a bracket that places the room further stays
            ("Ballroom B (2nd floor)", "Ballroom B (2nd floor)"),
            ("Großen Hörsaal (HS 1)", "Großen Hörsaal (HS 1)"),
            (
                "salle 2.17 du bâtiment Condorcet (campus des Tilleuls)",
                "salle 2.17 du bâtiment Condorcet (campus des Tilleuls)",
            ),
            (
                "Example Library, Room 2E (Digital Scholarship Commons)",
                "Example Library, Room 2E (Digital Scholarship Commons)",
            ),
        ];
        for (text, want) in table {
            assert_eq!(&text[..without_note(text)], want, "{text}");
        }
    }

    #[test]
    fn a_place_with_an_accent_is_read_to_its_word_end() {
        let text = "Où : Pavillon Marie-Gérin, local B-4320";
        let found: Vec<&str> = phrases(text).into_iter().map(|(r, _)| &text[r]).collect();
        assert_eq!(found.first(), Some(&"Pavillon Marie-Gérin"));
    }

    #[test]
    fn address_lines() {
        for t in [
            "27 Example Square, Cambridge, MA",
            "Rua da Cintura do Porto 16",
            "1200-109 Lisboa",
            "75005 Paris",
            "Toronto, ON M5H 1K4",
            "Springfield, IL 62704",
        ] {
            assert!(is_address_line(t), "{t}");
        }
        for t in [
            "Example Institute, Room 310",
            "Mostrar mapa",
            "Thursday, April 5, 2018",
            "2024 Annual Meeting",
        ] {
            assert!(!is_address_line(t), "{t}");
        }
    }

    #[test]
    fn prices_are_no_rooms() {
        let found = |t: &str| -> Vec<String> {
            phrases_with(t, &[])
                .into_iter()
                .map(|(r, _)| t[r].to_string())
                .collect()
        };
        assert!(found("Free for students; USD 40 for other participants").is_empty());
        assert!(found("The fee is EUR 150 (EUR 60 for students)").is_empty());
        assert_eq!(found("Meet in CSE 403 after the talk"), ["CSE 403"]);
    }

    #[test]
    fn room_number_fast_path_agrees_with_the_regex() {
        let words = [
            "254A", "WEH5409", "B-12", "-12", "1.220", "105-106", "3.14B", "12ab", "12AB", "12a",
            "12345", "ABCD1", "1.2345", "12-3", "A", "B3", "B3 M7-8", "B3M7-8", "B3 M7-",
            "B3 M789", "B123", "A1 B", "A1\tB2", "2020", "10:30", "4:15pm", "Room", "3rd", "", "-",
            "A-", "AB-1234C", "X1.2.3", "1-2-3-4", "Q&A", "8220", "DH2315", "PH A18C",
        ];
        for w in words {
            assert_eq!(is_room_number(w), ROOM_NUMBER.is_match(w), "{w:?}");
        }
    }
}
