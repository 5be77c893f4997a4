//! Table tests of `fields::people` on real examples from the corpora and fixtures.

use herald::fields::people::*;
#[test]
fn names_by_shape() {
    let yes = [
        "Song Han",
        "Warren J. Gross",
        "Yann LeCun",
        "Jan van der Vegt",
        "Sander van de Graaf",
        "Tina Eliassi-Rad",
        "Niccolò Veltri",
        "Jörn Bernhardt",
        "Daniel J. McDonald",
        "MERCE CUNNINGHAM",
        "URMILA M. DIWEKAR",
        "Zixuan (Kelly) Ding",
        "Daniel \"Danny\" Oyarzún-Whitaker",
        "Kunwar Shaanjeet Singh Grover",
        "Jo Van Bulck",
        "Robert C. Williamson",
        "Ya-Wen Tang",
        "C. Karen Liu",
    ];
    for n in yes {
        assert!(is_name(n), "{n} should be a name");
    }
    let no = [
        "Spiking Equilibrium Propagation",
        "New York University",
        "Invited Talk",
        "Efficient Computing for AI and Robotics",
        "Computer Engineering",
        "McGill University",
        "Opening Remarks",
        "Coffee Break",
        "Organizers",
        "Song",
        "the speaker",
        "ELECTRICAL & COMPUTER ENGINEERING GRADUATE SEMINAR",
        "MIT EECS",
        "Harold Frank Hall",
        "DEC SRC",
        "IBM TJW",
        "\"DESIGNING WASTE OUT\"",
        "Universidad Politécnica de Madrid",
        "Universität Example",
        "\"Setting Risk Priorities",
        // a mail's or a page's own sections
        "COMING UP",
        "Mailing List",
        "Pediatric Grand Rounds",
        "Promotie Anna Example",
        "Also, Anna",
    ];
    for n in no {
        assert!(!is_name(n), "{n} should not be a name");
    }
}

#[test]
fn honorifics_split_off() {
    let s = "Prof.dr.ir. Alexandru Iosup";
    let (h, at) = split_honorific(s);
    assert_eq!(h.map(|h| &s[h]), Some("Prof.dr.ir."));
    assert_eq!(&s[at..], "Alexandru Iosup");
    let s = "Professor Timothy Palmer";
    assert_eq!(&s[split_honorific(s).1..], "Timothy Palmer");
    let s = "Dr. Jan Visser";
    assert_eq!(&s[split_honorific(s).1..], "Jan Visser");
    let s = "Prof.ssa Chiara Esempio";
    let (h, at) = split_honorific(s);
    assert_eq!(h.map(|h| &s[h]), Some("Prof.ssa"));
    assert_eq!(&s[at..], "Chiara Esempio");
    let s = "Drake Hill";
    assert_eq!(split_honorific(s).0, None);
    let s = "The Honorable Cornelia Example";
    let (h, at) = split_honorific(s);
    assert_eq!(h.map(|h| &s[h]), Some("The Honorable"));
    assert_eq!(&s[at..], "Cornelia Example");
    let s = "Honor Example";
    assert_eq!(split_honorific(s).0, None);
    let s = "A/Prof Liam Example";
    let (h, at) = split_honorific(s);
    assert_eq!(h.map(|h| &s[h]), Some("A/Prof"));
    assert_eq!(&s[at..], "Liam Example");
}

type Parts = (String, Option<String>, Option<String>, Option<String>);

fn parts(s: &str) -> Option<Parts> {
    person_line(s).map(|p| {
        (
            s[p.name].to_string(),
            p.honorific.map(|r| s[r].to_string()),
            p.position.map(|r| s[r].to_string()),
            p.affiliation.map(|r| s[r].to_string()),
        )
    })
}

