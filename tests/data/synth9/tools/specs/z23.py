from mkgold import write
write('z23','txt','email',
 "1993 Usenet cancellation notice for an astronomy colloquium: the record describes the cancelled talk (Tuesday, October 12, 4:00 pm, no year in the body; year from the two-digit 'Date: 8 Oct 93' header); the next colloquium (Oct 19, different speaker and title) is only mentioned; quote in signature",
 event=dict(series='Astronomy Colloquium', date='1993-10-12', start_time='16:00', location='Sloane Observatory Rm 2'),
 talks=[dict(title='Lithium Depletion in Open Cluster Dwarfs: Clues to Stellar Mixing',
   speakers=[('Rafael Vasquez','Mount Ellery Observatory',None)])])
