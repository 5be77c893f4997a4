from mkgold import write
write('z01','txt','email',
 "Departmental mailing-list email (1996) for a weekly systems lunch talk; date given only as 'This Thursday' relative to the Date header (Mon 14 Oct 1996), time as 'noon - 1:15 pm'; another talk mentioned for next week",
 event=dict(series='Systems Lunch', date='1996-10-17', start_time='12:00', end_time='13:15',
            location='Room 412, Halvorsen Hall'),
 talks=[dict(title='LAZY REPLICATION WITH CAUSAL GUARANTEES FOR WIDE-AREA FILE SYSTEMS',
   speakers=[('Tomasz Wierzbicki','Calloway University',
     ('Tomasz Wierzbicki received his M.Sc. from the Technical','at a research lab working on disconnected operation.'))],
   abstract=('Replicating files across sites connected by slow and','when a site stays disconnected for days.'))])
