from mkgold import write
def s(d, pres, topic, st='12:30', et='13:50'):
    return dict(title=topic, speakers=[(pres, None, None)], date=d, start_time=st, end_time=et)
write('z09','md','markdown',
 "Reading-group term schedule (markdown table, 2024): weekly sessions with presenter and topic, day-month dates without year (year from the heading plus 'Wednesdays'), default time/room stated once with one row overriding time and room, a no-meeting week, and another department event mentioned in passing",
 event=dict(series='Philosophy of Science Reading Group', date='2024-01-17', end_date='2024-02-28',
            start_time='12:30', end_time='13:50', location='Seminar Room (Room 3.14), Garrow Building'),
 talks=[
  s('2024-01-17','Lena Hofstadter','Confirmation and the raven paradox'),
  s('2024-01-24','Baptiste Morel','Is there a logic of discovery?'),
  s('2024-01-31','Oyelaran Adebisi','Models as mediators'),
  s('2024-02-07','Signe Thorvaldsen','Values in science after the argument from inductive risk'),
  s('2024-02-21','Kaveh Rostami','Natural kinds without essences'),
  s('2024-02-28','Mireille Castagnède','Measurement and the problem of coordination','16:00','17:30'),
 ])
