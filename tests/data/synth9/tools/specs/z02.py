from mkgold import write
write('z02','txt','email',
 "LISTSERV digest (1998) of three messages: a query, one research-seminar announcement (the event) and a CFP for another workshop; date 'Thursday 5 March' without year in the seminar itself (year from the digest/message Date headers), British '4.15-6.00pm'; later seminars mentioned in passing",
 event=dict(series='Phonetics and Linguistics Research Seminar', date='1998-03-05', start_time='16:15', end_time='18:00',
            location='Room G.07, Aldous Building, 21 Quenby Square'),
 talks=[dict(title='Clitic climbing and restructuring in Old Tuscan',
   speakers=[('Harriet Fenwick','University of Lanchester',None)],
   abstract=('Object clitics in thirteenth- and fourteenth-century Tuscan prose climb','why Old Neapolitan seems to have gone the other way.'))])
