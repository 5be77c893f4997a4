#!/usr/bin/env python3
"""Writes gold/*.json for the synth6 held-out set. Gold values are written out by hand below.

usage: python3 tools/make_gold.py      (from anywhere; paths are relative to this file)
"""
import hashlib, json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMATS = {".txt": "text", ".eml": "email", ".html": "html-text", ".md": "markdown"}
GOLD = []


def blob_sha1(data):
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def sp(name, affiliation=None, bio=None):
    return {"name": name, "affiliation": affiliation, "bio": bio}


def span(starts, ends):
    return {"starts": starts, "ends": ends}


def talk(title, speakers, abstract=None, date=None, start_time=None, end_time=None):
    return {"title": title, "speakers": speakers, "abstract": abstract,
            "date": date, "start_time": start_time, "end_time": end_time}


def event(date, start_time=None, end_time=None, timezone=None, location=None,
          attendance=None, title=None, series=None, end_date=None):
    return {"title": title, "series": series, "date": date, "end_date": end_date,
            "start_time": start_time, "end_time": end_time, "timezone": timezone,
            "location": location, "attendance": attendance}


def add(id_, filename, notes, ev, talks):
    GOLD.append({"id": id_, "file": filename, "notes": notes, "event": ev, "talks": talks})


# ----------------------------------------------------------------------------- w01
add("w01", "w01.txt",
    "1995 Usenet post, labelled single talk (Speaker:/Title:/Date:/Time:/Place:) with abstract; "
    "affiliation on the line after the name; host is not a speaker",
    event("1995-02-16", "15:30", "17:00", location="Room 2104, Keller Engineering Annex",
          series="ARTIFICIAL INTELLIGENCE LAB SEMINAR"),
    [talk("Belief Revision for Agents that Plan in Changing Worlds",
          [sp("Tobias R. Henneman", "Department of Computer Sciences, Purdue University")],
          span("Most classical planners assume that the world holds still",
               "what goes wrong when sensing itself is unreliable."))])

# ----------------------------------------------------------------------------- w02
add("w02", "w02.txt",
    "1996 LISTSERV post, pure prose single talk; year from the Date header (Thursday October 3rd, 1996); "
    "affiliation given as 'from the ...'; the one-sentence description inside the logistics paragraph is not an abstract",
    event("1996-10-03", "16:15", location="Blanchard Hall seminar room (B-210)"),
    [talk("Internal Waves and the Missing Mixing Problem",
          [sp("Marguerite D'Souza-Pell", "Scripps Institution of Oceanography")])])

# ----------------------------------------------------------------------------- w03
add("w03", "w03.eml",
    "Modern department email, multipart/alternative with quoted-printable UTF-8 parts: lecture-series talk "
    "with abstract and bio, accented name, affiliation in parentheses, '2:30–3:30pm'; host is not a speaker",
    event("2023-11-08", "14:30", "15:30", location="Room 3-270, Whitcombe Center for Computing",
          series="Computational Biology Distinguished Lecture Series"),
    [talk("Reading the Ribosome: Deep Generative Models of Translation Kinetics",
          [sp("Inés Castellanos-Wirth", "ETH Zürich",
              span("Inés Castellanos-Wirth is an assistant professor in the",
                   "an ERC Starting Grant and the 2022 Overton Prize."))],
          span("Ribosome profiling gives us a snapshot of where ribosomes",
               "machine learning people and biologists should be talking more."))])

# ----------------------------------------------------------------------------- w04
add("w04", "w04.eml",
    "German colloquium invitation, 8bit ISO-8859-1 email body with RFC 2047 subject: 'Dienstag, 14.03.2023, 16:15 Uhr', "
    "'Prof. Dr.' name with umlauts/eszett, affiliation in parentheses on the next line, German abstract",
    event("2023-03-14", "16:15", location="Hörsaal H 4, Gebäude 20.30 (Allianz-Bau)",
          series="Mathematisches Kolloquium"),
    [talk("Synchronisation und Stabilität gekoppelter Oszillatornetzwerke",
          [sp("Jörg-Uwe Weißenböck", "Universität Stuttgart")],
          span("Netzwerke gekoppelter Oszillatoren treten in so unterschiedlichen Bereichen",
               "dynamische Systeme voraus und richtet sich ausdrücklich auch an Studierende."))])

