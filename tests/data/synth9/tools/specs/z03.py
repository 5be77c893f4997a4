from mkgold import write
write('z03','md','markdown',
 "Department web page (markdown) for one statistics seminar; navigation clutter, speaker name / position / affiliation on separate lines, '4:00–5:00 pm' with a separate refreshments time, room plus Zoom (hybrid), host and next week's talk mentioned",
 event=dict(series='Statistics Seminar', date='2023-04-05', start_time='16:00', end_time='17:00',
            location='Lomax Hall 120', attendance='hybrid'),
 talks=[dict(title='Conformal prediction under covariate drift: what survives?',
   speakers=[('Ines Kovačević','University of Westbrook',
     ('Ines Kovačević is an assistant professor in the','predictive uncertainty, and applications in environmental monitoring.'))],
   abstract=('Conformal prediction promises finite-sample coverage for any predictive model,','Joint work with Tariq Blevins and Mona Ekström.'))])
