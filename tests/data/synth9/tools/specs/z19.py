from mkgold import write
write('z19','txt','email',
 "Department email for a PhD final oral examination (2012): labelled fields with 'Date/Time: Friday, May 4, 2012, 10:00am - 12:00pm', title wrapped over two lines, committee (not speakers), two-paragraph dissertation abstract; the candidate's affiliation is not stated",
 event=dict(date='2012-05-04', start_time='10:00', end_time='12:00',
            location='Engineering Research Building, Room 3120'),
 talks=[dict(title='Thermal Transport Across Soft-Hard Interfaces in Flexible Electronics',
   speakers=[('Wen-Hsiang Lo',None,None)],
   abstract=('Flexible and stretchable electronic devices place thin inorganic','design guidelines for thermal management in wearable devices.'))])