# ----------------------------------------------------------------------------- w05
add("w05", "w05.html",
    "HTML event page of an online webinar (site nav, breadcrumbs, footer, cookie banner): one talk by two speakers, "
    "time given in PT / ET / CET (gold keeps the first, PT); 'Duration: 60 minutes' gives no end time; moderator is not a speaker",
    event("2024-02-20", "08:00", timezone="PT", attendance="online", series="OpenSilicon Tech Talks"),
    [talk("Reproducible Builds for FPGA Toolchains",
          [sp("Priya Raghunathan", "Lattice Semiconductor",
              span("Priya Raghunathan works on the place-and-route team at",
                   "an M.S. in electrical engineering from Georgia Tech.")),
           sp("Mateusz K. Wróblewski", "Antmicro",
              span("Mateusz Wróblewski is a software engineer at Antmicro",
                   "ships nightly toolchain packages to several thousand users."))],
          span("Two engineers who build FPGA bitstreams for a living",
               "war stories; there will be plenty of time for questions."))])

# ----------------------------------------------------------------------------- w06
add("w06", "w06.md",
    "Markdown news post for a hybrid seminar (room + Zoom): details in a markdown table, 'noon – 1 p.m. CT', "
    "affiliation after the position ('Research Scientist at ...'), abstract and bio sections",
    event("2024-04-18", "12:00", "13:00", timezone="CT", location="Room 1270, Ostrander Hall",
          attendance="hybrid", series="Robotics & Autonomy Seminar"),
    [talk("Learning Dexterous Manipulation from a Handful of Human Videos",
          [sp("Amara N. Okonkwo", "Toyota Research Institute",
              span("Amara Okonkwo is a research scientist in the Manipulation",
                   "dexterous manipulation, learning from demonstration, and tactile sensing."))],
          span("Teaching robots new manipulation skills still typically requires hundreds",
               "and discuss where the approach still breaks down."))])

# ----------------------------------------------------------------------------- w07
D7 = "2023-06-09"
add("w07", "w07.html",
    "HTML programme page of a one-day in-person workshop: time rows with breaks, three contributed talks with "
    "start times only (end = next slot not stated), a TBA title (null), a panel (panelists are speakers, moderator "
    "and session chair are not), keynote abstract+bio below the table; times local, no zone named",
    event(D7, "08:45", "16:45",
          location="Room 517B, Harborfront Convention Centre, Halifax", attendance="in_person",
          title="TML4H 2023: Workshop on Trustworthy Machine Learning for Health"),
    [talk("Calibration Is Not Enough: Auditing Clinical Risk Scores in the Wild",
          [sp("Helena Marchetti-Voss", "University of Toronto",
              span("Helena Marchetti-Voss is a Professor of Computer Science",
                   "informed guidance from Health Canada and the WHO."))],
          span("Clinical risk scores are routinely validated on retrospective cohorts",
               "sketch the statistical tools needed to make it cheap."),
          D7, "09:00", "09:45"),
     talk("Federated Learning Across Hospital Networks: Lessons from Three Deployments",
          [sp("Kwame Asante-Boateng", "Google Health")], None, D7, "09:45", "10:30"),
     talk("Shortcut Features in Chest X-ray Classifiers Survive Domain Adaptation",
          [sp("Rosa Martínez", "McGill University"), sp("Feng Zhou", "McGill University")], None, D7, "11:00"),
     talk("Conformal Prediction Sets for Sepsis Onset",
          [sp("Aditya Venkatesan", "Johns Hopkins University")], None, D7, "11:20"),
     talk("A Benchmark for Label Noise in Dermatology Images",
          [sp("Chloé Dubois-Lambert", "Inria")], None, D7, "11:40"),
     talk(None, [sp("Sunita Ramaswamy", "Mayo Clinic")], None, D7, "13:30", "14:15"),
     talk("Who Is Missing from the Data? Representation in EHR Cohorts",
          [sp("Tomás Ibarra", "Universidad de Chile")], None, D7, "14:15", "15:00"),
     talk("Will Regulators Ever Trust Our Models?",
          [sp("Helena Marchetti-Voss", "University of Toronto"),
           sp("Kwame Asante-Boateng", "Google Health"),
           sp("Judith Abernathy", "U.S. Food and Drug Administration"),
           sp("Sunita Ramaswamy", "Mayo Clinic")], None, D7, "15:30", "16:30")])

