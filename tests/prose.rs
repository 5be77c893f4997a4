//! Table tests of `fields::prose` on real examples from the corpora and fixtures.

use herald::fields::prose::*;
#[test]
fn biography_openings() {
    let yes = [
        (
            "Song Han is a PhD.candidate with Prof. Bill Dally at Stanford University.",
            vec!["Song Han"],
        ),
        (
            "Dr. Yunhe Wang is currently a senior researcher at Huawei.",
            vec!["Yunhe Wang"],
        ),
        (
            "Prof. Sze received the B.A.Sc. degree from the University of Toronto",
            vec!["Vivienne Sze"],
        ),
        (
            "[Bas Lodewijks](https://sites.google.com/view/bas) is a postdoc within",
            vec![],
        ),
        (
            "Naveen Verma received the B.A.Sc. degree in Electrical",
            vec![],
        ),
        (
            "He received his PhD degree from Stanford University.",
            vec![],
        ),
        (
            "Edward J. Delp is currently The Charles William Harrison Distinguished Professor",
            vec!["Edward Delp"],
        ),
        (
            "Cheuk now brings her knowledge in data",
            vec!["Cheuk Ting Ho"],
        ),
        (
            "Dr. Exampleov trained in mathematics at the National University",
            vec!["Aziz Exampleov"],
        ),
        (
            "Hana oversees open-access policy for one of the largest funders",
            vec!["Hana Exampleton-Reid"],
        ),
    ];
    for (p, names) in yes {
        assert!(starts_bio(p, &names), "{p}");
    }
    let no = [
        (
            "Deep neural networks have evolved to be the state-of-the-art technique",
            vec!["Song Han"],
        ),
        (
            "In this talk we explore the promise of a hardware implementation",
            vec![],
        ),
        (
            "Computing near the sensor is preferred over the cloud",
            vec!["Vivienne Sze"],
        ),
    ];
    for (p, names) in no {
        assert!(!starts_bio(p, &names), "{p}");
    }
}

#[test]
fn logistics_lines() {
    for t in [
        "Everyone welcome!",
        "Please register here",
        "Talk Recording",
        "Pre-registration is required.",
        "Tomas is here Monday through Friday, so if you would like to meet with him please \
         let me know and I will put together a schedule.",
        "Tea and biscuits will be available in the foyer afterwards. Anyone wishing to take \
         the speaker to lunch should contact me before Monday.",
        "A draft of the proposal document is available from the Example Program office. \
         All are welcome to attend.",
    ] {
        assert!(is_logistics(t), "{t}");
    }
    assert!(!is_logistics("Today’s AI is too big."));
}

#[test]
fn references() {
    assert!(is_reference(
        "[1] MCUNet: Tiny Deep Learning on IoT Devices, (NeurIPS’20 spotlight)"
    ));
    assert!(!is_reference("[VIRTUAL] Py.Amsterdam from home!"));
}

#[test]
fn announcing_paragraphs_are_told_from_descriptions() {
    for p in [
        "The next Vision Seminar will be given by Dr. A. Person of Example University.",
        "We meet every other Monday over lunch to work through a recent paper.",
        "Presented jointly by Prof. A. Person and Dr. B. Person.",
        "A free, monthly, online-only webinar series on open geodata.",
        "Part of the Example Humanities Forum, spring semester theme \"Memory and Power\".",
    ] {
        assert!(herald::fields::prose::announces(p), "{p}");
    }
    for p in [
        "Neural sequence models now segment words into morphemes with surprising accuracy.",
        "We show how to validate loop vectorization with an SMT-based checker.",
        "This work is part of the larger effort to map the seafloor with cheap vehicles.",
    ] {
        assert!(!herald::fields::prose::announces(p), "{p}");
    }
    assert!(herald::fields::prose::is_logistics(
        "The defense will be followed by a reception in the lounge."
    ));
}
