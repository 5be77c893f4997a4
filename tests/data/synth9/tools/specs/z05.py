from mkgold import write
write('z05','txt','email',
 "German mailing-list email for a mathematics colloquium talk (2019): 'Donnerstag, 7. November 2019, 16:15 Uhr', speaker 'Frau Prof. Dr. ... (Universität Halstedt)' in prose, German abstract, coffee time 15:45 and dinner are noise, Mailman footer",
 event=dict(series='Mathematisches Kolloquium', date='2019-11-07', start_time='16:15',
            location='Hörsaal M 2, Mathematikgebäude, Kesslerstraße 41'),
 talks=[dict(title='Zufällige Matrizen und die Verteilung von Nullstellen',
   speakers=[('Annelie Brückner','Universität Halstedt',None)],
   abstract=('Die Eigenwerte großer zufälliger Matrizen zeigen erstaunlich universelle','und richtet sich ausdrücklich auch an Studierende.'))])
