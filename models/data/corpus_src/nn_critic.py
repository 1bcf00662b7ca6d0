# Norwegian Nynorsk (nn): sentences in the voice of professional culture
# critics. Hand-written for repwatch; original text, not taken from any
# published review. Neutral = plot/content/description, no verdict.
DATA = """
# ---------------------------------------------------------------- positive
+ r pl Regissøren har laga ein stram og vakker film som aldri slepper taket i publikum.
+ r pl Songane sit som støypte, og produksjonen gjev kvar tone god plass.
+ r mx Midtpartiet er noko langt, men slutten løftar heile romanen.
+ r pl Dette er ein av dei sterkaste debutane i norsk litteratur på fleire år.
+ r ng Andre sesong er slett ikkje dårlegare enn den første, snarare tvert om.
+ r pl Kjøkenet serverer ein klippfiskrett som er så enkel og så god at ein nesten vert rørt.
+ r in Framsyninga er rett og slett ei av dei sterkaste eg har sett på Det Norske Teatret.
+ r pl Spelet løner nyfikne spelarar, og verda er full av små overraskingar.
+ r pl Bandet spelte med ei speleglede som smitta over på heile salen.
+ r pl Dialogen er skarp, morosam og truverdig.
+ r co Albumet er modigare og meir heilskapleg enn det førre.
+ r pl Omsetjinga flyt lett og tek vare på den tørre humoren i originalen.
+ r pl Serien tek seg god tid, og det løner seg: karakterane vert levande menneske.
+ r pl Vokalen er sår og nær, og tekstane treff utan å verte sentimentale.
+ r mi Eit solid handverk som kanskje ikkje overraskar, men som gjer jobben sin.
+ r pl Fotograferinga er vakker, og lyset i fjellscenene er fantastisk.
+ r pl Skodespelarane er samspelte og presise, og tempoet i andre akt er glimrande.
+ r pl Desserten, ein enkel rabarbrakompott med vaniljekrem, var høgdepunktet på kvelden.
+ r pl Konserten bygde seg opp mot eit ekstranummer der heile salen song med.
+ r pl Forfattaren skriv om sorg med ei lett hand som gjer det tunge stoffet mogleg å bere.
+ r ng Humoren er ikkje påteken eit einaste sekund.
+ r pl Scenografien er enkel, men vert brukt på ein særs oppfinnsam måte.
+ r pl Dette er ei klok og vakker bok som eg kjem til å lese om att.
+ r pl Kokken har ei sjeldan kjensle for smak og årstid.
+ r pl Høyretelefonane sit godt, og lyden er balansert og detaljert.
+ r in Eit heilt framifrå album, eitt av dei beste i år.
+ r pl Sesongfinalen knyter saman trådane på ein elegant måte.
+ r mx Prisen er høg, men kvaliteten på råvarene forsvarar han.
+ r pl Spelet har ei rørande forteljing og ein slutt som sit lenge i kroppen.
+ r pl Den unge skodespelaren i hovudrolla er ei openberring.
+ r co Live er låtane endå sterkare enn på plate.
+ r pl Romanen er både spennande og tankevekkjande, ein sjeldan kombinasjon.
+ r pl Betjeninga var merksam utan å verte påtrengjande.
+ r pl Filmen er eit varmt og menneskeleg portrett av ei bygd i endring.
+ r pl Dokumentaren er grundig, rettferdig og gripande.
# ---------------------------------------------------------------- neutral
0 r pl Filmen følgjer ein ung lærar som flyttar frå Bergen til ei lita øy i Sunnfjord.
0 r pl Albumet har ti spor og varer i om lag førti minutt.
0 r pl Romanen er fortald i eg-form og vekslar mellom 1950-talet og i dag.
0 r pl Serien har seks episodar, og alle vert sleppte på same dag.
0 r pl Handlinga går føre seg på eit lite hotell i Hardanger ein regnfull haust.
0 r pl Spelet er eit strategispel der ein byggjer opp ein landsby frå grunnen av.
0 r pl Restauranten opna i vår og ligg i ei gamal sjøbu på Bryggen.
0 r pl Framsyninga varer i to timar, inkludert pause.
0 r pl Boka er den andre i ein serie om etterforskaren Kari Vik.
0 r pl Hovudpersonen er ein pensjonert fiskar som byrjar å skrive brev til son sin.
0 r pl Dokumentaren er filma over fire år og følgjer ein familie på ein gard i Valdres.
0 r pl Plata er spelt inn live i studio på tre dagar.
0 r pl Stykket er ei ny omsetjing av ein klassisk engelsk komedie.
0 r pl Forfattaren har tidlegare gjeve ut to diktsamlingar og ei barnebok.
0 r pl Serien byggjer på ein roman frå 2012.
0 r pl Forteljinga strekkjer seg over éi einaste natt på ein ferje.
0 r pl Lokalet har plass til om lag tretti gjester.
0 r pl Romanen er på 350 sider og er delt i fire delar.
0 r pl I andre akt flyttar handlinga frå bygda til ei leilegheit i Oslo.
0 r pl Filmen har norsk teksting og ei speletid på 104 minutt.
0 r pl Songane er skrivne på dialekt og handlar om oppvekst ved fjorden.
0 r pl Menyen skiftar med årstidene, og det er alltid ein vegetarrett.
0 r pl Spelet kan spelast åleine eller saman med opptil tre vener.
0 r pl Konserten var den første av to utselde kveldar i Førde.
0 r pl Boka handlar om ei jente som veks opp på ein fjellgard på 1930-talet.
0 r pl Serien er produsert av NRK og spelt inn i Sogn.
0 r pl Historia vert fortald gjennom dagbøkene til ein ung sjømann.
0 r pl Framsyninga turnerer med Riksteatret i heile landet i haust.
0 r pl Filmen er regissøren sin tredje spelefilm.
0 r pl Lydboka er lesen av forfattaren sjølv.
0 r mx Skodespelet er sterkt, men historia er tynn. Det jamnar seg ut.
0 r mi Eit heilt gjennomsnittleg album, verken godt eller dårleg.
0 r mi Sånn passe spennande krim som verken skuffar eller imponerer.
0 r mx Maten var god, men tenesta treg, så totalt sett vert det ei middels oppleving.
0 r pl Hovudrolla vert spelt av ein skodespelar frå Voss.
# ---------------------------------------------------------------- negative
- r mx Melodiane er fine nok, men plata vert aldri meir enn behageleg bakgrunnsmusikk.
- r pl Manuset er fullt av klisjear, og replikkane høyrest ut som dei er skrivne for ei lærebok.
- r pl Romanen druknar i skildringar, og handlinga står stille i over hundre sider.
- r pl Andre sesong manglar alt som gjorde den første så engasjerande.
- r pl Maten var lunken, og sausen smakte som han hadde stått for lenge.
- r mx Scenografien er flott, men framsyninga klarer aldri å bestemme seg for kva ho vil seie.
- r pl Spelet er prega av feil, og lastetidene er uuthaldeleg lange.
- r ng Det er ikkje ein einaste karakter her ein bryr seg om.
- r pl Filmen er altfor lang, og dei siste tretti minutta er reine gjentakingar.
- r sa Det er ein viss prestasjon å gjere så dramatisk stoff så keisamt.
- r pl Tekstane er banale, og rima er så føreseielege at ein kan syngje med før ein har høyrt låta.
- r pl Plottet heng ikkje i hop, og slutten kjem heilt ut av det blå.
- r co Oppfølgjaren er svakare enn originalen på alle punkt.
- r pl Humoren er flat, og vitsane er tjue år for seint ute.
- r pl Dialogen er stiv og unaturleg.
- r ng Det er ikkje mykje nytt å hente på dette albumet.
- r pl Serien går i ring, og ein mistar interessa lenge før finalen.
- r in Dette er ein av dei mest skuffande norske filmane i år.
- r pl Regien er tam, og filmen manglar eit eige visuelt uttrykk.
- r pl Produksjonen er så polert at all personlegdom er vaska bort.
- r pl Karakterane er eindimensjonale, og skurken er ein rein karikatur.
- r pl Restauranten er altfor dyr for det han leverer.
- r pl Konserten vart øydelagd av lange pausar og tekniske problem.
- r pl Forfattaren har for mange trådar i gang og klarer ikkje å samle dei.
- r pl Låtane er så like kvarandre at plata flyt saman til ein grå masse.
- r pl Fiskesuppa var tynn og nesten utan smak.
- r co Dette er klart den svakaste boka i serien så langt.
- r pl Filmen prøver å vere både komedie og drama, og lukkast med ingen av delane.
- r pl Vokalisten song falskt i fleire av dei høge partia.
- r sa Åtte episodar for å fortelje ei historie som kunne vore fortald på to. Imponerande.
- r pl Skodespelaren i hovudrolla verkar feilcasta og manglar tyngd.
- r mx Eit par sterke prestasjonar kan ikkje berge ei framsyning utan retning.
- r pl Boka hadde hatt godt av ein strengare redaktør.
- r pl Lydkvaliteten er grumsete, og bassen er nesten borte.
- r ng Ingen av vitsane i framsyninga fekk salen til å le.
# ---------------------------------------------------------------- additions
+ r pl Tekstane er poetiske utan å verte kryptiske.
+ r pl Spelet har ein eigen visuell stil som skil det frå alt anna i sjangeren.
+ r ng Det finst ikkje ein svak låt på heile plata.
0 r pl Plata er spelt inn i ei kyrkje i Sunnhordland.
0 r pl Boka er omsett frå islandsk.
0 r pl Spelet kjem ut på både PC og konsoll i vår.
- r pl Spelet krasja tre gonger i løpet av dei første to timane.
- r pl Biffen var seig, og potetene var kalde.
- r ng Ein vert aldri verkeleg engasjert i lagnaden til folka på scena.
"""
