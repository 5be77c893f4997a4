from mkgold import write
D='2025-05-14'
write('z20','html','html-text',
 "Community tech-meetup HTML page (2025): umbrella title with '&amp;', 'Wed, 14 May 2025, 18:00 – 21:00', in person only, schedule table with start times; two talks (one by two speakers sharing an affiliation in parentheses, one with 'Staff Engineer @ Company'), lightning talks/doors/break are not talks; italic bio after the abstract; next meetup mentioned",
 event=dict(title='Harbourside Data Meetup #37 — Streams & Migrations', date=D, start_time='18:00', end_time='21:00',
            location='Lumenfold HQ, 4th floor, 18 Quayside Lane', attendance='in_person'),
 talks=[
  dict(title='Streaming joins without tears',
   speakers=[('Ingrid Halvorsen','Lumenfold',
              ('Ingrid has been building data platforms for a decade,','Nordic Stream Processing Day and occasionally sails.'))],
   abstract=('Joining two unbounded streams sounds simple until late events,','tell them a join is about to fall over.'),
   date=D, start_time='18:30'),
  dict(title='What we learned moving 4 PB off Hadoop',
   speakers=[('Kwame Mensah-Doyle','Trellis Freight',None),('Beatriz Alcântara','Trellis Freight',None)],
   abstract=('Over eighteen months Trellis Freight moved four petabytes and','the mistakes they would not make again.'),
   date=D, start_time='19:30'),
 ])