#[test]
fn person_lines() {
    assert_eq!(
        parts(
            "Dr. Rosalind Achterberg, Associate Professor of Information Science, University of Washington"
        ),
        Some((
            "Rosalind Achterberg".into(),
            Some("Dr.".into()),
            Some("Associate Professor of Information Science".into()),
            Some("University of Washington".into())
        ))
    );
    assert_eq!(
        parts("Song Han (PhD Candidate, Stanford University)"),
        Some((
            "Song Han".into(),
            None,
            Some("PhD Candidate".into()),
            Some("Stanford University".into())
        ))
    );
    assert_eq!(
        parts("Yann LeCun, New York University and Facebook link"),
        Some((
            "Yann LeCun".into(),
            None,
            None,
            Some("New York University and Facebook".into())
        ))
    );
    assert_eq!(
        parts("Prof. Song Han, MIT Department of Electrical Engineering and Computer Science"),
        Some((
            "Song Han".into(),
            Some("Prof.".into()),
            None,
            Some("MIT Department of Electrical Engineering and Computer Science".into())
        ))
    );
    assert_eq!(
        parts("Michael Lesk (Bellcore)"),
        Some(("Michael Lesk".into(), None, None, Some("Bellcore".into())))
    );
    assert_eq!(
        parts("Arjun Makhijani, PhD"),
        Some(("Arjun Makhijani".into(), None, None, None))
    );
    // clinical degrees after the name are no affiliation
    assert_eq!(
        parts("Adaeze Exemplar-Bell, MD, MPH"),
        Some(("Adaeze Exemplar-Bell".into(), None, None, None))
    );
    assert_eq!(
        parts("Efficient Methods and Hardware for Deep Learning"),
        None
    );
    // "X from Y" where Y is no organization is a phrase, not a person
    assert_eq!(
        parts("Recovering Shape from Shading under Oblique Lighting"),
        None
    );
    assert_eq!(
        parts("Maurice Cohen from Wharton"),
        Some(("Maurice Cohen".into(), None, None, Some("Wharton".into())))
    );
    // abbreviated positions and degree students
    for (line, position, affiliation) in [
        ("Santiago Exemplar (MS student, CSE)", "MS student", "CSE"),
        (
            "Dra. Valentina Ejemplo Huamán, Investigadora Titular, Centro de Investigación en Ejemplos",
            "Investigadora Titular",
            "Centro de Investigación en Ejemplos",
        ),
        (
            "Sokhna Exemple, chargée de recherche, Inria Exemple",
            "chargée de recherche",
            "Inria Exemple",
        ),
        (
            "Mei Exampleton-Hoffmann, Staff Engineer @ Example GmbH",
            "Staff Engineer",
            "Example GmbH",
        ),
        ("Rivka Exampleson (Asst. Prof., CSE)", "Asst. Prof.", "CSE"),
        (
            "Nadia Exemplova, undergraduate student, Example College",
            "undergraduate student",
            "Example College",
        ),
    ] {
        let got = parts(line);
        assert_eq!(
            got.as_ref().and_then(|p| p.2.as_deref()),
            Some(position),
            "{line}"
        );
        assert_eq!(
            got.as_ref().and_then(|p| p.3.as_deref()),
            Some(affiliation),
            "{line}"
        );
    }
    assert_eq!(
        parts("Dra. Juliana Exemplo Ferreira -- Instituto Exemplo de Conservação (IEC)"),
        Some((
            "Juliana Exemplo Ferreira".into(),
            Some("Dra.".into()),
            None,
            Some("Instituto Exemplo de Conservação (IEC)".into())
        ))
    );
    assert_eq!(
        parts("Kristen Grauman - University of Texas at Austin"),
        Some((
            "Kristen Grauman".into(),
            None,
            None,
            Some("University of Texas at Austin".into())
        ))
    );
}

#[test]
fn name_lists() {
    let s = "Muhammad Usama Sardar, Thomas Fossati, Hannes Tschofenig and Simon Frost";
    let names: Vec<&str> = name_list(s).into_iter().map(|(_, r)| &s[r]).collect();
    assert_eq!(
        names,
        [
            "Muhammad Usama Sardar",
            "Thomas Fossati",
            "Hannes Tschofenig",
            "Simon Frost"
        ]
    );
    assert!(name_list("Intro, Welcome and Closing").is_empty());
}

