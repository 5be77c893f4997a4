from mkgold import write
write('z08','txt','email',
 "Rescheduling email for hospital cardiology grand rounds (2015): the original date (Wed Jan 28, no year) is superseded by Wednesday, February 4, 2015; speaker with MD/FACC credentials, position and school on separate lines; description vs learning objectives, breakfast time, CME accreditation and disclosure boilerplate",
 event=dict(series='Cardiology Grand Rounds', date='2015-02-04', start_time='07:30', end_time='08:30',
            location='Ashcombe Medical Center, Pavilion B, Conference Room 3 (3rd floor)'),
 talks=[dict(title='Transcatheter tricuspid repair: who benefits, and when?',
   speakers=[('Farrokh Tehrani','Greyfield University School of Medicine',None)],
   abstract=('Severe tricuspid regurgitation was long considered a bystander','present outcomes from the Greyfield tricuspid registry.'))])
