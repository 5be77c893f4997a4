from mkgold import write
write('z13','txt','text',
 "Plain-text flyer (2004) for an architecture lecture: centered all-caps layout, title split across two lines, '7 p.m.' after a double dash, affiliation with city in parentheses, bio paragraph below, two later lectures of the series listed",
 event=dict(series='Halvard Lecture Series in Architecture', date='2004-04-15', start_time='19:00',
            location='Hadley Auditorium, Kell Hall'),
 talks=[dict(title='THE UNFINISHED BUILDING: RUINS, REPAIR AND THE LIFE OF MATERIALS',
   speakers=[('EVELINE DUCHAMP-ROWE','Atelier Rowe & Sand',
              ('Eveline Duchamp-Rowe founded Atelier Rowe & Sand in 1991','a book on weathering and repair.'))])])
