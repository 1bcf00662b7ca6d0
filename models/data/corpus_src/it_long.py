# Italian (it): longer texts. Hand-written for repwatch.
DATA = """
+ r pl Abbiamo rifatto tutto il bagno con una piccola ditta della zona e non posso che parlarne bene. Hanno rispettato i tempi, pulito ogni giorno, chiamato subito a ogni imprevisto, e il conto finale corrispondeva al centesimo al preventivo. Raramente ho avuto un'esperienza così positiva con dei lavori in casa.
- c pl Il 3 marzo ho ordinato una lavatrice con consegna prevista per il 10 marzo. Oggi è il 2 aprile, ho chiamato quattro volte, scritto due email e ricevuto tre date di consegna diverse. Nessuno sa dirmi dove sia l'elettrodomestico. Pretendo la consegna entro cinque giorni lavorativi oppure il rimborso completo.
0 q pl Buongiorno, pensavamo di venire nel vostro campeggio una settimana a giugno con la famiglia. Abbiamo una roulotte di circa sei metri e due cani. È possibile prenotare una piazzola con corrente elettrica, e i cani sono ammessi ovunque o solo in alcune zone?
"""