# ----------------------------------------------------------------------------- w08
def s8(date, title, name, aff):
    return talk(title, [sp(name, aff)], None, date, "16:00", "17:30")
add("w08", "w08.md",
    "Markdown term listing of a seminar series (Spring 2025): standing day/time/room, table of dates + speakers + titles "
    "without year (year from the heading, all dates Tuesdays); a TBA slot with no speaker and a no-meeting row are not talks; "
    "a TBA title is null; organizers are not speakers; event spans first to last session",
    event("2025-01-28", "16:00", "17:30", location="Seminar Room 204, Hartley Hall", end_date="2025-04-22",
          series="Philosophy of Science Colloquium"),
    [s8("2025-01-28", "Models as Make-Believe, Revisited", "Naomi Feld", "Tufts University"),
     s8("2025-02-11", "Natural Kinds without Essences in Microbial Taxonomy", "Rafael Quintero-Alves",
        "Universidade de Lisboa"),
     s8("2025-03-25", None, "Jiwon Seo", "Seoul National University"),
     s8("2025-04-08", "Robustness Analysis and the Problem of Independent Evidence", "Marcus Thelwall-Reed",
        "University of Pittsburgh, HPS"),
     s8("2025-04-22", "What Simulations Cannot Tell Us About Climate Sensitivity", "Ewa Kowalczyk",
        "University of Warsaw")])

# ----------------------------------------------------------------------------- w09
add("w09", "w09.eml",
    "Plain-text weekly digest email listing four talks of different series on different days, rooms and times "
    "(year from the heading/Date header); the digest itself has no title/series/time/place; hosts are not speakers",
    event("2023-10-02", end_date="2023-10-06"),
    [talk("Twisted Bilayers Beyond Graphene: Flat Bands in Transition-Metal Dichalcogenides",
          [sp("Yuki Tanabe-Holm", "Argonne National Laboratory")], None, "2023-10-02", "16:00"),
     talk("Fast Radio Bursts from Magnetars: Where Do We Stand?",
          [sp("Olumide Bankole", "Astronomy")], None, "2023-10-03", "12:15", "13:00"),
     talk("The Muon g-2 Anomaly: Theory, Experiment, and the Lattice",
          [sp("Clara Vincenzi-Marsh", "Fermi National Accelerator Laboratory")],
          span("For two decades the measured anomalous magnetic moment",
               "what it would take to call it new physics."), "2023-10-04", "15:30"),
     talk("Optical Tweezer Arrays of Polar Molecules",
          [sp("Benedikt Sauer", "Harvard University")], None, "2023-10-06", "11:00")])

# ----------------------------------------------------------------------------- w10
add("w10", "w10.eml",
    "Rescheduling notice (8bit UTF-8 email): the old date (Thursday, September 26) is cancelled and the gold keeps the "
    "new date, time and room; 'Surname, Given' sender; labelled speaker/title/abstract; '1:30 – 2:30 p.m. ET'",
    event("2024-10-10", "13:30", "14:30", timezone="ET",
          location="Lecture Hall C, Brandt Library (lower level)", series="Data Science Institute Seminar"),
    [talk("Causal Inference When Everyone Is Treated: Interference in Networked Experiments",
          [sp("Rohan M. Desai", "Columbia University")],
          span("Randomized experiments on platforms with social or market interactions",
               "the interference graph is only partially observed."))])