#[test]
fn facts_from_bios() {
    let cases = [
        (
            "Song Han is an assistant professor at MIT’s EECS. He received his PhD degree from Stanford University.",
            Some("assistant professor"),
            Some("MIT’s EECS"),
        ),
        (
            "Dr. Alexandre Dunant is a Senior Researcher at the Center for Climate Change and Transformation at Eurac Research in Bolzano, Italy. He earned",
            Some("Senior Researcher"),
            Some("Eurac Research"),
        ),
        (
            "Dr. Rickson Mesquita is an Associate Professor at the School of Computer Science, University of Birmingham. He earned his B.Sc.",
            Some("Associate Professor"),
            Some("School of Computer Science, University of Birmingham"),
        ),
        (
            "Prof.dr.ir. Alexandru Iosup is full tenured professor and University Research Chair at Vrije Universiteit Amsterdam, and member of the Young Royal Academy.",
            Some("full tenured professor and University Research Chair"),
            Some("Vrije Universiteit Amsterdam"),
        ),
        (
            "Bas Lodewijks is a postdoc within the probability group of the Institut Camille Jordan at the University of Lyon and the University of Saint-Etienne, working with Dieter Mitsche.",
            Some("postdoc"),
            Some(
                "Institut Camille Jordan at the University of Lyon and the University of Saint-Etienne",
            ),
        ),
        (
            "Dr. Yunhe Wang is currently a senior researcher at Huawei Noah’s Ark Lab. He received the Ph.D. degree",
            Some("senior researcher"),
            Some("Huawei Noah’s Ark Lab"),
        ),
        (
            "Ada Example is Professor of Glaciology at Example College Cork and a Fellow of the Example Academy.",
            Some("Professor of Glaciology"),
            Some("Example College Cork"),
        ),
    ];
    for (bio, pos, aff) in cases {
        let (p, a) = bio_facts(bio);
        assert_eq!(p.map(|r| &bio[r]), pos, "{bio}");
        assert_eq!(a.map(|r| &bio[r]), aff, "{bio}");
    }
}

#[test]
fn names_in_running_text() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Professor Warren Baker from the Department of Chemistry at Queen's University, Kingston, Canada, will conduct the seminar.",
            &["Warren Baker"],
        ),
        (
            "The seminar will be given by Professor Steven Granick from the Materials",
            &["Steven Granick"],
        ),
        (
            "Dr. Mike Hammond (University of Arizona) and Dr. Adriana Picoral (University of Arizona) will be giving",
            &["Mike Hammond", "Adriana Picoral"],
        ),
        (
            "I am quite excited about Professor Shaw's research agenda.",
            &[],
        ),
        (
            "This talk is jointly presented with Andrea Vezzosi.",
            &["Andrea Vezzosi"],
        ),
    ];
    for (text, want) in cases {
        let got: Vec<&str> = names_in(text).into_iter().map(|(_, r)| &text[r]).collect();
        assert_eq!(&got, want, "{text}");
    }
}

#[test]
fn names_ending_like_gerunds_are_names() {
    for n in [
        "Haiping Lu",
        "Xiaoming Wang",
        "Ling Chen",
        "Rebecca Fleming",
        "Jiaying Zhao",
    ] {
        assert!(is_name(n), "{n}");
    }
    // a title opening on an English gerund is no name
    for t in [
        "Living Shorelines",
        "Building Better Models",
        "Learning Controllers",
    ] {
        assert!(!is_name(t), "{t}");
    }
}

#[test]
fn names_ending_like_abstract_nouns_are_names() {
    for n in [
        "Clement Ashworth",
        "Constance Vale",
        "Lawrence Okafor",
        "Florence Aubert",
        "Mira Harkness",
        "Terrence Lindqvist",
    ] {
        assert!(is_name(n), "{n}");
    }
    // the nouns themselves stay out
    for t in [
        "Management Science",
        "Performance Evaluation",
        "Adaptive Inference",
        "Consciousness Studies",
        "Developmental Brown Bag",
    ] {
        assert!(!is_name(t), "{t}");
    }
}
