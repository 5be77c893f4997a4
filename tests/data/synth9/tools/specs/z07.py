from mkgold import write
write('z07','txt','email',
 "Vendor marketing email for an online industry webinar (2021) with the time in four zones (PT first, the host's zone), 12-hour ranges, registration/unsubscribe clutter; one talk by two speakers with position + company on separate lines and short bios; next webinar mentioned",
 event=dict(series='Corvane Analytics Webinar Series', date='2021-03-23', start_time='08:00', end_time='09:00',
            timezone='PT', attendance='online'),
 talks=[dict(title='Forecasting demand when the past stops predicting the future',
   speakers=[('Renata Okonkwo-Hale','Corvane Analytics',
              ("Renata leads Corvane's applied data science team, which builds",'eight years in demand planning at a national grocery chain.')),
             ('Dmitri Salnikov','Halberd Home Goods',
              ('Dmitri is responsible for demand and supply planning',"move from spreadsheet-based planning to a machine-learning platform."))],
   abstract=('A year of panic buying, empty shelves and warehouses','with a practical checklist for stress-testing your own forecasts.'))])