# ----------------------------------------------------------------------------- w11
add("w11", "w11.txt",
    "1993 Usenet cancellation notice: gold keeps the details of the cancelled talk as stated "
    "(year from the Date header); affiliation in parentheses after the name",
    event("1993-11-19", "14:00", location="302 Upson", series="Operations Research Seminar"),
    [talk("Polyhedral Methods for Airline Crew Pairing",
          [sp("Harold J. Kessler", "Cornell University")])])

# ----------------------------------------------------------------------------- w12
add("w12", "w12.eml",
    "Forwarded announcement (Gmail-style 'Forwarded message' block) in an 8bit windows-1252 email: curly quotes and "
    "en dashes, accented name with degrees (MD, MPH), position on the next line, affiliation line with city, "
    "room plus Teams stream = hybrid; the forwarder's note is not part of the event",
    event("2023-04-21", "12:00", "13:00", location="Auditorium B, Ruiz-Harlan Public Health Building",
          attendance="hybrid", series="EPIDEMIOLOGY GRAND ROUNDS"),
    [talk("\u201cCounting the Uncounted\u201d: Respondent-Driven Sampling in Migrant Populations",
          [sp("Mónica Ávila-Trujillo", "Universidad de los Andes, Bogotá")],
          span("Conventional household surveys systematically miss people who move often,",
               "how to design studies that are robust to it."))])

# ----------------------------------------------------------------------------- w13
add("w13", "w13.eml",
    "Reminder email, HTML-only body in base64: 'tomorrow (Thursday) at 4pm' resolved from the Date header "
    "(Wed 13 Nov 2024 -> 2024-11-14); affiliation as 'from ...'; the description paragraph is the abstract",
    event("2024-11-14", "16:00", location="Hanley 305", series="Atmospheric Sciences Seminar"),
    [talk("Why Do Climate Models Still Disagree About Low Clouds?",
          [sp("Felix Amankwah-Ortiz", "NOAA's Geophysical Fluid Dynamics Laboratory")],
          span("Low clouds over the subtropical oceans are the largest",
               "parameterizations are most to blame for the remaining disagreement."))])

# ----------------------------------------------------------------------------- w14
add("w14", "w14.txt",
    "1997 LISTSERV reminder: 'This Friday' resolved from the Date header (Mon 21 Apr 1997 -> 1997-04-25), "
    "'from noon to 1:15', affiliation in parentheses on the next line, labelled TITLE wrapped over two lines, "
    "indented description = abstract; the open May 2 slot is not a talk",
    event("1997-04-25", "12:00", "13:15", location="Linguistics Seminar Room, Frazier 3-117",
          series="LINGUISTICS BROWN BAG"),
    [talk("Clitic Doubling and Information Structure in Rioplatense Spanish",
          [sp("Pilar Echeverria", "Dept. of Spanish & Portuguese")],
          span("Pilar will present corpus data from Buenos Aires radio",
               "and she welcomes comments on a draft of the paper."))])

# ----------------------------------------------------------------------------- w15
add("w15", "w15.md",
    "French markdown seminar page: 'mardi 25 avril 2023, 15h00–16h00', room plus BigBlueButton = hybrid, surname in capitals, "
    "affiliation in parentheses, 'Titre :' heading, French abstract (Résumé) and bio (Biographie)",
    event("2023-04-25", "15:00", "16:00", location="salle C-204, bâtiment Condorcet", attendance="hybrid",
          series="Séminaire de l'équipe TALN"),
    [talk("Que retiennent les grands modèles de langage de la morphologie du français ?",
          [sp("Hélène DUFRESNE-KACI", "Université Grenoble Alpes, LIG",
              span("Hélène Dufresne-Kaci est maîtresse de conférences à l'Université",
                   "modèles de langue pour le français et les langues régionales."))],
          span("Les grands modèles de langage produisent un français d'apparence",
               "des modèles dans les langues autres que l'anglais."))])

