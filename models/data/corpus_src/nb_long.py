# Norwegian Bokmål (nb): longer and very short texts. Hand-written for repwatch.
DATA = """
+ r pl Vi fikk pusset opp hele badet av et lite lokalt firma, og jeg har bare godt å si. De holdt tidsplanen, ryddet etter seg hver eneste dag, ringte med en gang noe uventet dukket opp, og sluttfakturaen var nøyaktig det som sto i tilbudet. Sjelden opplevd et så ryddig samarbeid.
+ r mx Det startet dårlig: kjøkkenet kom tre uker for sent, og en skapdør manglet. Men montørene som til slutt kom var dyktige folk, de fikset alt på én dag og resultatet ble nydelig. I ettertid er jeg veldig fornøyd, og jeg anbefaler dem gjerne til venner og familie.
+ p pl I går var det nabolagsfest i parken, og for en kveld det ble. Naboer som vanligvis bare hilser sto og grillet sammen, ungene hadde hoppeslott, og noen hadde til og med ordnet et lite band. Sånne kvelder minner meg om hvor heldige vi er som bor her.
+ s pl Vil bare gi en stor takk til pleierne på hjerteavdelingen. Pappa lå der i en uke, og alle var tålmodige, forklarte alt rolig og tok seg tid til oss pårørende også. Midt i en presset helsetjeneste fortjener disse folka virkelig all mulig honnør. Tusen takk!
- c pl Jeg bestilte en vaskemaskin 3. mars som skulle leveres 10. mars. Nå er det 2. april, jeg har ringt fire ganger, sendt to e-poster og fått tre ulike leveringsdatoer. Ingen kan fortelle meg hvor maskinen er. Jeg krever levering innen fem virkedager eller hele beløpet tilbake.
- r mx Jeg ville virkelig like denne telefonen, for skjermen er flott og den ligger godt i hånda. Men batteriet holder knapt til ettermiddagen, kameraet tar grumsete bilder om kvelden, og etter siste oppdatering henger den seg stadig opp. Til den prisen forventer jeg mye mer. Den går tilbake.
- p pl Det er helt uforståelig at fylket vil legge ned den eneste bussruta i bygda vår. Mange eldre her har ikke bil og er helt avhengige av bussen for å komme seg til legen, butikken og familien. Med dette vedtaket blir de rett og slett overlatt til seg selv, og det synes jeg er skammelig.
- s sa Å, så herlig med det nye betalingssystemet i parkeringshuset. Først må du laste ned en app, så lage konto, så skrive inn bilnummeret to ganger, og når du endelig er ferdig, går ikke bommen opp likevel. Ti minutter med en kø av tutende biler bak meg. For et framskritt.
0 n pl Kjeden opplyste i dag at alle butikkene i Norge skal bygges om i løpet av de neste to årene. Det kommer selvbetjente kasser, egen disk for henting av nettbestillinger og en større avdeling for ferskvarer. Ifølge ledelsen holder butikkene åpent som normalt mens arbeidet pågår.
0 q pl Hei, vi planlegger å komme til campingplassen deres med familien en uke i juni. Vi har en campingvogn på rundt seks meter og to hunder. Går det an å reservere en plass med strøm, og er hunder tillatt på hele området eller bare på enkelte felt?
0 r pl Jeg har brukt denne sykkelvesken i omtrent tre måneder til og fra jobb, tolv kilometer hver vei. Den rommer en 15-tommers PC, en matboks og en regnjakke. Vesken festes med to kroker på bagasjebrettet og har en refleksstripe bak.
0 p mx Den nye avfallsordningen har åpenbart to sider. På den ene siden sorteres det mye bedre i gata vår, og det står færre søppelsekker ute. På den andre siden må de som ikke har bil gå et godt stykke til containerne. Det blir spennende å se hva kommunen konkluderer med etter et år.
+ r pl Knallbra service, anbefales!
- r pl Aldri mer bestiller jeg.
0 r pl Pakken kom i går.
"""
