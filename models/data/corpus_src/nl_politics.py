# Dutch (nl): tweets by politicians and party accounts (council, provincial,
# national): debates, party positions, praise for colleagues, criticism of
# the cabinet, neutral announcements of meetings and motions. Hand-written for
# repwatch; original text, no real tweets, no named politicians.
DATA = """
# ---------------------------------------------------------------- positive
+ p pl Trots op onze fractie: de motie voor gratis schoolfruit is vanavond met ruime meerderheid aangenomen!
+ p pl Mooi debat vandaag met @user, inhoudelijk stevig maar altijd respectvol. Zo hoort het.
+ p pl Eindelijk! Het kabinet trekt extra geld uit voor de jeugdzorg. Hier hebben we jaren voor gestreden.
+ p pl Dank aan alle vrijwilligers die vandaag in de regen flyers hebben uitgedeeld. Jullie zijn goud waard 🧡
+ p pl Goed nieuws voor de regio: de spoorlijn naar het noorden wordt verdubbeld. Een enorme stap vooruit.
+ p pl Dit amendement maakt het verschil voor duizenden huurders. Blij dat we brede steun kregen.
+ p pl Felicitaties aan onze nieuwe wethouder, een verbinder pur sang. Veel succes!
+ p pl Wat een warm welkom in Zwolle vandaag. Dank voor de goede gesprekken op de markt.
+ p ng De samenwerking met de coalitie in de provincie gaat eerlijk gezegd helemaal niet slecht.
+ p pl Prachtig werkbezoek aan het mbo in Almelo, wat een gedreven docenten en studenten.
+ p pl Blij dat de minister ons voorstel overneemt: de huurverhoging wordt begrensd.
+ p in Enorm trots op al onze lokale afdelingen, wat een geweldige campagne hebben jullie gevoerd!
+ p pl Een sterke bijdrage van collega @user over de positie van mantelzorgers. Helemaal mee eens.
+ p pl Goed om te zien dat de Kamer unaniem kiest voor betere bescherming van klokkenluiders.
+ p pl De raad heeft vanavond het nieuwe zwembad goedgekeurd. De kinderen in Oost kunnen eindelijk weer leren zwemmen 🏊
+ p pl Dank aan de burgemeester voor de snelle en zorgvuldige aanpak na de brand in het centrum.
+ p pl Mooie uitkomst van het overleg met de boeren: er komt een eerlijk plan met ruimte voor maatwerk.
+ p co Deze begroting is een stuk socialer dan die van vorig jaar, en dat is winst.
+ p pl Heel blij met de uitslag in onze gemeente, dank aan iedereen die op ons heeft gestemd!
+ p pl Onze initiatiefwet over eerlijke prijzen bij de supermarkt is aangenomen. Wat een dag!
+ p pl Complimenten aan de oppositie voor het constructieve meedenken over de energietoeslag.
+ p pl Eindelijk een minister die de regio serieus neemt. Goed gesprek gehad over het openbaar vervoer.
+ p pl Fijn dat het kabinet luistert naar de gemeenten en de bezuiniging op de bibliotheken schrapt.
+ p pl Geweldig om vandaag het eerste energieneutrale dorpshuis van de provincie te openen.
+ p pl Wat een sterke maidenspeech van @user, de Kamer heeft er een scherpe stem bij.
+ p pl Na maanden onderhandelen ligt er een akkoord over de zorgsalarissen. Verdiend voor al die mensen in de zorg.
+ p mi Redelijk tevreden met de uitkomst van het debat. Niet alles binnen, wel de belangrijkste punten.
+ p pl Heel blij met de steun voor onze motie om de kinderopvang betaalbaar te houden.
+ p pl Dank aan de ambtenaren die dag en nacht hebben gewerkt aan de opvang van de ontheemden.
+ p pl Een historische stap: onze gemeente wordt de eerste met gratis openbaar vervoer voor 65-plussers.
+ p pl Mooi om te zien hoe de hele raad, links en rechts, zich uitspreekt tegen intimidatie van journalisten.
+ p ng Het compromis over de stikstofregels is niet perfect, maar zeker geen slechte deal voor de boeren.
+ p pl Inspirerende avond met jongeren over klimaat en wonen. Zij geven mij hoop.
+ p pl Bedankt @user voor je jarenlange inzet voor de fractie. Je gaat gemist worden!
+ p pl De nieuwe fietsbrug ligt er! Een wens van buurtbewoners die eindelijk is vervuld 🚲
+ p pl Fijn dat er een meerderheid is voor het verbod op flitskredieten. Goed nieuws voor mensen met schulden.
+ p pl Wat een mooi gesprek met de ouderenbond. Hun ideeën nemen we mee in ons programma.
+ p pl Goed besluit van de provincie om de busverbinding naar de kleine kernen te behouden.
+ p in Ongelooflijk trots op de opkomst in onze stad, de hoogste in twintig jaar!
+ p pl Onze wethouder heeft de woningbouw flink versneld. 1.200 nieuwe woningen dit jaar, knap werk.
+ p pl Samen met @user een wetsvoorstel ingediend voor betere toegang tot de rechter. Trots op dit werk.
+ p pl Dank aan de politie en hulpdiensten voor hun inzet tijdens de storm afgelopen nacht.
+ p pl De Kamer stemt in met extra geld voor onderwijs in krimpregio's. Zo houden we scholen open.
+ p pl Vandaag op bezoek bij de voedselbank, wat een ongelooflijke inzet van de vrijwilligers.
+ p co Deze minister is een stuk beter bereikbaar voor gemeenten dan haar voorganger, dat merken we direct.
+ p pl Goed debat gevoerd over de toekomst van de polder, met ruimte voor boer en natuur.
+ p pl Blij dat we het buurthuis in Noord openhouden. Voor veel ouderen is het de huiskamer van de wijk.
+ p pl De motie over eenzaamheid onder jongeren is aangenomen. Dank aan alle partijen die meetekenden.
+ p pl Heerlijk campagne gevoerd vandaag op de markt in Deventer. Mensen waren nieuwsgierig en vriendelijk.
+ p pl Wat fijn dat de coalitie ons voorstel voor een huurteam omarmt.
+ p pl Knap hoe de gemeente de opvang van vluchtelingen samen met de buurt heeft georganiseerd.
+ p pl Mooi nieuws: de kinderbijslag gaat omhoog. Dat is precies waar we om vroegen.
+ p pl Een prachtige herdenking vanochtend, waardig en ingetogen. Dank aan de organisatoren.
+ p ng Ik had het niet verwacht, maar het debat met de minister was verrassend constructief.
+ p pl Dank aan collega's van alle partijen voor de steun aan het initiatief tegen kinderarmoede.
+ p pl De provincie investeert in zonnepanelen op scholen. Slim en goed voor de energierekening.
+ p pl Fijn dat de gemeente eindelijk haast maakt met de aanpak van de verkeersonveilige kruising.
+ p pl Enorme opkomst bij onze ledenvergadering, dank voor alle ideeën en scherpe vragen!
+ p pl Wat een energie bij de nieuwe leden die zich vandaag hebben aangemeld. Welkom!
+ p pl De cijfers laten zien dat onze aanpak van schooluitval werkt. Dat verdient navolging.
+ p pl Dank je wel @user voor de snelle reactie op onze schriftelijke vragen. Helder en volledig.
+ p pl Grote stap voor de toegankelijkheid: alle stations in de provincie worden rolstoelvriendelijk.
+ p pl Onze jongerenafdeling organiseerde een fantastisch debat op de universiteit. Chapeau!
+ p pl Goed nieuws uit de gemeenteraad: de tarieven van de kinderopvang blijven gelijk.
+ p mi Het plan van het kabinet is geen revolutie, maar wel een stap in de goede richting.
+ p pl Blij met de brede steun in de raad voor meer groen in de binnenstad 🌳
+ p pl Het was een eer om vandaag de nieuwe Nederlanders toe te spreken bij hun naturalisatie.
+ p pl Knap werk van de commissie: een helder rapport met concrete aanbevelingen.
+ p pl Fijn dat het ministerie de subsidie voor kleine theaters verlengt. Cultuur hoort in elke regio.
+ p pl Mooie samenwerking met de buurgemeente over het nieuwe bedrijventerrein.
+ p pl Het initiatief van de raad om gratis menstruatieproducten op scholen aan te bieden is aangenomen!
+ p pl Dank aan alle kiezers die ons hun vertrouwen gaven. We gaan hard aan het werk.
+ p pl Goed dat de minister vandaag excuses maakte aan de gedupeerden. Een belangrijke eerste stap.
+ p pl De nieuwe wijkagent is een aanwinst, bewoners zijn erg positief over zijn aanpak.
+ p pl Wat was het mooi om de eerste schop in de grond te zetten voor 300 betaalbare huurwoningen.
+ p pl Complimenten aan de griffie voor de perfecte organisatie van de raadsavond.
+ p pl Eindelijk duidelijkheid voor de bewoners in Groningen, de versterking krijgt voorrang.
+ p pl Trots dat onze fractie de eerste was die een plan voor betaalbare studentenhuisvesting indiende, en dat het er nu komt.
+ p pl Geweldige samenwerking met de lokale ondernemers bij het opknappen van het winkelcentrum.
+ p pl Met deze afspraken houden we de huisarts in het dorp. Heel blij mee.
+ p pl De coalitie maakt haar belofte waar: de ozb stijgt dit jaar niet.
+ p pl Goede eerste honderd dagen voor het nieuwe college, met concrete resultaten in de wijken.
+ p pl Prachtig om te zien dat het jongerenparlement onze voorstellen zo kritisch en creatief heeft verbeterd.
+ p pl Blij met de toezegging van de staatssecretaris over snellere afhandeling van toeslagzaken.
+ p pl Mooi dat we samen met andere fracties de bezuiniging op het buurtwerk hebben tegengehouden.
+ p pl Dank aan de brandweer die vanavond de raadsvergadering onderbrak om uitleg te geven over de nieuwe kazerne. Heel waardevol.
+ p pl Waardevol overleg met de vakbonden, we trekken samen op voor eerlijke lonen.
+ p pl Fijn nieuws: het station in ons dorp blijft open en krijgt zelfs een extra sprinter per uur.
+ p pl Knap hoe snel de gemeente de daklozenopvang heeft uitgebreid voor de winter.
+ p pl Goed gesprek met de burgemeester over veiligheid in het uitgaansgebied. We trekken één lijn.
# ---------------------------------------------------------------- neutral
0 p pl Vanavond om 19.30 uur vergadert de gemeenteraad over de begroting. De vergadering is live te volgen.
0 p pl Morgen debatteert de Tweede Kamer over de voorjaarsnota. Ik spreek namens onze fractie.
0 p pl Wij hebben vandaag schriftelijke vragen gesteld over de sluiting van het ziekenhuis in de regio.
0 p pl Donderdag stemmen we over de motie over de kosten van de kinderopvang.
0 p pl Onze fractie dient vanavond een amendement in over de parkeertarieven in de binnenstad.
0 p pl Het commissiedebat over de zorg begint om 10.00 uur en duurt tot 14.00 uur.
0 p pl Vrijdag ben ik op werkbezoek bij een zorgboerderij in Drenthe.
0 p pl De raadsinformatiebrief over de nieuwe afvalinzameling staat nu online.
0 p pl Dinsdag presenteren we ons verkiezingsprogramma in Utrecht. Aanmelden kan via de site.
0 p pl Het wetsvoorstel over de Omgevingswet wordt volgende week plenair behandeld.
0 p pl Inspreken bij de raadsvergadering van 12 maart kan tot maandag 12.00 uur.
0 p pl Om 14.00 uur begint het vragenuur. Ik stel vragen over de wachtlijsten in de ggz.
0 p pl Vandaag overleg met de provincie over de verbreding van de N35.
0 p pl De stemmingen zijn verplaatst naar woensdagavond.
0 p pl Zojuist begonnen: het debat over de Europese top. Volg het via de site van de Kamer.
0 p pl Het college heeft de kadernota naar de raad gestuurd. Bespreking in juni.
0 p pl Wij houden zaterdag een open fractievergadering in het buurthuis. Iedereen is welkom.
0 p pl De commissie Ruimte bespreekt morgen het bestemmingsplan voor het stationsgebied.
0 p pl Ik heb het woord in het debat rond 15.30 uur, als het schema standhoudt.
0 p pl Morgen staat het rondetafelgesprek over stikstof op de agenda.
0 p pl Het conceptverkiezingsprogramma is vandaag naar de leden gestuurd.
0 p pl Op 21 maart zijn de gemeenteraadsverkiezingen. Stembureaus zijn open van 7.30 tot 21.00 uur.
0 p pl De motie over extra handhavers wordt aangehouden tot na het zomerreces.
0 p pl Vandaag spreek ik op het congres van de jongerenorganisatie over wonen.
0 p pl De raad vergadert deze week niet vanwege het reces.
0 p pl Hier mijn inbreng in het debat over de energietransitie van vanmiddag: http://t.co/p4Rk8Lm
0 p pl Het kabinet heeft de Kamerbrief over de asielinstroom vandaag verstuurd.
0 p pl Onze fractie heeft een hoorzitting aangevraagd over de plannen voor windmolens op zee.
0 p pl Het notaoverleg over cultuur staat gepland voor 4 juni.
0 p pl Morgen ben ik te gast bij het radioprogramma over de regionale politiek, vanaf 8.15 uur.
0 p pl Het initiatiefvoorstel over deelauto's is vandaag ingediend bij de griffie.
0 p pl Vragen over de vergunning voor het evenemententerrein? Donderdag is er een informatieavond in het gemeentehuis.
0 p pl De Provinciale Staten vergaderen woensdag over het natuurbeleid.
0 p pl De beantwoording van onze vragen over de busconcessie wordt binnen drie weken verwacht.
0 p pl Vanmiddag overleg met de wethouder over de plannen voor de nieuwe sporthal.
0 p pl Ik zit vandaag de vergadering van de commissie Financiën voor.
0 p pl Het debat over de jeugdzorg is geschorst en wordt morgen voortgezet.
0 p pl Volgende week bespreekt de Kamer de wet op de lokale omroepen.
0 p pl Het verslag van de ledenvergadering staat in het ledenportaal.
0 p pl Wij hebben een interpellatiedebat aangevraagd over de kosten van het nieuwe gemeentehuis.
0 p pl De stemming over de begroting van Onderwijs is uitgesteld tot dinsdag.
0 p pl Vanavond bespreken we in de raad het rekenkamerrapport over de jeugdzorg.
0 p pl Het college neemt het besluit over de kermis na overleg met de horeca.
0 p pl In de bijlage de integrale tekst van onze motie over de zwembadtarieven: http://t.co/Mt2Ws7k
0 p pl Vandaag de eerste termijn van de algemene beschouwingen. Onze fractievoorzitter spreekt rond 11 uur.
0 p pl De provincie neemt na de zomer een besluit over de toekomst van de veerpont.
0 p pl Onze kandidatenlijst voor de Eerste Kamer wordt op het congres vastgesteld.
0 p pl Het burgerberaad over klimaat komt dit najaar vier keer bijeen.
0 p pl De minister komt voor de zomer met een reactie op het adviesrapport.
0 p pl Deze week werkbezoeken in Limburg en Brabant. Verslag volgt.
0 p pl De technische briefing over de nieuwe belastingregels is morgen om 9.00 uur.
0 p pl Het conceptbesluit over de windturbines ligt zes weken ter inzage.
0 p pl Op de agenda van de raad: de woonvisie, de sportnota en twee benoemingen.
0 p pl Vrijdag is de laatste dag om mee te doen aan onze enquête over openbaar vervoer in de wijk.
0 p pl De raadsvergadering van vanavond begint een halfuur later.
0 p pl Vandaag is het debat over de toeslagen. Tijden staan op de site van de Kamer.
0 p pl Ik heb de minister gevraagd om een brief over de stand van zaken rond de Lelylijn.
0 p pl Morgen leg ik in de commissie onze alternatieve begroting voor.
0 p pl Het debat over de Voorjaarsnota duurt naar verwachting tot na middernacht.
0 p pl Onze fractie heeft vandaag een technische vraag gesteld over de cijfers in de jaarrekening.
0 p pl De commissievergadering over mobiliteit is volgende week in het provinciehuis in Arnhem.
0 p pl Vanavond om 20.00 uur een online spreekuur. Link volgt in de ochtend.
0 p pl Het college heeft de raad geïnformeerd over de vertraging bij de bouw van de brug.
0 p pl De Kamer heeft het reces ingezet. Het volgende plenaire debat is op 3 september.
0 p pl Het rapport van de Raad van State over de wet wordt volgende week openbaar.
0 p pl Wij stellen mondelinge vragen over de verkeerssituatie bij de basisschool in West.
0 p pl De stukken voor de raadsvergadering van donderdag staan in het raadsinformatiesysteem.
0 p pl Morgen bezoek ik samen met de gedeputeerde een waterzuivering in Friesland.
0 p pl Volgende week start de formatie in de gemeente. De informateur spreekt met alle fracties.
0 p pl Het verkiezingsdebat van de lokale omroep is maandag om 20.00 uur.
0 p pl Ik volg vandaag vanuit de commissie het debat over de digitale overheid.
0 p pl Het amendement over de toeristenbelasting is ingediend met steun van drie fracties.
0 p pl De minister heeft toegezegd de Kamer voor 1 juli te informeren over de wachtlijsten.
0 p pl Vanavond ledenavond over de landbouwparagraaf in ons programma.
0 p pl Het presidium heeft besloten de vergadering van 14 november te verplaatsen.
0 p pl Onze woordvoerder zorg is morgen niet aanwezig, collega @user neemt het debat over.
0 p pl De raad krijgt in het najaar een voorstel over de toekomst van het museum.
0 p pl Het wetsvoorstel over de huurbevriezing ligt nu bij de Eerste Kamer.
0 p pl Vandaag presenteert het planbureau de nieuwe ramingen.
0 p pl De gemeente organiseert drie bewonersavonden over de herinrichting van het plein.
0 p pl Op dinsdag hebben we fractieoverleg, op woensdag commissies en op donderdag plenaire vergadering.
0 p pl De uitslag van de ledenraadpleging over het coalitieakkoord wordt zondag bekendgemaakt.
0 p pl In het debat van vanavond gaat het over de veiligheid rond de voetbalwedstrijden.
0 p pl Ik heb een tweeminutendebat aangevraagd naar aanleiding van het commissiedebat over wonen.
0 p pl Hier de video van het debat van gisteren, voor wie het gemist heeft http://t.co/Vn7Jc2q
0 p pl De minister van Financiën presenteert op Prinsjesdag de miljoenennota.
0 p pl Vanaf volgende week houdt onze fractie elke maandag een spreekuur in de bibliotheek.
0 p pl De gemeenteraad praat woensdag verder over de nieuwe cao voor gemeenteambtenaren.
0 p pl Het college verwacht het besluit over de nieuwe wijk in het voorjaar.
0 p pl Het rondetafelgesprek over de toekomst van de landbouw is terug te kijken via de site.
0 p pl Ik reageer vanmiddag in de commissie op de plannen van de staatssecretaris.
0 p pl Het subsidieplafond voor isolatie wordt volgende week in de staten besproken.
0 p pl Onze fractie neemt deel aan de werkgroep over de herindeling van de gemeenten.
0 p pl De Kamer debatteert donderdag over de uitkomst van de NAVO-top.
0 p pl Volgende maand organiseren we een avond over zorg op het platteland. Locatie volgt.
0 p pl Het college heeft vandaag de begroting voor volgend jaar gepresenteerd.
0 p pl Er zijn twintig amendementen ingediend op de begroting van Infrastructuur.
0 p pl De commissie heeft de minister uitgenodigd voor een gesprek over de grenscontroles.
0 p pl Ik neem vandaag de petitie over de lokale omroep in ontvangst op het Plein.
0 p pl De raad kiest donderdag een nieuwe voorzitter van de rekenkamercommissie.
0 p pl Morgen is het laatste debat voor het kerstreces.
0 p pl De motie van wantrouwen wordt vanavond in stemming gebracht.
0 p mx Het debat had sterke en zwakke momenten. Een eindoordeel geef ik na de stemmingen.
0 p mx Op sommige punten komt de minister ons tegemoet, op andere niet. We wegen het af in de fractie.
0 p mi Het nieuwe bestemmingsplan is een middenweg. Niet wat wij wilden, ook niet wat we vreesden.
0 p mx Goede plannen voor wonen, teleurstellende plannen voor de zorg. Per saldo blijven we kritisch maar open.
0 p pl De vergadering van Provinciale Staten is vandaag voor het eerst hybride.
0 p pl Er is vandaag een hoorzitting over de gaswinning in het noorden.
0 p pl De griffie heeft het nieuwe vergaderrooster voor het najaar gepubliceerd.
0 p pl Wij onthouden ons bij de stemming over het voorstel omdat we nog vragen hebben over de financiering.
0 p pl Volgende week debatteren we over de evaluatie van de coronamaatregelen.
0 p pl De coalitiepartijen presenteren morgen hun plannen voor de binnenstad.
0 p pl Hoe denkt u over de plannen voor het nieuwe station? Laat het ons weten via http://t.co/Ex9Nb3f
0 p pl Om 10 uur wordt het debat over de onderwijsbegroting hervat.
0 p pl Namens de fractie ben ik vanaf vandaag woordvoerder landbouw en natuur.
0 p pl De wethouder beantwoordt de vragen over de hondenbelasting in de volgende vergadering.
0 p pl Vanavond om 21.00 uur is de uitslagenavond in ons partijkantoor.
0 p pl Morgen leggen we samen met andere fracties een initiatiefvoorstel voor over de markt.
0 p pl De staatssecretaris is vandaag in Brussel voor overleg over de migratieafspraken.
0 p pl Het voorstel gaat nu terug naar de commissie voor verdere bespreking.
0 p pl Vandaag is de bijeenkomst over de toekomst van het streekvervoer in het gemeentehuis van Assen.
0 p pl De Kamer besluit volgende week of er een parlementaire enquête komt.
0 p pl Wij hebben de stukken opgevraagd over de aanbesteding van het nieuwe zwembad.
0 p pl Mijn eerste termijn in het debat over de Defensiebegroting: http://t.co/Zl3Hd6w
# ---------------------------------------------------------------- negative
- p pl Het kabinet laat de huurders opnieuw in de kou staan. Geen plan, geen geld, geen visie.
- p pl Onbegrijpelijk dat de coalitie vanavond tegen onze motie voor betaalbare kinderopvang stemde.
- p sa Knap hoor, drie jaar praten over stikstof en nog steeds niets geregeld. Applaus voor het kabinet 👏
- p pl De minister ontwijkt al weken onze vragen over de wachtlijsten. Dat is de Kamer niet waardig.
- p in Echt schandalig dat de gemeente het buurthuis sluit zonder één gesprek met de bewoners.
- p pl Deze begroting is een klap in het gezicht van iedereen met een laag inkomen.
- p ng Het antwoord van de staatssecretaris was allesbehalve overtuigend.
- p pl Weer uitstel van de compensatie voor de gedupeerden. Hoe lang moeten deze mensen nog wachten?
- p pl Zeer teleurgesteld dat het college de bezuiniging op het zwembad doorzet.
- p pl De coalitie drukt dit voorstel erdoor zonder fatsoenlijk debat. Slecht voor de democratie.
- p pl Het kabinet belooft al jaren meer politie op straat, maar in onze wijken zien we er steeds minder.
- p co Deze plannen zijn nog slechter dan die van vorig jaar. De rekening ligt weer bij de jongeren.
- p pl Onacceptabel dat de provincie de busverbinding naar de dorpen schrapt. Ouderen raken geïsoleerd.
- p pl Het debat vandaag was een vertoning. Veel woorden, geen enkele toezegging.
- p pl Wij keuren de gang van zaken rond de aanbesteding ten zeerste af.
- p sa Fijn dat de minister de problemen in de jeugdzorg "zorgwekkend" noemt. Nu nog iets doen.
- p pl De huren stijgen, de lonen niet. En dit kabinet kijkt toe.
- p pl Jammer dat @user vandaag koos voor persoonlijke aanvallen in plaats van argumenten.
- p pl Dit kabinet laat de regio keer op keer zitten. Eerst het ziekenhuis, nu de spoorlijn.
- p ng Geen woord over de zorgmedewerkers in de troonrede. Dat zegt genoeg.
- p pl De wethouder heeft de raad onjuist geïnformeerd. Dat is een ernstige zaak.
- p pl Het stikstofplan is een drama voor de jonge boeren in onze provincie.
- p pl Onze motie voor een eerlijke energietoeslag is weggestemd. Een zwarte dag voor gezinnen die het niet redden.
- p in Echt onvoorstelbaar hoe slecht de minister het dossier kent.
- p pl Opnieuw een stijging van de eigen bijdrage in de zorg. Wij blijven ons hiertegen verzetten.
- p pl De gemeente heeft het woningtekort jarenlang laten oplopen en doet nu verbaasd.
- p pl De plannen voor de nieuwe snelweg zijn desastreus voor het natuurgebied.
- p sa Mooi staaltje transparantie: de stukken kwamen een uur voor de vergadering binnen.
- p pl Het college negeert de uitkomst van het burgerpanel volledig.
- p pl Teleurstellend dat het kabinet de beloofde investering in het onderwijs schrapt.
- p pl Ook na het debat blijft de minister weigeren de cijfers openbaar te maken.
- p pl Deze regering heeft geen enkel antwoord op de stijgende armoede.
- p pl Schande dat de gemeente de daklozenopvang in de winter niet op tijd geregeld heeft.
- p ng De brief van de minister is helaas niet meer dan een verzameling vage beloftes.
- p pl De beslissing om de bibliotheek te sluiten is kortzichtig en asociaal.
- p pl Het openbaar vervoer in de regio wordt steeds duurder en slechter. Tijd voor actie.
- p pl Wij hebben geen vertrouwen meer in deze wethouder.
- p pl Weer gaat het kabinet voor de grote bedrijven en niet voor de mensen met een gewone baan.
- p pl Het debat over de asielopvang verzandde in gescheld. Daar is niemand mee geholpen.
- p pl Onbegrijpelijk dat de coalitie onze vragen over de kosten van het stadhuis wegwuift.
- p sa Geweldig plan van de minister: eerst de subsidie schrappen en dan een onderzoek naar de gevolgen 🙄
- p pl De wachttijd voor een sociale huurwoning is opgelopen tot twaalf jaar. Dit is falend beleid.
- p pl Zeer slechte zaak dat de provincie de natuurgelden terugschroeft.
- p pl Het kabinet gooit de verantwoordelijkheid weer over de schutting naar de gemeenten.
- p pl Teleurgesteld in de houding van de minister vandaag. Arrogant en ontwijkend.
- p co Deze minister communiceert nog slechter met de Kamer dan haar voorganger.
- p pl Het is onverteerbaar dat studenten nog steeds geen compensatie hebben gekregen.
- p pl De tunnel kost nu al twee keer zoveel als begroot en niemand neemt verantwoordelijkheid.
- p pl Het college blijft maar praten over participatie, maar luistert niet naar de bewoners.
- p ng Een fatsoenlijk antwoord op onze schriftelijke vragen heb ik na drie maanden nog steeds niet.
- p pl Met deze bezuinigingen op de jeugdzorg zet het kabinet kinderen in de kou.
- p pl Opnieuw lekt een vertrouwelijk stuk uit naar de pers. Hoe kan dit?
- p pl Het plan voor de binnenstad is een ramp voor de kleine ondernemers.
- p pl Ik schaam me voor de toon van het debat vandaag. We kunnen beter.
- p pl Het kabinet faalt op wonen, op zorg en op klimaat.
- p pl De sluiting van de polikliniek is een enorme klap voor de regio.
- p sa Leuk dat de staatssecretaris een werkbezoek aflegt, jammer dat hij de gedupeerden niet wilde spreken.
- p pl Ook dit jaar gaat de gemeentelijke belasting fors omhoog. Wij stemmen tegen.
- p pl Het voorstel van de coalitie is slecht onderbouwd en financieel onverantwoord.
- p pl De beantwoording van de minister was een aaneenschakeling van open deuren.
- p in Volstrekt onacceptabel dat de raad niet op tijd geïnformeerd is over de overschrijding.
- p pl Weer een kans gemist om de energierekening echt omlaag te brengen.
- p pl Het besluit om de fietssubsidie te stoppen is een stap terug voor het klimaat.
- p pl De coalitie luistert niet naar de deskundigen en gaat gewoon door.
- p pl Zorgwekkend hoe de minister omgaat met de kritiek van de Raad van State.
- p pl Het college heeft de boeren in de steek gelaten.
- p pl Het is ronduit beschamend dat mensen in 2024 nog naar de voedselbank moeten.
- p ng Dit is absoluut niet het plan waar de gemeente op zat te wachten.
- p pl Helaas koos de meerderheid vanavond voor een verhoging van de parkeertarieven.
- p pl De minister schuift het probleem door naar het volgende kabinet.
- p pl Wij zijn zeer kritisch over de gang van zaken rond de sluiting van het asielzoekerscentrum.
- p pl Opnieuw gaat het geld naar prestigeprojecten in de stad terwijl de dorpen niets krijgen.
- p pl Het debat liet zien dat de coalitie verdeeld is en geen richting heeft.
- p pl Dit voorstel gaat ten koste van de meest kwetsbaren.
- p sa Wat een verrassing: ook deze deadline haalt het ministerie niet.
- p pl Het kabinet negeert de adviezen van de eigen deskundigen over de kinderopvang.
- p pl Ik vind het onverantwoord dat de wethouder de risico's van het project heeft verzwegen.
- p pl Slechte zaak dat de provincie de subsidie voor dorpshuizen halveert.
- p pl De minister had vandaag de kans om duidelijkheid te geven en liet die liggen.
- p pl Het gemeentebestuur heeft het contact met de wijken volledig verloren.
- p pl Wij hebben tegen de begroting gestemd. Die is oneerlijk en niet houdbaar.
- p pl Hoe is het mogelijk dat de ict-kosten van het ministerie opnieuw uit de hand lopen?
- p mx Er zitten goede elementen in het plan, maar zonder financiering is het een papieren tijger. Wij stemmen tegen.
- p pl Het gemeentelijke beleid voor starters op de woningmarkt is een mislukking.
- p pl Dit kabinet heeft het vertrouwen van de burger verspeeld.
- p pl Het voorstel om de subsidie voor mantelzorgers te verlagen is hardvochtig.
- p pl Zeer teleurgesteld over het besluit om de spoedeisende hulp 's nachts te sluiten.
- p pl De manier waarop de coalitie het debat vanavond afkapte was respectloos.
- p pl Opnieuw blijkt dat de toezichthouder veel te laat heeft ingegrepen.
- p ng Met dit akkoord wordt de woningnood niet opgelost, integendeel.
- p pl De gemeente verkwist geld aan dure adviseurs terwijl het buurtwerk wordt wegbezuinigd.
- p pl Schrijnend: nog steeds honderden kinderen op de wachtlijst voor jeugdzorg.
- p pl Het kabinet gooit het eigen klimaatdoel stilletjes overboord.
- p pl De beloofde verlaging van de energiebelasting blijkt een sigaar uit eigen doos.
# ---------------------------------------------------------------- additions
0 p pl Donderdagavond is er een extra raadsvergadering over de financiën van de veiligheidsregio.
0 p pl De fractie heeft de stemverklaring bij de motie over de windparken online gezet.
0 p pl Vandaag spreken we met de woningcorporaties over de prestatieafspraken.
0 p pl Het voorstel over de hondenbelasting komt in de vergadering van 8 oktober terug.
0 p pl Mijn schriftelijke vragen over de verhuizing van de brandweerkazerne zijn vandaag verstuurd.
0 p pl De burgemeester informeert de raad volgende week over de evaluatie van de jaarwisseling.
+ p pl Blij dat het college onze suggestie overneemt om de speeltuinen in Zuid op te knappen.
+ p pl Dank aan alle mantelzorgers, vandaag en elke dag. Zonder jullie staat de zorg stil 💚
+ p pl Een mooie overwinning voor de huurders: de servicekosten worden eindelijk transparant.
+ p pl Wat een goed gesprek met de scholieren die vandaag de raad bezochten. Scherpe vragen!
"""
