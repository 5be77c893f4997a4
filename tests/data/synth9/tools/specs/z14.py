from mkgold import write
write('z14','txt','email',
 "Calendar-invitation email for a journal-club session (2020): date/time in the subject ('Tue Mar 3, 2020 12pm - 1pm (EST)') and in a 'When:' line with en dash, room in a 'Where:' line plus a Meet link and explicit in-person-or-remote wording (hybrid); the presented paper's authors are not speakers; next week's presenter mentioned",
 event=dict(series='Neuro Journal Club', date='2020-03-03', start_time='12:00', end_time='13:00', timezone='EST',
            location='Dunmore Building, Room 5-110', attendance='hybrid'),
 talks=[dict(title='Ramping dopamine signals encode proximity to reward in a virtual navigation task',
   speakers=[('Marguerite Lindahl',None,None)])])
