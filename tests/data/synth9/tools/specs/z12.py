from mkgold import write
write('z12','html','html-text',
 "Law-school center HTML page for a lunch-series panel (2019): details in an HTML table, 'Hon.'/'(ret.)'/'Professor' to strip from names, affiliation on its own line (once with a job title), moderator not a speaker, in person only, sidebar with other events",
 event=dict(series='Law & Technology Lunch Series', date='2019-02-12', start_time='12:15', end_time='13:30',
            location='Room 240, Brandt Law Building', attendance='in_person'),
 talks=[dict(title='Algorithmic Sentencing and Due Process',
   speakers=[("Margaret O'Sullivan",'Superior Court of Calder County',
              ("Judge O'Sullivan served on the Superior Court of Calder",'taught judicial education programs on evidence and sentencing.')),
             ('Dario Finch','Brandt School of Law',
              ('Dario Finch teaches criminal procedure and evidence at Brandt.','trials and the confrontation rights of defendants.')),
             ('Aisha Rahimi','Civil Liberties Project of Eastmoor',
              ('Aisha Rahimi litigates cases involving criminal justice technology,','She previously clerked for the state supreme court.'))],
   abstract=('Risk-assessment instruments now inform bail, sentencing and parole','followed by questions from the audience.'))])
