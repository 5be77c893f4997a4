from mkgold import write
D='2017-11-16'
write('z10','rst','text',
 "reStructuredText page for a user-group afternoon meeting (2017): field list ':date:' is the posting date, not the meeting date; simple-table programme with start times only, titles wrapping across lines, one talk with two speakers sharing an affiliation, abstracts under shortened title headings",
 event=dict(title='Rivermouth HPC User Group — Autumn Meeting 2017', date=D, start_time='13:30', end_time='17:00',
            location='Lecture Theatre 2, Carrow Science Park, Building 7'),
 talks=[
  dict(title='Porting a lattice-Boltzmann code to GPUs: lessons from two years of pain',
   speakers=[('Yusuf Demirci','Department of Chemical Engineering',None)],
   abstract=("Our group's lattice-Boltzmann solver for multiphase flow in",'GPU nodes compared with the CPU partition.'),
   date=D, start_time='13:50'),
  dict(title='Containers on the cluster: Singularity in practice',
   speakers=[('Carla Brandão','Research Computing Services',None),('Piet van der Sloot','Research Computing Services',None)],
   abstract=('Singularity has been available on Tidewater since March.','reported to the helpdesk so far. Bring your questions.'),
   date=D, start_time='14:40'),
  dict(title='Checkpointing strategies for long-running climate ensembles',
   speakers=[('Wendelin Grieß','Rivermouth Climate Centre',None)],
   abstract=('Climate ensembles of 50 members, each running for several','use to restart failed members automatically.'),
   date=D, start_time='16:00'),
 ])
