# Norwegian Nynorsk (nn): longer and very short texts. Hand-written for repwatch.
DATA = """
+ r pl Vi fekk pussa opp heile badet av eit lite lokalt firma, og eg har berre godt å seie. Dei heldt tidsplanen, rydda etter seg kvar einaste dag, ringde med ein gong noko uventa dukka opp, og sluttrekninga var nøyaktig det som stod i tilbodet. Sjeldan opplevd eit så ryddig samarbeid.
+ p pl I går var det grendefest på bedehuset, og for ein kveld det vart. Naboar som vanlegvis berre helsar, stod og laga mat saman, ungane leikte ute til langt på kveld, og nokon hadde til og med skipa til eit lite band. Slike kveldar minner meg på kor heldige vi er som bur her.
+ r mx Det starta dårleg: kjøkenet kom tre veker for seint, og ei skapdør mangla. Men montørane som til slutt kom, var dyktige folk, dei fiksa alt på ein dag, og resultatet vart nydeleg. I etterkant er eg svært nøgd, og eg tilrår dei gjerne til venner og familie.
- c pl Eg bestilte ei vaskemaskin 3. mars som skulle leverast 10. mars. No er det 2. april, eg har ringt fire gonger, sendt to e-postar og fått tre ulike leveringsdatoar. Ingen kan fortelje meg kvar maskina er. Eg krev levering innan fem arbeidsdagar eller heile beløpet tilbake.
- p pl Det er heilt uforståeleg at fylket vil leggje ned den einaste bussruta i bygda vår. Mange eldre her har ikkje bil og er heilt avhengige av bussen for å kome seg til lækjaren, butikken og familien. Med dette vedtaket vert dei rett og slett overlatne til seg sjølve, og det synest eg er skammeleg.
- r mx Eg ville verkeleg like denne telefonen, for skjermen er flott og han ligg godt i handa. Men batteriet held knapt til ettermiddagen, kameraet tek grumsete bilete om kvelden, og etter siste oppdatering heng han seg stadig opp. Til den prisen ventar eg mykje meir. Han går tilbake.
0 n pl Kjeda opplyste i dag at alle butikkane skal byggjast om i løpet av dei neste to åra. Det kjem sjølvbeteningskassar, eigen disk for henting av nettbestillingar og ei større avdeling for ferskvarer. Ifølgje leiinga held butikkane ope som normalt medan arbeidet går føre seg.
0 q pl Hei, vi planlegg å kome til campingplassen dykkar med familien ei veke i juni. Vi har ei campingvogn på om lag seks meter og to hundar. Går det an å reservere ein plass med straum, og er hundar lovlege på heile området eller berre på nokre felt?
0 p mx Den nye avfallsordninga har openbert to sider. På den eine sida vert det sortert mykje betre i gata vår, og det står færre søppelsekker ute. På den andre sida må dei som ikkje har bil, gå eit godt stykke til containerane. Det vert spennande å sjå kva kommunen konkluderer med etter eit år.
+ r pl Knallgod service, kan tilrådast!
- r pl Aldri meir bestiller eg.
0 r pl Pakken kom i går.
"""