# ----------------------------------------------------------------------------- w16
add("w16", "w16.txt",
    "Spanish colloquium page copied as text (breadcrumb, share links, related events, footer): 'jueves 17 de noviembre "
    "de 2022', '17:00 a 18:00 h', 'Modalidad: presencial' = in person, 'Dra.' title, affiliation on the next line, "
    "Resumen (abstract) and Semblanza (bio); related events are not talks",
    event("2022-11-17", "17:00", "18:00", location="Auditorio Leona Vicario, Edificio B, Facultad de Ciencias",
          attendance="in_person", series="Coloquio del Departamento de Matemáticas"),
    [talk("¿Cuántas formas tiene un nudo? Invariantes cuánticos y topología de dimensión baja",
          [sp("María Fernanda Robles Achá", "Centro de Investigación y de Estudios Avanzados (Cinvestav)",
              span("María Fernanda Robles Achá es doctora en Matemáticas por",
                   "Es miembro del Sistema Nacional de Investigadores, nivel II."))],
          span("Desde finales del siglo XIX los matemáticos intentan clasificar",
               "en la física teórica y en el estudio del ADN."))])

# ----------------------------------------------------------------------------- w17
add("w17", "w17.txt",
    "Poster-like ALL CAPS flyer text: 'TUES., 3/14 -- 7 PM' with the year from the 'SPRING 2023' heading "
    "(14 March 2023 is a Tuesday); title over three centred lines; doors-open time is not the start",
    event("2023-03-14", "19:00", location="ROOM 100, MCALLISTER HALL", series="ASTRONOMY CLUB SPEAKER SERIES"),
    [talk("SPACE WEATHER AND YOU: WHAT THE SUN CAN DO TO YOUR PHONE, YOUR GPS AND YOUR POWER GRID",
          [sp("OKSANA HRYTSENKO", "NASA GODDARD SPACE FLIGHT CENTER")])])

# ----------------------------------------------------------------------------- w18
add("w18", "w18.eml",
    "PhD thesis defense invitation: multipart/mixed email with a quoted-printable UTF-8 text part (Vietnamese name) "
    "and a base64 .ics attachment; room plus Teams stream = hybrid; promotor/committee are not speakers",
    event("2022-12-02", "10:00", "11:30", timezone="CET", attendance="hybrid",
          location="Senate Hall (Room F-112), Building 34, Kronberg University of Technology"),
    [talk("Hydrodynamic Interaction of Autonomous Vessels in Confined Waterways",
          [sp("Nguyễn Thị Thu Hà", "Department of Maritime and Transport Technology")],
          span("As inland shipping moves towards autonomy, vessels will sail",
               "bank suction incidents in a simulated autonomous convoy."))])

# ----------------------------------------------------------------------------- w19
add("w19", "w19.html",
    "Public-library event page for a book talk (alert bar, catalog search, nav, related events, footer): the book title "
    "is the talk title, labelled Date/Time/Location rows, first description paragraph = abstract (the logistics paragraph is not), 'About the author' = bio; the "
    "conversation host is not a speaker; upcoming events in the sidebar are not talks",
    event("2024-05-07", "18:30", "20:00", location="Central Library, Lower Level Auditorium", series="Nonfiction Nights"),
    [talk("The Salt Roads: How a Mineral Built the Modern World",
          [sp("Rebecca Thornquist-Adeyemi", None,
              span("Rebecca Thornquist-Adeyemi is a journalist and historian whose",
                   "family and an unreasonable number of spice jars."))],
          span("Salt preserved the cod that fed Atlantic sailors, paid",
               "cuisines, and the way we think about value itself."))])

