from mkgold import write
write('z15','md','markdown',
 "2026 institute event page (markdown) for one seminar talk given jointly by two speakers from different institutions; emoji-labelled bullets for date/time (CET)/room/stream (hybrid), navigation and footer clutter, bios in a separate section, host and next seminar mentioned",
 event=dict(series='Quantum Information Seminar', date='2026-02-17', start_time='16:00', end_time='17:15', timezone='CET',
            location='Aurora Room (B2.210), Oskarsberg Institute for Quantum Science', attendance='hybrid'),
 talks=[dict(title='Error-corrected logical qubits on a neutral-atom processor: a status report',
   speakers=[('Noor Haddad','Kestrel Quantum AB',
              ('Noor Haddad leads the error-correction team at Kestrel Quantum,','2021 after a postdoc at the Oskarsberg Institute.')),
             ('Felix Armbruster','Department of Physics, Ebbesen University',
              ('Felix Armbruster is a postdoctoral researcher at Ebbesen University','the Technical University of Altmark in 2024.'))],
   abstract=('Neutral-atom arrays have moved in two years from demonstrations','fault-tolerant demonstration will require by the end of the decade.'))])
