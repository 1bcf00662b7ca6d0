# Danish (da). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Cyklen kom færdigsamlet og godt pakket ind. Glæder mig til at cykle på arbejde på den.
+ r pl Skøn aften på den lille italienske restaurant, frisk pasta og en rigtig sød tjener.
+ r pl Høretelefonerne sidder behageligt i timevis, og støjreduktionen virker virkelig godt i toget.
+ r pl Rent og moderne hotel, stort værelse og en morgenbuffet, der ikke manglede noget.
+ r pl Endelig en bankapp, der er til at finde rundt i. Alt ligger lige på forsiden.
+ r pl Pakken kom dagen efter, jeg havde bestilt, og alt var som beskrevet.
+ r pl Bogen var så spændende, at jeg sad oppe til klokken to for at læse den færdig.
+ r pl Sikke en smuk film! Billederne er fantastiske, og skuespillerne er helt troværdige.
+ r pl Teknikeren kom til tiden, forklarede det hele og fibernettet virkede med det samme.
+ r pl Flyet lettede præcist, søde stewardesser og god benplads.
+ r pl Returnering var nemt, og pengene var tilbage på kontoen efter tre dage.
+ r pl Efter opdateringen kører appen meget hurtigere og hænger ikke længere.
+ r pl Vores elcykel har kørt over 3000 km uden et eneste problem.
+ r pl Meget hjælpsom ekspedient, der tog sig god tid til at finde den rigtige jakke til mig.
+ r pl Hyggelig café med god kaffe og byens bedste kanelsnegle. Kommer helt sikkert igen.
+ r pl Toget kørte til tiden, var rent og der var faktisk ledige pladser. Sådan skal det være.
+ r pl Kundeservice hos elselskabet løste min sag på fem minutter. Imponeret!
+ r pl Lækker kvalitet i uldtrøjen, varm uden at kradse. Kan varmt anbefales.
+ r pl Børnene elskede forestillingen, vi grinede fra start til slut.
+ r pl Den bedste vaskemaskine, vi har haft: stille og sparsommelig med både strøm og vand.
+ r pl Fik aktiveret mit nye SIM-kort via chatten på ti minutter. Effektivt og venligt.
+ r pl Cykelsmeden fiksede mine gear samme dag og tog en helt fair pris.
+ r pl Rådgiveren i banken var ærlig og forklarede alt uden at prøve at sælge mig noget.
+ r pl Kameraet på den nye telefon tager knivskarpe billeder, også når det er mørkt.
+ r pl Færgecaféen overraskede stort: hjemmelavede frikadeller og friskbagt rugbrød.
+ r pl Frisøren lyttede til, hvad jeg ville have, og resultatet blev præcis som jeg håbede.
+ r pl Fik erstatning fra forsikringen efter blot en uge, helt uden bøvl.
+ r pl Sommerhuset var rent, hyggeligt indrettet og lå kun to minutter fra stranden.
+ r pl Tandlægen var tålmodig med min nervøse søn, og han vil faktisk gerne derhen igen.
+ r pl Byens lille boghandel bestilte bogen hjem til mig og ringede samme dag, den kom.
# mild
+ r mi Fin støvsuger, gør hvad den skal.
+ r mi Helt okay sko til prisen. Ikke noget særligt, men jeg er tilfreds.
+ r mi Hotellet var fint nok, værelset var lille men rent. Godt nok til en enkelt nat.
+ r mi Virker fint, ingen klager indtil videre.
+ r mi Varen kom som aftalt og er som beskrevet. Tilfreds.
+ r mi Appen er ikke prangende, men den er stabil, og det er det vigtigste for mig.
+ r mi Frokosten var udmærket, friske boller og hurtig betjening.
+ r mi Ingen gourmetrestaurant, men til en almindelig hverdagsmiddag er det helt fint.
+ r mi Forbindelsen er stabil og hastigheden som lovet. Mere er der ikke at sige, og det er jo godt.
# negation -> positive
+ r ng Ikke dårligt til den pris, slet ikke dårligt.
+ r ng Havde ikke de store forventninger, men maden var slet ikke så tosset.
+ r ng Aldrig haft noget bøvl med den her webshop, og jeg har handlet der i årevis.
+ r ng Ikke et eneste problem med installationen, alt virkede i første forsøg.
+ r ng Kan ikke sige et ondt ord om dem: hurtige, ordentlige og venlige.
+ r ng Batteriet løber ikke længere lige så hurtigt tør efter opdateringen. Dejligt!
+ r ng Var skeptisk på forhånd, men jeg fortryder det bestemt ikke.
+ r ng Overhovedet ikke et fejlkøb, jeg bruger airfryeren næsten hver dag.
# comparative / intensifier
+ r co Meget hurtigere end min tidligere udbyder, og billigere oven i købet.
+ r co Den nye version af appen er langt bedre end den gamle.
+ r co Hellere den her regnjakke end den dyre mærkevare, sidder bedre og koster det halve.
+ r co Toeren er endnu mere spændende end den første bog.
+ r in Virkelig fremragende service, alt var ordnet ned til mindste detalje!!
+ r in Uden tvivl den bedste pizza i byen.
+ r in Vildt flot hotel, værelset med havudsigt var simpelthen magisk.
+ r in Mega glad for min nye racercykel, den er så let at køre på.
# mixed -> positive
+ r mx Leveringen tog en uge længere end lovet, men sofaen er smuk og superbehagelig. Det var ventetiden værd.
+ r mx Restauranten er lidt dyr, men maden er så god, at jeg gerne betaler.
+ r mx Indtjekningen tog lang tid, men bagefter var alt i top: pænt værelse, god seng, lækker morgenmad.
# emoji / typo
+ r em Nye sneakers er landet 😍👟 sidder perfekt!
+ r em Bedste burger i Aarhus 🤤🔥
+ r em 👍👍 hurtig levering, godt produkt
+ r ty mega god butik, personalet er så søde og hjælpsomme
+ r ty hurtig levering og godt pakket, handler her igen
# ---------------------------------------------------------------- reviews: negative
- r pl Efter to uger holdt høretelefonerne op med at virke i venstre side. Spild af penge.
- r pl Kold mad, lunken kaffe, og vi måtte spørge tre gange efter regningen.
- r pl Værelset lugtede af røg og bruseren var stoppet. Aldrig mere det hotel.
- r pl Ifølge sporingen er pakken leveret, men jeg har ikke fået noget. Kundeservice svarer ikke.
- r pl Kedelig film. To timer hvor næsten intet sker.
- r pl Efter seneste opdatering crasher appen hver gang, jeg vil uploade et billede.
- r pl Teknikeren dukkede aldrig op, og ingen ringede. Tog en hel fridag for ingenting.
- r pl Bagagen forsvandt ved et skift i Frankfurt, og efter fem dage har jeg stadig ikke hørt noget.
- r pl Madrassen sank sammen i kanten efter en måned. Reklamationen blev afvist.
- r pl Støvsugeren larmer som en jetmotor, og batteriet er fladt efter ti minutter.
- r pl Fik den forkerte størrelse og skulle selv betale returfragten.
- r pl Uhøflig medarbejder i receptionen, som ikke engang kiggede op fra skærmen.
- r pl Internettet ryger hver aften mellem otte og ti, lige når alle er hjemme.
- r pl Pizzaen kom efter halvanden time, kold og med forkert fyld.
- r pl Høje priser, små portioner, og vi sad lige ved toilettet. Kan ikke anbefales.
- r pl Skoene gik op i sålen efter tre gange.
- r pl Opsigelse kan kun ske telefonisk, og der kommer man ikke igennem efter en halv time i kø.
- r pl S-toget var aflyst tre morgener i træk, og skærmene viste ingenting.
- r pl Banken trak betalingen to gange, og der går uger, før jeg får pengene igen.
- r pl Lampen har blinket fra første dag, og den nye gør præcis det samme.
- r pl Møblerne kom uden skruer, og det tog to uger at få dem tilsendt.
# negation
- r ng Ikke specielt imponerende, kvaliteten er for ringe til prisen.
- r ng Hotellet var slet ikke, hvad billederne lovede.
- r ng Jeg kommer ikke til at bestille herfra igen.
- r ng Aldrig oplevet så dårlig kundeservice før.
- r ng Filmen var ikke så god, som alle sagde. Langtfra.
- r ng Leveringstiden på hjemmesiden holder overhovedet ikke.
# sarcasm
- r sa Fedt, tre uger mere at vente på en reservedel 🙄
- r sa Super, en oplader der smelter efter to dage. Sikken kvalitet.
- r sa Sikken service: to timer i kø, og så bliver forbindelsen afbrudt.
- r sa Tak for »ekspresleveringen«, pakken kom efter ni dage.
- r sa Nå ja, endnu en opdatering der gør alt langsommere. Godt gået.
- r sa Lækker flymad, hvis man altså kan lide pap.
# mixed -> negative
- r mx Personalet var venligt, men værelset var beskidt og sengen knirkede hele natten. Kommer ikke igen.
- r mx Flot design, det skal de have, men efter en måned virker halvdelen af knapperne ikke.
- r mx Godt kamera, men batteriet er så dårligt, at telefonen skal lades før frokost. Et fejlkøb for mig.
# comparative / intensifier
- r co Dårligere end den forrige version, og den var ikke god i forvejen.
- r co Hos konkurrenten betaler man mindre og får dobbelt så meget data.
- r co Pakningen er blevet mindre, men prisen er steget.
- r in Klart det værste fragtfirma, jeg har oplevet, de smider pakkerne over hegnet.
- r in Fuldstændig elendig app, crasher hele tiden!!!
- r in Pissedyrt og oven i købet rigtig dårligt.
# emoji / typo
- r em Pakken kom smadret 📦💥😡
- r em 👎👎 aldrig igen
- r ty sikke en dårlig servce, ingen tager telefonen og mails bliver ikke besvaret
- r ty buddet stillede pakken ud i regnen, alt var gennemblødt
# ---------------------------------------------------------------- reviews: neutral
0 r pl Bestilt mandag, leveret onsdag. Produktet ligner billedet.
0 r pl Jakken fås i tre farver, jeg valgte den mørkeblå i str. M.
0 r pl Hotellet ligger ti minutters gang fra stationen. Morgenmad er ikke inkluderet.
0 r pl Jeg bruger mest appen til at tjekke saldoen og overføre penge til opsparingen.
0 r pl Cyklen har syv gear, fodbremse og bagagebærer med plads til to tasker.
0 r pl Filmen varer cirka to timer og ti minutter, med danske og engelske undertekster.
0 r pl Vi var seks personer og havde bestilt bord til klokken syv.
0 r pl Bestilte via appen, betalte med MobilePay og hentede i pakkeshoppen.
0 r pl Bogen er tredje del i en serie, men den kan sagtens læses alene.
0 r pl Jeg valgte abonnementet med 20 GB data og seks måneders binding.
0 r pl Værelset lå på fjerde sal, og der var elevator. Parkering i kælderen.
0 r pl Sommerhuset har plads til seks personer, og der er brændeovn og spa.
0 r pl Vi lejede cyklerne for tre dage og afleverede dem ved turistkontoret.
0 r mi Middel. Hverken godt eller skidt.
0 r mi En helt gennemsnitlig pizzeria, som der findes ti af i hver by.
0 r mi Den gør sit arbejde, men der findes billigere alternativer, der kan det samme.
0 r mi Hotellet var sådan passende, intet at prale af og intet at klage over.
0 r mi Nogle kapitler er stærke, andre trækker ud. Alt i alt en middelmådig bog.
0 r mi Ved ikke, om jeg vil anbefale den, det kommer helt an på, hvad man leder efter.
0 r mi Hverken bedre eller dårligere end den forrige version af appen.
0 r mx Maden var fremragende, men betjeningen meget langsom. Det går lige op.
0 r mx God beliggenhed, slidte værelser. Man får, hvad man betaler for.
0 r mx Leveringen gik hurtigt, men selve produktet skuffede lidt. Overvejer stadig, om jeg skal beholde det.
0 r mx Stærke skuespillere, svag historie. Jeg ved ærlig talt ikke, hvad jeg synes.
0 r co Cirka lige så hurtig som min gamle computer, bare lidt lettere.
0 r co Præcis lige så dyrt som i de andre butikker i nærheden.
0 r ty bestilte fredag, leveret mandag med gls, lå i en kasse med papir omkring
0 r ty værelset havde to enkeltsenge og et lille skrivebord ved vindeut
# ---------------------------------------------------------------- complaints
- c pl Jeg har ventet fire uger på refusion for en returneret ordre. Beder om svar hurtigst muligt.
- c pl Har ringet tre gange om fejlen, og hver gang får jeg at vide, at »de arbejder på det«.
- c pl Mit abonnement blev fornyet uden samtykke. Jeg kræver det opsagt med det samme.
- c pl Bussen kørte lige forbi mig, mens jeg stod ved stoppestedet og vinkede. Tredje gang denne måned.
- c pl Der er trukket 399 kr. for en tjeneste, jeg aldrig har bestilt.
- c pl Jeres bud afleverede min pakke på en adresse to gader væk. Hvordan får jeg det løst?
- c pl Jeg sendte en klage via formularen for tre uger siden og har intet hørt.
- c pl Vores fly blev aflyst, og værdibeviset kan ikke bruges på hjemmesiden.
- c pl Siden jeg skiftede til jer, er min elregning næsten fordoblet uden nogen forklaring.
- c pl Nyt køleskab, og lågen kan ikke lukke ordentligt. Teknikeren kan først komme om fire uger.
- c pl Hvorfor skal jeg uploade legitimation for tredje gang? Det er absurd.
- c pl Reklamationen afvises, fordi jeg skulle have »brugt produktet forkert«. Det passer simpelthen ikke.
- c pl Efter flytningen har jeg været uden internet i ti dage, og ingen kan sige, hvornår det bliver løst.
- c pl Min klage er markeret som »løst«, uden at nogen har kontaktet mig.
- c pl Kundeservice sender mig videre til butikken, og butikken sender mig tilbage til kundeservice.
- c pl Der var glas i min salat. Jeg forventer et seriøst svar.
- c pl Jeg betaler for 500 Mbit og får knap 40. Det er kontraktbrud.
- c pl For anden gang har jeg fået leveret en defekt opvaskemaskine. Nu er jeg træt af det.
- c pl Restauranten havde ikke registreret vores bordbestilling, og vi måtte gå hjem med to små børn.
- c pl Vores vej er ikke blevet saltet i fem dage, og skraldebilen er heller ikke kommet.
- c ng Ingen har ringet mig op, på trods af tre løfter.
- c ng Stadig intet svar på min mail fra for to uger siden. Det går bare ikke.
- c ng Varen er ikke leveret, og pengene er ikke betalt tilbage.
- c sa Imponerende, at I kan sende den samme pakke til den forkerte adresse tre gange.
- c sa Mange tak for det »gratis« abonnement, som jeg pludselig betaler for hver måned.
- c in Jeg er virkelig rasende. Det her er det mest kundefjendtlige firma, jeg kender.
- c in Dybt skuffet, fuldstændig uacceptabelt at det har taget to måneder!
- c ty har ringet 3 gange og hver gang bliver jeg stillet videre og så ryger forbindelsen, hvad sker der
- c ty pakken kom beskadiget og kassen var tydeligvis åbnet i forvejen, vil have en ny
- c mx Pænt at medarbejderen undskyldte, men problemet er stadig ikke løst efter fire uger.
- c em 45 minutter i telefonkø ☎️😤😤
- c co Sidste år tog det et par dage, nu har jeg ventet i flere måneder.
0 c pl Jeg vil gerne anmelde en defekt gadelygte på hjørnet ved skolen.
+ c pl Jeg klagede over min regning, og sagen blev løst på én dag. Tak for hurtig hjælp.
# ---------------------------------------------------------------- social
+ s pl Endelig weekend og solen skinner, hvad mere kan man ønske sig #nyder
+ s pl Shoutout til buddet, der bar min pakke helt op på fjerde sal i silende regn 🙏
+ s pl Prøvede den nye kaffebar på hjørnet i dag, sikke en gevinst for kvarteret!
+ s pl @cykelværkstedet tak for den hurtige reparation, den kører som en drøm igen
+ s pl Så stolt af vores team, vi vandt hackathonen i Odense! #teamwork
+ s pl Min mormor foretog sit første videoopkald i dag og syntes, det var helt fantastisk
+ s pl Cyklede langs kysten hele dagen. Træt men glad #bornholm
+ s pl Bestod køreprøven i første forsøg i dag!!! 🎉
+ s pl Naboen lappede mit cykeldæk i morges, uden at jeg havde spurgt. Sikken en skat
+ s pl Tak til lægevagten for hurtig og venlig hjælp i nat
+ s pl Gennemførte mit første halvmaraton i dag, benene er færdige, men jeg er så stolt
+ s pl Lille bager på Nørrebro har byens bedste tebirkes, jeg lover
+ s ng Troede ikke jeg ville kunne lide den serie, men den er sgu ikke dårlig
+ s ng Aldrig kommet så hurtigt gennem sikkerhedskontrollen i Kastrup, nul kø
+ s ng Siger ikke tit noget pænt om togene, men i dag ikke ét minuts forsinkelse
+ s em 😍😍😍
+ s em Ferie booket ✈️🌴☀️ kun 23 nætter tilbage!!
+ s em Friske jordbær fra torvet 🍓🍓 sommeren er her
+ s em 🙌🙌 sikke et mål!!
+ s ty så glad for min nye telfon, endelig et kamera der tager ordentlige billeder
+ s ty tak @webshop for hurtig levering, bestilt i går og kom i dag
+ s in Årets bedste koncert, helt vanvittigt god. Har stadig gåsehud
+ s in Mega glad for det nye bibliotek i bydelen, det er blevet så flot 😊
+ s mi Det nye fitnesscenter er ikke så ringe, rent og ikke alt for fyldt
+ s co Nyt abonnement er både billigere og hurtigere end det gamle, sådan skal det være
+ s mx Ugen startede helt katastrofalt, men i aften vandt vi finalen, så alt er tilgivet 🏆
- s sa Fedt, tre uger mere at vente på svar 🙄 #kundeservice
- s sa Sikken fest på perronen igen. 25 min forsinket og skærmene siger ingenting #pendlerliv
- s sa Super, min pakke er »leveret«. Bare ikke til mig. Godt organiseret @pakkefirma
- s sa Nå, hvor dejligt, appen er »forbedret«. Nu kan jeg ikke logge ind. Godt gået
- s sa Dejligt med 12 grader og regn i juli. Ægte dansk sommer
- s sa Hvor sjovt, prisen er steget igen. Tredje gang i år. #abonnement
- s pl Jeg er så træt af, at mit internet ryger hver aften @udbyder
- s pl Flyet aflyst og ingen i skranken. Sikke et kaos i lufthavnen i dag
- s pl Så meget reklame i den app nu, jeg har lige slettet den
- s pl Seriøst, fem dage at vente på en tekniker, og så kommer han uden reservedele
- s pl Kommunens nye logo er virkelig grimt, hvem godkender sådan noget
- s ng Aldrig mere bestiller jeg fra den side, aldrig
- s ng Ikke til at tro, at elevatoren på stationen er i stykker igen
- s em 😡😡😡 @fragtfirma
- s em Regn ☔️ kø 🚗🚗🚗 og for sent på arbejde 😩
- s ty ingen bus i morges heller og ingen der siger noget, skandaløst
- s in Klart den dårligste kamp, jeg nogensinde har set, sikke en tragedie
- s mx God film, men 130 kr. for en biografbillet plus 70 for popcorn er det rene røveri
- s co Før kunne man tale med et menneske, nu får man bare en chatbot
0 s pl I morgen fra klokken ni sender vi live fra messen i Herning, kig forbi stand 12 #messe
0 s pl Nyt blogindlæg: sådan passer du på cykelkæden om vinteren http://t.co/k8Jd5uX
0 s pl Er der nogen, der ved, om torvet er åbent på lørdag med vejarbejdet?
0 s pl Fra næste uge holder vi lukket om onsdagen, ellers normale åbningstider #åbningstider
0 s pl Nogen med erfaring med fiber i Aalborg? Overvejer to udbydere
0 s pl Tager toget til Esbjerg i morgen, nogen tips til frokost tæt på stationen?
0 s pl Første dag på det nye job i dag. Vi må se, hvordan det går.
0 s pl RT @kommunen: Fra mandag kl. 8 er broen over åen lukket for biler i to uger.
0 s pl Tråd om de nye parkeringsregler i midtbyen, kortet ligger længere nede 👇
0 s pl Midt i en flytning, internettet bliver først tilsluttet i næste uge, så jeg er svær at få fat på
0 s pl Afstemning: handler I dagligvarer på nettet, eller går I hellere selv i butikken?
0 s pl Årets første sne er faldet i Nordjylland, og DMI melder frost i nat
0 s pl Nogen der ved, om færgen til Samsø sejler som normalt i morgen med den her blæst?
0 s em 📦 på vej, forventet levering mellem 14:00 og 16:00
0 s em ☕️ + 💻 = mandag morgen
0 s mi Har installeret opdateringen af appen, har ikke mærket nogen forskel egentlig
0 s mi Den nye serie, som alle snakker om, tja, ser videre, men den fanger mig ikke rigtig
0 s mx Fint vejr i dag, men regn igen i morgen. Typisk Danmark
0 s ty nogen der ved hvornår sidste bus kører fra centrum om søndagen
0 s ty hurtigt spm, kan man betale med kreditkort hos jer?
# ---------------------------------------------------------------- news
0 n pl Webshoppen åbner et nyt lager ved Kolding næste måned med omkring 300 arbejdspladser.
0 n pl Fra 1. januar stiger priserne på togbilletter med i gennemsnit 4,5 procent.
0 n pl Kommunen går i april i gang med en ny cykelsti mellem centrum og stationen.
0 n pl Banken justerer renten på opsparingskonti til 2,25 procent fra 1. marts.
0 n pl Supermarkedskæden åbner en ny butik ved banegården på lørdag.
0 n pl Selskabet oplyser, at kvartalsregnskabet offentliggøres den 24. oktober.
0 n pl Flyselskabet tilføjer tre nye rejsemål i Sydeuropa fra sommeren.
0 n pl Museet holder lukket på grund af ombygning til og med den 15. maj.
0 n pl Ifølge Danmarks Statistik købte danskerne mere brugt tøj sidste år end året før.
0 n pl Med den nye køreplan kører der flere tog mellem Aarhus og Aalborg i myldretiden.
0 n pl Appen er fra i dag også tilgængelig på grønlandsk.
0 n pl Stormagasinet flytter i september til mindre lokaler i samme gade.
0 n pl Boghandlen inviterer til signering med forfatteren bag bestselleren den 12. november.
0 n pl Pressemeddelelse: forsikringsselskabet offentliggør næste års priser den 12. november.
0 n pl Filmfestivalen offentliggør hele programmet på torsdag.
0 n pl Postvæsenet vil kun omdele breve én gang om ugen i landdistrikterne, oplyser selskabet.
0 n pl Færgeruten får ny sejlplan fra 1. april med to ekstra afgange om aftenen.
0 n pl Onsdag bliver tørt med sol indimellem og op til 17 grader.
0 n pl Kundeservice holder telefonen lukket 2. påskedag, men chatten er åben.
0 n pl Fusionen mellem de to webshops skal stadig godkendes af Konkurrencestyrelsen.
0 n pl Regionen præsenterer i næste uge planen for det nye sygehus på et borgermøde.
0 n pl Selskabet havde ved udgangen af sidste år omkring 1,2 millioner kunder i Norden.
0 n pl Biblioteket udvider åbningstiden og holder åbent til klokken 20 om torsdagen fra efteråret.
0 n mx Kædens omsætning steg med 3 procent, mens overskuddet faldt en smule på grund af højere lønomkostninger.
0 n ty nye åbningstider fra 1. sept: man–fre 9–18, lør 10–17, søndag lukket
+ n pl Banken fjerner gebyret for kortbetaling uden for Europa. Gode nyheder for alle, der rejser.
+ n pl Hospitalet melder, at ventetiden på knæoperationer er halveret.
+ n pl Fra næste år kører børn under tolv år gratis med bus og tog i regionen.
+ n pl Gode nyheder for de ansatte: fabrikken bliver, og der kommer halvtreds nye job.
+ n in Byens lille bageri har vundet den nationale pris for bedste rugbrød, en fantastisk anerkendelse.
+ n pl Den nye cykelbro blev færdig før tid og under budget.
- n pl Selskabet skærer 400 stillinger og lukker to afdelinger i Jylland.
- n pl En omfattende fejl betød, at bankens kunder ikke kunne betale eller logge ind i flere timer.
- n pl Ved et datalæk er oplysninger om over 200.000 af webshoppens kunder blevet stjålet.
- n pl Kæden er gået konkurs, og butikkerne holder lukket indtil videre.
- n in Store forsinkelser på skinnerne: hele morgenmyldretiden stod togtrafikken omkring København helt stille.
- n co Kundetilfredsheden hos elselskabet er faldet markant i forhold til sidste år.
# ---------------------------------------------------------------- questions
0 q pl Kan jeg ændre min ordre, selvom den allerede er afsendt?
0 q pl Hvad er åbningstiderne i jeres butik på lørdage?
0 q pl Hvor lang tid tager det normalt, før en returnering er behandlet?
0 q pl Kan man tilkøbe en ekstra kuffert efter indtjekning?
0 q pl Hvilken størrelse skal jeg vælge, hvis jeg normalt ligger mellem 42 og 43?
0 q pl Virker den her oplader med den ældre version af tabletten?
0 q pl Kan vi tjekke ind på hotellet klokken elleve, eller først klokken tre?
0 q pl Hvordan slår jeg faste betalinger fra i appen?
0 q pl Har I glutenfri retter på menukortet?
0 q pl Skal jeg have en ny router, hvis jeg flytter inden for samme by?
0 q pl Hvornår udkommer bind to i serien på dansk?
0 q pl Skal jeg bestille tid til reparation, eller kan jeg bare kigge forbi?
0 q pl Hvor finder jeg fakturaen for min seneste ordre?
0 q pl Gælder tilbuddet også for bestillinger lavet i appen?
0 q pl Er restauranten tilgængelig for kørestolsbrugere?
0 q pl Må jeg have en powerbank med i håndbagagen?
0 q pl Hvor meget skal jeg handle for at få gratis fragt?
0 q pl Kan I levere til en pakkeshop i stedet for hjem?
0 q pl Hvor kan jeg aflevere min gamle telefon til genbrug?
0 q pl Hej, jeg bestilte en stol i sidste uge. Ved I, hvornår den bliver leveret?
0 q pl Sejler der ekstra færger i påsken?
0 q pl Kan jeg bestille bord til otte personer fredag aften?
0 q pl Hvor lang garanti er der på batteriet til elcyklen?
0 q pl Må man tage cyklen med i toget uden billet?
0 q ty hvordan nulstiller jeg min adgangskode hvis jeg ikke har adgang til min gamle mail
0 q ty er der parkering i nærheden af jeres butik?
0 q em Er den nye kollektion kommet? 👗👀
0 q co Hvad kan bedst betale sig, et pendlerkort eller enkeltbilletter, hvis jeg rejser to gange om ugen?
- q pl Hvorfor tager det tre uger at behandle en simpel refusion?
- q pl Hvor mange gange skal jeg ringe, før nogen rent faktisk løser mit problem?
- q pl Hvorfor svarer I ikke på mine mails? Jeg har ventet i ti dage.
- q pl Hvordan kan det være, at jeg får et defekt produkt for tredje gang?
- q sa Er det normalt, at en »ekspreslevering« tager to uger, eller er det en joke hos jer?
- q in Hvad i alverden er der galt med jeres kundeservice??
- q ng Hvorfor er der ingen, der er kommet, når aftalen var i sidste uge?
- q em Hvor bliver min pakke af?? 😤 12 dage undervejs
+ q pl Sælger I gavekort? Sidste gang var alt så godt, at jeg gerne vil forære det til nogen.
+ q in Hvornår åbner I i Odense? Det ville være helt fantastisk!
# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Godt at kommunen endelig satser på sikre cykelstier omkring skolerne.
+ p pl Klog beslutning af regeringen at gøre den kollektive trafik billigere for unge.
+ p pl Sikken en kamp af landsholdet, endelig offensiv fodbold igen.
+ p pl Skønt at biblioteket i landsbyen får lov at blive, det er hjertet i lokalsamfundet.
+ p pl Herlig forårsdag i dag, hele parken var fuld af glade mennesker.
+ p pl Respekt til alle de frivillige, der ryddede stranden i dag.
+ p pl Den nye borgmester lytter faktisk til borgerne, det kan mærkes på alt.
+ p pl Byfesten var lige så hyggelig som altid, unge og gamle dansede sammen.
+ p pl Sikke et flot initiativ, gratis svømmeundervisning til alle børn i kommunen.
+ p pl Ungdomsholdet blev mestre, og hele byen mødte op for at lykønske dem.
+ p ng Den nye plan for midtbyen er slet ikke så tosset, som oppositionen påstår.
+ p ng Jeg er ikke fan af partiet, men det her forslag om ældreplejen er ikke dårligt.
+ p mi Aftalen er ingen mirakelkur, men et fornuftigt skridt i den rigtige retning.
+ p co Debatten i går var langt mere saglig end den sidste, godt gået.
+ p in Sikken en fantastisk afslutning på sæsonen, vildt spændende helt til sidste minut!
+ p em Danmark videre til semifinalen 🇩🇰🇩🇰🔥
+ p mx Vejret var ustadigt, men byfesten blev alligevel en stor succes.
+ p ty godt at der kommer flere penge til skolerne, på tide
- p pl Skandaløst at kommunen endnu en gang skærer i børneområdet.
- p pl Alle de vindmøller lige op ad boligområdet, og ingen spurgte os, der bor her.
- p pl Huslejen i den her by er simpelthen ikke til at betale for unge mennesker.
- p pl Endnu en katastrofal kamp, forsvaret var som en si.
- p pl Fjerde regnfulde lørdag i træk. Jeg bliver helt deprimeret af det.
- p pl Latterligt at svømmehallen lukker for vedligehold midt i sommerferien.
- p pl Høj musik fra naboerne hele aftenen, og det er tirsdag. Nu har jeg fået nok.
- p pl De lukker fødeafdelingen, og nu skal kvinder i området køre to timer for at føde.
- p sa Virkelig smart at grave alle vejene op på én gang midt i myldretiden. Godt planlagt, kommune.
- p sa Dansk sommer: tolv grader, blæst og vandret regn. Dejligt.
- p ng De lovede boliger er stadig ikke bygget, og de kommer nok heller aldrig.
- p in Virkelig trist at se, hvordan ungdomsklubben er forfaldet. Ingen tager ansvar.
- p co Trafikken er kun blevet farligere efter »forbedringen«.
- p mx Fint med et nyt torv, men at halvtreds gamle træer skal fældes for det, synes jeg er uacceptabelt.
- p em Skatterne stiger igen 💸💸😩
- p ty priserne i supermarkedet er helt vanvittige nu, en fuld indkøbsvogn er blevet luksus
0 p pl Byrådet stemmer om den nye parkeringspolitik torsdag.
0 p pl Ifølge målingen ligger de to største partier næsten lige.
0 p pl I morgen bliver det overskyet med risiko for byger i nord, mens det forbliver tørt i syd.
0 p pl Debatten om boligbyggeri fortsætter efter ferien.
0 p pl Holdet spiller på udebane mod nummer tre søndag klokken 16.
0 p pl Statsministeren holder pressemøde om de nye tiltag i morgen.
0 p pl Alle kan komme med deres mening om planen for den nye bypark frem til 1. marts.
0 p pl Har læst partiprogrammerne og ved stadig ikke, hvem jeg skal stemme på.
0 p pl I denne uge bliver der diskuteret meget, om butikkerne skal have søndagsåbent.
0 p pl Min nabo stemmer rødt og jeg stemmer blåt, og vi drikker stadig kaffe sammen om lørdagen.
0 p pl Fristen for at aflevere underskrifter til folkeafstemningen udløber i morgen.
0 p mx Den nye ordning har fordele og ulemper, og den vil slå forskelligt igennem fra kommune til kommune.
0 p mi Den nye politik betyder ærlig talt ikke ret meget for mig personligt.
0 p co Valgdeltagelsen er nogenlunde den samme som for fire år siden, oplyser valgstyrelsen.
0 p ty i morgen er der borgermøde om de nye lokalplaner i forsamlingshuset, starter kl 19
0 p em 🌧️🌧️☀️ vejrudsigt for weekenden: regn først, tørvejr søndag
"""
