from mkgold import write
D='2023-11-14'
write('z16','txt','text',
 "Spanish programme flyer for a half-day scientific meeting (2023): 'martes, 14 de noviembre de 2023', 'de 9:30 a 14:00 h', programme with 'h' start times; opening address and breaks are not talks; keynote, one talk and a round table whose moderator is not a speaker; honorifics Dr./Dra./Dña./D. to drop; one panelist with a profession but no affiliation",
 event=dict(title='Resistencia antimicrobiana en atención primaria: del laboratorio a la consulta',
            date=D, start_time='09:30', end_time='14:00',
            location='Salón de Actos, Facultad de Medicina, Universidad de Valdeoro (Avda. de los Almendros, 12)'),
 talks=[
  dict(title='Vigilancia de resistencias en España: qué sabemos en 2023',
   speakers=[('Ignacio Barrantes Oliva','Centro Nacional de Microbiología Clínica',None)], date=D, start_time='10:00'),
  dict(title='Prescripción diferida de antibióticos: evidencia y experiencia',
   speakers=[('Lucía Etxeberria Salas','Centro de Salud Las Acacias, Valdeoro',None)], date=D, start_time='10:45'),
  dict(title='¿Cómo hablar de antibióticos con los pacientes?',
   speakers=[('Tomás Requena Gil',None,None),('Noelia Fajardo Ruiz','Hospital Comarcal del Sil',None),
             ('Andrés Villalba Paz','Asociación de Pacientes Crónicos de Valdeoro',None)], date=D, start_time='12:00'),
 ])
