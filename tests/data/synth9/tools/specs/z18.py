from mkgold import write
write('z18','md','markdown',
 "Hospital grand-rounds web page (markdown, 2024): details in a two-column table with speaker credentials 'MD, PhD' and position/school on continuation rows, 'CT' time zone, auditorium 'or join via Zoom' (hybrid), lunch time, overview vs learning objectives, introducer not a speaker, CME boilerplate, upcoming sessions",
 event=dict(series='Department of Psychiatry Grand Rounds', date='2024-10-10', start_time='12:00', end_time='13:00', timezone='CT',
            location='Hollins Auditorium (2nd floor), Brightwater Medical Center', attendance='hybrid'),
 talks=[dict(title='Beyond remission: treating residual cognitive symptoms in depression',
   speakers=[('Adaeze Nwosu-Barrett','Lakemont University School of Medicine',
              ('Dr. Adaeze Nwosu-Barrett is Associate Professor of Psychiatry','PhD in cognitive neuroscience at Halsey College.'))],
   abstract=('Up to half of patients whose depressive symptoms respond','from a pragmatic trial embedded in primary care.'))])
