from mkgold import write
def s(d, name, aff, title, st='16:00'):
    return dict(title=title, speakers=[(name, aff, None)], date=d, start_time=st)
write('z17','txt','email',
 "1999 mailing-list email with a semester schedule of a seminar series: month-day dates without year (year from the Date header), default Thursday 4:00 pm time and room stated once, one entry overriding time and room, no-seminar weeks (not talks), titles wrapping onto a second line, hosts in brackets",
 event=dict(series='Ecology & Evolutionary Biology Seminar Series', date='1999-09-02', end_date='1999-11-18',
            start_time='16:00', location='Room 101, Lindqvist Hall'),
 talks=[
  s('1999-09-02','Rosalind Achebe','University of Carrow','Pollinator networks under drought: rewiring or collapse?'),
  s('1999-09-16','Henrik Solberg','Norwegian Institute for Boreal Ecology','Moose, fire and the future of the boreal understory'),
  s('1999-09-23','Gabriela Montes de Oca','Marlow EEB','Sexual selection and song dialects in island finches'),
  s('1999-09-30','Dale Whitcombe','Midwest Rivers Survey','Fifty years of mussel declines in the Upper Mississippi','15:00'),
  s('1999-10-07','Yuki Matsudaira','Kanbara University','Cryptic species and the limits of the morphospecies concept in soil mites'),
  s('1999-10-21','Lionel Baptiste-Harmon','University of Pellham','Metabolic theory and the temperature dependence of decomposition'),
  s('1999-11-04','Ruth Ellingsen','Marlow EEB','Hybrid zones as natural laboratories: forty years at Cedar Creek Ridge'),
  s('1999-11-18','Amadou Sissoko','Institut de Recherche Sahelienne','Locust outbreaks and rainfall variability in the Sahel'),
 ])
