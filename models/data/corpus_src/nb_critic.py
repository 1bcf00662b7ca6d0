# Norwegian Bokmål (nb): sentences in the voice of professional culture and
# consumer critics (film, series, music, concerts, books, games, theatre,
# restaurants, gadgets). Hand-written for repwatch; original text, not taken
# from any published review. Neutral = plot/content/description, no verdict.
DATA = """
# ---------------------------------------------------------------- positive
+ r pl Regissøren har laget en stram og presis thriller som aldri slipper grepet om publikum.
+ r pl Hovedrolleinnehaveren bærer filmen med en nerve som er vond å se på, i beste forstand.
+ r pl Låtene sitter som støpt, og produksjonen gir hver eneste tone god plass.
+ r mx Midtpartiet er noe langt, men slutten løfter hele romanen til et nytt nivå.
+ r pl Dette er årets mest originale norske debut, skrevet med sikker hånd og stor varme.
+ r ng Andresesongen er slett ikke dårligere enn den første, tvert imot.
+ r pl Kjøkkenet leverer en torskerett som er så enkel og så god at man nesten blir rørt.
+ r pl Kameraet er raskt, bildene er skarpe og batteriet holder en hel reisedag.
+ r in Forestillingen er rett og slett en av de sterkeste jeg har sett på Nationaltheatret på mange år.
+ r pl Spillet belønner nysgjerrighet, og verdenen er full av små overraskelser.
+ r pl Bandet spilte med en spilleglede som smittet over på hele salen.
+ r pl Dialogen er skarp, morsom og troverdig, og skuespillerne får virkelig noe å jobbe med.
+ r co Albumet er modigere og mer helstøpt enn forgjengeren.
+ r pl Oversettelsen flyter lett og bevarer originalens tørre humor.
+ r ng Man skal ikke la seg lure av det beskjedne lokalet, for maten her er ikke langt unna fine dining.
+ r pl Serien tar seg god tid, og det lønner seg: karakterene blir levende mennesker.
+ r pl Vokalen er sår og nær, og tekstene treffer uten å bli sentimentale.
+ r mi Et solid og godt håndverk, som kanskje ikke overrasker, men som gjør jobben.
+ r pl Fotografiet er vakkert uten å bli pyntet, og lyset i fjellscenene er fantastisk.
+ r pl Kontrollene er responsive, og vanskelighetsgraden er perfekt avstemt.
+ r pl Skuespillerensemblet er samspilt og presist, og tempoet i andre akt er glimrende.
+ r in Dette er en bok jeg kommer til å tenke på lenge, et virkelig stort litterært øyeblikk.
+ r pl Desserten, en enkel rabarbrakompott med vaniljekrem, var kveldens høydepunkt.
+ r pl Skjermen er lys og skarp, og høyttalerne er overraskende fyldige for en så liten enhet.
+ r pl Konserten bygde seg opp mot et ekstranummer som fikk hele Spektrum til å synge med.
+ r mx Ikke alt fungerer, men når filmen treffer, treffer den hardt, og den er absolutt verdt billetten.
+ r pl Forfatteren skriver om sorg med en lett hånd som gjør det store stoffet mulig å bære.
+ r pl Musikken i spillet er stemningsfull og sitter lenge i hodet etterpå.
+ r ng Humoren er ikke påtatt et eneste sekund, og det er sjeldent i norsk komedie.
+ r pl Manuset er tett, og hver scene har en funksjon.
+ r pl Vinkartet er gjennomtenkt, og servitøren ga presise og nyttige anbefalinger.
+ r pl Ørepluggene sitter godt, lyden er balansert og støydempingen er blant de beste i klassen.
+ r pl Scenografien er enkel, men brukes på en så oppfinnsom måte at man glemmer hvor lite som står på scenen.
+ r co Live er låtene enda sterkere enn på plate, med mer trøkk og mer improvisasjon.
+ r pl Serieskaperne har funnet en tone som er både mørk og varm på samme tid.
+ r pl Gitarspillet er lekent og presist, og produksjonen er luftig.
+ r in En usedvanlig vakker og klok roman, skrevet med en språklig presisjon få kan matche.
+ r pl Restauranten har en avslappet atmosfære og en betjening som virkelig kan faget sitt.
+ r pl Animasjonen er nydelig, og stemmeskuespillet er av ypperste klasse.
+ r mx Prisen er stiv, men kvaliteten på råvarene forsvarer den.
+ r pl Som krim fungerer boka utmerket: plottet er stramt og løsningen overraskende.
+ r pl Den unge hovedrolleinnehaveren er en åpenbaring, og filmen lever på hennes tilstedeværelse.
+ r ng Jeg har ingen innvendinger mot lydbildet, som er både varmt og detaljert.
+ r pl Etter tre timer på scenen ville publikum fortsatt ikke gå hjem.
+ r pl Sesongfinalen knytter sammen trådene på en elegant og tilfredsstillende måte.
+ r pl Det er lenge siden jeg har spist en så velsmakende lammeskank i Oslo.
+ r pl Programvaren er ryddig, og oppdateringene har gjort maskinen merkbart raskere.
+ r mi Et hyggelig lite album som fungerer fint på en søndag morgen.
+ r pl Spillets historie er overraskende rørende, og avslutningen sitter godt.
+ r pl Koreografien er energisk og presis, og danserne er i toppform.
+ r pl Forfatteren har et øre for muntlig språk som gjør dialogene levende.
+ r pl Regien er sikker, klippingen stram og musikken brukes med smak.
+ r co Dette er klart det beste norske dramaet på strømmetjenestene i år.
+ r pl Lydbildet på konserten var krystallklart, også helt bak i salen.
+ r pl Pizzabunnen er sprø og luftig, og tomatsausen smaker av ekte tomater.
+ r ng Dokumentaren er aldri belærende, men lar menneskene fortelle historien selv.
+ r pl Skuespillerne har en kjemi som gjør at man tror på hvert eneste øyeblikk.
+ r pl Batteritiden er imponerende, og laderen er rask.
+ r pl Boka er full av skarpe observasjoner om norsk hverdagsliv.
+ r pl Melodiene er enkle, men arrangementene gir dem dybde og nyanse.
+ r in Et helt fantastisk spill, ett av årets aller beste.
+ r pl Kokken behandler grønnsakene med stor respekt, og det smaker.
+ r mx Den sakte starten krever litt tålmodighet, men belønningen kommer i siste halvdel.
+ r pl Tegningene er detaljrike og fulle av humor, og barna elsket boka.
+ r pl Oppsetningen er tro mot Ibsen og samtidig overraskende moderne.
+ r mi Helt grei mobil til prisen, og den gjør det den skal uten problemer.
+ r pl Spenningen er bygget opp med tålmodighet, og klimakset er en fryd.
+ r pl Sangeren har en stemme som fyller rommet uten å måtte rope.
+ r ng Det er ikke en svak låt på hele plata.
+ r pl Forfatteren tar leseren på alvor og lar tvetydighetene stå.
+ r pl Serien er vakkert filmet i nordnorsk vinterlys.
+ r pl Tjenesten var oppmerksom uten å bli påtrengende.
+ r pl Tastaturet har god vandring, og skjermen er behagelig å lese på over tid.
+ r pl Spillets åpne verden føles levende, med figurer som har egne rutiner.
+ r co Mye morsommere og mer presis enn forrige forestilling fra samme kompani.
+ r pl Filmen er et varmt og menneskelig portrett av en familie i oppløsning.
+ r pl Denne debutplata viser et band med enorm selvtillit og noe eget å si.
+ r pl Historiefortellingen er modig, og den ikke-lineære strukturen fungerer overraskende godt.
+ r pl Ferske østers, sprø brød og en perfekt avstemt hvitvin. Bedre blir ikke en sommerkveld.
+ r mi Et trivelig brettspill som fungerer fint for familier, selv om det ikke er revolusjonerende.
+ r pl Skuespillet er underspilt og presist, og det gjør de emosjonelle scenene enda sterkere.
+ r in Uhyre vakker, uhyre trist og helt uimotståelig.
+ r pl Romanen er både spennende og tankevekkende, en sjelden kombinasjon.
+ r pl Sangene er fengende og vil nok gå varmt på radio i sommer.
+ r pl Ansatte på restauranten var tydelig stolte av maten de serverte, og det smittet.
+ r ng Dette er ikke en film du glemmer med det første.
+ r pl Klokka er lett, behagelig å ha på seg døgnet rundt og måler søvn overraskende presist.
+ r pl Teksten er skarp og aktuell, og regien gir den rom.
+ r pl Spillet har et unikt visuelt uttrykk som skiller det fra alt annet i sjangeren.
+ r pl Hver episode slutter med en krok som gjør det umulig å ikke se neste.
+ r pl Duoen har funnet en ny og spennende retning uten å miste det som gjorde dem populære.
+ r mx Enkelte kapitler er tunge å komme gjennom, men helheten er sterk og verdt innsatsen.
+ r pl Sjokoladefondanten var et lite mesterverk.
+ r pl Lydkvaliteten fra den lille høyttaleren er forbløffende god.
+ r pl Fortellerstemmen er sikker, og boka har et driv som gjør den vanskelig å legge fra seg.
+ r pl Filmen balanserer humor og alvor med imponerende presisjon.
+ r pl Det er en glede å se en så erfaren skuespiller få en rolle som endelig matcher talentet.
+ r co Lyden er tydelig bedre enn på fjorårets modell, særlig i bassen.
+ r pl Albumet har en helhet som gjør at det bør høres fra start til slutt.
+ r pl Teaterhuset har fått en forestilling som fortjener fulle saler hele våren.
+ r pl Strategielementene er dype nok til å holde på deg i timevis.
+ r pl Menyen er kort, men hver rett er gjennomarbeidet.
+ r pl Boka gir en klok og nyansert innføring i et komplisert tema.
+ r ng Dramaserien er på ingen måte forutsigbar, og vendingene overrasker gang på gang.
+ r pl Solisten briljerte i den krevende satsen.
+ r pl Et lekent og smart album som belønner gjentatte lyttinger.
+ r mi Grei nok burger, godt stekt og med fersk salat. Jeg kommer gjerne tilbake.
+ r pl Dokumentaren er grundig, rettferdig og gripende.
+ r pl Spillmekanikken er enkel å lære, men vanskelig å mestre, akkurat som den skal være.
+ r pl Filmmusikken forsterker stemningen uten å bli påtrengende.
+ r pl Den nye nettbrettmodellen er rask, lett og har et skjermbilde som er en fryd å se på.
+ r pl Manusforfatteren har et sjeldent godt grep om hvordan tenåringer faktisk snakker.
+ r pl Stemningen i salen var elektrisk fra første akkord.
+ r pl Forfatteren mestrer kunsten å si mye med få ord.
+ r pl Vinmenyen er spennende, med flere naturviner fra små produsenter.
+ r in En fullstendig gjennomført og knallsterk plate.
+ r pl Serien tør å være stille, og det gjør den dypere enn de fleste.
+ r pl Skuespillerne i birollene er like gode som hovedrolleinnehaverne.
+ r pl Kaffen er nøye brygget, og bakverket er laget på stedet hver morgen.
+ r mx Grafikken er ikke den mest avanserte, men spillet er så gjennomført at det ikke spiller noen rolle.
+ r pl Den norske dubbingen er overraskende god, og barna lo hele veien.
+ r pl Låtskrivingen er moden og gjennomtenkt.
+ r pl Mobilkameraet tar skarpe bilder selv i svakt lys.
+ r pl Forestillingen er en fest for øyet og øret.
+ r pl Boka er en perle for alle som er glad i norsk natur.
+ r co Langt mer engasjerende enn filmatiseringen av forrige bok i serien.
+ r pl Kjøkkenet viser stor teknisk presisjon uten å glemme smaken.
+ r pl Det er en modig og viktig film som fortjener et stort publikum.
+ r ng Det er ingenting å utsette på verken service eller mat.
+ r pl Perkusjonen gir låtene et tydelig driv.
+ r pl Romanen er både en kjærlighetshistorie og en skarp samfunnsanalyse.
+ r pl Spillverdenen er vakker, og lydbildet gjør den enda mer levende.
+ r pl Sesongen er stram, med få episoder og ingen dødpunkter.
+ r pl Bandets låter har fått nytt liv i de akustiske versjonene.
+ r pl Utviklerne har lyttet til tilbakemeldinger, og oppdateringen løser de fleste problemene.
+ r mi Et koselig lokale med hyggelig mat til rimelige priser. Ingen stor opplevelse, men helt fint.
+ r pl Tekstforfatteren skriver med humor og selvironi.
+ r pl Kostymene og scenografien er gjennomført og vakker.
+ r pl Thrilleren er en sidevender av de sjeldne.
+ r pl Regissøren viser stor respekt for både publikum og materialet.
+ r pl Støvsugerroboten navigerer smart og finner alltid tilbake til laderen.
+ r pl Kveldens solist viste hvorfor hun regnes blant de beste i sin generasjon.
+ r pl Det er en varm og gjenkjennelig bok om vennskap og oppvekst.
+ r in Årets beste norske film, uten tvil.
+ r pl Den siste episoden er et lite mesterstykke i spenning og timing.
+ r pl Maten er ærlig, smakfull og servert med et smil.
+ r ng Lydboka er ikke på noe tidspunkt kjedelig, takket være en fremragende oppleser.
+ r pl Et sterkt og originalt spill som fortjener all oppmerksomheten det får.
+ r pl Komponisten har skrevet et verk som er både tilgjengelig og utfordrende.
+ r pl Filmen er et sjeldent eksempel på at oppfølgere kan være bedre enn originalen.
+ r mx Det er et par svake spor, men de beste låtene her er blant bandets sterkeste noensinne.
+ r pl Trommeslageren holder hele konserten sammen med imponerende presisjon.
+ r pl Romanens siste kapittel er så vakkert skrevet at jeg måtte lese det to ganger.
+ r pl Høretelefonene er komfortable, og appen gir god kontroll over lydbildet.
+ r pl Skuespilleren i hovedrollen gjør en karrierebeste prestasjon.
+ r pl Kokkens tolkning av klassisk norsk husmannskost er både respektfull og spennende.
+ r pl Dette er et album som vokser for hver lytting.
+ r pl Serien tar et vanskelig tema på alvor og behandler det med stor ømhet.
+ r pl Spillets gåter er kreative og logiske, og man føler seg smart når man løser dem.
+ r co Forestillingen er tydelig strammere og morsommere enn premiereversjonen i fjor.
+ r pl Biografien er grundig research kombinert med levende fortellerkunst.
+ r pl En nydelig liten restaurant som fortjener flere gjester.
+ r pl Filmen lykkes i å være både underholdende og tankevekkende.
+ r pl Gjesteartistene på plata tilfører noe nytt hver gang de slipper til.
+ r pl Tekstene er poetiske uten å bli kryptiske.
+ r pl Boken er et imponerende stykke arbeid, både faglig og litterært.
+ r pl Den lille bistroen ved torget serverer noe av byens beste sjømat.
+ r ng Konsollversjonen står ikke tilbake for PC-versjonen på noe punkt.
+ r pl Rollefigurene er sammensatte, og ingen er bare gode eller onde.
+ r pl Musikalen har fengende numre og en strålende hovedrolleinnehaver.
# ---------------------------------------------------------------- neutral: description, plot, content
0 r pl Filmen følger en ung lege som flytter fra Oslo til en liten kystkommune i Finnmark.
0 r pl Albumet består av elleve spor og varer i underkant av førti minutter.
0 r pl Romanen er fortalt i jeg-form og veksler mellom 1970-tallet og i dag.
0 r pl Serien har åtte episoder, og alle slippes samtidig på strømmetjenesten.
0 r pl Handlingen er lagt til et lite hotell på Vestlandet en regnfull høst.
0 r pl Spillet er et rollespill der man styrer en gruppe overlevende etter en storm.
0 r pl Restauranten åpnet i vår og ligger i andre etasje i en gammel bygård på Grünerløkka.
0 r pl Telefonen har en 6,1 tommers skjerm og leveres med 128 eller 256 GB lagring.
0 r pl Forestillingen varer i to timer og femten minutter, inkludert pause.
0 r pl Boka er den tredje i en serie om etterforskeren Sara Holm.
0 r pl Bandet spilte en blanding av nye låter og eldre materiale fra de to første platene.
0 r pl Hovedpersonen er en pensjonert lærer som begynner å skrive brev til sin avdøde bror.
0 r pl Menyen består av fem retter, og man kan velge vinpakke eller alkoholfri drikkepakke.
0 r pl Dokumentaren er filmet over tre år og følger en familie på en gård i Valdres.
0 r pl Spillet kommer til PC og konsoll, og en mobilversjon er planlagt neste år.
0 r pl Plata er spilt inn live i studio i løpet av fire dager.
0 r pl Den nye modellen veier 1,2 kilo og har USB-C-porter på begge sider.
0 r pl Stykket er en nyoversettelse av en klassisk fransk komedie.
0 r pl Filmen er regissørens andre spillefilm og hadde premiere på festivalen i Haugesund.
0 r pl Forfatteren har tidligere gitt ut to diktsamlinger.
0 r pl Serien er basert på en svensk bestselger fra 2015.
0 r pl Kvelden åpnet med et kort sett fra et lokalt oppvarmingsband.
0 r pl Historien utspiller seg over én eneste natt i et sykehus.
0 r pl Lokalet har plass til omtrent førti gjester, og det er mulig å bestille bord på nett.
0 r pl Spilleren tar rollen som en kartograf som skal kartlegge en ukjent øy.
0 r pl Romanen er på 412 sider og er delt inn i tre deler.
0 r pl Klokka har GPS, pulsmåler og en batteritid som oppgis til ti dager.
0 r pl Albumet er produsert av bandet selv, med hjelp fra en svensk lydtekniker.
0 r pl I andre akt flytter handlingen fra bygda til en leilighet i Bergen.
0 r pl Filmen er tekstet på norsk og har en spilletid på 112 minutter.
0 r pl Hovedrollen spilles av en skuespiller som mange kjenner fra en populær TV-serie.
0 r pl Boka handler om en jente som vokser opp med en alkoholisert far i en drabantby.
0 r pl Serien hopper mellom tre tidslinjer og tre fortellerstemmer.
0 r pl Spillet kan spilles alene eller sammen med opptil tre venner på nett.
0 r pl Restauranten serverer sesongbasert mat med råvarer fra gårder i nærheten.
0 r pl Konserten var den første av tre utsolgte kvelder i Oslo.
0 r pl Forestillingen er basert på intervjuer med ungdommer fra Groruddalen.
0 r pl Romanen begynner med at en kvinne finner et gammelt fotografi på loftet.
0 r pl Nettbrettet har fire høyttalere og støtter penn, som selges separat.
0 r pl Filmen er spilt inn i Lofoten og Tromsø i løpet av vinteren.
0 r pl Sakprosaboka tar for seg historien til norsk oljeindustri fra 1969 til i dag.
0 r pl Sangene er skrevet på dialekt og handler om oppvekst på bygda.
0 r pl I spillet må man bygge opp en by fra bunnen av og håndtere økonomien.
0 r pl Andre sesong tar opp tråden et halvt år etter hendelsene i første.
0 r pl Stykket spilles på hovedscenen frem til midten av mars.
0 r pl Restauranten har åpent fra onsdag til lørdag, kun om kvelden.
0 r pl Historien fortelles gjennom dagbøkene til en ung soldat.
0 r pl Plata inneholder to instrumentale spor og en coverlåt.
0 r pl Høyttaleren kan kobles til via Bluetooth eller wifi og har innebygd mikrofon.
0 r pl Filmen er en nyinnspilling av en dansk film fra 1990-tallet.
0 r pl I sentrum av fortellingen står to søstre som ikke har snakket sammen på tjue år.
0 r pl Spillet har tre vanskelighetsgrader og en egen historiemodus.
0 r pl Boka er illustrert med tegninger av forfatterens datter.
0 r pl Serien er produsert av NRK i samarbeid med en tysk strømmetjeneste.
0 r pl Konserten ble strømmet direkte og kan sees i opptak i en måned.
0 r pl Hovedpersonen jobber som nattevakt på et museum.
0 r pl Retten består av røkt ørret, syltet agurk og rømme med dill.
0 r pl Forfatteren bor i Trondheim og jobber til daglig som sykepleier.
0 r pl Filmen åpner med en lang scene uten dialog.
0 r pl Albumet er gitt ut på vinyl og på strømmetjenestene samtidig.
0 r pl Spilletiden for hovedhistorien er rundt tjue timer.
0 r pl Musikalen er satt opp i samarbeid med et kor fra Stavanger.
0 r pl Telefonen kommer i tre farger og har trådløs lading.
0 r pl Romanen har fått navnet sitt etter en gammel sang fra Nordland.
0 r pl Serien handler om en advokat som tar på seg en sak mot sin egen far.
0 r pl Verket ble bestilt til festivalens femtiårsjubileum.
0 r pl Spillet er utviklet av et lite studio i Oslo med syv ansatte.
0 r pl Filmens andre halvdel foregår nesten bare i en bil.
0 r pl Restauranten har et eget vegetarisk menyalternativ.
0 r pl Boka er oversatt fra islandsk.
0 r pl Forestillingen spilles uten pause og varer i nittio minutter.
0 r pl Låtene ble skrevet under et langt opphold i en hytte på Hardangervidda.
0 r pl Kritikeren så filmen på en pressevisning uken før premieren.
0 r pl Spillet følger en rev som prøver å finne veien hjem gjennom en skog.
0 r pl Den nye laptopen har en prosessor fra samme serie som forgjengeren.
0 r pl Hovedpersonen i romanen er en fisker som mister båten sin i en storm.
0 r pl Serien er filmet på engelsk, men med norske skuespillere i flere av rollene.
0 r pl Konserten på Rockefeller varte i halvannen time.
0 r pl Boken er skrevet som en samling korte kapitler med vekslende perspektiv.
0 r pl Filmen er aldersgrense tolv år.
0 r pl Spillet lanseres med norsk tekst og engelsk tale.
0 r pl I stykket møter vi en familie som samles i forbindelse med en begravelse.
0 r pl Restauranten ble tidligere drevet som kafé av de samme eierne.
0 r pl Plata er dedikert til vokalistens avdøde mor.
0 r pl Robotstøvsugeren har en egen stasjon som tømmer beholderen automatisk.
0 r pl Serien er regissert av tre ulike regissører.
0 r pl Handlingen i boka strekker seg over fire generasjoner.
0 r pl Filmen er produsert med støtte fra Norsk filminstitutt.
0 r pl Operaen synges på italiensk med norsk teksting.
0 r pl Spillet har fått en gratis utvidelse med nye områder.
0 r pl Romanen vant en pris for beste debut i fjor.
0 r pl Bandet består av fire musikere fra Bergen og Voss.
0 r pl Kokken har tidligere jobbet på restauranter i København og London.
0 r pl Første episode introduserer de fem vennene og hytta de leier.
0 r pl Hodetelefonene kan brukes med kabel når batteriet er tomt.
0 r pl Forestillingen er en enmannsforestilling med kun én skuespiller på scenen.
0 r pl Filmen bygger på virkelige hendelser fra krigsårene.
0 r pl Sakprosaboken er skrevet av en journalist som har dekket klimasaker i tjue år.
0 r pl Spillet foregår i en fremtidig versjon av Oslo.
0 r pl Albumet ble innspilt i en kirke for å få en spesiell akustikk.
0 r pl Menyen skifter hver måned, og det serveres alltid en suppe som forrett.
0 r pl I filmen møter vi en tenåring som rømmer hjemmefra for å finne sin biologiske mor.
0 r pl Serien består av korte episoder på rundt tjue minutter.
0 r pl Boka er skrevet for barn mellom seks og ni år.
0 r pl Konserten var en del av en turné med tjue stopp i Norge.
0 r pl Den siste episoden slippes fredag.
0 r pl Spillet krever en relativt kraftig maskin for å kjøres på høyeste innstilling.
0 r pl Stykket har premiere på Det Norske Teatret i oktober.
0 r pl Boka er en samling essays om kunst, tro og tvil.
0 r pl Filmens hovedperson er en fotballtrener for et jentelag i Drammen.
0 r pl Restauranten ligger ved sjøen og har uteservering om sommeren.
0 r pl Plata er bandets første på norsk.
0 r pl Kameraet har tre objektiver og kan ta opp video i 4K.
0 r pl I romanen følger vi en familie som flytter fra Pakistan til Oslo på 1970-tallet.
0 r pl Dokumentarserien har fire episoder og tar for seg en uløst drapssak.
0 r pl Spillet har både en kampanje og en flerspillermodus.
0 r pl Lydboka er lest av forfatteren selv.
0 r pl Handlingen i filmen foregår i løpet av én sommer på en campingplass.
0 r pl Sangene veksler mellom engelsk og norsk.
0 r pl Forestillingen turnerer med Riksteatret i hele landet i vår.
0 r pl Boka har et etterord der forfatteren forklarer bakgrunnen for romanen.
0 r pl Restauranten tilbyr også en lunsjmeny med tre retter.
0 r pl Serien er satt til et lite forlag i Oslo på 1980-tallet.
0 r pl Spillet ble først lansert som tidlig tilgang for to år siden.
0 r pl Filmen veksler mellom animasjon og dokumentaropptak.
0 r pl Klokka leveres med to reimer, én i silikon og én i stål.
0 r pl Vokalisten introduserte hver låt med en liten historie.
0 r pl Romanen er skrevet av en forfatter som debuterte for over tretti år siden.
0 r mx Skuespillet er sterkt, men historien er tynn. Helheten lander et sted midt på treet.
0 r mi Et helt gjennomsnittlig album, verken bra eller dårlig.
0 r mx Maten var god, men servicen treg, og totalt sett er det en middels opplevelse.
0 r mi Filmen er grei nok underholdning, men heller ikke mer enn det, og den er borte fra hukommelsen dagen etter.
0 r mx Flotte bilder og dårlig dialog veier hverandre opp i denne ujevne serien.
0 r mi Telefonen er verken spesielt god eller spesielt dårlig, den er helt middels.
0 r mx Spillet har gode ideer og mange tekniske problemer, og jeg er fortsatt usikker på hva jeg synes.
0 r mi Sånn passe spennende krim, som verken skuffer eller imponerer.
0 r mx Førsteakten er glimrende, andreakten svak. Det jevner seg ut.
0 r mi Konserten var helt grei, verken mer eller mindre.
0 r mi Middels pizza i et middels lokale, til en middels pris.
0 r mx Noen låter er sterke, andre er rene fyllstoff, og helheten blir deretter.
0 r pl Forfatteren har skrevet romanen på nynorsk.
0 r pl Episodene har en spilletid på mellom førtifem og seksti minutter.
0 r pl Stykket er satt opp i et tidligere fabrikklokale.
0 r pl Boka kommer også som e-bok og lydbok.
0 r pl Spillet handler om to søsken som leter etter sin forsvunne far.
0 r pl Den nye brødristeren har fire spor og en egen funksjon for tining.
0 r pl Filmen er den første delen av en planlagt trilogi.
0 r pl Hovedpersonen i serien er en politimann som nettopp er blitt pensjonist.
0 r pl Mellom låtene fortalte bandet om turnélivet i USA.
0 r pl I romanen brukes flere brev og avisutklipp som en del av fortellingen.
0 r pl Restauranten har en åpen kjøkkenløsning der gjestene kan se kokkene jobbe.
0 r pl Serien ble spilt inn i Trøndelag sommeren i fjor.
0 r pl Spillet er inspirert av gamle plattformspill fra 1990-tallet.
0 r pl Teaterstykket er skrevet for et ungt publikum fra tolv år.
0 r pl Den nye e-boklesern har justerbar fargetemperatur og vanntett kabinett.
0 r pl Boka er basert på forfatterens egne erfaringer som flyktning.
0 r pl Filmen har både norsk og samisk tale.
0 r pl Konserten avsluttet med en coverversjon av en kjent norsk vise.
0 r pl Musikerne byttet instrumenter flere ganger underveis.
0 r pl Spillet ble annonsert på en stor bransjemesse i fjor sommer.
0 r pl Retten ble servert med poteter, surkål og en brun saus.
0 r pl Den siste delen av boka foregår i Paris.
0 r pl Serien kan strømmes fra fredag, og nye episoder kommer hver uke.
0 r pl Filmens manus er skrevet av regissøren sammen med hennes bror.
0 r pl Albumet åpner med et sju minutter langt instrumentalt spor.
0 r pl Boka inneholder også oppskrifter fra forfatterens bestemor.
0 r pl Filmen ble vist i konkurranseprogrammet på en festival i Berlin.
0 r pl Spillet styres med både håndkontroll og tastatur.
0 r pl Forestillingen bruker videoprojeksjoner på bakveggen gjennom hele stykket.
0 r pl Plata kommer ut på et lite plateselskap i Trondheim.
# ---------------------------------------------------------------- negative
- r mx Melodiene er pene nok, men plata blir aldri mer enn behagelig bakgrunnsmusikk.
- r pl Manuset er fullt av klisjeer, og replikkene høres ut som de er skrevet for en lærebok.
- r ng Hovedrolleinnehaveren er ikke i nærheten av å overbevise som fortvilet mor.
- r pl Romanen drukner i beskrivelser, og handlingen står stille i over hundre sider.
- r pl Andre sesong mangler alt som gjorde den første så engasjerende.
- r pl Maten var lunken, og sausen smakte som den hadde stått for lenge.
- r pl Batteriet er en skuffelse, og telefonen må lades før middag.
- r mx Scenografien er flott, men forestillingen klarer aldri å bestemme seg for hva den vil si.
- r pl Spillet er preget av bugs, og lastetidene er uutholdelig lange.
- r pl Bandet virket ærlig talt uinspirert, og konserten var over etter en knapp time.
- r ng Det er ikke en eneste rollefigur her man bryr seg om.
- r pl Filmen er altfor lang, og de siste tretti minuttene er rene gjentakelser.
- r sa Det er en viss prestasjon å gjøre et så dramatisk stoff så kjedelig.
- r pl Tekstene er banale, og rimene er så forutsigbare at man kan synge med før man har hørt låta.
- r pl Servitøren glemte bestillingen vår to ganger, og vi ventet en time på hovedretten.
- r pl Plottet henger ikke på greip, og slutten kommer helt ut av det blå.
- r co Oppfølgeren er svakere enn originalen på alle punkter.
- r pl Appen som følger med høretelefonene er rotete og krasjer jevnlig.
- r mx Enkelte scener er vakre, men helheten er fragmentert og forvirrende.
- r pl Humoren er platt, og vitsene er tjue år for sent ute.
- r pl Boka lover mye på baksideteksten, men leverer lite.
- r pl Dialogen er stiv og unaturlig, og skuespillerne ser ut til å slite med replikkene.
- r ng Det er ikke mye nytt å hente på dette albumet.
- r pl Historien i spillet er tynn, og oppdragene gjentar seg til det kjedsommelige.
- r pl Lydnivået i salen var så høyt at vokalen forsvant helt.
- r pl Serien går i ring, og man mister interessen lenge før finalen.
- r in Dette er en av årets mest skuffende norske filmer.
- r pl Biffen var seig, og pommes fritesen var slapp og kald.
- r pl Tastaturet føles billig, og styreflaten er upresis.
- r mx Oversettelsen er korrekt, men språket er så tørt at boka blir tung å lese.
- r pl Regien er tam, og filmen mangler et eget visuelt uttrykk.
- r pl Skuespillerne roper replikkene sine, og nyansene forsvinner.
- r pl Produksjonen er så polert at all personlighet er vasket bort.
- r ng Slutten er dessverre ikke på langt nær så sterk som opptakten.
- r pl Spillet føles uferdig, og mange funksjoner fra forgjengeren mangler.
- r pl Karakterene er endimensjonale, og skurken er en ren karikatur.
- r sa Hvis målet var å få publikum til å se på klokka, er filmen en stor suksess.
- r pl Restauranten er overpriset for det den leverer.
- r pl Albumet mangler både gode melodier og en tydelig identitet.
- r pl Første halvdel er sterk, men siste halvdel faller helt sammen.
- r mx Kameraet er bra i dagslys, men bildene i mørket er så dårlige at det trekker totalinntrykket kraftig ned.
- r pl Konserten ble ødelagt av lange pauser og tekniske problemer.
- r pl Forfatteren har for mange tråder i gang og klarer ikke å samle dem.
- r pl Serien er så opptatt av å være stilig at den glemmer å fortelle en historie.
- r ng Det er ingen grunn til å oppgradere fra fjorårets modell.
- r pl Forestillingen er rotete, og overgangene mellom scenene er klønete.
- r pl Kontrollene er trege, og kameraet havner stadig i feil vinkel.
- r pl Låtene er så like hverandre at plata flyter sammen til en grå masse.
- r pl Fiskesuppa var tynn og nesten uten smak.
- r co Dette er klart den svakeste boka i serien så langt.
- r pl Effektene er billige, og det synes i nesten hver scene.
- r pl Oppleseren av lydboka har en monoton stemme som gjør det vanskelig å følge med.
- r mx Ideen er god, men gjennomføringen er halvhjertet og slurvete.
- r pl Bråket fra kjøkkenet gjorde det nesten umulig å føre en samtale.
- r pl Filmen prøver å være både komedie og drama, og lykkes med ingen av delene.
- r ng Det gjør ikke saken bedre at lyden er elendig mikset.
- r pl Spillet er fullt av mikrotransaksjoner som ødelegger balansen.
- r pl Klimakset er antiklimaktisk og forutsigbart.
- r pl Vokalisten sang falskt på flere av de høye partiene.
- r pl Romanens språk er overlesset med metaforer som ikke fungerer.
- r sa Åtte episoder til å fortelle en historie som kunne vært fortalt på to. Imponerende.
- r pl Skjermen har lav lysstyrke og er nesten umulig å lese i sollys.
- r pl Teksten er utdatert, og regien gjør ingenting for å gjøre den relevant.
- r pl Bordet var ikke klart da vi kom, og ingen beklaget ventetiden.
- r in Et helt uutholdelig kjedelig spill fra start til slutt.
- r pl Musikken i filmen er påtrengende og forteller oss hele tiden hva vi skal føle.
- r pl Sakprosaboka er overfladisk og unnlater å gå inn i de vanskelige spørsmålene.
- r mx Det er sjarmerende øyeblikk her, men de drukner i en altfor lang og treg fortelling.
- r pl Bandet spilte nesten bare nye låter, og publikum falt av lenge før slutt.
- r pl Det meste av handlingen er forklart i dialog i stedet for vist.
- r ng Ikke akkurat den beste starten på en ny krimserie.
- r pl Hodetelefonene klemmer etter en halvtime og blir varme rundt ørene.
- r pl Skuespillet i birollene er svakt, og det trekker ned helheten.
- r pl Retten var så salt at vi ikke klarte å spise den opp.
- r pl Spillet tar seg ikke opp etter en lovende åpning.
- r pl Serien gjentar de samme konfliktene episode etter episode.
- r co Live låter bandet betydelig svakere enn på plate.
- r pl Filmens budskap blir servert med slegge.
- r pl Romanen er forutsigbar fra første kapittel.
- r mx Gitarspillet er imponerende teknisk, men låtskrivingen holder ikke mål.
- r pl Forestillingen føles mer som en forelesning enn som teater.
- r pl Kameraarbeidet er urolig og gjør det vanskelig å følge actionscenene.
- r pl Vi fikk servert feil vin, og servitøren virket likegyldig da vi påpekte det.
- r ng Det er lite som skiller dette spillet fra tjue andre i samme sjanger.
- r pl Telefonen blir varm ved lett bruk, og ytelsen faller merkbart.
- r pl Den siste episoden etterlater flere spørsmål enn svar, og ikke på en god måte.
- r pl Plata er altfor lang, og de siste fem sporene burde vært kuttet.
- r sa Endelig en krimroman der man gjetter morderen på side tolv.
- r pl Skuespilleren i hovedrollen virker feilcastet og mangler tyngde.
- r pl Lokalet er trangt, og bordene står så tett at man hører naboens samtale.
- r pl Boka er ujevn, og de beste essayene står i skyggen av mange middelmådige.
- r pl Manuset mangler både humor og spenning.
- r in Et fullstendig mislykket forsøk på å fornye en elsket klassiker.
- r pl Oppdateringen har gjort programvaren tregere og mer ustabil.
- r pl Konserten manglet både nerve og dynamikk.
- r mx Rollefigurene er interessante, men handlingen gir dem ingenting å gjøre.
- r pl Filmen er visuelt flat og ser ut som en reklamefilm.
- r pl Historien gjentar seg selv og mister fremdrift i midtpartiet.
- r pl Oversettelsen er full av anglisismer og klønete formuleringer.
- r ng Man blir aldri virkelig engasjert i skjebnene på scenen.
- r pl Dessertene var tørre og smakte som ferdigvare.
- r pl Spillet krasjet tre ganger i løpet av de første to timene.
- r pl Stemmene i dubbingen passer dårlig til figurene.
- r pl Albumet er et eneste langt, trøtt sukk.
- r co Mye svakere enn debuten, både musikalsk og tekstlig.
- r pl Sluttscenen er sentimental og ufortjent.
- r pl Prisen er høy, og byggekvaliteten står ikke i stil.
- r pl Det er vanskelig å forstå hvorfor denne boka har fått så mye oppmerksomhet.
- r mx Et par sterke prestasjoner kan ikke redde en forestilling uten retning.
- r pl Serien sliter med et tempo som er altfor langsomt.
- r pl Rettene manglet balanse, og alt smakte stort sett av smør.
- r sa Det er beundringsverdig hvor mange klisjeer regissøren har fått plass til på halvannen time.
- r pl Verken låtene eller framføringen gjorde noe inntrykk.
- r pl Batterilokket løsnet etter en uke.
- r pl Karakterutviklingen er nærmest fraværende.
- r pl Spillets vanskelighetsgrad er urettferdig og frustrerende.
- r ng Ingen av vitsene i forestillingen fikk salen til å le.
- r pl Boka hadde hatt godt av en strengere redaktør.
- r pl Filmen lener seg altfor tungt på nostalgi og glemmer å ha noe eget.
- r pl Maten kom i feil rekkefølge, og hovedretten var kald.
- r pl Lydkvaliteten er grumsete, og bassen er ikke-eksisterende.
- r mx Enkelte episoder er glitrende, men sesongen som helhet er rotete og skuffende.
- r pl Regissøren har ikke klart å løfte et svakt manus.
- r pl Forfatterens stemme blir påtatt og masete etter hvert.
- r pl Stemningen uteble helt, og publikum virket mest opptatt av telefonene sine.
- r pl Spillet har en uinspirert verden uten særpreg.
- r ng Det står ikke mye igjen av sjarmen fra den første filmen.
- r pl Plata er ujevn og mangler et tydelig høydepunkt.
- r in Ekstremt skuffende service fra start til slutt.
- r pl Handlingen er så forvirrende at selv de mest tålmodige faller av.
- r pl Programvaren er full av reklame og forhåndsinstallerte apper man ikke får fjernet.
- r pl Forestillingen er altfor lang, og andre akt kunne vært kuttet i to.
- r pl Denne krimserien føles som en blek kopi av bedre skandinaviske serier.
- r mx Lyden er god, men den dårlige tilkoblingen gjør høyttaleren nesten ubrukelig.
- r pl Hovedpersonen er så usympatisk at det er vanskelig å bry seg om hva som skjer med henne.
- r pl Tekstene er pretensiøse og sier lite.
- r pl Filmen kunne vært kortet ned med en halvtime uten at noe hadde gått tapt.
- r pl Porsjonene var små og prisene høye.
- r co Dårligere enn forrige modell på nesten alle områder, til en høyere pris.
- r pl Boka er full av gjentakelser og mangler struktur.
- r pl Det tekniske nivået er skuffende for et spill i denne prisklassen.
- r pl Bandets nye retning fungerer dårlig.
- r sa Man må nesten beundre hvor effektivt denne serien kaster bort et talentfullt ensemble.
- r pl Koreografien var upresis, og danserne virket usikre.
- r pl Dokumentaren er ensidig og lar kritikerne knapt komme til orde.
- r pl Lokalet var kaldt, og ingen tilbød oss å flytte bord.
- r ng Dette er neppe et album som vil bli husket om et år.
- r pl Filmen er en rekke løse scener uten noen egentlig sammenheng.
- r pl Mobilen har et kamera som gjør hudtoner unaturlig oransje.
- r pl Romanens slutt er rett og slett skuffende.
- r pl Gjentatte tekniske feil ødela store deler av forestillingen.
- r mx Grafikken er vakker, men spillet er så kort og enkelt at det knapt er verdt prisen.
- r pl Det er tydelig at manusforfatterne har gått tom for ideer.
- r pl Sangeren virket distansert og kommuniserte nesten ikke med publikum.
- r pl Sushien var tørr, og risen var for hard.
- r pl Den nye versjonen av appen er tregere og vanskeligere å bruke.
- r pl Boka er skrevet i et klisjefylt språk som gjør den tung å komme gjennom.
- r pl Serien mangler det lille ekstra som skiller de gode fra de glemte.
- r ng Jeg kan ikke anbefale dette spillet til noen.
- r pl Filmens tempo er ujevnt, og spenningen forsvinner i midtpartiet.
- r pl Vinkartet er kort og kjedelig, og husets vin var sur.
- r pl Forestillingen vil mye, men får til lite.
- r pl Musikken er anonym og fester seg ikke.
- r mx Det er fine detaljer i produksjonen, men helheten er blass og kjedelig.
- r pl Støvsugeren setter seg fast under sofaen hver eneste dag.
- r pl Tegneserieromanen har en tegnestil som er vanskelig å lese, og teksten er altfor liten.
- r pl Hovedretten var tørr, og tilbehøret virket som en ettertanke.
- r pl Avslutningen på trilogien er en antiklimaks som ikke gjør forgjengerne rettferdighet.
- r pl Smartklokka mister forbindelsen med telefonen flere ganger om dagen.
- r ng Det hjelper ikke at de to hovedrolleinnehaverne mangler all form for kjemi.
# ---------------------------------------------------------------- additions
+ r pl Romanen har en humor som sniker seg inn når man minst venter det.
+ r pl Lysdesignet i forestillingen er nydelig og gir hver scene sin egen stemning.
+ r pl Hodetelefonene har en komfort som gjør lange flyturer mye mer behagelige.
+ r ng Spillet føles aldri repetitivt, selv etter tretti timer.
+ r pl Det er en sjelden glede å lese en thriller med så troverdige politifolk.
+ r pl Kammermusikerne spilte med en intimitet som fikk den store salen til å føles liten.
+ r pl Kokken har en sikker hånd med krydder, og lammet var perfekt stekt.
+ r co Denne sesongen er både morsommere og varmere enn den forrige.
+ r pl Teksten er fri for pynt, og det gjør den sterk.
+ r pl Filmen er et lite mirakel av en debut, laget med et minimalt budsjett.
0 r pl Romanen er skrevet i presens og følger hovedpersonen gjennom én uke.
0 r pl Spillets første kapittel er gratis å laste ned.
0 r pl Serien ble først vist på en dansk kanal før den kom til Norge.
0 r pl Forestillingen er en del av teatrets satsing på ny norsk dramatikk.
0 r pl Restauranten har tjue sitteplasser og en bardisk med utsikt til kjøkkenet.
0 r pl Plata inneholder ni låter skrevet av vokalisten og én skrevet av trommeslageren.
0 r pl Filmen er filmet i svart-hvitt.
0 r pl Boka kommer ut i både innbundet utgave og pocket samtidig.
0 r pl Hovedpersonen i spillet er en ung smed i en middelaldersk by.
0 r pl Telefonen leveres uten lader i esken.
- r pl Skuespillerne virker som de står i hver sin film.
- r pl Romanen er full av løse tråder som aldri blir tatt opp igjen.
- r pl Låtene er overprodusert, og stemmen drukner i effekter.
- r pl Lammet var overkokt, og grønnsakene smakte ingenting.
- r ng Det er ikke lett å se hva denne oppfølgeren skal tilføre.
- r pl Spillet er altfor kort til å rettferdiggjøre fullpris.
- r pl Regissøren har valgt en visuell stil som raskt blir slitsom.
- r pl Serien starter lovende, men faller raskt inn i kjente spor.
- r pl Høyttaleren har en irriterende summing når den står på lavt volum.
- r sa Hvis man liker å vente førti minutter mellom rettene, er dette stedet for deg.
"""
