from mkgold import write
write('z11','txt','email',
 "French doctoral-school email forwarding a PhD defence notice (2022): 'le vendredi 8 juillet 2022 à 14h00', surname in capitals, research unit as affiliation, supervisors and jury (not speakers), room plus videoconference link (hybrid), French abstract followed by keywords",
 event=dict(date='2022-07-08', start_time='14:00',
            location='Université de Montclair-sur-Loire, Campus des Tanneurs, Bâtiment C, Amphithéâtre Lavoisier',
            attendance='hybrid'),
 talks=[dict(title="Catalyseurs à base de fer pour l'hydrogénation sélective des nitriles : mécanismes et applications",
   speakers=[('Théo Vasseur','Laboratoire de Chimie Moléculaire et Catalyse (LCMC)',None)],
   abstract=('Les nitriles sont des intermédiaires clés pour la synthèse',"synthèse de plusieurs intermédiaires pharmaceutiques à l'échelle du gramme."))])
