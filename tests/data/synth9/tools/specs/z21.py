from mkgold import write
write('z21','txt','email',
 "Italian seminar announcement (2017) inside a forwarded email ('Messaggio inoltrato'), all details in one prose sentence ('giovedì 9 marzo 2017, alle ore 17:00, presso l'Aula Seminari ...'), 'Prof.ssa' honorific to drop, introducer not a speaker, a postponed later seminar mentioned",
 event=dict(series='Testi e contesti', date='2017-03-09', start_time='17:00',
            location='Aula Seminari (II piano), Palazzo Corvini, via dei Serviti 14'),
 talks=[dict(title='Copisti e correttori nei papiri letterari di Ossirinco: nuove letture',
   speakers=[('Benedetta Gualtieri','Università di Castelmonte',None)],
   abstract=('Il seminario presenterà i risultati di una nuova campagna','per la storia della tradizione dei testi.'))])
