from mkgold import write
write('z24','md','markdown',
 "Online webinar-series session page (markdown, 2022) with the time in five zones (UTC first and bold), emoji labels, speaker position + lab on the line under the name, a chair who is not a speaker, previous and next sessions mentioned",
 event=dict(series='Global Climate Modelling Webinar Series', date='2022-09-07', start_time='09:00', end_time='10:00',
            timezone='UTC', attendance='online'),
 talks=[dict(title='Kilometre-scale ocean models and the future of regional sea-level projections',
   speakers=[('Thandiwe Mokoena-Hart','Southern Ocean Climate Laboratory',
              ('Thandiwe Mokoena-Hart is a physical oceanographer and Senior','steering group of an international sea-level research network.'))],
   abstract=('Global climate models still resolve the ocean on grids','cost has to be cut by an order of magnitude.'))])
