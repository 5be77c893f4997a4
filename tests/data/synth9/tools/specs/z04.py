from mkgold import write
write('z04','html','html-text',
 "Saved HTML page of a physics colloquium (2018) with navigation, breadcrumb, upcoming-events sidebar and footer; labelled date/time/location/series fields with HTML entities (&amp;), speaker name / position / lab on separate lines, 'Dr.' to drop, coffee time and host not part of the talk",
 event=dict(series='Physics & Astronomy Colloquium', date='2018-09-20', start_time='15:45', end_time='16:45',
            location='Whitcombe Lecture Hall, Room 1001'),
 talks=[dict(title='Searching for Dark Photons with Superconducting Cavities',
   speakers=[('Olufemi Adeyinka-Ross','Rendell National Accelerator Laboratory',
     ('Olufemi Adeyinka-Ross is a senior scientist at Rendell','Early Career Award from the Office of Science in 2016.'))],
   abstract=('Dark photons are among the simplest extensions of the','combining several cavities into a phase-matched array.'))])
