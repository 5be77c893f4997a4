//! Whole-document tests of announcement shapes: each text is a small,
//! invented announcement with one layout trait, run through
//! `herald::extract`, and the fields that trait decides are checked.

use herald::{Options, Record, extract};

fn one(text: &str) -> Record {
    let mut records = extract(text.as_bytes(), "shape.txt", &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e:?}"));
    assert_eq!(records.len(), 1, "one record expected");
    records.remove(0)
}

fn titles(r: &Record) -> Vec<&str> {
    r.talks.iter().filter_map(|t| t.title.as_deref()).collect()
}

/// The speakers' names, talk by talk.
fn names(r: &Record) -> Vec<&str> {
    speakers(r).into_iter().map(|(n, _)| n).collect()
}

fn speakers(r: &Record) -> Vec<(&str, Option<&str>)> {
    r.talks
        .iter()
        .flat_map(|t| &t.speakers)
        .map(|p| (p.name.as_deref().unwrap_or(""), p.affiliation.as_deref()))
        .collect()
}

#[test]
fn a_labelled_title_goes_on_under_a_hanging_indent() {
    let r = one("\
Speaker:  Dr. Oswin Tarrant
Date:     Friday, 3/17/95
Place:    Example Hall 4623

Title:    Learning Where to Look: Viewpoint Selection for
          Cluttered Scene Recognition

Most systems assume that the camera is handed a good view of the object.
");
    assert_eq!(
        titles(&r),
        ["Learning Where to Look: Viewpoint Selection for Cluttered Scene Recognition"]
    );
}

#[test]
fn a_bare_label_takes_the_indented_line_under_it_even_with_a_colon() {
    let r = one("\
Speaker:
        Prof. Wilma Ostrander
        Department of Computer Sciences, Example University

Title:
        Cheap Consistency: Lease-Based Caching for File Systems

Abstract:
        Wide-area file systems have traditionally chosen between strong
        consistency and weak consistency.
");
    assert_eq!(
        titles(&r),
        ["Cheap Consistency: Lease-Based Caching for File Systems"]
    );
}

#[test]
fn a_program_line_with_a_quoted_title_over_two_lines_and_its_speaker_below() {
    let r = one("\
PROGRAM

  9:00 -  9:15   Welcome
 10:45 - 11:15   \"Extracting Drug Events from Veterinary Notes\"
                 Marek Pellworth, Example Health Analytics
 11:15 - 11:45   \"Do Judges Agree With Teachers? Grading Short
                 Answers in Middle School Science\"
                 Hana Tranquist, Example University
 11:45 -  1:15   Lunch
");
    assert_eq!(
        titles(&r),
        [
            "Extracting Drug Events from Veterinary Notes",
            "Do Judges Agree With Teachers? Grading Short Answers in Middle School Science",
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Marek Pellworth", Some("Example Health Analytics")),
            ("Hana Tranquist", Some("Example University")),
        ]
    );
}

#[test]
fn a_keynote_named_in_the_program_takes_its_quoted_title_from_its_own_section() {
    let r = one("\
KEYNOTE

  \"Small Models, Big Languages\"
  Prof. Adela Nwankwo-Stein, Example University

PROGRAM

  9:15 - 10:15   KEYNOTE: Prof. Adela Nwankwo-Stein
 10:45 - 11:15   \"Extracting Drug Events from Veterinary Notes\"
                 Marek Pellworth, Example Health Analytics
");
    assert_eq!(
        titles(&r),
        [
            "Small Models, Big Languages",
            "Extracting Drug Events from Veterinary Notes"
        ]
    );
    assert_eq!(
        speakers(&r).first().map(|s| s.0),
        Some("Adela Nwankwo-Stein")
    );
}

#[test]
fn a_schedule_table_cell_gives_title_speaker_and_affiliation() {
    let r = one("\
# Example Symposium on Coastal Resilience

| Time | Session |
|------|---------|
| 9:00 – 9:30 | Welcome and coffee |
| 9:30 – 10:30 | *Salt marshes on the move* — Dr. Cora Abelard-Vance, Example Estuarine Lab |
| 10:45 – 11:30 | *Mapping flood risk with sensors* — Jolan Thibeault, Example Resilience Committee |
| 12:15 – 1:30 | Lunch |
");
    assert_eq!(
        titles(&r),
        [
            "Salt marshes on the move",
            "Mapping flood risk with sensors"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Cora Abelard-Vance", Some("Example Estuarine Lab")),
            ("Jolan Thibeault", Some("Example Resilience Committee")),
        ]
    );
}

#[test]
fn series_named_in_prose_and_in_decorated_headings() {
    let cases = [
        (
            "Hi all,\n\nOur next ML seminar is this Thursday.\n\nSpeaker: Tamara Oyel (Example Labs)\n",
            "ML seminar",
        ),
        (
            "Dear all,\n\nPlease join us for next week's Chemistry Department Colloquium:\n\nProf. Farrel Quasim\nDepartment of Chemical Engineering, Example Institute\n",
            "Chemistry Department Colloquium",
        ),
        (
            "           *** AI SEMINAR - NOTE CHANGE OF ROOM ***\n\nDr. Pria Ramsey will speak on \"Analogical Retrieval\" on Tuesday at 3:30 p.m. in Example Hall 5409.\n",
            "AI SEMINAR",
        ),
        (
            "Type:     example.robotics\nTopic:    Robotics Seminar, 3/17\nDates:    17-Mar-95\nAbstract:\n\n            ROBOTICS INSTITUTE SEMINAR\n\nSpeaker:  Dr. Anson Varda\n",
            "ROBOTICS INSTITUTE SEMINAR",
        ),
        (
            "Hi everyone,\n\nIt's time for the next instalment of our fortnightly **Example Talks** series: Dr. Pria Ramsey on navigation.\n\nThursday 3 April, 4pm, Room 12, Example Hall\n",
            "Example Talks",
        ),
        (
            "Hello all,\n\nNext week's Online Example Seminar (OES) talk is by Anson Varda from the University of Example.\n\nTitle: Lower Bounds for Sketching\n",
            "Online Example Seminar",
        ),
        (
            "Hi all,\n\nJust a reminder that the Computational Example Seminar is TODAY at 3pm!\n\nSpeaker: Anjali Example\n",
            "Computational Example Seminar",
        ),
        (
            "Dear all,\n\nWe are happy to announce the 312th Quantum Example Seminar.\n\nSpeaker: Prof. Kenji Example\n",
            "Quantum Example Seminar",
        ),
    ];
    for (text, want) in cases {
        let r = one(text);
        assert_eq!(r.event.series.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_job_title_before_a_comma_is_the_position() {
    let r = one("\
Speaker: Dr. Holly Vantonger, Principal Engineer, Example Semiconductor
Title: Radar on a Chip: Signal Processing for Low-Cost Sensing
");
    let p = &r.talks[0].speakers[0];
    assert_eq!(p.position.as_deref(), Some("Principal Engineer"));
    assert_eq!(p.affiliation.as_deref(), Some("Example Semiconductor"));
}

#[test]
fn a_web_page_title_with_a_subtitle_after_an_intro_paragraph() {
    let r = one("\
# Example Data Webinar Series

We host one external speaker a month during the semester. Talks are usually in Example Hall 2150 and online for collaborators at the field stations, who are always welcome to join.

## Making Lab Notebooks FAIR: Lessons from Three Years in a Core Facility

**Tuesday, March 12, 2024 · 11:00 AM – 12:00 PM ET**
");
    assert_eq!(
        titles(&r),
        ["Making Lab Notebooks FAIR: Lessons from Three Years in a Core Facility"]
    );
}

#[test]
fn a_forwarded_message_header_dates_the_mail_not_the_event() {
    let r = one("\
Thought this would interest a few of you.

---------- Forwarded message ---------
From: Seminars Office <seminars@example.ac.uk>
Date: Fri, 10 May 2024 at 11:05
Subject: Visiting speaker next week
To: <all-staff@example.ac.uk>

Dear colleagues,

The School of Life Sciences is pleased to welcome

    Dr Nora Ferrand-Lunde
    Reader in Evolutionary Microbiology, University of Example

who will give a School seminar entitled

    \"Plasmids as public goods: cooperation and cheating in
     antibiotic-resistant communities\"

on Thursday 16 May 2024, 13:00-14:00, in the Example Lecture Theatre.
");
    let when = r.event.when.as_ref();
    assert_eq!(when.and_then(|w| w.date.as_deref()), Some("2024-05-16"));
    assert_eq!(when.and_then(|w| w.start_time.as_deref()), Some("13:00"));
    assert_eq!(
        titles(&r),
        ["Plasmids as public goods: cooperation and cheating in antibiotic-resistant communities"]
    );
    let p = &r.talks[0].speakers[0];
    assert_eq!(
        p.position.as_deref(),
        Some("Reader in Evolutionary Microbiology")
    );
    assert_eq!(p.affiliation.as_deref(), Some("University of Example"));
}

#[test]
fn a_french_announcement_with_labels_date_and_a_wrapped_title() {
    let r = one("\
Bonjour à toutes et à tous,

Le prochain séminaire de l'équipe aura lieu le jeudi 26 septembre 2024
à 14h00, en salle 2.17 du bâtiment Exemple.

Oratrice : Mme Élise Garnet-Tsou (Université d'Exemple)

Titre : Synchronisation explosive dans les réseaux d'oscillateurs
couplés avec délai

Résumé :
La synchronisation explosive désigne une transition brutale vers un état
cohérent lorsque l'on augmente la force de couplage.

Un café sera servi à partir de 13h45.
");
    let when = r.event.when.as_ref();
    assert_eq!(when.and_then(|w| w.date.as_deref()), Some("2024-09-26"));
    assert_eq!(when.and_then(|w| w.start_time.as_deref()), Some("14:00"));
    assert_eq!(
        titles(&r),
        ["Synchronisation explosive dans les réseaux d'oscillateurs couplés avec délai"]
    );
    let p = &r.talks[0].speakers[0];
    assert_eq!(p.name.as_deref(), Some("Élise Garnet-Tsou"));
    assert_eq!(p.honorific.as_deref(), Some("Mme"));
    assert!(r.talks[0].abstract_.is_some());
}

#[test]
fn an_html_schedule_cell_with_a_line_break_between_name_and_institute() {
    let page = "<html><body><h1>EXW 2024: Workshop on Example Wireless</h1>
<p>Friday, 21 June 2024, 09:00&ndash;16:30</p>
<table>
<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
<tr><td>09:15&ndash;10:15</td><td>Intermittent Computing Comes of Age</td><td>Dr. Alva Grishenko<br><i>Example Institute of Microsystems</i></td></tr>
<tr><td>10:15&ndash;10:45</td><td colspan=\"2\"><i>Coffee break</i></td></tr>
<tr><td>11:30&ndash;12:15</td><td>Checkpointing Without Non-Volatile Memory</td><td>Yusuf Demirel and Keela O'Sullane<br><i>Example University</i></td></tr>
</table></body></html>";
    let mut records = extract(page.as_bytes(), "page.html", &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e:?}"));
    let r = records.remove(0);
    assert_eq!(
        speakers(&r),
        [
            ("Alva Grishenko", Some("Example Institute of Microsystems")),
            ("Yusuf Demirel", Some("Example University")),
            ("Keela O'Sullane", Some("Example University")),
        ]
    );
}

#[test]
fn icons_stand_for_labels_and_a_series_is_named_inside_its_sentence() {
    let r = one("\
# Who Audits the Algorithm? Public Sector AI Between Regulation and Practice

*Part of the **Example Governance Forum** event series at the Example House*

**📅 Tuesday, 14 November 2023 · 16:00–17:30 CET**

**📍 Example House, Saal 2, Example Square 8, Stuttgart — and livestreamed on our [YouTube channel](https://youtube.com/@example)**
");
    assert_eq!(r.event.series.as_deref(), Some("Example Governance Forum"));
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Example House, Saal 2, Example Square 8, Stuttgart")
    );
}

#[test]
fn a_biography_ends_before_a_paragraph_that_is_not_about_its_subject() {
    let r = one("\
Title: Certified Safe Reinforcement Learning for Legged Locomotion
Speaker: Nadia Borcescu, Assistant Professor, Example Institute of Technology

Abstract:
We present a method that certifies the safety of learned controllers for
legged robots walking on rough terrain, with experiments on two robots.

Bio:
Nadia Borcescu is an Assistant Professor in the School of Aeronautics at
the Example Institute of Technology. She received her Ph.D. in Mechanical
Engineering and works on machine learning for legged and aerial robots.

Graduate students registered for the seminar course must sign the
attendance sheet at the door before the talk begins.
");
    let bio = r.talks[0].speakers[0].bio.as_deref().unwrap_or("");
    assert!(
        bio.starts_with("Nadia Borcescu is an Assistant Professor"),
        "{bio}"
    );
    assert!(bio.ends_with("legged and aerial robots."), "{bio}");
}

#[test]
fn two_speakers_stacked_with_and_between_them() {
    let r = one("\
            SIGNAL & IMAGE PROCESSING SEMINAR

              Monday, 12 December 1994
               2:00 pm - 3:00 pm
          Room 1302, Engineering Building

      \"Wavelet Packet Compression of Fingerprint Images\"

                   Dr. Olena Drabek
          Image Systems Group, Example National Laboratory

                         and

                    Rainer Ambrose-Tull
          Department of Electrical Engineering, Example University

Fingerprint archives hold hundreds of millions of cards, and we show
how wavelet packets compress them better than the standard.
");
    assert_eq!(
        speakers(&r),
        [
            (
                "Olena Drabek",
                Some("Image Systems Group, Example National Laboratory")
            ),
            (
                "Rainer Ambrose-Tull",
                Some("Department of Electrical Engineering, Example University")
            ),
        ]
    );
}

#[test]
fn a_named_yearly_lecture_is_the_event_and_its_series() {
    let page = "<html><body>
<h1>The 2025 Example Distinguished Lecture</h1>
<h2>Building With Heat: Thermal Mass, Memory and the Post-Air-Conditioning City</h2>
<p><b>Ayo Marchand-Osei</b><br>Principal, Example Studio Architects</p>
<ul><li><b>Date:</b> Tuesday, February 11, 2025</li><li><b>Time:</b> 6:30 p.m.</li></ul>
</body></html>";
    let mut records = extract(page.as_bytes(), "page.html", &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e:?}"));
    let r = records.remove(0);
    assert_eq!(
        r.event.title.as_deref(),
        Some("The 2025 Example Distinguished Lecture")
    );
    assert_eq!(
        r.event.series.as_deref(),
        Some("Example Distinguished Lecture")
    );
    assert_eq!(
        titles(&r),
        ["Building With Heat: Thermal Mass, Memory and the Post-Air-Conditioning City"]
    );
}

fn one_md(text: &str) -> Record {
    let mut records = extract(text.as_bytes(), "shape.md", &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e:?}"));
    assert_eq!(records.len(), 1, "one record expected");
    records.remove(0)
}

fn dates(r: &Record) -> Vec<(Option<&str>, Option<&str>)> {
    r.talks
        .iter()
        .map(|t| {
            let w = t.when.as_ref();
            (
                w.and_then(|w| w.date.as_deref()),
                w.and_then(|w| w.start_time.as_deref()),
            )
        })
        .collect()
}

#[test]
fn a_term_card_table_gives_one_talk_a_row_at_the_series_time() {
    let r = one_md(
        "\
# Example Theory Seminar — Spring 2026

The seminar meets on **Thursdays, 11:00–12:00** in Room 3.14, Example Building.

| Date       | Speaker             | Affiliation        | Title |
|------------|---------------------|--------------------|-------|
| 2026-02-05 | Ilse van Example    | TU Example         | Sublinear Algorithms for Sparsification |
| 2026-02-12 | Dr. Amos Placeholder | University of Nowhere | Hardness of Circuit Size |

*No seminar on 2026-02-19 (reading week).*
",
    );
    assert_eq!(
        titles(&r),
        [
            "Sublinear Algorithms for Sparsification",
            "Hardness of Circuit Size"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Ilse van Example", Some("TU Example")),
            ("Amos Placeholder", Some("University of Nowhere"))
        ]
    );
    assert_eq!(
        dates(&r),
        [
            (Some("2026-02-05"), Some("11:00")),
            (Some("2026-02-12"), Some("11:00"))
        ]
    );
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2026-02-05"));
    assert_eq!(w.and_then(|w| w.end_date.as_deref()), Some("2026-02-12"));
    assert_eq!(r.event.series.as_deref(), Some("Example Theory Seminar"));
}

#[test]
fn dated_list_items_name_presenter_then_title() {
    let r = one_md(
        "\
# Example Reading Group

We meet every other Tuesday, 16:00–17:00, in Room B-412, Example Hall.

## Spring 2025 schedule

- **Tue Mar 4** — Ada Example: *Double Machine Learning, Revisited*
- **Tue Mar 18** — Sun-Hee Placeholder & Tomás Sample: *Sensitivity Analysis*
",
    );
    assert_eq!(
        titles(&r),
        ["Double Machine Learning, Revisited", "Sensitivity Analysis"]
    );
    assert_eq!(
        names(&r),
        ["Ada Example", "Sun-Hee Placeholder", "Tomás Sample"]
    );
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Room B-412, Example Hall")
    );
}

#[test]
fn rows_under_a_past_sessions_heading_are_not_talks() {
    let r = one_md(
        "\
# Example Webinars

## Next session

### Scaling Raster Analytics with Cloud-Optimized GeoTIFFs

**Speaker:** Dr. Aroha Example (Example Observation Lab)
**When:** 2024-05-14, 16:00–17:00 UTC

## Past sessions

| Date       | Speaker              | Title                     |
|------------|----------------------|---------------------------|
| 2024-04-09 | Pedro Placeholder    | Vector Tiles for Everyone |
| 2024-03-12 | Lin Sample           | Point Clouds in the Browser |
",
    );
    assert_eq!(
        titles(&r),
        ["Scaling Raster Analytics with Cloud-Optimized GeoTIFFs"]
    );
}

#[test]
fn a_signature_or_list_footer_address_is_not_the_venue() {
    let r = one("\
Speaker: Dr. Ada Example, Department of Biostatistics, Example State University
Title: Bayesian Deconvolution of Spatial Spots
Date: Thursday, November 14, 2024, 12:00 noon ET
Zoom link: https://example.zoom.us/j/98765432100

See you there,
Marco

--
Marco Placeholder
Seminar Coordinator, Computational Biology Program
Example State University | 401 Example Avenue, Room 310

Example Labs, 88 Example Street, Boston, MA 02210
Unsubscribe: https://example.com/unsubscribe
");
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        None
    );
}

#[test]
fn a_program_line_of_only_its_speaker_has_the_title_under_it() {
    let r = one_md(
        "\
# Example Symposium

Saturday, 16 May 2026 — Aula Magna, Via del Santo 33, Padova

## Programme

- 14:00 Welcome by the Head of Department
- 14:15 Elena Example-Costa (Politecnico di Example)
  Model Predictive Control, Thirty Years On
- 15:00 Prof. Hiroshi Placeholder (Example Institute of Technology)
  Distributed Optimization over Unreliable Networks
- 15:45 Coffee break
",
    );
    assert_eq!(
        titles(&r),
        [
            "Model Predictive Control, Thirty Years On",
            "Distributed Optimization over Unreliable Networks"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Elena Example-Costa", Some("Politecnico di Example")),
            (
                "Hiroshi Placeholder",
                Some("Example Institute of Technology")
            )
        ]
    );
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Aula Magna, Via del Santo 33, Padova")
    );
}

#[test]
fn talk_cards_of_speaker_title_and_time_make_a_program() {
    let r = one("\
Subject: EXSYM 2025 - Example Symposium, 2-4 December

We are delighted to invite you to EXSYM 2025, which will take place from
the 2nd to the 4th of December 2025 at the Example Building, Upper Campus.

PLENARY LECTURES

Tuesday 2 December 2025, 09:15
Prof. Ada Placeholder-Obi, Department of Chemistry, University of Example
\"Single-Atom Catalysts Under Mild Conditions\"

Ada Placeholder-Obi is Professor of Inorganic Chemistry at the University
of Example.

Wednesday 3 December 2025, 09:00
Dr. Pieter-Jan de Sample, Example Research & Technology
\"Catalysts in the Age of Green Hydrogen\"
");
    assert_eq!(
        titles(&r),
        [
            "Single-Atom Catalysts Under Mild Conditions",
            "Catalysts in the Age of Green Hydrogen"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            (
                "Ada Placeholder-Obi",
                Some("Department of Chemistry, University of Example")
            ),
            (
                "Pieter-Jan de Sample",
                Some("Example Research & Technology")
            )
        ]
    );
    assert_eq!(
        dates(&r),
        [
            (Some("2025-12-02"), Some("09:15")),
            (Some("2025-12-03"), Some("09:00"))
        ]
    );
}

#[test]
fn a_digest_of_labelled_talks_under_date_lines_is_a_program() {
    let r = one("\
              EXAMPLE SEMINAR SERIES  --  FALL 1997  --  THIS WEEK
              ------------------------------------------------

Tuesday 10/14/97      12:00 noon      Example Hall 5409
     Speaker:  Kazu Placeholder, Example Basic Research Laboratories
     Title:    Learning Finite-State Controllers from Sparse Rewards

     Partially observable problems require an agent to remember
     something about its past.

Thursday 10/16/97     3:30 PM         Example Hall 5409
     Speaker:  Prof. Miriam Sample-Ito, Computer Science Dept., Example University
     Title:    Plan Repair in Dynamic Logistics Domains

     When the world changes during execution, replanning from scratch
     throws away the commitments a plan has already made.
");
    assert_eq!(
        titles(&r),
        [
            "Learning Finite-State Controllers from Sparse Rewards",
            "Plan Repair in Dynamic Logistics Domains"
        ]
    );
    assert_eq!(
        dates(&r),
        [
            (Some("1997-10-14"), Some("12:00")),
            (Some("1997-10-16"), Some("15:30"))
        ]
    );
    assert_eq!(r.event.series.as_deref(), Some("EXAMPLE SEMINAR SERIES"));
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Example Hall 5409")
    );
}

#[test]
fn one_speaker_labelled_twice_is_one_talk() {
    let r = one("\
Speaker: Dr. Ada Example, Example University
Title: Learning to Look
Date: Friday, March 17, 1995, 3:30 PM

A reminder for those who missed the first notice:

Speaker: Dr. Ada Example, Example University
Title: Learning to Look
");
    assert_eq!(r.talks.len(), 1);
}

#[test]
fn a_time_line_then_name_institution_and_quoted_title_is_a_card() {
    let r = one("\
Dear colleagues,
this week's colloquium features two talks. Both take place in Seminar
room 00-036, Building 101.

14:00 – 14:45
  Prof. Dr. Anna-Lena Example
  Interdisciplinary Center for Scientific Computing, Example University
  \"Neural Operators for Multiscale Porous Media Flow\"

  Simulating flow through porous rock requires resolving features that
  range from pores to reservoirs.

15:00 – 15:45
  Dr. Wei-Chen Placeholder
  Example Robotics Research
  \"Uncertainty-Aware Imitation Learning for Assembly\"

  Robots that learn assembly skills from demonstrations fail in
  unexpected ways.
");
    assert_eq!(
        titles(&r),
        [
            "Neural Operators for Multiscale Porous Media Flow",
            "Uncertainty-Aware Imitation Learning for Assembly"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            (
                "Anna-Lena Example",
                Some("Interdisciplinary Center for Scientific Computing, Example University")
            ),
            ("Wei-Chen Placeholder", Some("Example Robotics Research"))
        ]
    );
}

#[test]
fn the_series_named_in_a_sentence_or_a_subject() {
    let cases = [
        (
            "Dear all,\n\nPlease join us for next week's Example Physics Colloquium. The talk will be held in person.\n\nTitle: Quantum Sensing in Tissue\nSpeaker: Dr. Amara Example, University of Example\n",
            "Example Physics Colloquium",
        ),
        (
            "The Example Robotics Seminar this Friday, October 3, will feature Prof. Ingrid Example of Example University.\n",
            "Example Robotics Seminar",
        ),
        (
            "Subject: Fwd: Example Systems Seminar 10/18: Priya Example\n\nSpeaker: Priya Example, Example Labs\nTitle: Tail Latency at Scale\n",
            "Example Systems Seminar",
        ),
        (
            "# Webinar: Foundations of Differential Privacy\n\nPart of the *Example Data Methods* webinar series.\n",
            "Example Data Methods",
        ),
    ];
    for (text, want) in cases {
        let r = one(text);
        assert_eq!(r.event.series.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_forwarders_note_is_not_the_abstract_and_a_bio_ends_a_labelled_abstract() {
    let r = one("\
Subject: Fwd: Example Systems Seminar 10/18: Priya Example

Hi all -- this one is very close to what we discussed in group meeting
last week, so I'd recommend going. I'll grab seats near the front and
save a few for the rest of the group if you tell me by Thursday.

Lena

---------- Forwarded message ---------
From: Example Events <events@example.edu>
Date: Fri, Oct 11, 2024 at 4:02 PM
Subject: Example Systems Seminar 10/18: Priya Example

Speaker: Priya Example, Example Labs Research
Title: Learned Cardinality Estimation Under Workload Drift

Abstract:

Query optimizers depend on cardinality estimates, and learned estimators
have recently beaten decades-old heuristics on standard benchmarks.

Dr. Example is a Senior Research Scientist at Example Labs Research,
where she leads the data systems group.
");
    let t = r.talks.first();
    let abs = t.and_then(|t| t.abstract_.as_deref()).unwrap_or("");
    assert!(abs.starts_with("Query optimizers depend"), "{abs}");
    assert!(!abs.contains("Senior Research Scientist"), "{abs}");
    let bio = t
        .and_then(|t| t.speakers.first())
        .and_then(|p| p.bio.as_deref())
        .unwrap_or("");
    assert!(bio.starts_with("Dr. Example is a Senior"), "{bio}");
}

#[test]
fn a_next_session_label_dates_the_event_and_a_speaker_value_runs_on() {
    let r = one("\
EXAMPLE RESEARCH DATA WEBINARS

Next session: Wednesday 18 June 2025, 2-3pm BST / 9-10am EDT
Online (Zoom webinar) -- free, registration required

Speaker: Dr Ada Example, School of Computer Science and Statistics,
Example College Dublin
");
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2025-06-18"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("14:00"));
    assert_eq!(
        speakers(&r),
        [(
            "Ada Example",
            Some("School of Computer Science and Statistics, Example College Dublin")
        )]
    );
}

#[test]
fn keynote_headings_with_their_time_over_title_and_speaker_lines() {
    let r = one_md(
        "\
# Example Symposium on Coastal Resilience 2026

June 3–5, 2026 • Example Conference Center, 200 Commercial Wharf, Portland, Maine

## Keynote Speakers

### Keynote I — Wednesday, June 3, 9:15–10:15 am

Living Shorelines at Scale: What Two Decades of Monitoring Tell Us

Dr. Rosalind Example, Example Institute of Marine Science

### Closing Keynote — Friday, June 5, 11:00 am–noon

Forecasting Compound Flooding with Hybrid Models

Dr. Jae-hoon Example and Dr. Mireille Sample, Example Environmental Research Laboratory
",
    );
    assert_eq!(
        titles(&r),
        [
            "Living Shorelines at Scale: What Two Decades of Monitoring Tell Us",
            "Forecasting Compound Flooding with Hybrid Models"
        ]
    );
    assert_eq!(
        names(&r),
        ["Rosalind Example", "Jae-hoon Example", "Mireille Sample"]
    );
    assert_eq!(
        dates(&r),
        [
            (Some("2026-06-03"), Some("09:15")),
            (Some("2026-06-05"), Some("11:00"))
        ]
    );
}

#[test]
fn a_rescheduling_notice_overrides_the_original_announcement() {
    let r = one("\
Subject: RESCHEDULED: Example Seminar with Dr. Tanvir Example now Thu Dec 4
Date: Wed, 26 Nov 2025 08:03:12 -0600

*** PLEASE NOTE THE NEW DATE AND ROOM ***

Due to a travel delay, Dr. Example's seminar originally scheduled for
Tuesday, December 2 in Example 240 has been moved to Thursday, December 4.
The talk will now take place from 4:00 to 5:00 pm in Example Hall, Room 118.

---------- original announcement ----------

Speaker: Tanvir Example, Ph.D., Example University
Title: Organ-on-Chip Models of the Blood-Brain Barrier
Date: Tuesday, December 2, 2025
Time: 3:30 - 4:30 pm
Location: Example 240
");
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2025-12-04"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("16:00"));
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Example Hall, Room 118")
    );
}

#[test]
fn a_placeholder_title_is_no_title_and_a_host_conference_is_no_part_of_the_name() {
    let r = one_md(
        "\
# Example Geometry Seminar — Spring 2026

The seminar meets on Fridays, 15:30–16:30, in Room M-204.

| Date | Speaker | Title |
|------|---------|-------|
| Feb 6 2026 | Ana Example (IMPA) | Tropical curves and stable maps |
| Mar 6 2026 | Hamid Placeholder (Example Institute for Mathematics) | TBA |
",
    );
    assert_eq!(titles(&r), ["Tropical curves and stable maps"]);
    assert_eq!(r.talks.len(), 2);
    let r = one("\
   EXROB 2024 - Workshop on Robust Perception for Field Robotics
   co-located with the International Conference on Example Robotics

Saturday, 14 September 2024, 09:00-12:30

09:10-09:55  Self-Supervised Depth Completion in Dense Canopies
             Tomás Example Landa, Universidad Politécnica de Example
09:55-10:25  Underwater Visual Odometry with Event Cameras
             Dr. Aditi Example, University of Example
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("EXROB 2024 - Workshop on Robust Perception for Field Robotics")
    );
    assert_eq!(names(&r), ["Tomás Example Landa", "Aditi Example"]);
}

#[test]
fn the_last_crumb_of_a_breadcrumb_repeated_alone_is_the_title() {
    let r = one("\
THE EXAMPLE INSTITUTION
What's on | Visit | Learn | Support us | Shop
Home > What's on > Talks and lectures > The Secret Life of Glaciers

TALKS AND LECTURES

The Secret Life of Glaciers

Thu 22 Oct 2026 | 18:30 – 20:00 BST
Example Lecture Theatre, 14 Example Terrace, London WC1N 3AX

Speaker

Siobhán Example is Professor of Glaciology at Example College Cork and
presents the podcast \"Cold Hard Facts\".
");
    assert_eq!(titles(&r), ["The Secret Life of Glaciers"]);
}

#[test]
fn a_lead_in_sentence_is_no_part_of_the_title_and_a_place_cut_after_a_comma_goes_on() {
    let r = one("\
Dear colleagues,

As part of Open Science Week 2026, the Example Office invites you
to a panel discussion:

WHO SHOULD REVIEW THE REVIEWERS? OPEN PEER REVIEW IN PRACTICE

Date: 17/09/2026
Time: 14:00-15:30 (GMT+2)
Place: Senate Hall (room K-108), Rectorate Building, Example trg 9,
       Ljubljana - and streamed live on MS Teams

Panelists:
- Dr. Ingeborg Example, Managing Editor, Nordic Journal of Ecology
- Prof. Dr. Tomaž Sample, Example Research Agency
");
    assert_eq!(
        titles(&r),
        ["WHO SHOULD REVIEW THE REVIEWERS? OPEN PEER REVIEW IN PRACTICE"]
    );
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Senate Hall (room K-108), Rectorate Building, Example trg 9, Ljubljana")
    );
}

#[test]
fn a_subject_label_among_talk_fields_is_the_title_and_a_sign_off_is_not() {
    let r = one("\
Dear all,

This week's lunchtime seminar:

Presenter:  Dr Ada Example (Example School of Hygiene)
Subject:    Heat, housing and hospital admissions: a linked-data study
Date:       Thu 5 Mar 2026
Time:       12:30-13:30

Best wishes,
Fiona
");
    assert_eq!(
        titles(&r),
        ["Heat, housing and hospital admissions: a linked-data study"]
    );
}

#[test]
fn a_weekday_alone_is_counted_from_the_posting_date() {
    let r = one("\
From: seminars@cs.example.edu
Date: Fri, 9 Feb 1996 10:12:00 -0500
Subject: Ocean seminar next week

Lecturer:  Dr. Imelda Karst
Topic:     Internal Waves over Rough Topography
When:      Wednesday the 14th, 1600 hrs
Room:      Example Hall 316A
");
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("1996-02-14"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("16:00"));
}

#[test]
fn a_written_date_wins_over_a_weekday_counted_from_the_posting_date() {
    // posted on a Friday, for the Friday a week later: "Friday" alone
    // would be the posting day
    let r = one("\
From: seminars@cs.example.edu
Date: Fri, 3 Mar 2023 09:00:00 -0500
Subject: Seminar: Sparse Recovery

Speaker: Dr. Hollis Brandt
Time: Friday, 4pm
Place: Example Hall 120

The seminar of March 10, 2023 closes the winter series.
");
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2023-03-10"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("16:00"));
}

#[test]
fn a_series_line_under_a_notice_names_the_series() {
    let r = one("\
Subject: RESCHEDULED: plant seminar moved to Thursday

Hi everyone, the seminar has been moved to Thursday. Apologies, Dana

-------- Original announcement --------

Example Plant Biology Seminar Series

Date: Tuesday, October 3, 2023
Time: 12:00-1:00 pm
Speaker: Dr. Ines Halloran
");
    assert_eq!(
        r.event.series.as_deref(),
        Some("Example Plant Biology Seminar Series")
    );
}

#[test]
fn a_series_named_in_a_sentence_after_a_preposition() {
    let r = one("\
Subject: seminar this week

Hi all,

Our speaker this Thursday in the Example Biology Seminar is Tomas Reinholt
from the University of Utah, who will talk about spatial epidemics.
The talk is in the Example Seminar Room at 3:30.
");
    assert_eq!(r.event.series.as_deref(), Some("Example Biology Seminar"));
    let r = one("\
The next talk in the Example Chemistry Seminar series will be given by
Dr Graham Ostrowski on Tuesday, 9 June 1998 at 2.15pm.
");
    assert_eq!(r.event.series.as_deref(), Some("Example Chemistry Seminar"));
    let r = one("\
Excited to share that I'll be giving a talk at the Example Raster Community Call next week!

\"Tiles all the way down: serving rasters straight from object storage\"

Wednesday, 9 April 2025, 16:00 UTC
");
    assert_eq!(
        r.event.series.as_deref(),
        Some("Example Raster Community Call")
    );
}

#[test]
fn a_term_listing_with_the_date_in_a_column_of_its_own() {
    let r = one("\
EXAMPLE TOPOLOGY SEMINAR -- SPRING 2025

Wednesdays, 4:00-5:00 pm, Room 407, Example Hall

Jan 22   Noor Haddad (Rice University)
         Rigidity of hyperbolic manifolds with geodesic
         boundary

Feb 5    no seminar -- department colloquium

Feb 12   Yusuke Tanabe (UC Davis)
         Counting closed geodesics via symbolic dynamics
");
    assert_eq!(
        speakers(&r),
        [
            ("Noor Haddad", Some("Rice University")),
            ("Yusuke Tanabe", Some("UC Davis"))
        ]
    );
    assert_eq!(
        titles(&r),
        [
            "Rigidity of hyperbolic manifolds with geodesic boundary",
            "Counting closed geodesics via symbolic dynamics"
        ]
    );
    let days: Vec<_> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.date.as_deref()))
        .collect();
    assert_eq!(days, [Some("2025-01-22"), Some("2025-02-12")]);
}

#[test]
fn a_digest_of_day_sections_with_a_time_and_place_line_and_labels_below() {
    let r = one("\
EXAMPLE TALKS THIS WEEK

MONDAY, MARCH 11, 2024
Systems Seminar
2:00-3:00 pm, Example Hall 3-201

Speaker: Lukas Halvorsen, Example University
Title: Serving Expert Models on Commodity Clusters

TUESDAY, MARCH 12, 2024
Robotics Seminar
11:30 am-12:30 pm, Example Robotics Lab, Room 140

Speaker: Amaka Eze, Example Institute of Technology
Title: Legged Robots That Learn From Falling
");
    assert_eq!(
        titles(&r),
        [
            "Serving Expert Models on Commodity Clusters",
            "Legged Robots That Learn From Falling"
        ]
    );
    let days: Vec<_> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.date.as_deref()))
        .collect();
    assert_eq!(days, [Some("2024-03-11"), Some("2024-03-12")]);
    // the talks' own series are no series of the digest
    assert_eq!(r.event.series, None);
}

#[test]
fn each_talk_s_day_stands_on_the_line_above_its_title() {
    let r = one_md(
        "\
# The Example Lectures in the History of Science

All lectures begin at 5:30 pm in the Example Auditorium.

Thursday, October 12, 2023

### Ledgers of the Sky: Account Books and Early Astronomy

Mariana Iturralde, University of Cambridge

Between 1830 and 1900, observatories ran on paper as much as on brass.

Thursday, October 26, 2023

### Quarantine and Its Discontents in the Mediterranean

Youssef Benkirane, Princeton University

Lazarettos detained millions of travellers.
",
    );
    let days: Vec<_> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.date.as_deref()))
        .collect();
    assert_eq!(days, [Some("2023-10-12"), Some("2023-10-26")]);
    assert_eq!(
        r.event.series.as_deref(),
        Some("The Example Lectures in the History of Science")
    );
    // "between 1830 and 1900" is a span of years, not a time
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("17:30"));
}

#[test]
fn a_title_asks_a_question_or_says_it_is_the_webinar() {
    let r = one("\
Example Data Science Webinar Series

Who Gets the Interview? Auditing Automated Hiring Systems in the Wild

Wednesday, May 15, 2024
3pm ET / 12pm PT

Speaker: Dr. Rosalind Achterberg, University of Washington
");
    assert_eq!(
        titles(&r),
        ["Who Gets the Interview? Auditing Automated Hiring Systems in the Wild"]
    );
    let r = one("\
Skip Main Navigation
Example Tickets
Find events
Create events
Log In

Thursday, September 19

Webinar: Soil Carbon Beyond the Topsoil - What Deep Roots Tell Us

Most soil carbon inventories stop at 30 cm. A soil ecologist explains what
we miss below that line, and why it matters for carbon farming claims.

Date and time
Thu, Sep 19, 2024, 4:00 PM - 5:30 PM GMT+2
");
    assert_eq!(
        titles(&r),
        ["Soil Carbon Beyond the Topsoil - What Deep Roots Tell Us"]
    );
}

#[test]
fn a_biography_before_the_abstract_with_no_labels() {
    let r = one("\
Example Brown Bag Series

Wednesday, January 22, 2025, 12:15-1:30 pm
Example Commons, 5th floor, Example Hall

Water, Debt, and the Municipal Balance Sheet

Ifeoma Nwachukwu
Department of City Planning, Cornell University

Ifeoma Nwachukwu is an assistant professor of city and regional
planning at Cornell University. Her research examines how cities
finance infrastructure and how the terms of that financing shape who
pays for it.

She holds a PhD in urban planning from Columbia University.

When a mid-sized city replaces its lead service lines or upgrades a
treatment plant, it usually borrows, and the bill arrives in household
water rates for the next thirty years. Drawing on bond disclosures from
212 utilities, this talk shows that utilities with weaker credit ratings
pay more to borrow and pass those costs on to customers.
");
    let t = &r.talks[0];
    assert!(
        t.abstract_
            .as_deref()
            .is_some_and(|a| a.starts_with("When a mid-sized city")),
        "{:?}",
        t.abstract_
    );
    let bio = t.speakers.first().and_then(|s| s.bio.as_deref());
    assert!(
        bio.is_some_and(|b| b.starts_with("Ifeoma Nwachukwu is") && b.contains("She holds")),
        "{bio:?}"
    );
}

#[test]
fn a_lone_talk_named_as_part_of_an_occasion() {
    let r = one("\
Dear colleagues,

As part of Open Example Week 2026, the Example Office invites you
to a panel discussion:

WHO SHOULD REVIEW THE REVIEWERS? OPEN PEER REVIEW IN PRACTICE

Date: 17/09/2026
Time: 14:00-15:30
");
    assert_eq!(r.event.title.as_deref(), Some("Open Example Week 2026"));
}

#[test]
fn talk_headings_with_the_speaker_line_right_under_them() {
    let r = one_md(
        "\
# Meetup #27: Async in Production

Wednesday 15 Nov 2023, 18:30-21:00

## Talks

### Taming Tokio: Lessons from Two Years of Async Rust

**Ngozi Okafor** (Staff Engineer @ Example Parcels)

Example Parcels moved its routing service from Go to async Rust in 2021.

### Cancellation Safety in 15 Minutes

**Jae-won Hartley**, independent consultant

A whirlwind tour of what happens to your future when select! drops it.
",
    );
    assert_eq!(
        titles(&r),
        [
            "Taming Tokio: Lessons from Two Years of Async Rust",
            "Cancellation Safety in 15 Minutes"
        ]
    );
    assert_eq!(names(&r), ["Ngozi Okafor", "Jae-won Hartley"]);
}

#[test]
fn a_digest_speaker_label_with_an_honorific_or_a_company() {
    // each talk: a day line, a series line, a time-and-place line, then
    // `Speaker:` (with an honorific, or a company after the comma) and `Title:`
    let r = one("\
TALKS THIS WEEK

MONDAY, MARCH 11
Systems Seminar
2:00-3:00 pm, Example Hall 3-201

Speaker: Ada Quill-Berend, Google DeepMind
Title: Serving Sparse Models on Small Clusters

------------------------------------------------
THURSDAY, MARCH 14
Theory Colloquium
4:00-5:15 pm, Example Auditorium

Speaker: Prof. Bram Okonkwo-Hale, Example University
Title: Faster Flows, and What Comes Next

Flows can now be computed in almost-linear time.

Bio: Bram Okonkwo-Hale is a professor of computer science.
");
    assert_eq!(
        titles(&r),
        [
            "Serving Sparse Models on Small Clusters",
            "Faster Flows, and What Comes Next"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Ada Quill-Berend", Some("Google DeepMind")),
            ("Bram Okonkwo-Hale", Some("Example University"))
        ]
    );
    let bio = r
        .talks
        .get(1)
        .and_then(|t| t.speakers.first())
        .and_then(|p| p.bio.as_deref());
    assert!(
        bio.is_some_and(|b| b.starts_with("Bram Okonkwo-Hale is")),
        "{bio:?}"
    );
}

#[test]
fn a_speaker_s_own_social_post() {
    // the name, a profile headline with pipes, an excited first-person
    // announcement, icons standing for labels, the description below
    let r = one("\
Noor Example-Haddad
Data engineer at Example Analytics | Open source | Maps
2d • Edited

🎙️ Thrilled to share that I'll be giving a talk at the Example Data Meetup next week!

\"Queries all the way down: analytics straight from object storage\"

🗓️ Thursday, 10 April 2025
🕓 17:00 UTC
📍 Online, free, link below

I'll walk through how we replaced our warehouse with plain files on object storage and what broke along the way.

#data #opensource
");
    let p = r.talks.first().and_then(|t| t.speakers.first());
    assert_eq!(
        p.and_then(|p| p.affiliation.as_deref()),
        Some("Example Analytics")
    );
    assert_eq!(p.and_then(|p| p.position.as_deref()), Some("Data engineer"));
    let abs = r.talks.first().and_then(|t| t.abstract_.as_deref());
    assert!(
        abs.is_some_and(|a| a.starts_with("I'll walk through")),
        "{abs:?}"
    );
    assert_eq!(r.event.attendance, Some(herald::record::Attendance::Online));
}

#[test]
fn a_labelled_title_wrapped_to_the_margin_after_a_small_word() {
    let r = one("\
Date: Tuesday, October 3, 2023
Time: 12:00-1:00 pm
Location: Example Hall 220
Speaker: Dr. Ada Example, Department of Biology, Example University
Title: Why Do Island Lizards Get Bigger? Testing the Island Rule With
Experimental Introductions
Abstract: Small vertebrates that colonize islands often evolve larger
bodies. I will present evidence that size increases within five
generations.

Bring your lunch; drinks provided.
");
    assert_eq!(
        titles(&r),
        [
            "Why Do Island Lizards Get Bigger? Testing the Island Rule With Experimental Introductions"
        ]
    );
    let abs = r.talks.first().and_then(|t| t.abstract_.as_deref());
    assert!(
        abs.is_some_and(|a| a.ends_with("five generations.")),
        "{abs:?}"
    );
}

#[test]
fn a_page_teaser_gives_way_to_the_description_below_the_details() {
    let r = one("\
Webinar: Soil Below the Topsoil

Most soil inventories stop at 30 cm. An ecologist explains what we miss below that line.

Date and time
Thu, Sep 19, 2024, 4:00 PM - 5:30 PM GMT+2

Location
Online

Speaker: Dr. Ada Example, Example University

Carbon credits for regenerative agriculture are usually calculated from samples taken in \
the top 30 cm of soil. Using cores down to two metres from forty farms, I will show that \
deep roots move carbon further down than expected, and discuss what this means for the \
certification schemes that pay farmers for storing it.
");
    let abs = r.talks.first().and_then(|t| t.abstract_.as_deref());
    assert!(
        abs.is_some_and(|a| a.starts_with("Carbon credits")),
        "{abs:?}"
    );
}

#[test]
fn a_speaker_heading_over_a_paragraph_about_them() {
    let r = one("\
The Secret Life of Glaciers

Thu 22 Oct 2026 | 18:30 - 20:00 BST
Example Lecture Theatre, London

About this event

Glaciers look still, but they are restless: they slide, surge, crack and sing. \
A glaciologist takes us beneath the ice to show how meltwater and heat shape the \
way glaciers move.

Speaker

Ada Example-Byrne is Professor of Glaciology at Example College Cork and a Fellow \
of the Example Academy. She has led fieldwork on four continents.
");
    let p = r.talks.first().and_then(|t| t.speakers.first());
    assert_eq!(p.and_then(|p| p.name.as_deref()), Some("Ada Example-Byrne"));
    assert_eq!(
        p.and_then(|p| p.affiliation.as_deref()),
        Some("Example College Cork")
    );
    assert_eq!(
        p.and_then(|p| p.position.as_deref()),
        Some("Professor of Glaciology")
    );
    assert!(
        p.and_then(|p| p.bio.as_deref())
            .is_some_and(|b| b.starts_with("Ada Example-Byrne is Professor"))
    );
}

#[test]
fn a_speaker_section_with_name_job_line_and_bio_before_the_description() {
    let r = one("\
# Example Data Webinar Series

## Who Gets Counted? Undercount Correction in Small Areas

Tuesday, January 20, 2026 · 11am–12pm ET
Online via Zoom · Free, registration required

### Speaker

**Ada Example-Reyes, PhD**
Senior Demographer, Center for Applied Population Research, Example University

Ada Example-Reyes studies how administrative records can be used to improve \
population estimates for small areas.

### About the webinar

Official population counts steer billions of dollars in funding, but they \
systematically miss some communities. This webinar shows how to correct them \
and how local governments can check the numbers they receive.
");
    let p = r.talks.first().and_then(|t| t.speakers.first());
    assert_eq!(
        p.and_then(|p| p.affiliation.as_deref()),
        Some("Center for Applied Population Research, Example University")
    );
    assert_eq!(
        p.and_then(|p| p.position.as_deref()),
        Some("Senior Demographer")
    );
    assert!(
        p.and_then(|p| p.bio.as_deref())
            .is_some_and(|b| b.starts_with("Ada Example-Reyes studies"))
    );
    let abs = r.talks.first().and_then(|t| t.abstract_.as_deref());
    assert!(
        abs.is_some_and(|a| a.starts_with("Official population")),
        "{abs:?}"
    );
}

#[test]
fn keynote_page_with_title_headings_over_speaker_headings() {
    let r = one("\
# Example Conference on Data Systems

12–14 February 2025 · Example Congress Centre, Tallinn, Estonia

## Keynote Speakers

Opening keynote · Wednesday, 12 February · 09:30–10:30

### Query Optimizers Are Still Wrong, and That Is Fine

#### Prof. Ada Example-Berg — University of Example

Abstract: Forty years on, cost-based optimizers still misestimate cardinalities.

Keynote 2 · Thursday, 13 February · 09:00–10:00

### Learned Indexes, Five Years Later

#### Dr. Bo Example-Vance — Example Research

Abstract: Learned index structures promised to replace B-trees.
");
    assert_eq!(
        titles(&r),
        [
            "Query Optimizers Are Still Wrong, and That Is Fine",
            "Learned Indexes, Five Years Later"
        ]
    );
    let starts: Vec<Option<&str>> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.start_time.as_deref()))
        .collect();
    assert_eq!(starts, [Some("09:30"), Some("09:00")]);
}

#[test]
fn a_panel_heading_and_panelists_as_items_with_their_bios() {
    let r = one("\
# 📺 Panel: Sustaining Research Software After the Grant Ends

When: Thursday, 12 December 2024, 4 p.m. EST

## About the session

Most research software is written by a postdoc funded by a grant that will end long before the software stops being used.

## Panelists

- Dr. Ada Example-Sarpong — Research Software Engineer, University of Example. Ada leads the RSE group.
- Bo Example — independent maintainer of ExampleLib. Bo has maintained the library since 2015.
- Prof. Cy Example — Example University. Cy is a professor of computational chemistry.

Moderator: Di Example, Community Manager
");
    assert_eq!(
        titles(&r),
        ["Sustaining Research Software After the Grant Ends"]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Ada Example-Sarpong", Some("University of Example")),
            ("Bo Example", None),
            ("Cy Example", Some("Example University"))
        ]
    );
}

#[test]
fn a_cancellation_naming_the_talk_in_one_sentence() {
    let r = one("\
                         *** CANCELLATION ***

The Example Research Seminar scheduled for Friday, November 19 at
2:00 pm in 302 Example Hall, by Prof. Ada J. Example (Example University)
on \"Polyhedral Methods for Crew Pairing\", has been CANCELLED
due to the speaker's illness.

We hope to reschedule the talk in the spring semester and will post a
new announcement when a date is fixed.

Sorry for the short notice.
");
    assert_eq!(titles(&r), ["Polyhedral Methods for Crew Pairing"]);
    assert_eq!(
        speakers(&r),
        [("Ada J. Example", Some("Example University"))]
    );
    assert!(r.talks.first().is_some_and(|t| t.abstract_.is_none()));
}

#[test]
fn speakers_and_moderator_as_headings_under_label_headings() {
    let r = one("\
ExampleSilicon Tech Talks · Webinar

# Reproducible Builds for FPGA Toolchains

Tuesday, February 20, 2024

## About this webinar

Two engineers who build FPGA bitstreams for a living compare notes on why the same design, synthesized twice, rarely gives the same bits.

## Speakers

### Ada Example-Raghu

Senior Staff Engineer, Example Semiconductor

Ada Example-Raghu works on the place-and-route team at Example Semiconductor.

### Bo K. Example

Example Labs

## Moderator

### Cy Example

Community Manager, Example Alliance
");
    assert_eq!(titles(&r), ["Reproducible Builds for FPGA Toolchains"]);
    assert_eq!(
        speakers(&r),
        [
            ("Ada Example-Raghu", Some("Example Semiconductor")),
            ("Bo K. Example", Some("Example Labs"))
        ]
    );
    assert_eq!(r.event.series.as_deref(), Some("ExampleSilicon Tech Talks"));
}

#[test]
fn a_site_acronym_with_its_year_gives_way_to_the_spelled_out_name() {
    let r = one("\
EXDS 2025

Home Calls Program Keynotes Registration

15th Example Conference on Data Systems

12–14 February 2025 · Example Congress Centre, Tallinn, Estonia

## Keynote Speakers

Opening keynote · Wednesday, 12 February · 09:30–10:30

### Query Optimizers Are Still Wrong

#### Prof. Ada Example-Berg — University of Example

Keynote 2 · Thursday, 13 February · 09:00–10:00

### Learned Indexes Revisited

#### Dr. Bo Example-Vance — Example Research
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("15th Example Conference on Data Systems")
    );
}

#[test]
fn a_portuguese_post_forwarded_with_its_headers_in_the_body() {
    let r = one("\
---------- Forwarded message ---------
De: Secretaria Exemplo <sec@example.br>
Date: seg., 19 de mai. de 2025 às 15:41
Subject: Seminário EX - 28/05 - Prof. Ana Exemplo Souza
To: <alunos@example.br>

Prezados(as),

O Programa de Pós-Graduação convida toda a comunidade
para o próximo seminário da série \"Seminários EX 2025\":

*Título:* Redes elétricas em comunidades isoladas: dez anos de
lições de campo

*Palestrante:* Profa. Dra. Ana Exemplo Souza (Universidade Federal de Exemplo)

*Data:* quarta-feira, 28/05/2025
*Horário:* 14h às 15h30 (horário de Brasília, UTC-3)
*Local:* Auditório do Bloco C, Campus Universitário -- com transmissão
simultânea pelo canal do programa no YouTube

*Minibiografia:* Ana Exemplo Souza é professora associada da Faculdade
de Engenharia da UFEX. É doutora pela Universidade de Exemplo (2009).
");
    assert_eq!(
        titles(&r),
        ["Redes elétricas em comunidades isoladas: dez anos de lições de campo"]
    );
    assert_eq!(
        speakers(&r),
        [("Ana Exemplo Souza", Some("Universidade Federal de Exemplo"))]
    );
    assert_eq!(r.event.series.as_deref(), Some("Seminários EX 2025"));
    let w = r.event.when.as_ref().unwrap_or_else(|| panic!("no when"));
    assert_eq!(w.date.as_deref(), Some("2025-05-28"));
    assert_eq!(w.end_time.as_deref(), Some("15:30"));
    assert_eq!(w.timezone.as_deref(), Some("-03:00"));
    assert_eq!(
        r.event.attendance.map(|a| format!("{a:?}")).as_deref(),
        Some("Hybrid")
    );
    let bio = r.talks[0].speakers[0].bio.as_deref().unwrap_or("");
    assert!(bio.ends_with("(2009)."), "{bio}");
}

#[test]
fn a_german_talk_page_with_a_list_of_the_next_dates_below() {
    let r = one("\
Informatik-Kolloquium

„Beweisbare Sicherheit: Von der Theorie zur Praxis“

Vortragende: Prof. Dr. Anna Beispiel-Berg
Technische Universität Beispielstadt

Termin: Dienstag, 4. Februar 2025, 16:15 – 17:45 Uhr
Ort: Hörsaal 2, Gebäude 101
Präsenzveranstaltung – keine Übertragung.

Zusammenfassung
Der Vortrag gibt einen Überblick über formale Methoden.

Kurzbiografie
Anna Beispiel-Berg ist seit 2019 Professorin an der Technischen Universität Beispielstadt.

Nächste Termine:
11.02.2025 – Dr. Bruno Muster (Beispiel-Institut): „Digitale Zwillinge“
18.02.2025 – Kein Kolloquium (Prüfungszeit)
");
    assert_eq!(
        titles(&r),
        ["Beweisbare Sicherheit: Von der Theorie zur Praxis"]
    );
    assert_eq!(
        speakers(&r),
        [(
            "Anna Beispiel-Berg",
            Some("Technische Universität Beispielstadt")
        )]
    );
    assert_eq!(r.event.series.as_deref(), Some("Informatik-Kolloquium"));
    assert_eq!(
        r.event.when.as_ref().and_then(|w| w.date.as_deref()),
        Some("2025-02-04")
    );
    assert_eq!(
        r.event.attendance.map(|a| format!("{a:?}")).as_deref(),
        Some("InPerson")
    );
    assert!(r.talks[0].speakers[0].bio.is_some());
}

#[test]
fn a_panel_cell_with_panelists_and_a_moderator_and_a_change_to_one_talk() {
    let r = one("\
   EXAMPLE SYMPOSIUM ON DATA 2024
   26-27 September 2024  --  Example Hall, Example State University

Changes since v2: Tue talk by A. Person moved to 11:20. Please check in at
the desk (Example Hall lobby). The symposium is in person only; there is no livestream.

| Time | Session |
|------|---------|
| 09:00 – 09:10 | Welcome |
| 10:30 – 11:00 | Contributed: *Calibrated Uncertainty* — Dr. Ada Example (Example Clinic) |
| 14:30 – 15:30 | **Panel:** *Who Is Accountable?* Panelists: Dr. Bruno Halvorsen (Example Clinic), Prof. Carla Ostrowski (University of Example), Dana Whitfield (Patient Advocate, Example Commons). Moderator: Dr. Ed Example (Example University) |
| 16:00 – 16:45 | Invited talk: *Federated Learning* — Dr. Flo Example (Example Institute) |
");
    assert_eq!(
        titles(&r),
        [
            "Calibrated Uncertainty",
            "Who Is Accountable?",
            "Federated Learning"
        ]
    );
    let panel: Vec<&str> = r.talks[1]
        .speakers
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert_eq!(
        panel,
        ["Bruno Halvorsen", "Carla Ostrowski", "Dana Whitfield"]
    );
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Example Hall, Example State University")
    );
    assert_ne!(
        r.event.when.as_ref().and_then(|w| w.start_time.as_deref()),
        Some("11:20")
    );
    assert_eq!(
        r.event.attendance.map(|a| format!("{a:?}")).as_deref(),
        Some("InPerson")
    );
}

#[test]
fn a_plain_text_program_with_kind_lines_and_abstracts_keyed_by_surname() {
    let r = one("\
DAY 1 -- Thursday 26 September 2024
 9:00   Welcome (Symposium chairs)
 9:15   KEYNOTE
        Single-cell atlases are not enough: toward causal models
        Prof. Ngaio Exemplar-Carr, Example Institute of Technology
10:15   Coffee
10:45   Protein language models as priors for directed evolution
        Dr. Tobias Wendtland, Institute for Protein Design, University of Example

KEYNOTE ABSTRACTS

Exemplar-Carr: Large single-cell atlases now describe the cell types of most
human tissues, yet they are fundamentally observational.
");
    assert_eq!(
        titles(&r),
        [
            "Single-cell atlases are not enough: toward causal models",
            "Protein language models as priors for directed evolution"
        ]
    );
    let abs = r.talks[0].abstract_.as_deref().unwrap_or("");
    assert!(abs.starts_with("Large single-cell atlases"), "{abs}");
    assert!(abs.ends_with("fundamentally observational."), "{abs}");
    assert_eq!(r.talks[1].abstract_, None);
}

#[test]
fn abstracts_under_name_and_short_title_headings_below_a_schedule_table() {
    let r = one("\
# Workshop on Example Learning

| Time | Session |
|------|---------|
| 09:10 – 10:00 | **Keynote:** *When the Model Is Right for the Wrong Reasons: Shortcut Learning* — Prof. Folake Exampleton (University of Example) |
| 10:00 – 10:30 | Coffee break |
| 12:30 – 13:20 | **Keynote:** *Regulating Adaptive Algorithms: Lessons from Submissions* — Dr. Hiro Samplewood (Example Agency) |

## Keynote abstracts

### Folake Exampleton — When the Model Is Right for the Wrong Reasons

Deep networks trained on clinical images routinely exploit spurious cues such
as scanner markings and text overlays. This keynote surveys a decade of such failures.

### Hiro Samplewood — Regulating Adaptive Algorithms

Machine learning devices that continue to learn after deployment pose a challenge
for regulators. This talk describes what sponsors promise and what they change.
");
    assert_eq!(
        titles(&r),
        [
            "When the Model Is Right for the Wrong Reasons: Shortcut Learning",
            "Regulating Adaptive Algorithms: Lessons from Submissions"
        ]
    );
    let abs: Vec<&str> = r
        .talks
        .iter()
        .filter_map(|t| t.abstract_.as_deref())
        .collect();
    assert_eq!(
        abs,
        [
            "Deep networks trained on clinical images routinely exploit spurious cues such as scanner markings and text overlays. This keynote surveys a decade of such failures.",
            "Machine learning devices that continue to learn after deployment pose a challenge for regulators. This talk describes what sponsors promise and what they change."
        ]
    );
}

#[test]
fn series_named_in_sentences_headings_and_quotes() {
    let table = [
        (
            "Unfortunately today's EEB Friday Seminar has to be cancelled because our\nspeaker is ill.\n",
            "EEB Friday Seminar",
        ),
        (
            "The *Online Example Geometry Seminar Series* (OEGSS) meets on Tuesdays at 16:00 UTC.\n\nSpeaker: Dr. Ana Exemplo\n",
            "Online Example Geometry Seminar Series",
        ),
        (
            "You are cordially invited to the next edition of Example Tech Talks, our\nmonthly series.\n\nSpeaker: Dr. Ana Exemplo\n",
            "Example Tech Talks",
        ),
        (
            "🔔 CICLO DE WEBINARS \"MATEMÁTICAS EN ACCIÓN\" 2025 🔔\n\nPonente: Dra. Ana Exemplo\n",
            "MATEMÁTICAS EN ACCIÓN",
        ),
        (
            "# Machine Learning Reading Group (MLRG) — Spring 2025\n\nSpeaker: Ana Exemplo\n",
            "Machine Learning Reading Group (MLRG)",
        ),
        (
            "Physics Colloquium: Quantum Simulation with Neutral-Atom Arrays\n\nSpeaker: Dr. Ana Exemplo\nDate: October 17, 2024\n",
            "Physics Colloquium",
        ),
        (
            "> Next week's ML Lunch speaker is one of our own: Ana Exemplo.\n",
            "ML Lunch",
        ),
        (
            "Due to the speaker's travel, Monday's Labor & Example Seminar\n(originally 2/3 at 3:30) has been POSTPONED by two weeks.\n",
            "Labor & Example Seminar",
        ),
        (
            "vi segnaliamo il prossimo appuntamento dei Seminari di Analisi Matematica:\n\nRelatore: Prof. Ana Esempio\n",
            "Seminari di Analisi Matematica",
        ),
        (
            "Subj:    Condensed Example Seminar -- Thurs 14-Mar -- GHOSH\n\nSpeaker: Ana Exemplo\n",
            "Condensed Example Seminar",
        ),
    ];
    for (text, want) in table {
        let r = one(text);
        assert_eq!(r.event.series.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_weekly_digest_names_no_event_time_place_or_title_of_its_own() {
    let r = one("\
THIS WEEK IN EXAMPLE STUDIES
Week 8, Spring Term -- 10 to 14 March 2025

------------------------------------------------------------------------
MON 10 MARCH
------------------------------------------------------------------------
Analysis Seminar
14:00-15:00, Room M2.07 (Example Building)
Speaker: Dr Chiara Exempli (University of Example)
Title: Sharp inequalities on metric measure spaces

------------------------------------------------------------------------
THU 13 MARCH
------------------------------------------------------------------------
*** Departmental Colloquium ***
15:30-16:30, Lecture Theatre B, followed by a reception
Professor Yoko Exampleton-Reyes (Example University)
\"Random matrices and the statistics of disorder\"

Abstract: Since a famous teatime conversation, the statistics of eigenvalues
of random matrices have been conjectured to describe the zeros of zeta.

To add an item to the digest, email the editor by Thursday noon.
");
    assert_eq!(
        titles(&r),
        [
            "Sharp inequalities on metric measure spaces",
            "Random matrices and the statistics of disorder"
        ]
    );
    assert_eq!(
        r.talks[1].speakers[0].name.as_deref(),
        Some("Yoko Exampleton-Reyes")
    );
    assert!(r.talks[1].abstract_.is_some());
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2025-03-10"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), None);
    assert_eq!(r.event.location, None);
    assert_eq!(r.event.title, None);
}

#[test]
fn a_meetup_agenda_with_dashed_presenter_lines_and_talks_described_by_title() {
    let r = one("\
Example Rust Meetup #42: Async in Production

Thu, Jun 12, 2025 · 6:30 PM to 9:30 PM CEST

Agenda
18:30  Doors open, food, chatting
19:00  \"Tokio at 2 million connections: what we learned the hard way\"
       -- Mei Exampleton-Hoffmann, Staff Engineer @ Example GmbH
19:40  \"Cancellation safety is a footgun (and how to holster it)\"
       -- Oskar Samplequist, independent consultant
20:15  Short break

About the talks

Tokio at 2 million connections: Example's gateway keeps a websocket open for
every active app user. Mei will walk through the journey from a prototype to a
service handling 2M concurrent connections per node.

Cancellation safety: Dropping a future in the middle of an await is one of
async Rust's sharpest edges.
");
    assert_eq!(
        titles(&r),
        [
            "Tokio at 2 million connections: what we learned the hard way",
            "Cancellation safety is a footgun (and how to holster it)"
        ]
    );
    let first = &r.talks[0].speakers[0];
    assert_eq!(first.position.as_deref(), Some("Staff Engineer"));
    assert_eq!(first.affiliation.as_deref(), Some("Example GmbH"));
    assert_eq!(first.bio, None);
    let abs: Vec<&str> = r
        .talks
        .iter()
        .filter_map(|t| t.abstract_.as_deref())
        .collect();
    assert_eq!(
        abs,
        [
            "Example's gateway keeps a websocket open for every active app user. Mei will walk through the journey from a prototype to a service handling 2M concurrent connections per node.",
            "Dropping a future in the middle of an await is one of async Rust's sharpest edges."
        ]
    );
}

#[test]
fn a_webinar_newsletter_with_about_sections_and_a_bio_for_each_speaker() {
    let r = one("\
View this email in your browser

EXAMPLE DATA LAB  |  Spring 2025 Webinar Lineup

Measuring Eviction Risk Without Surveilling Tenants

Wednesday, April 16 | 3-4:30pm ET
Online via Zoom -- free, registration required

Speakers:
  * Dr. Nkechi Exemplar-Lindqvist, Senior Research Scientist, Example Institute
  * Diego Samplez Arriaga, Data Engineer, City of Example Office of Innovation

ABOUT THE WEBINAR
Cities increasingly want early-warning systems that flag households at
risk of eviction so that legal aid can reach them in time.

ABOUT THE SPEAKERS
Nkechi Exemplar-Lindqvist is a senior research scientist at the Example
Institute, where she leads work on housing instability.

Diego Samplez Arriaga builds data infrastructure for the City of Example's
Office of Innovation and previously worked at a civic non-profit.
");
    assert_eq!(
        titles(&r),
        ["Measuring Eviction Risk Without Surveilling Tenants"]
    );
    let abs = r.talks[0].abstract_.as_deref().unwrap_or("");
    assert!(abs.starts_with("Cities increasingly"), "{abs}");
    let bios: Vec<&str> = r.talks[0]
        .speakers
        .iter()
        .map(|p| p.bio.as_deref().unwrap_or(""))
        .collect();
    assert!(
        bios[0].starts_with("Nkechi Exemplar-Lindqvist is"),
        "{bios:?}"
    );
    assert!(
        bios[1].starts_with("Diego Samplez Arriaga builds"),
        "{bios:?}"
    );
}

#[test]
fn a_centred_lecture_title_loses_its_lead_in_to_the_speaker() {
    let r = one("\
SCHOOL OF EXAMPLE ENGINEERING
Distinguished Lecture Series -- Spring 2025

        THE END OF DENNARD SCALING WAS ONLY THE BEGINNING:
        DESIGNING CHIPS FOR A POWER-CONSTRAINED DECADE

                     a lecture by
              Wanjiru Exampleton-Kamau
   Chief Technology Officer, Example Microsystems, Inc.

   Tuesday, March 4th  *  4:30 p.m.
   Example Auditorium, Example Engineering Center
");
    assert_eq!(
        titles(&r),
        [
            "THE END OF DENNARD SCALING WAS ONLY THE BEGINNING: DESIGNING CHIPS FOR A POWER-CONSTRAINED DECADE"
        ]
    );
}

#[test]
fn a_french_message_pasted_with_its_headers() {
    let r = one("\
De : Secrétariat <secretariat@example.fr>
À : seminaire@listes.example.fr
Date : lun. 10 mars 2025 08:47
Objet : [Séminaire EX] Jeudi 13/03 - Sokhna Exemple-Lefebvre

Bonjour à toutes et à tous,

Nous avons le plaisir de vous inviter au prochain Séminaire Données, Apprentissage
et Optimisation (DAO) :

    Jeudi 13 mars 2025 à 14h00
    Salle 106, bâtiment Exemple

Oratrice : Sokhna Exemple-Lefebvre (Inria Exemple)

Titre : Optimisation stochastique sans réglage de pas
");
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2025-03-13"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("14:00"));
    assert_eq!(
        r.event.series.as_deref(),
        Some("Séminaire Données, Apprentissage et Optimisation (DAO)")
    );
    assert_eq!(
        titles(&r),
        ["Optimisation stochastique sans réglage de pas"]
    );
}

#[test]
fn a_semester_listing_of_date_lines_over_speaker_and_title_cards() {
    let r = one("\
Example Colloquium -- Spring 2025

Colloquia are held on Wednesdays, 4:00-5:00 pm, in Example Hall 101, unless
noted otherwise.

Jan 22
  Rafael Exemplo-Costa, Instituto de Física Exemplar, São Paulo
  Dark sirens and the Hubble tension
  [host: L. Aydin]

Feb 12
  NO COLLOQUIUM -- Department town hall

Mar 26
  Patrick Samplewangi, Example Valley Observatory
  Seeing the first stars with 21-cm cosmology
  *** Annual Example Lecture -- special time 3:30 pm, reception after ***

Apr 23
  Marcus Exampleton, Example Lakes University
  Active matter: when particles have their own agenda
  [host: P. Greer]
");
    assert_eq!(
        titles(&r),
        [
            "Dark sirens and the Hubble tension",
            "Seeing the first stars with 21-cm cosmology",
            "Active matter: when particles have their own agenda"
        ]
    );
    assert_eq!(
        speakers(&r)[0],
        (
            "Rafael Exemplo-Costa",
            Some("Instituto de Física Exemplar, São Paulo")
        )
    );
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("16:00"));
    assert_eq!(
        r.talks[0].when.as_ref().and_then(|w| w.date.as_deref()),
        Some("2025-01-22")
    );
}

#[test]
fn a_panel_page_with_one_block_per_panelist_and_their_bios() {
    let r = one("\
OPEN SCIENCE, CLOSED WALLETS?
Who pays when research goes open access

Panel discussion
Thursday, April 24, 2025
5:30 p.m. - 7:00 p.m.
Example Reading Room, Example Library, 3rd floor

Panelists

Hana Exampleton-Reid, Director of Research Policy, Example Foundation
   Hana oversees open-access policy for one of the largest private research
   funders in the region.

Dr. Emeka Samplewosu, Publishing Director, Example University Press
   Emeka leads a university press that converted its journals to diamond
   open access in 2022.

Astrid Exemplar-Blum, Head of Scholarly Communication, Example Library

Moderator: Prof. Daniel Exampleberg, Vice Provost for Research

This panel is part of Example Communication Week (April 21-25).
");
    assert_eq!(
        titles(&r),
        ["OPEN SCIENCE, CLOSED WALLETS? Who pays when research goes open access"]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Hana Exampleton-Reid", Some("Example Foundation")),
            ("Emeka Samplewosu", Some("Example University Press")),
            ("Astrid Exemplar-Blum", Some("Example Library")),
        ]
    );
    let bios: Vec<Option<&str>> = r.talks[0]
        .speakers
        .iter()
        .map(|p| p.bio.as_deref())
        .collect();
    assert!(
        bios[0].is_some_and(|b| b.starts_with("Hana oversees")),
        "{bios:?}"
    );
    assert_eq!(bios[2], None);
    assert_eq!(r.event.title.as_deref(), Some("Example Communication Week"));
}

#[test]
fn a_marketing_webinar_email_with_your_speaker_and_your_host() {
    let r = one("\
View this email in your browser

EXAMPLE ANALYTICS  |  LIVE WEBINAR

Stop Guessing Your Churn:
Survival Models for Subscription Businesses

Wednesday, September 17
11am PT / 2pm ET / 7pm BST  (60 min, including live Q&A)
Online -- register to receive your personal join link

Most subscription teams still forecast churn with a single monthly rate and a
spreadsheet. In this session our guest will show how survival analysis gives
you customer-level churn curves.

YOUR SPEAKER
Dr. Ifeoma Exemplar-Ross
Principal Data Scientist, Example Meals
Ifeoma leads the customer analytics team at Example Meals, where she built the
company's first churn-forecasting platform.

YOUR HOST
Tom Sampleton, Head of Community, Example Analytics
");
    assert_eq!(
        titles(&r),
        ["Stop Guessing Your Churn: Survival Models for Subscription Businesses"]
    );
    let p = &r.talks[0].speakers;
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].name.as_deref(), Some("Ifeoma Exemplar-Ross"));
    assert_eq!(p[0].position.as_deref(), Some("Principal Data Scientist"));
    assert_eq!(p[0].affiliation.as_deref(), Some("Example Meals"));
    assert!(p[0].bio.is_some());
    assert_eq!(
        r.event.when.as_ref().and_then(|w| w.timezone.as_deref()),
        Some("America/Los_Angeles")
    );
}

#[test]
fn a_labelled_place_keeps_its_lower_case_parts_and_drops_a_remark_in_brackets() {
    for (text, want) in [
        (
            "Titre : Apprentissage fédéré\nDate : jeudi 14 novembre 2024, de 14h00 à 15h00\nLieu : salle 314, bâtiment Exemple, campus de la Source\n",
            "salle 314, bâtiment Exemple, campus de la Source",
        ),
        (
            "Title: Learning to Example\nDate: March 3, 2025, 4pm\nPlace: Example Building, Seminar Room 3B (bring your own lunch)\n",
            "Example Building, Seminar Room 3B",
        ),
        (
            "Title: Learning to Example\nDate: March 3, 2025, 4pm\nRoom: CS 2310 (NOTE: not the usual room!)\n",
            "CS 2310",
        ),
    ] {
        let r = one(text);
        assert_eq!(
            r.event.location.as_ref().and_then(|l| l.text.as_deref()),
            Some(want),
            "{text}"
        );
    }
}

#[test]
fn a_by_line_under_a_two_line_title_names_the_speaker_and_is_no_part_of_the_title() {
    let r = one("\
The 2025 Example Memorial Lecture

Feathered dinosaurs, shouting birds:
how the dinosaurs learned to sing

by Professor Kavya Exampleton-Whitfield

Thursday 6 February 2025, 19:00
");
    assert_eq!(
        titles(&r),
        ["Feathered dinosaurs, shouting birds: how the dinosaurs learned to sing"]
    );
    assert_eq!(speakers(&r)[0].0, "Kavya Exampleton-Whitfield");
}

#[test]
fn a_digest_is_read_as_the_message_that_announces_the_talk() {
    let r = one("\
Subject: EXAMPLE-L Digest - 1 Mar 1998 to 2 Mar 1998

There are 3 messages totalling 40 lines in this issue.

----------------------------------------------------------------------

Date:    Sun, 1 Mar 1998 18:41:07 +0000
From:    Ann Reader <a.reader@example.org>
Subject: Query: evidential markers

I am looking for grammars that distinguish inferred from reported
information. I will post a summary of replies to the list.

------------------------------

Date:    Mon, 2 Mar 1998 10:05:33 +0000
From:    Seminar Secretary <sec@example.org>
Subject: Seminar, Thursday 5 March: Example on clitic climbing

       EXAMPLE LINGUISTICS RESEARCH SEMINAR -- SPRING TERM 1998

Thursday 5 March, 4.15-6.00pm
Room G.07, Example Building

Dr Harriet Example (University of Example)
\"Clitic climbing and restructuring in Old Tuscan\"

------------------------------

Date:    Mon, 2 Mar 1998 16:22:50 +0000
From:    Carl Writer <c.writer@example.org>
Subject: CFP: Workshop on Romance Diachrony (deadline 15 April)

Abstracts are invited for 30-minute talks. Send them by 15 April 1998.

------------------------------

End of EXAMPLE-L Digest
");
    assert_eq!(
        titles(&r),
        ["Clitic climbing and restructuring in Old Tuscan"]
    );
    assert_eq!(
        speakers(&r),
        [("Harriet Example", Some("University of Example"))]
    );
    assert_eq!(
        r.event.series.as_deref(),
        Some("EXAMPLE LINGUISTICS RESEARCH SEMINAR")
    );
    let w = r
        .event
        .when
        .as_ref()
        .map(|w| (w.start_time.as_deref(), w.end_time.as_deref()));
    assert_eq!(w, Some((Some("16:15"), Some("18:00"))));
    assert!(r.talks.iter().all(|t| {
        t.abstract_
            .as_deref()
            .is_none_or(|a| !a.contains("grammars"))
    }));
}

#[test]
fn a_series_line_names_the_series_and_a_menu_word_is_chrome_only_alone() {
    let r = one("\
Search
Home › Events › Example Physics Colloquium

# Searching for Dark Photons with Superconducting Cavities

Date: Thursday, September 20, 2018
Time: 3:45 PM - 4:45 PM
Location: Example Lecture Hall, Room 1001
Series: Example Physics Colloquium

Speaker: Dr. Ada Example, Example National Laboratory
");
    assert_eq!(
        titles(&r),
        ["Searching for Dark Photons with Superconducting Cavities"]
    );
    assert_eq!(
        r.event.series.as_deref(),
        Some("Example Physics Colloquium")
    );
}

#[test]
fn a_place_goes_on_to_its_street_address_and_city() {
    let table = [
        (
            "Lieu : Amphithéâtre Example, bâtiment B7, campus de Example,\n18 rue des Example, Exampleville\n",
            "Amphithéâtre Example, bâtiment B7, campus de Example, 18 rue des Example, Exampleville",
        ),
        (
            "Location: Example Life Sciences Building, Room 1120\n510 Example Avenue\n",
            // (the line break stands for a comma)
            "Example Life Sciences Building, Room 1120, 510 Example Avenue",
        ),
        (
            "Place: Example Hall, Room 140 (unchanged)\n",
            "Example Hall, Room 140",
        ),
    ];
    for (place, want) in table {
        let text = format!(
            "Seminar: A Talk About Things\n\nSpeaker: Dr. Ada Example\nDate: Monday, May 4, 2026, 4 pm\n{place}"
        );
        let r = one(&text);
        let got = r.event.location.as_ref().and_then(|l| l.text.as_deref());
        assert_eq!(got, Some(want), "{place}");
    }
}

#[test]
fn a_speaker_named_in_prose_takes_the_affiliation_of_their_name_line() {
    let r = one("\
Tomorrow's Example Seminar by Dr. Orla Example has been POSTPONED to
Wednesday, February 16, 2011, 4:00-5:00 PM, in Example Hall, Room 140.

    \"Reading meltwater pulses in sediment cores\"
    Orla Example, Example Bay Oceanographic Institution

Abstract: The collapse of the ice sheet released a series of freshwater
pulses into the sea, and at least one of them weakened the circulation.
");
    assert_eq!(
        speakers(&r),
        [(
            "Orla Example",
            Some("Example Bay Oceanographic Institution")
        )]
    );
}

#[test]
fn panelists_in_stanzas_of_a_name_line_and_a_job_line() {
    let r = one("\
PANEL DISCUSSION

Who Builds the Missing Middle? Housing, Zoning and the Architect's Role

Thursday, April 14, 2016
6:30-8:00 PM
Auditorium 100, Example Hall

PANELISTS

Ada Example-Whitfield, AIA
Principal, Example Studio

Marcus T. Example
Director of Planning, City of Example

Heloise Example
Associate Professor, Example School of Architecture
");
    assert_eq!(
        names(&r),
        [
            "Ada Example-Whitfield",
            "Marcus T. Example",
            "Heloise Example"
        ]
    );
    assert_eq!(
        speakers(&r).get(2).and_then(|(_, a)| *a),
        Some("Example School of Architecture")
    );
}

#[test]
fn two_speakers_share_the_organization_under_their_names() {
    let r = one("\
WHO:    Mariana Example and Dariusz Example
        Department of Linguistics, University of Example

WHAT:   \"Clitic Climbing Without Restructuring\"

WHEN:   Friday, November 6, 1998, 3:30 PM

WHERE:  Example Hall 201
");
    assert_eq!(
        speakers(&r),
        [
            (
                "Mariana Example",
                Some("Department of Linguistics, University of Example")
            ),
            (
                "Dariusz Example",
                Some("Department of Linguistics, University of Example")
            ),
        ]
    );
}

#[test]
fn a_department_line_over_its_institution_makes_one_affiliation() {
    let r = one("\
  Speaker:  Dr. Oswin Tarrant
            Department of Physics
            Example-Lane University

  Title:    Cold Atoms in Warm Rooms

  When:     Tuesday, 4:00 PM
");
    assert_eq!(
        speakers(&r),
        [(
            "Oswin Tarrant",
            Some("Department of Physics, Example-Lane University")
        )]
    );
    // a position over the institution stays a position
    let r = one("\
  Speaker:  Dr. Oswin Tarrant
            Professor of Physics
            Example-Lane University

  Title:    Cold Atoms in Warm Rooms
");
    assert_eq!(
        speakers(&r),
        [("Oswin Tarrant", Some("Example-Lane University"))]
    );
}

#[test]
fn a_table_with_a_dashed_border_lists_the_term() {
    let r = one("\
EXAMPLE READING GROUP -- Spring 2026 schedule
Tuesdays 4:00-5:00 pm, Room 12, Example Hall

Date    Presenter              Paper
------  ---------------------  ---------------------------------------
Feb 3   Ilse Marchetti         \"Sparse probes of dense worlds\"
                               (Journal of Examples, 2025)
Feb 17  -- no meeting (reading week) --
Mar 3   Tomas Valdric-Oyelaran \"Counting what the census missed: a
                               field guide\" (preprint)
");
    assert_eq!(
        titles(&r),
        [
            "Sparse probes of dense worlds",
            "Counting what the census missed: a field guide"
        ]
    );
    assert_eq!(names(&r), ["Ilse Marchetti", "Tomas Valdric-Oyelaran"]);
    let dates: Vec<Option<String>> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.date.clone()))
        .collect();
    assert_eq!(
        dates,
        [Some("2026-02-03".into()), Some("2026-03-03".into())]
    );
    assert_eq!(r.event.series.as_deref(), Some("EXAMPLE READING GROUP"));
}

#[test]
fn a_heading_gives_the_talks_day_and_then_its_title() {
    let r = one("\
# Example Instrument Webinars 2026

Monthly webinars, online via Zoom.

### 2026-01-21 16:00 UTC — Building a cheap open microscope

**Speaker:** Ilse Marchetti (Example Optics Lab)

We describe a printed microscope.

### Open potentiostats from hobby to publication | 18 February 2026, 16:00 UTC

**Speaker:** Tomas Valdric (Example University)

We compare three designs.

### 2026-04-15 16:00 UTC — Topic to be announced

**Speaker:** Ada Oyelaran (Example Group)
");
    assert_eq!(
        titles(&r),
        [
            "Building a cheap open microscope",
            "Open potentiostats from hobby to publication"
        ]
    );
    let slots: Vec<(Option<String>, Option<String>)> = r
        .talks
        .iter()
        .map(|t| {
            let w = t.when.as_ref();
            (
                w.and_then(|w| w.date.clone()),
                w.and_then(|w| w.start_time.clone()),
            )
        })
        .collect();
    assert_eq!(
        slots,
        [
            (Some("2026-01-21".into()), Some("16:00".into())),
            (Some("2026-02-18".into()), Some("16:00".into())),
            (Some("2026-04-15".into()), Some("16:00".into())),
        ]
    );
    assert_eq!(
        r.event.series.as_deref(),
        Some("Example Instrument Webinars")
    );
}

#[test]
fn a_programme_with_a_panel_and_its_keynote_abstracts_below() {
    let r = one("\
# Example Workshop on Careful Counting 2025

## Programme

- **10:00–11:00** Keynote: **\"Counting at National Scale\"** — Ada Oyelaran (Example Statistics Office)
- **11:00–11:30** **\"Sketches Under Skew\"** — Bo Lindqvist (Example University)
- **12:00–13:00** Panel discussion: **\"Counting and the law: friends or foes?\"** with Ada Oyelaran (Example Statistics Office), Cy Marchetti (Example Council) and Di Valdric (Example Forum); moderated by Bo Lindqvist

## Keynote abstracts

**Ada Oyelaran — Counting at National Scale.**
When a statistics office adopts a new method, every design decision becomes a public
negotiation between accuracy, privacy and the law, and this talk tells how one did.
");
    assert_eq!(
        titles(&r),
        [
            "Counting at National Scale",
            "Sketches Under Skew",
            "Counting and the law: friends or foes?"
        ]
    );
    let panel: Vec<&str> = r.talks[2]
        .speakers
        .iter()
        .filter_map(|p| p.name.as_deref())
        .collect();
    assert_eq!(panel, ["Ada Oyelaran", "Cy Marchetti", "Di Valdric"]);
    // the keynote's abstract, without its lead-in, and on the keynote only
    assert!(
        r.talks[0]
            .abstract_
            .as_deref()
            .is_some_and(|a| a.starts_with("When a statistics office")),
        "{:?}",
        r.talks[0].abstract_
    );
    assert_eq!(r.talks[2].abstract_, None);
}

#[test]
fn a_field_list_summary_gives_way_to_the_abstract_section() {
    let r = one("\
Graph models for example materials
##################################

:date: 2025-11-03 10:00
:summary: Ravi Hartwell on graph models for example materials

The Example Materials Seminar welcomes **Dr. Ravi Hartwell**
(Example Modelling Group, Example National Laboratory).

| **When:** Thursday 13 November 2025, 15:00–16:00 (CET)
| **Where:** Room E-122, Example Building

Abstract
========

Graph models trained on large databases can now predict formation energies of
crystals within seconds, and this talk asks how far that gets us in practice.
");
    let t = &r.talks[0];
    assert!(
        t.abstract_
            .as_deref()
            .is_some_and(|a| a.starts_with("Graph models trained")),
        "{:?}",
        t.abstract_
    );
    assert_eq!(
        speakers(&r),
        [(
            "Ravi Hartwell",
            Some("Example Modelling Group, Example National Laboratory")
        )]
    );
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2025-11-13"));
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("15:00"));
}

#[test]
fn a_front_matter_date_gives_the_year_and_the_call_is_not_the_place() {
    let r = one("\
---
title: \"Tea Talk: Why do example bees get lost?\"
date: 2026-02-23
---

**Who:** Dr. Saoirse Example (Example Pollinator Centre)
**When:** Thu, Mar 5 @ 4pm GMT
**Where:** Seminar Room 1, Example Annexe — or join online via Teams
");
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2026-03-05"));
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Seminar Room 1, Example Annexe")
    );
}

#[test]
fn the_lines_under_a_committee_label_name_no_speaker() {
    let r = one("\
                       DOCTORAL DISSERTATION DEFENSE

                            Julian Example
                    Ph.D. Candidate, Public Policy and Management

        \"Local Labor Markets and the Timing of Plant Closings\"

                         Monday, April 1, 1996
                               2:00 PM
                          Example Hall 237

Committee:  Prof. Stanley Example (chair)
            Prof. Madeleine Example-Crane
            Prof. Howard Example, University of Example
");
    assert_eq!(names(&r), ["Julian Example"]);
}

#[test]
fn a_time_and_a_name_over_a_quoted_title_are_a_talk() {
    let r = one("\
                     EXAMPLE ROBOTICS SEMINAR
                   Friday, March 15, 1996, 3:30 - 5:00 pm
                         Example Hall 1302

This week we have two short talks by students.

3:30   Dorothea Example
       \"Mapping Tank Interiors with a Tethered Crawler\"

4:15   Victor Example-Amankwah
       \"Position Estimation for a Rover from Sun Sensors\"
");
    assert_eq!(
        titles(&r),
        [
            "Mapping Tank Interiors with a Tethered Crawler",
            "Position Estimation for a Rover from Sun Sensors"
        ]
    );
    assert_eq!(names(&r), ["Dorothea Example", "Victor Example-Amankwah"]);
}

#[test]
fn a_name_with_its_department_under_it_beats_a_title_that_reads_as_a_name() {
    let r = one("\
                          VISION SEMINAR
                      Monday, October 3, 1994
                         3:30-4:30pm
                          Example Hall 129

              Recovering Shape from Specular Highlights
                     Under Unknown Illumination

                        RUTH ANN EXAMPLE
              Department of Computer Science, Example University

Shiny surfaces defeat most shape-from-shading methods, which assume
Lambertian reflectance, and this talk shows what can be done instead.
");
    assert_eq!(names(&r), ["RUTH ANN EXAMPLE"]);
}

#[test]
fn a_timetable_export_with_arrows_durations_and_a_zone_line() {
    let r = one("\
Example Workshop on Careful Counting 2026
12 May 2026
Auditorium B, Example Laboratory
Europe/Zurich timezone

Tuesday 12 May 2026

09:00 -> 09:20   Welcome and practical information                20m

09:20 -> 10:40   Session 1: Counting
    09:20   Graph models for careful counting in crowded halls    40m
            Speaker: Dr. Yusuf Example (Example Institute)
    10:00   Learning the response of slow counters                40m
            Speaker: Lea Example (Example University)

10:50 -> 12:10   Session 2: Outlook
    11:50   Closing remarks   20m
");
    assert_eq!(
        titles(&r),
        [
            "Graph models for careful counting in crowded halls",
            "Learning the response of slow counters"
        ]
    );
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("09:00"));
    assert_eq!(w.and_then(|w| w.end_time.as_deref()), Some("12:10"));
    assert_eq!(w.and_then(|w| w.timezone.as_deref()), Some("Europe/Zurich"));
}

#[test]
fn a_schedule_of_titles_with_the_speakers_section_below() {
    let r = one("\
# Example Meetup #27

Tuesday, 18 March 2025 · 6:30 PM to 9:00 PM GMT

| Time  | What |
|-------|------|
| 18:30 | Doors open |
| 19:00 | Talk 1: Cancellation Is a Feature in Async Code |
| 20:10 | Lightning talk: Bindings in Ten Minutes |
| 21:00 | Close |

## Speakers

**Imogen Example** — Staff Engineer at Example Systems

**Cancellation Is a Feature in Async Code**

Dropping a future cancels it, which is either a superpower or a footgun depending
on who you ask, and this talk walks through the bugs we hit.

**Tomas Example**, freelance developer

**Bindings in Ten Minutes**

A lightning tour of calling compiled code from the browser: exporting a function, passing
strings and arrays without tears, and keeping the bundle small.
");
    assert_eq!(
        titles(&r),
        [
            "Cancellation Is a Feature in Async Code",
            "Bindings in Ten Minutes"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Imogen Example", Some("Example Systems")),
            ("Tomas Example", None)
        ]
    );
    assert!(
        r.talks[1]
            .abstract_
            .as_deref()
            .is_some_and(|a| a.starts_with("A lightning tour")),
        "{:?}",
        r.talks[1].abstract_
    );
}

#[test]
fn a_french_lecture_page() {
    let r = one("\
Conférence : « Les archives du climat : ce que les registres nous apprennent »

Par Mme Hélène Exemple, professeure d'histoire moderne

Date : jeudi 16 octobre 2025, de 18 h 30 à 20 h
Lieu : Amphithéâtre Exemple, bâtiment C

L'intervenante
Hélène Exemple est professeure d'histoire moderne et membre du laboratoire Exemple. Elle
a consacré sa thèse aux crises de subsistance et coordonne un programme collaboratif.
");
    assert_eq!(
        titles(&r),
        ["Les archives du climat : ce que les registres nous apprennent"]
    );
    assert_eq!(names(&r), ["Hélène Exemple"]);
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.start_time.as_deref()), Some("18:30"));
    assert_eq!(w.and_then(|w| w.end_time.as_deref()), Some("20:00"));
    assert!(r.talks[0].speakers[0].bio.is_some());
}

#[test]
fn a_lead_in_line_is_not_the_events_name() {
    let r = one("\
Dear colleagues,

The School of Example warmly invites you to the

    Example Materials Down Under: A Winter Mini-Symposium

Date:   Thursday 18 June 2026
Time:   9.30am - 1.00pm AEST

PROGRAM

 9.40am   \"Moire magnets: engineering frustration one twist at a time\"
          A/Prof Liam Example (University of Example)

10.20am   \"Growing example metals at the wafer scale\"
          Dr Mei-Ling Example, Example Materials Laboratory
");
    assert_eq!(names(&r), ["Liam Example", "Mei-Ling Example"]);
    assert_eq!(
        r.event.title.as_deref(),
        Some("Example Materials Down Under: A Winter Mini-Symposium")
    );
}

#[test]
fn a_rescheduled_talk_takes_the_new_place_set_out_below() {
    let r = one("\
*** RESCHEDULED - NEW DATE AND ROOM ***

Please note that the seminar by Dr. Kofi Example, originally scheduled for
Tuesday, December 2, 2025 in Example Hall 210, has been postponed because of the
speaker's travel disruption. It will now take place on:

    Thursday, December 4, 2025
    3:30 - 4:30 p.m. CT
    Example Health Sciences Building, Room B-118

Title:    Borrowing Strength Across Example Trials
");
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Example Health Sciences Building, Room B-118")
    );
    let w = r.event.when.as_ref();
    assert_eq!(w.and_then(|w| w.date.as_deref()), Some("2025-12-04"));
}

#[test]
fn a_pages_one_top_heading_under_its_chrome_is_the_title() {
    let html = "\
<html><body>
<div class=\"site-name\"><a href=\"/\">Electrical &amp; Example Engineering</a></div>
<ul class=\"menu\"><li><a href=\"/about\">About</a></li><li><a href=\"/people\">People</a></li></ul>
<span class=\"event-type\">Example Distinguished Colloquium</span>
<h1 class=\"page-title\">Analog In-Memory Computing: Where the Physics Fights Back</h1>
<div><span class=\"label\">Date:</span> Tuesday, December 10, 2024</div>
<div><span class=\"label\">Speaker:</span> Prof. Rosalind Example, Example University</div>
</body></html>
";
    let mut records = extract(html.as_bytes(), "shape.html", &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e:?}"));
    assert_eq!(records.len(), 1);
    let r = records.remove(0);
    assert_eq!(
        titles(&r),
        ["Analog In-Memory Computing: Where the Physics Fights Back"]
    );
}

#[test]
fn a_labelled_list_of_speakers_goes_on_at_an_and_on_the_next_line() {
    let r = one("\
Presenters: Dr. Ingrid Example (Research Computing, University of Example)
and Marcus Example-Byrne (Example Genomics)
Date: Wednesday, April 22, 2026
");
    assert_eq!(
        speakers(&r),
        [
            (
                "Ingrid Example",
                Some("Research Computing, University of Example")
            ),
            ("Marcus Example-Byrne", Some("Example Genomics"))
        ]
    );
}

#[test]
fn a_newsletter_sets_out_each_seminar_in_a_stanza() {
    let r = one("\
EXAMPLE SCIENCES WEEKLY  |  Issue 2025/06 - week of 13 October 2025

CONDENSED MATTER SEMINAR
Monday 13 October, 12:00-13:00, Room 2.14, Example Wing
Dr Ada Example, Nordlys University
\"Flat bands and fragile topology in twisted trilayer graphene\"
Twisted multilayers host flat electronic bands whose topology is not captured by
standard symmetry indicators. I will present transport data on trilayer devices
that reveal fragile topological phases and discuss how strain tunes them.

ASTROPHYSICS COLLOQUIUM
Tuesday 14 October, 16:00-17:00, Lecture Theatre 1 (Example Building)
Prof. Ravi Exampleton (Kestrel Institute for Astronomy)
\"The quiet lives of dwarf galaxies in the epoch of reionization\"
Host: Dr Fiona Example

QUANTUM INFORMATION GROUP SEMINAR
Wednesday 15 October, 14:00-15:00, Seminar Room G.07, Example Building
Speaker: Mr Joan Example - PhD student, University of Example
Title: Error mitigation for analogue quantum simulators
");
    assert_eq!(
        titles(&r),
        [
            "Flat bands and fragile topology in twisted trilayer graphene",
            "The quiet lives of dwarf galaxies in the epoch of reionization",
            "Error mitigation for analogue quantum simulators",
        ]
    );
    assert_eq!(
        names(&r),
        ["Ada Example", "Ravi Exampleton", "Joan Example"]
    );
    assert_eq!(
        dates(&r),
        [
            (Some("2025-10-13"), Some("12:00")),
            (Some("2025-10-14"), Some("16:00")),
            (Some("2025-10-15"), Some("14:00")),
        ]
    );
}

#[test]
fn a_panel_line_with_its_time_opens_a_card_with_its_panelists() {
    let r = one("\
Mon 2026-10-05, 10:00-11:00
  Prof. Ada Example, Department of Marine Technology, Example University
  \"Persistent Autonomy for Under-Ice Exploration\"

Tue 2026-10-06, 09:00-10:00
  Dr. Ben Example, Example Oceanographic Institution
  \"Learning to Map the Seafloor with Swarms of Low-Cost Robots\"

PANEL (Wed 2026-10-07, 11:00-12:00)
  \"Open Data for Ocean Robotics: Who Pays and Who Benefits?\"
  Panelists: Cora Example (Example Hydrographic Service),
             Dr. Dan Example (Example University of Technology),
             Eve Example (Example Oceanographic Institution)
  Moderator: Prof. Finn Example
");
    assert_eq!(titles(&r).len(), 3);
    assert_eq!(
        r.talks[2]
            .speakers
            .iter()
            .map(|p| p.name.as_deref().unwrap_or(""))
            .collect::<Vec<_>>(),
        ["Cora Example", "Dan Example", "Eve Example"]
    );
    assert_eq!(dates(&r)[2], (Some("2026-10-07"), Some("11:00")));
}

#[test]
fn a_newsletter_section_headed_series_colon_title_names_both() {
    let r = one_md(
        "\
# Example Society Newsletter – June 2023

Dear members,

## Example Webinar Series: Rivers and Empire

Wednesday 14 June 2023, 16:00–17:30 CEST

16:00 – Dr Ada Example (Institute of Global History, University of Example)
Taming the Volta? Colonial hydraulic engineering and its afterlives

This paper follows three generations of engineers who planned dams on the river, from
early colonial surveys to the great dam project, and argues that their plans outlived the
colonial state and shaped development planning after independence.

16:40 – Dr Ben Example (Centro de Historia, Universidad de Example)
Rivers as borders: the making of a frontier

## News from the Board

Please forward this newsletter to anyone who may be interested.
",
    );
    assert_eq!(r.event.series.as_deref(), Some("Example Webinar Series"));
    assert_eq!(r.event.title.as_deref(), Some("Rivers and Empire"));
    assert_eq!(titles(&r).len(), 2);
    assert!(
        r.talks[0]
            .abstract_
            .as_deref()
            .is_some_and(|a| a.starts_with("This paper follows"))
    );
}

#[test]
fn a_speaker_takes_the_organization_bracketed_after_their_name_elsewhere() {
    let r = one("\
Ultrakalte Moleküle als Quantensimulatoren

Vortrag von Prof. Dr. Katharina Example (Universität Example) am Dienstag, 14. Januar 2025.

Speaker: Prof. Dr. Katharina Example
Zeit: 16:15 Uhr
Ort: Hörsaal 1
");
    assert_eq!(
        speakers(&r),
        [("Katharina Example", Some("Universität Example"))]
    );
}

#[test]
fn a_position_then_a_unit_over_its_institution_make_one_affiliation() {
    let r = one("\
Department of Medicine Grand Rounds

Thursday, March 7, 2024, 7:30 - 8:30 a.m.
Example Auditorium, Room 110

\"Antifungal Stewardship in the Transplant Unit\"

Gabriela Example, MD, MPH
Associate Professor of Medicine
Division of Infectious Diseases
Example School of Medicine

Invasive fungal infections remain a leading cause of death after transplantation, and we
will review the evidence for stewardship programmes in transplant units and their results.
");
    assert_eq!(
        speakers(&r),
        [(
            "Gabriela Example",
            Some("Division of Infectious Diseases, Example School of Medicine")
        )]
    );
}

#[test]
fn a_timetable_copied_with_tabs_reads_as_rows() {
    let r = one("\
Summer School 2023: Remote Sensing for Example Forests

Monday, 10 July 2023
08:30 - 09:00\tWelcome and introductions
09:00 - 10:30\tLecture: Fundamentals of optical remote sensing\tDr. Ana Example, Universidad Example
10:30 - 11:00\tCoffee break
11:00 - 12:30\tLecture: LiDAR and the structure of forests\tProf. Ben Example, University of Example
12:30 - 14:00\tLunch
");
    assert_eq!(
        titles(&r),
        [
            "Fundamentals of optical remote sensing",
            "LiDAR and the structure of forests"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Ana Example", Some("Universidad Example")),
            ("Ben Example", Some("University of Example"))
        ]
    );
}

#[test]
fn a_page_name_is_not_its_skip_link_or_login_bar_or_own_section() {
    let r = one_md(
        "\
Skip to content

Log in Sign up

# Example Rust Night (April 2024)

Thursday, April 18, 2024, 7:00 PM – 9:30 PM CEST

Example Lab, Examplestraße 12, Berlin

## Talks

- 19:15 — Ada Example (Example Logistics): Async on microcontrollers
- 20:00 — Ben Example (Example GmbH): Embedded testing in practice
",
    );
    assert_eq!(
        r.event.title.as_deref(),
        Some("Example Rust Night (April 2024)")
    );
}

#[test]
fn a_performer_named_after_their_instrument_is_the_speaker() {
    let r = one("\
The Department of Music presents pianist Ludmila Example in a faculty recital
on Tuesday, March 28, at 8:00 p.m. in the Example Concert Hall.

The Department of Music is pleased to announce a master class with
violinist Svetlana Example on Thursday, December 1, at 2:00 p.m.
");
    assert_eq!(names(&r).first(), Some(&"Ludmila Example"));
}

#[test]
fn a_candidate_who_will_defend_a_thesis_is_the_speaker() {
    let r = one("\
PH.D. THESIS DEFENSE

Ngozi Example will defend her thesis, \"Regulation of Axon Guidance Receptors
by Endocytosis in the Example Embryo,\" on Thursday, December 5, at 12:30 PM
in Example Institute, Room 355.
");
    assert_eq!(names(&r), ["Ngozi Example"]);
}

#[test]
fn a_term_listing_of_dated_names_over_their_titles() {
    let r = one("\
Example Topology Reading Group -- Spring 2012
=============================================

We meet on Fridays, 1:00-2:00pm, in Room 5-134 (Example Mathematics Building).

Schedule
--------

  Fri Jan 20   Marcus Example
               Heegaard diagrams and why we want a knot invariant

  Fri Jan 27   Lucia Example-Stahl
               The chain complex: generators, domains and the grading

  Fri Feb 17   -- no meeting (department open day) --

  Fri Feb 24   Prof. Helen Example (visiting from Example University)
               Detecting genus and fiberedness
");
    assert_eq!(
        titles(&r),
        [
            "Heegaard diagrams and why we want a knot invariant",
            "The chain complex: generators, domains and the grading",
            "Detecting genus and fiberedness"
        ]
    );
    assert_eq!(
        names(&r),
        ["Marcus Example", "Lucia Example-Stahl", "Helen Example"]
    );
}

#[test]
fn a_letterhead_gives_way_to_the_meeting_its_programme_is_for() {
    let r = one("\
Centre for Example Computation
Home | People | Research | Events | Contact

SPRING SYMPOSIUM ON COMPUTATIONAL EXAMPLES 2014

Date: Friday 25 April 2014
Time: 9.00am – 4.30pm

PROGRAMME

09.40 – 10.20  Dr Ada Example (University of Example): Grid cells and path integration
10.20 – 11.00  Prof. Ben Example (Example Institute): Sparse codes in the olfactory bulb
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("SPRING SYMPOSIUM ON COMPUTATIONAL EXAMPLES 2014")
    );
}

#[test]
fn an_agenda_item_with_its_speaker_in_italics_under_the_title() {
    let r = one_md(
        "\
# Example Meetup #14 — Testing Research Code

- **Date:** Wed 19 May 2021
- **Time:** 16:00–17:30 UTC

## Agenda

1. 16:00 — Welcome & community news
2. 16:10 — **Property-based testing for numerical libraries**
   *Dr. Ada Example, Research Software Group, University of Example*
   Example-based unit tests only check the cases we thought of.
3. 16:35 — **Regression tests for a climate model**
   *Ben Example (Example Climate Computing Centre)*
",
    );
    assert_eq!(
        titles(&r),
        [
            "Property-based testing for numerical libraries",
            "Regression tests for a climate model"
        ]
    );
    assert_eq!(names(&r), ["Ada Example", "Ben Example"]);
}

#[test]
fn a_timed_title_over_its_speakers_line_and_abstract() {
    let r = one("\
MS38 Low-Rank Tensor Methods - Part I of II
Tuesday, April 12, 2016, 10:30 AM - 12:30 PM

10:30-10:55 Riemannian Optimization on the Tensor Train Manifold
Ada Example, Example University, Germany

Abstract. We consider the minimization of a smooth function over the
manifold of tensors of fixed tensor-train rank and prove convergence.

11:00-11:25 Alternating Minimal Energy Methods for Parabolic Problems
Ben Example, University of Example, Ireland

Abstract. Time-stepping schemes for high-dimensional parabolic equations
require the solution of a linear system at every step.
");
    assert_eq!(
        titles(&r),
        [
            "Riemannian Optimization on the Tensor Train Manifold",
            "Alternating Minimal Energy Methods for Parabolic Problems"
        ]
    );
    assert_eq!(names(&r), ["Ada Example", "Ben Example"]);
    assert!(r.talks.iter().all(|t| t.abstract_.is_some()));
}

#[test]
fn a_page_timetable_of_time_lines_titles_durations_and_speaker_labels() {
    let r = one_md(
        "\
# Workshop on Example Diagnostics

## Monday 18 June 2018

- 09:00 → 09:15

Welcome and introduction

15m

- 09:15 → 10:00

Longitudinal phase-space diagnostics at sub-femtosecond resolution 45m

Speaker: Dr Ada Example (Example Light Source)

- 10:00 → 10:30

Coffee break

- 10:30 → 11:00

Cavity beam position monitors with nanometre resolution

30m

Speaker: Dr Ben Example (Example Synchrotron Facility)

- 11:00 → 11:30

Summary and closing
",
    );
    assert_eq!(
        titles(&r),
        [
            "Longitudinal phase-space diagnostics at sub-femtosecond resolution",
            "Cavity beam position monitors with nanometre resolution"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Ada Example", Some("Example Light Source")),
            ("Ben Example", Some("Example Synchrotron Facility"))
        ]
    );
}

#[test]
fn a_labelled_thesis_title_cut_at_an_open_word_goes_on() {
    let r = one("\
Two public PhD thesis defenses on March 3, 2025, in Example Hall, Room 3-210.

--------------------------------------------------------------------
10:00 a.m. - 11:30 a.m.

Candidate: Ada Example
Thesis: Electrochemical Reduction of Nitrate to Ammonia on
Copper-Based Single-Atom Catalysts
Advisor: Prof. Ben Example
--------------------------------------------------------------------
2:00 p.m. - 3:30 p.m.

Candidate: Cora Example
Thesis: Transport of Deformable Capsules in Microfluidic Networks
Advisor: Prof. Dan Example
");
    assert_eq!(
        titles(&r),
        [
            "Electrochemical Reduction of Nitrate to Ammonia on Copper-Based Single-Atom Catalysts",
            "Transport of Deformable Capsules in Microfluidic Networks"
        ]
    );
}

#[test]
fn a_french_defence_page_names_its_candidate_and_thesis_title() {
    let r = one_md(
        "\
# Soutenance de thèse de Julien Example

- Date: Le vendredi 21 novembre 2025 à 14h30
- Lieu: Amphithéâtre B12, Maison de la Recherche, Toulouse

Julien Example, doctorant au laboratoire Example, soutiendra sa thèse de doctorat en sociologie.

## Titre de la thèse

« Travailler la nuit : rythmes sociaux et santé des soignants »

## Composition du jury

- Mme Nathalie Example, Université Example – rapporteure
- M. Paul Example, Université Example – directeur de thèse
",
    );
    assert_eq!(names(&r), ["Julien Example"]);
    assert_eq!(
        titles(&r),
        ["Travailler la nuit : rythmes sociaux et santé des soignants"]
    );
}

#[test]
fn a_programme_takes_the_meeting_its_opening_sentence_names() {
    let r = one("\
Dear colleagues,

The programme for this year's **Workshop on Computational Approaches to
Example Music** is now online. Attendance is free.

Programme

Thursday 5 June 2025

09:45-10:45 Keynote: Dr. Anna Vell (Example University) - Counting voices in old songs
11:15-11:45 Dr. Piet Oster (Example Institute) - Reading white notation by machine
11:45-12:15 Dr. Sam Achter (Example Conservatoire) - Chant modes from interval counts
");
    assert_eq!(r.talks.len(), 3);
    assert_eq!(
        r.event.title.as_deref(),
        Some("Workshop on Computational Approaches to Example Music")
    );
}

#[test]
fn a_banner_is_named_by_the_meeting_under_its_call() {
    let r = one("\
==============================================================
                     CALL FOR PAPERS
   9th Example Conference on Household Finance and Inequality
        Thursday-Friday, 21-22 May 2026, Lisbon, Portugal
==============================================================

The Example School invites submissions of papers on all aspects of
household finance for the 9th Example Conference.
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("9th Example Conference on Household Finance and Inequality")
    );
}

#[test]
fn a_yearly_lecture_under_a_letterhead_names_the_event() {
    let r = one("\
Example College London, School of Law
THE 2016 EXAMPLE LECTURE IN PUBLIC LAW

\"Parliament, the Courts and the Limits of Emergency Legislation\"

delivered by Professor Rosa Achter QC
Professor of Constitutional Law, Example College London

Tuesday 11 October 2016, 6.00pm - 7.30pm
Council Chamber, Example House, 12 Example Square, London
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("THE 2016 EXAMPLE LECTURE IN PUBLIC LAW")
    );
    assert_eq!(
        r.event.series.as_deref(),
        Some("EXAMPLE LECTURE IN PUBLIC LAW")
    );
}

#[test]
fn a_meetup_heading_with_its_month_is_the_meeting_not_a_series() {
    let r = one("\
# Example Circle June Meetup: Supply-Chain Attacks on npm

Thu, Jun 9, 2022, 6:00 PM - 8:30 PM EDT

Example HQ, 220 King Street West, Toronto

Speaker: Dana Whitlock (Example Security)
Title: Supply-Chain Attacks on npm: Anatomy of Three Incidents
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("Example Circle June Meetup: Supply-Chain Attacks on npm")
    );
    assert_eq!(r.event.series, None);
}

#[test]
fn a_timed_speaker_line_ending_on_a_colon_has_its_title_below() {
    let r = one("\
Workshop \"Digitale Editionen in der Praxis\", Freitag, 16.11.2007

PROGRAMM

10.00 Uhr Dr. Thomas Reinhold (Akademie der Wissenschaften zu Example):
Vom Zettelkasten zur Datenbank. Eine Briefedition im Übergang

10.45 Uhr Kaffeepause

11.15 Uhr Prof. Dr. Ulrike Hammer (Universität Example):
TEI in der Lehre: Studierende edieren Reiseberichte des
18. Jahrhunderts

14.15 Uhr Dr. Sabine Koehler und Dr. Martin Feld (Example):
Eine Edition, drei Ausgaben: Print, Web und PDF aus einer Quelle
");
    assert_eq!(
        titles(&r),
        [
            "Vom Zettelkasten zur Datenbank. Eine Briefedition im Übergang",
            "TEI in der Lehre: Studierende edieren Reiseberichte des 18. Jahrhunderts",
            "Eine Edition, drei Ausgaben: Print, Web und PDF aus einer Quelle",
        ]
    );
    assert_eq!(
        names(&r),
        [
            "Thomas Reinhold",
            "Ulrike Hammer",
            "Sabine Koehler",
            "Martin Feld"
        ]
    );
}

#[test]
fn a_kind_alone_on_a_programme_line_has_its_title_and_people_below() {
    let r = one("\
SECOND WORKSHOP ON DIGITAL PRESERVATION IN SMALL ARCHIVES
Thursday 10 April 2008
Council Chamber, Old Guildhall, 3 Market Square, Exampleton

PROGRAMME

09.30 – 10.00   Registration and coffee
10.15 – 11.15   KEYNOTE ADDRESS
\"Born-digital records in the small repository: where do we start?\"
Professor Alan Pettigrew, School of Information Studies, University of Example
11.15 – 11.45   Coffee
11.45 – 12.30   \"Emulation versus migration: a practical comparison\"
Dr Sunita Varma, Example Film Archive
13.30 – 15.00   TUTORIAL
\"Writing a digital preservation policy in a day\"
Helen Cartwright, Example Records Consultancy
");
    assert_eq!(
        titles(&r),
        [
            "Born-digital records in the small repository: where do we start?",
            "Emulation versus migration: a practical comparison",
            "Writing a digital preservation policy in a day",
        ]
    );
    assert_eq!(
        names(&r),
        ["Alan Pettigrew", "Sunita Varma", "Helen Cartwright"]
    );
    assert_eq!(
        r.event.title.as_deref(),
        Some("SECOND WORKSHOP ON DIGITAL PRESERVATION IN SMALL ARCHIVES")
    );
}

#[test]
fn a_banner_in_capitals_stands_over_its_day_and_venue_line() {
    let r = one("\
SOUTHERN EXAMPLE SYMPOSIUM ON AGRICULTURAL ROBOTICS 2025
Thursday, 4 December 2025 · Example Auditorio, Facultad de Ingeniería,
Universidad del Example, Av. Costanera 2150, Puerto Alvear

PROGRAMME

All times are local (UTC-3). Registration: USD 40 for other participants.

09:15 – 10:00     Prof. Ana Ferreyra (Universidad del Example): Robots in the Vineyard
10:00 – 10:30     Dr. Samuel Otieno (Example Institute): Low-Cost Weed Detection
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("SOUTHERN EXAMPLE SYMPOSIUM ON AGRICULTURAL ROBOTICS 2025")
    );
    let when = r.event.when.as_ref().expect("a date");
    assert_eq!(when.date.as_deref(), Some("2025-12-04"));
    assert_eq!(when.timezone.as_deref(), Some("-03:00"));
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some(
            "Example Auditorio, Facultad de Ingeniería, Universidad del Example, \
             Av. Costanera 2150, Puerto Alvear"
        )
    );
}

#[test]
fn a_weekly_digest_sets_out_one_stanza_per_series() {
    let r = one("\
Hi all,

Here is what is happening in the department this week.

======================================================================
1) CS COLLOQUIUM
======================================================================
Monday, October 13, 2003
4:00 - 5:15 pm, 1404 Example Hall
(coffee and cookies from 3:45 in the 14th floor lounge)

Routing Around Failure: Measurement-Driven Overlay Networks

Dr. Tobias Fenmore
Example Research Labs

======================================================================
2) THEORY SEMINAR
======================================================================
Wednesday, October 15, 2003
12:00 - 1:00 pm, Room 310, Example Computing Center

Approximating Sparsest Cut in Planar Graphs

Wen-Li Oshira
Example Institute of Technology

----------------------------------------------------------------------
Other announcements:
- Nominations for the TA award are due Friday, October 24. Send them to Marisol.
");
    assert_eq!(
        titles(&r),
        [
            "Routing Around Failure: Measurement-Driven Overlay Networks",
            "Approximating Sparsest Cut in Planar Graphs",
        ]
    );
    assert_eq!(names(&r), ["Tobias Fenmore", "Wen-Li Oshira"]);
    let starts: Vec<_> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.start.as_deref()))
        .collect();
    assert_eq!(starts, [Some("2003-10-13T16:00"), Some("2003-10-15T12:00")]);
}

#[test]
fn programme_rows_name_their_people_by_commas() {
    let r = one("\
Programme

| Time | Session |
|---|---|
| 09:40–10:30 | Keynote, Dr. Ingrid Haug (Example Institute for Water Research), Twenty years of shallow-water solvers |
| 10:30–10:50 | Coupled 1D/2D modelling of surcharged sewer networks, P. Nwachukwu, L. Brereton (University of Example) |
| 10:50–11:10 | Roughness calibration from crowd-sourced flood photographs, Sunita Raghavan, Oliver Penhal |
| 11:10–11:40 | Coffee break |
| 11:40–12:00 | Growing Type: L-systems for Variable Fonts — Hana Oyelo (Example Type Foundry) |
");
    assert_eq!(
        titles(&r),
        [
            "Twenty years of shallow-water solvers",
            "Coupled 1D/2D modelling of surcharged sewer networks",
            "Roughness calibration from crowd-sourced flood photographs",
            "Growing Type: L-systems for Variable Fonts",
        ]
    );
    assert_eq!(
        names(&r),
        [
            "Ingrid Haug",
            "P. Nwachukwu",
            "L. Brereton",
            "Sunita Raghavan",
            "Oliver Penhal",
            "Hana Oyelo"
        ]
    );
}

#[test]
fn an_event_page_keeps_its_own_day_and_venue_over_a_list_of_similar_events() {
    let r = one("\
# Backend Night #23: Zero-downtime Postgres migrations

Hosted by Lena Hoffmann and 2 others

Talk: Zero-downtime schema migrations on a 4 TB Postgres cluster

Speaker: Kemal Aydin, Staff Engineer at Parcelbird

Tuesday, November 12, 2019

7:00 PM to 9:30 PM GMT+1

Kesselhaus Coworking

Lindenstraße 40 · Berlin

### Similar events nearby

- Wed, Nov 13, 2019, 7:00 PM Kotlin User Group Berlin: Coroutines deep dive
- Thu, Nov 21, 2019, 6:30 PM Berlin Go Meetup
");
    assert_eq!(
        r.event.title.as_deref(),
        Some("Backend Night #23: Zero-downtime Postgres migrations")
    );
    assert_eq!(r.event.series, None);
    let when = r.event.when.as_ref().expect("a date");
    assert_eq!(when.date.as_deref(), Some("2019-11-12"));
    assert_eq!(
        r.event.location.as_ref().and_then(|l| l.text.as_deref()),
        Some("Kesselhaus Coworking Lindenstraße 40 · Berlin")
    );
}

#[test]
fn a_talk_announced_in_prose_keeps_its_day_over_later_meetings() {
    let r = one("\
## Example & District Classical Association

### Autumn Lecture

The first meeting of the new season will be held on **Thursday 10 October 2002**
at **8.15pm** in **Lecture Room 2, Old Schools, Castle Street, Exampleton**.
Coffee will be served from 7.45pm.

Dr Miriam Achter (Department of Classics, University of Example) will speak on

> **\"Yours, in haste\": Cicero, Pliny and the art of the Roman letter**

Some nine hundred letters of Cicero survive, written to friends and allies.

**Later this season:** Professor Alan Kestrel on *Greek vase painters and their
signatures* (Thursday 14 November 2002) and our annual reading of Greek drama.
");
    assert_eq!(
        titles(&r),
        ["\"Yours, in haste\": Cicero, Pliny and the art of the Roman letter"]
    );
    let when = r.event.when.as_ref().expect("a date");
    assert_eq!(when.start.as_deref(), Some("2002-10-10T20:15"));
}

#[test]
fn a_reading_group_term_list_names_who_leads_each_session() {
    let r = one("\
Date: Fri, 2 Oct 2009 17:30:22 +0100
Subject: Causal Inference Reading Group - Michaelmas schedule

Hi everyone,

The Causal Inference Reading Group is back! We meet on Wednesdays,
12.30-1.30, in the Seminar Room.

Schedule for this term:

  Wed 7 Oct    Potential outcomes refresher
               Led by: Jia Wen Tan
               Reading: Rubin (1974), J. Educ. Psych.

  Wed 14 Oct   Causal diagrams and the back-door criterion
               Led by: Tomasz Wierzba
               Reading: Pearl (1995), Biometrika

  Wed 21 Oct   Instrumental variables without tears
               Led by: Aoife Gallagh
");
    assert_eq!(
        titles(&r),
        [
            "Potential outcomes refresher",
            "Causal diagrams and the back-door criterion",
            "Instrumental variables without tears",
        ]
    );
    assert_eq!(
        names(&r),
        ["Jia Wen Tan", "Tomasz Wierzba", "Aoife Gallagh"]
    );
    assert_eq!(r.event.title, None);
}

#[test]
fn a_talks_mail_sets_out_day_place_speaker_and_title_in_stanzas() {
    let r = one("\
Subject: TALKS NEXT WEEK

Two talks of interest to cognitive scientists next week:

LINGUISTICS COLLOQUIUM
Monday, April 23, 2001, 3:30 PM
Room 205, Example Hall

Dr. Beatrix Halvor
University of Example

PROSODIC CUES TO SYNTACTIC BOUNDARIES IN CHILD-DIRECTED SPEECH

COGNITIVE SCIENCE BROWN BAG
Thursday, April 26, 2001, 12:15-1:15 PM
Example Library, Room 4 (basement)

Marco Pellegrin
Department of Psychology

WHAT EYE MOVEMENTS TELL US ABOUT READING IN A SECOND LANGUAGE
");
    assert_eq!(
        titles(&r),
        [
            "PROSODIC CUES TO SYNTACTIC BOUNDARIES IN CHILD-DIRECTED SPEECH",
            "WHAT EYE MOVEMENTS TELL US ABOUT READING IN A SECOND LANGUAGE",
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Beatrix Halvor", Some("University of Example")),
            ("Marco Pellegrin", Some("Department of Psychology")),
        ]
    );
}

#[test]
fn past_sessions_listed_after_a_webinar_are_not_its_talks() {
    let r = one("\
Data Governance Webinar Series

Retention Schedules for the Cloud Era: Lessons from a Municipal Migration

Wednesday, September 21, 2022
1:00 - 2:00 p.m. Eastern Time

PRESENTER
Dolores Vancamp, Director of Records Management, City of Example Springs

MISSED A WEBINAR? Recordings are available to members:
  - July 20, 2022 -- \"Email Is a Record, Too\" (Marcus Oyelo)
  - August 17, 2022 -- \"Building a Data Catalog on a Shoestring\" (Ingrid Talvi)
");
    assert_eq!(
        titles(&r),
        ["Retention Schedules for the Cloud Era: Lessons from a Municipal Migration"]
    );
    assert_eq!(names(&r), ["Dolores Vancamp"]);
}

#[test]
fn a_programme_table_lists_a_sessions_talks_in_one_cell() {
    let r = extract(
        br#"<html><body><h1>Eleventh Example Symposium on Computational Chemistry</h1>
<table>
<tr><th colspan="2">Thursday, October 21, 2010</th></tr>
<tr><td>9:00-10:00 a.m.</td><td><b>Plenary Lecture</b><br />Prof. Margarethe Lindahl, Example Institute of Technology<br /><i>Electronic Structure at Scale: Lessons from a Decade</i></td></tr>
<tr><td>10:00-10:20 a.m.</td><td>Coffee break</td></tr>
<tr><td>10:20 a.m.-12:00 p.m.</td><td><b>Session I: Biomolecular Simulation</b> (Chair: Prof. Dale Hutch)<br />
10:20 <i>Enhanced Sampling of Ion Channel Gating</i> - Ravi Subram, Example University<br />
10:45 <i>Coarse-Grained Models of Amyloid Aggregation</i> - Beatriz Collad, Example State College</td></tr>
<tr><th colspan="2">Friday, October 22, 2010</th></tr>
<tr><td>9:00-10:00 a.m.</td><td><b>Keynote</b><br />Dr. Anand Raghun, Example National Laboratory<br /><i>Machine-Learned Potentials: Promise and Pitfalls</i></td></tr>
</table></body></html>"#,
        "program.html",
        &Options::default(),
    )
    .unwrap_or_else(|e| panic!("{e:?}"))
    .remove(0);
    assert_eq!(
        titles(&r),
        [
            "Electronic Structure at Scale: Lessons from a Decade",
            "Enhanced Sampling of Ion Channel Gating",
            "Coarse-Grained Models of Amyloid Aggregation",
            "Machine-Learned Potentials: Promise and Pitfalls",
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            (
                "Margarethe Lindahl",
                Some("Example Institute of Technology")
            ),
            ("Ravi Subram", Some("Example University")),
            ("Beatriz Collad", Some("Example State College")),
            ("Anand Raghun", Some("Example National Laboratory")),
        ]
    );
    let starts: Vec<_> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.start.as_deref()))
        .collect();
    assert_eq!(
        starts,
        [
            Some("2010-10-21T09:00"),
            Some("2010-10-21T10:20"),
            Some("2010-10-21T10:45"),
            Some("2010-10-22T09:00"),
        ]
    );
}

#[test]
fn a_registration_deadline_in_french_is_not_the_seminar_day() {
    let r = one("\
De : Centre de recherche <cerdi@example.fr>
À : seminaire@example.fr
Date : lun. 3 mars 2025 à 09:12
Objet : [Séminaire DIP] Séance du 13 mars

Chères et chers collègues,

Nous avons le plaisir de vous convier à la prochaine séance du Séminaire de
droit international privé, qui se tiendra le jeudi 13 mars 2025, de 16h00 à 18h00,
en salle Cujas (2e étage), Faculté de droit, Université d'Example.

Pour des raisons de sécurité, merci de vous inscrire avant le mardi 11 mars 2025
auprès de cerdi@example.fr.
");
    let when = r.event.when.as_ref().expect("a date");
    assert_eq!(when.start.as_deref(), Some("2025-03-13T16:00"));
}

#[test]
fn a_term_list_at_the_margin_names_who_leads_each_session() {
    let r = one("\
Date: Fri, 2 Oct 2009 17:30:22 +0100
Subject: Causal Inference Reading Group - Michaelmas schedule

Schedule for this term:

Wed 7 Oct 2009 Potential outcomes refresher
Led by: Jia Wen Tan
Reading: Rubin (1974), J. Educ. Psych.

Wed 14 Oct 2009 Causal diagrams and the back-door criterion
Led by: Tomasz Wierzba
");
    assert_eq!(
        titles(&r),
        [
            "Potential outcomes refresher",
            "Causal diagrams and the back-door criterion"
        ]
    );
    assert_eq!(names(&r), ["Jia Wen Tan", "Tomasz Wierzba"]);
}

#[test]
fn pasted_headers_without_a_sender_date_the_mail_not_the_event() {
    let r = one("\
Date : lun. 3 mars 2025 à 09:12
Objet : [Séminaire DIP] Séance du 13 mars

Chères et chers collègues,

Nous avons le plaisir de vous convier à la prochaine séance, qui se tiendra
le jeudi 13 mars 2025, de 16h00 à 18h00, en salle Cujas.
");
    let when = r.event.when.as_ref().expect("a date");
    assert_eq!(when.start.as_deref(), Some("2025-03-13T16:00"));
}

#[test]
fn a_star_marks_the_presenting_author_when_the_page_says_so() {
    let r = one("\
Session 3B: Computational Social Science II

Each paper: 20 min talk + 5 min Q&A. * = presenting author.

13:30 Exposure Diversity in Forty Million News Feed Sessions
Rahul Venkat* (Example Polytechnic Institute), Saskia de Boer (Example Polytechnic Institute)

13:55 Measuring Neighbourhood Cohesion from Mobility Traces
Ana Lourenco (Universidade de Example), Diego Salce* (Instituto Example de Datos)
");
    assert_eq!(names(&r), ["Rahul Venkat", "Diego Salce"]);
}

#[test]
fn programme_entries_wrapped_under_their_time() {
    // "Name (Affiliation): Title that" over the rest of the title, a
    // keynote's badge in capitals, a title that opens on "Breakdown"
    let text = "Example Workshop on Spatial Things\nFriday 8 September 2017\n\nPROGRAMME\n\n\
09:00-09:15  Welcome (Organising committee)\n\
09:15-10:15  KEYNOTE  Ada Example (Example University): Breakdown\n             points for kriging, twenty years on\n\
10:15-10:45  Bea Sample (Example Institute): Median-based\n             variograms for contaminated sensor networks\n\
10:45-11:15  Coffee break\n\
11:15-12:00  PANEL  \"What should robustness mean for spatial data?\"\n             Panellists: Ada Example, Bea Sample\n";
    let r = one(text);
    assert_eq!(
        titles(&r),
        [
            "Breakdown points for kriging, twenty years on",
            "Median-based variograms for contaminated sensor networks",
            "What should robustness mean for spatial data?",
        ]
    );
}

#[test]
fn programme_entries_that_open_on_their_speaker() {
    let text = "EXAMPLE INSTITUTE FOR BRAIN SCIENCES\nSpring 2005 Mini-Symposium\n\n\
      DENDRITES AND CIRCUITS:\n      A MINI-SYMPOSIUM ON COMPUTATIONAL NEUROSCIENCE\n\n\
      Friday, April 22, 2005, 1:00 - 5:15 p.m.\n\nPROGRAM\n\n\
1:00   Welcome -- Prof. Ada Example, Director\n\n\
1:10   Dr. Bea Sample, Example University\n       \"Dendritic spikes as coincidence detectors in layer 5\n        pyramidal neurons\"\n\n\
3:15   Prof. Cy Example\n       Department of Physiology, Example University\n       \"Inhibitory motifs and the stability of cortical circuits\"\n\n\
4:15   Dr. W. L. Okafor (Example Computing Research Center)\n       \"Simulating a cortical column on a cluster\"\n\n\
5:00   Closing remarks and reception\n";
    let r = one(text);
    assert_eq!(
        titles(&r),
        [
            "Dendritic spikes as coincidence detectors in layer 5 pyramidal neurons",
            "Inhibitory motifs and the stability of cortical circuits",
            "Simulating a cortical column on a cluster",
        ]
    );
    assert_eq!(
        r.event.title.as_deref(),
        Some("DENDRITES AND CIRCUITS: A MINI-SYMPOSIUM ON COMPUTATIONAL NEUROSCIENCE")
    );
}

#[test]
fn table_cells_with_a_label_before_the_speaker_and_a_note_under_the_title() {
    let text = "<html><body><h1>Example Workshop 1999</h1>\n<p>Saturday, April 17, 1999</p>\n\
<table>\n<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>\n\
<tr><td>9:30-10:30</td><td><b>Invited speaker:</b> Ada Example<br>Linguistics Dept., Example University</td><td>Parsing as Deduction, Ten Years Later</td></tr>\n\
<tr><td>10:30-11:00</td><td>Dr Bea Sample<br>Centro de Matemática Aplicada, Sevarra</td><td>Optimal transport for ocean tracer data<br><b>Note: joint with the Fluids Group</b></td></tr>\n\
</table></body></html>\n";
    let r = one(text);
    assert_eq!(
        titles(&r),
        [
            "Parsing as Deduction, Ten Years Later",
            "Optimal transport for ocean tracer data"
        ]
    );
    assert_eq!(
        speakers(&r),
        [
            ("Ada Example", Some("Linguistics Dept., Example University")),
            ("Bea Sample", Some("Centro de Matemática Aplicada, Sevarra"))
        ]
    );
}

#[test]
fn a_line_up_without_times_is_a_talk_per_item() {
    let text = "Lightning Talk Night\n====================\n\nSix speakers, five minutes each.\n\nLine-up\n-------\n\n\
* **Your Tests Are Lying: Mutation Testing** -- Ada Example (Example Analytics)\n\n  Line coverage says 95%, but how many of those tests would notice?\n\n\
* Bea Sample: *Typing the Untypable: Gradual Types in a\n  Fifteen-Year-Old Monolith*\n\n\
* **Packaging in 2019: A Survival Guide** -- Cy Example, freelance\n\n\
* **Async All the Things? Probably Not** -- Dee Sample (Example Harbour)\n";
    let r = one(text);
    assert_eq!(
        titles(&r),
        [
            "Your Tests Are Lying: Mutation Testing",
            "Typing the Untypable: Gradual Types in a Fifteen-Year-Old Monolith",
            "Packaging in 2019: A Survival Guide",
            "Async All the Things? Probably Not",
        ]
    );
    // a list of panelists with their positions is no line-up
    let panel = "Panel: The Future of Example Regulation\nMonday, May 4, 2026, 4 pm\n\nPanelists:\n\n\
- Ada Example, Senior Advisor, Example Data Protection Office\n\
- Bea Sample, Professor of Public Law, Example University\n\
- Cy Example, Co-director, Example Watch\n";
    let r = one(panel);
    assert_eq!(r.talks.len(), 1);
}

#[test]
fn a_talk_s_day_as_its_heading_over_its_title_and_speaker() {
    let text = "# Example Hydrology Webinar Series\n\nA monthly webinar, 11:00–12:00 GMT-3, online via Zoom.\n\n## Upcoming webinars\n\n\
### Tuesday 1 March 2022\n**Atmospheric Rivers and Extreme Snowfall**\nDr. Ada Example — Example Climate Centre, Punta Arenas\n\n\
Atmospheric rivers deliver up to half of the annual precipitation.\n\n\
### Tuesday 3 May 2022\n**Citizen Rain Gauges in Informal Settlements**\nLic. Bea Sample and Dr. Cy Example (Example Water Institute)\n";
    let r = one(text);
    assert_eq!(
        titles(&r),
        [
            "Atmospheric Rivers and Extreme Snowfall",
            "Citizen Rain Gauges in Informal Settlements"
        ]
    );
    let days: Vec<Option<&str>> = r
        .talks
        .iter()
        .map(|t| t.when.as_ref().and_then(|w| w.date.as_deref()))
        .collect();
    assert_eq!(days, [Some("2022-03-01"), Some("2022-05-03")]);
}

#[test]
fn a_topic_among_a_talk_s_fields_is_its_title() {
    let text = "                    EXAMPLE SEMINAR SERIES\n\nSPEAKER:  Dr. Ada Example, Example Laboratories\nTOPIC:    Learning Decision Lists from Noisy Data\nWHEN:     Thursday, March 10, 1994, 3:30 - 5:00 PM\nWHERE:    Example Hall 4312\n";
    let r = one(text);
    assert_eq!(titles(&r), ["Learning Decision Lists from Noisy Data"]);
}

#[test]
fn a_centred_flyer_with_a_wrapped_title_and_post_nominals() {
    // (each line keeps its centring indent)
    let text = concat!(
        "                    THE FRIENDS OF EXAMPLE CENTRAL LIBRARY\n",
        "                                   present\n\n",
        "                           An Evening Local History Talk\n\n\n",
        "                     Mills, Mudflats and Mermaids: The Lost\n",
        "                        Tide Mills of the Ashby Estuary\n\n\n",
        "                       Ada Example MA FSA\n",
        "                  Honorary Archivist, Example Historical Society\n\n\n",
        "                     Tuesday 8 March 2011  ·  7.00 pm – 8.30 pm\n",
        "             The Reading Room, Example Central Library, 14 Quay Street\n",
    );
    let r = one(text);
    assert_eq!(
        titles(&r),
        ["Mills, Mudflats and Mermaids: The Lost Tide Mills of the Ashby Estuary"]
    );
    assert_eq!(names(&r), ["Ada Example"]);
}

#[test]
fn a_reply_s_attribution_line_does_not_date_the_event() {
    let text = concat!(
        "Subject: Re: Medieval Seminar: Thursday 9 June - Dr Ada Example\n",
        "Date: Wed, 8 Jun 2016 17:31:04 +0100\n\n",
        "A quick reminder that Ada's paper is tomorrow.\n\n",
        "On 06/06/2016 10:12, Bea Sample wrote:\n",
        "> The next meeting of the Medieval Seminar will take place on\n",
        "> Thursday 9 June at 4pm (BST) in Room G.05, Example Building, when\n",
        "> Dr Ada Example (Department of History, Example University) will\n",
        "> speak on: 'Tolls, Tallies and Trust'\n",
    );
    let r = one(text);
    let when = r.event.when.as_ref();
    assert_eq!(when.and_then(|w| w.date.as_deref()), Some("2016-06-09"));
    assert_eq!(when.and_then(|w| w.start_time.as_deref()), Some("16:00"));
}

#[test]
fn this_week_s_speaker_of_a_series() {
    let text = concat!(
        "Hi all,\n\n",
        "This week's Example Lunch Seminar speaker is\n\n",
        "Ada Example (Example School of Economics)\n\n",
        "Thursday, November 17, 2022, 12:30-1:45pm\n",
        "Room 310, Example Hall\n\n",
        "\"Minimum Wages and the Entry of New Firms\"\n",
    );
    let r = one(text);
    assert_eq!(r.event.series.as_deref(), Some("Example Lunch Seminar"));
}

#[test]
fn today_s_talk_takes_the_day_the_message_was_posted() {
    let text = concat!(
        "Date: Wed, 22 Oct 2008 11:47:09 +0200\n",
        "From: Example Office <office@example.org>\n",
        "Subject: ROOM CHANGE today: Example Optics Seminar\n\n",
        "Because of the fire-alarm test, today's Optics Seminar will NOT be held in 2-115.\n\n",
        "NEW ROOM:  Room 4-270, Example Building\n",
        "TIME:      unchanged, 3:30 PM\n\n",
        "Speaker:   J.-P. Lacombe (Institut Example, Lyon)\n",
        "Title:     Slow light in hot atomic vapours\n",
    );
    let r = one(text);
    let when = r.event.when.as_ref();
    assert_eq!(when.and_then(|w| w.date.as_deref()), Some("2008-10-22"));
    assert_eq!(names(&r), ["J.-P. Lacombe"]);
}

#[test]
fn a_page_s_copyright_year_dates_a_weekday_and_day_without_a_year() {
    let page = concat!(
        "<html><head><title>Book talk</title></head><body>\n",
        "<h1>The Salt Archive: An Evening with Ada Example</h1>\n",
        "<h2>Date and time</h2><p>Saturday, April 13 &middot; 2 - 3:30pm CDT</p>\n",
        "<p>A reading and conversation.</p>\n",
        "<footer>&copy; 2024 Example Books</footer></body></html>\n",
    );
    let mut records = extract(page.as_bytes(), "shape.html", &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e:?}"));
    let r = records.remove(0);
    let when = r.event.when.as_ref();
    assert_eq!(when.and_then(|w| w.date.as_deref()), Some("2024-04-13"));
}