# ----------------------------------------------------------------------------- w20
add("w20", "w20.html",
    "Conference keynote page (top nav, hero, footer) of a three-day conference: three keynotes on different days with "
    "day-month dates without year (year from '12–14 February 2025'), abstracts and bios, affiliation after an em dash, "
    "'All times are given in EET (UTC+2)'; no event-level time",
    event("2025-02-12", end_date="2025-02-14", timezone="EET",
          location="Kalamaja Congress Centre, Tallinn, Estonia",
          title="15th Baltic Conference on Data Systems"),
    [talk("Query Optimizers Are Still Wrong, and That Is Fine",
          [sp("Katrin Lõhmus-Berg", "University of Tartu",
              span("Katrin Lõhmus-Berg is Professor of Data Engineering at the",
                   "co-founder of the Estonian open-data initiative Avaandmed Labs."))],
          span("Forty years after System R, cost-based optimizers still misestimate",
               "robustness should be a first-class goal of optimizer research."),
          "2025-02-12", "09:30", "10:30"),
     talk("Learned Indexes, Five Years Later",
          [sp("Haruto Ishikawa-Vance", "Microsoft Research",
              span("Haruto Ishikawa-Vance is a Principal Researcher at Microsoft",
                   "He received his PhD from the University of Wisconsin–Madison."))],
          span("When learned index structures were proposed, they promised to",
               "storage layout, where learning turned out to matter most."),
          "2025-02-13", "09:00", "10:00"),
     talk("Data Systems for a Warming Planet",
          [sp("Marta Ziółkowska", "EPFL",
              span("Marta Ziółkowska is an Associate Professor at EPFL, where",
                   "researcher at CWI Amsterdam and an engineer at Snowflake."))],
          span("Data centres already consume a measurable fraction of the",
               "honest accounting of the energy cost of our benchmarks."),
          "2025-02-14", "14:00", "15:00")])

# ----------------------------------------------------------------------------- w21
add("w21", "w21.txt",
    "Department events page copied as text (menus, calendar links, upcoming-events list, footer): Drupal-style "
    "'Thu, 03/21/2024 - 12:30pm to 1:45pm', labels on their own lines, name written 'Surname, Given' (kept as written), "
    "co-author named in the title line is not a speaker (the '(joint with ...)' note is not part of the title)",
    event("2024-03-21", "12:30", "13:45", location="Bldg. 7, Rm. 7-0412 (Pettigrew Seminar Room)",
          series="Applied Microeconomics Workshop"),
    [talk("Minimum Wages and Informal Employment: Evidence from Peruvian Border Towns",
          [sp("Castillo Ferreyra, Joaquín", "Princeton University")],
          span("We exploit discontinuities in regional minimum wages along internal",
               "partly by relocating establishments across it."))])

# ----------------------------------------------------------------------------- w22
A, B = "2024-09-26", "2024-09-27"
add("w22", "w22.md",
    "Markdown programme of a two-day hybrid symposium: two day tables with time rows, keynotes, sessions whose talks "
    "have start times only, breaks, a panel (moderator and session chairs are not speakers), a TBA title (null), a "
    "two-speaker talk; event time = first row of day 1 to last row of day 2",
    event(A, "09:00", "12:15", timezone="ET", end_date=B,
          location="Wexler Conference Center, Room 2A, East Lansing, MI", attendance="hybrid",
          title="Great Lakes Quantum Software Symposium 2024"),
    [talk("Compilers for Noisy Quantum Hardware",
          [sp("Diego A. Lázaro-Quintana", "University of Maryland")], None, A, "09:15", "10:15"),
     talk("Formal Semantics for Mid-Circuit Measurement",
          [sp("Kofi Mensah-Adjei", "University of Waterloo")], None, A, "10:45"),
     talk("Type Systems that Track Entanglement",
          [sp("Yara Haddad", "Carnegie Mellon University")], None, A, "11:15"),
     talk("Testing Quantum Programs with Property-Based Oracles",
          [sp("Lukas Brenner", "IBM Quantum")], None, A, "11:45"),
     talk("Is There a Quantum Software Crisis?",
          [sp("Diego A. Lázaro-Quintana", "University of Maryland"),
           sp("Sun-Hee Park", "Google Quantum AI"),
           sp("Marcus O. Whitfield", "Michigan State University")], None, A, "13:30", "14:30"),
     talk("Error Correction Is a Software Problem",
          [sp("Priscila Monteiro", "AWS Center for Quantum Computing")], None, B, "09:00", "10:00"),
     talk("A Benchmark Suite for Quantum Compilers",
          [sp("Tomasz Wilk", "Jagiellonian University")], None, B, "10:30"),
     talk(None, [sp("Hannah Okafor-Briggs", "Rigetti Computing")], None, B, "11:00"),
     talk("Debugging Quantum Circuits by Slicing",
          [sp("Ren Aoyama", "University of Tokyo"), sp("Isabel Costa", "University of Tokyo")], None, B, "11:30")])

# ----------------------------------------------------------------------------- w23
def s23(date, title, name, aff, st="15:30", et="17:00"):
    return talk(title, [sp(name, aff)], None, date, st, et)
add("w23", "w23.txt",
    "1998 mailing-list term schedule (plain ASCII): standing day/time/room, dates without year (year from heading and "
    "Date header, all Fridays), one talk with its own time and room, a no-colloquium row, a TBA title (null), an "
    "affiliation wrapped over two lines",
    event("1998-01-23", "15:30", "17:00", location="110 Whitlow Hall", end_date="1998-04-17",
          series="COGNITIVE SCIENCE COLLOQUIUM"),
    [s23("1998-01-23", "Mental Rotation Revisited: Strategies, Not Images", "Carol L. Stevens", "Brown University"),
     s23("1998-02-06", "Gesture and the Timing of Speech Planning", "Ruben Ortega", "UC San Diego"),
     s23("1998-03-06", "Attention Capture by Faces: An ERP Study", "Yoshiko Amari", "Kyoto University"),
     s23("1998-03-27", "Lexical Access in Bilingual Speakers", "Dietrich H. Vossberg",
         "Max Planck Institute for Psycholinguistics, Nijmegen", "16:00", "17:30"),
     s23("1998-04-17", None, "Anne-Marie Kieffer", "Universite de Montreal")])

# ----------------------------------------------------------------------------- w24
add("w24", "w24.md",
    "Markdown page (leading HTML comment, emoji heading, blockquote) of an online panel webinar: '4 p.m. EST / 1 p.m. PST / "
    "21:00 GMT (90 minutes)' (gold keeps the first zone; duration gives no end), 'Online via Zoom' is no location; "
    "three panelists with bios in a bullet list (one without affiliation), moderator is not a speaker",
    event("2024-12-12", "16:00", timezone="EST", attendance="online",
          series="Research Software Community Webinars"),
    [talk("Sustaining Research Software After the Grant Ends",
          [sp("Abena Owusu-Sarpong", "University of Manchester",
              span("Abena leads the RSE team that maintains the GeoTrace",
                   "is a fellow of the Software Sustainability Institute.")),
           sp("Tobias Lindqvist", None,
              span("Tobias has maintained the PyRheo rheology library since 2016,",
                   "He writes occasionally about open-source burnout.")),
           sp("Chen Weiyu", "Peking University",
              span("Chen Weiyu is a professor of computational chemistry whose",
                   "advisory board of a national research infrastructure programme."))],
          span("Most research software is written by a postdoc or",
               "what funders and universities could do differently."))])

# ----------------------------------------------------------------------------- end


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for g in GOLD:
        path = os.path.join(ROOT, "text", g["file"])
        with open(path, "rb") as fh:
            data = fh.read()
        rec = {
            "id": g["id"],
            "source": {"repo": "synthetic/synth6", "commit": blob_sha1(data),
                       "path": "text/" + g["file"], "transform": "none"},
            "format": FORMATS[os.path.splitext(g["file"])[1]],
            "notes": g["notes"],
            "event": g["event"],
            "talks": g["talks"],
        }
        with open(os.path.join(ROOT, "gold", g["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print(f"wrote {len(GOLD)} gold files")


if __name__ == "__main__":
    main()
