# Norwegian Bokmål (nb). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Sykkelen kom ferdig montert og godt pakket. Gleder meg til å bruke den til jobben.
+ r pl Nydelig middag på den lille restauranten ved brygga, fersk fisk og hyggelig betjening.
+ r pl Hodetelefonene sitter godt selv etter flere timer, og støydempingen fungerer kjempebra på flyet.
+ r pl Rent og moderne hotell, stort rom og frokosten var virkelig noe for seg selv.
+ r pl Endelig en bankapp som er enkel å bruke. Alt jeg trenger ligger på forsiden.
+ r pl Pakken kom dagen etter at jeg bestilte, og alt var som beskrevet.
+ r pl Boka var så spennende at jeg satt oppe til to om natta for å lese ferdig.
+ r pl For en vakker film! Fotograferingen er fantastisk og skuespillerne er helt troverdige.
+ r pl Montøren kom presis, forklarte alt grundig og fiberen virket med en gang.
+ r pl Flyet gikk på minuttet, hyggelig kabinpersonale og god plass til beina.
+ r pl Retur var superenkelt, og pengene var tilbake på kontoen etter tre dager.
+ r pl Etter oppdateringen går appen mye raskere, og den har sluttet å henge seg opp.
+ r pl Elsykkelen har gått over 3000 km uten et eneste problem. Batteriet holder fortsatt godt.
+ r pl Veldig hjelpsom ansatt i butikken som tok seg god tid til å finne riktig jakke til meg.
+ r pl Koselig kafé med god kaffe og verdens beste kanelboller. Kommer garantert tilbake.
+ r pl Toget var i rute, rent og det var faktisk ledige seter. Sånn skal det være.
+ r pl Kundeservice hos strømselskapet løste saken min på fem minutter. Imponert!
+ r pl Flott kvalitet på ullgenseren, varm uten å klø. Anbefales.
+ r pl Barna elsket forestillingen, vi lo fra start til slutt.
+ r pl Beste vaskemaskinen vi har hatt, stillegående og sparer både strøm og vann.
+ r pl Fikk aktivert det nye SIM-kortet via chatten på ti minutter. Effektivt og hyggelig.
+ r pl Sushien var fersk, godt krydret og leveringen gikk raskere enn lovet.
+ r pl Bruksanvisningen var tydelig, og skapet sto ferdig på under en time.
+ r pl Sykkelverkstedet fikset girene mine samme dag og tok en helt grei pris.
+ r pl Rådgiveren i banken var ærlig og forklarte alt uten å prøve å selge meg noe unødvendig.
+ r pl Kameraet på den nye telefonen tar utrolig skarpe bilder, også i mørket.
+ r pl Leiligheten lå midt i sentrum, var ren og verten svarte raskt på alle spørsmål.
+ r pl Har brukt podkastappen i et halvt år nå og den har aldri krasjet. Offline-modus er gull.
+ r pl Ferjekafeen overrasket stort: hjemmelaget fiskesuppe og ferske vafler.
+ r pl Frisøren lyttet til hva jeg ville ha, og resultatet ble akkurat som jeg håpet.
+ r pl Tannlegen var tålmodig med en nervøs pasient og alt gikk helt smertefritt.
+ r pl Fikk erstatning fra forsikringsselskapet etter bare en uke, uten noe mas.
+ r pl Nattoget til Bodø var en opplevelse: god seng, hyggelig personale og fantastisk utsikt om morgenen.
# mild
+ r mi Grei støvsuger, gjør det den skal.
+ r mi Helt ok sko til prisen. Ikke noe spesielt, men jeg er fornøyd.
+ r mi Hotellet var greit, rommet var lite men rent. Fint for én natt.
+ r mi Ganske god krim, ikke forfatterens beste, men jeg ville vite hvordan den endte.
+ r mi Til lavprisselskap å være var det helt greit. Landet i rute og setet var ok.
+ r mi Fungerer fint, ingen klager så langt.
+ r mi Varen kom som avtalt og er som beskrevet. Fornøyd.
+ r mi Appen er ikke spektakulær, men den er stabil, og det er det viktigste for meg.
+ r mi Lunsjen var grei, ferske rundstykker og rask servering.
+ r mi Helt grei lader. Lader raskt nok og blir ikke varm.
+ r mi Nettet er stabilt og hastigheten er som lovet. Ikke noe mer å si, og det er jo bra.
+ r mi Ingen stjernerestaurant, men til en middag i uka er det helt greit.
# negation -> positive
+ r ng Ikke verst til den prisen, ikke verst i det hele tatt.
+ r ng Hadde lave forventninger, men maten var slett ikke dum.
+ r ng Aldri hatt noe tull med denne nettbutikken, og jeg har handlet der i mange år.
+ r ng Ikke et eneste problem med installasjonen, alt gikk på første forsøk.
+ r ng Kan ikke si et vondt ord om dem: raske, ryddige og hyggelige.
+ r ng Batteriet tappes ikke lenger like fort etter oppdateringen. Deilig!
+ r ng Absolutt ikke et bomkjøp, jeg bruker airfryeren nesten hver dag.
+ r ng Har aldri fått noe reparert så fort før, helt sykt.
+ r ng Var skeptisk på forhånd, men angrer absolutt ikke.
+ r ng Ikke dårlig i det hele tatt for en brukt telefon, nesten ingen riper.
# comparative / intensifier
+ r co Mye raskere enn den forrige leverandøren min, og billigere attpåtil.
+ r co Den nye versjonen av appen er langt bedre enn den gamle, endelig mørk modus.
+ r co Restauranten som har kommet inn er bedre enn den som lå der før, særlig dessertene.
+ r co Heller denne regnjakka enn den dyre merkevarejakka, sitter bedre og koster halvparten.
+ r co Oppfølgeren er enda mer spennende enn første bok.
+ r co Årets festival var bedre organisert enn noen gang: kortere køer og flere toaletter.
+ r in Utrolig god service, alt var ordnet til minste detalj!!
+ r in Helt klart den beste pizzaen i byen, uten tvil.
+ r in Fantastisk flott hotell, rommet med havutsikt var rett og slett magisk.
+ r in Superfornøyd med den nye racersykkelen, den er så lett å sykle på.
+ r in Kjempegod opplevelse med flyttebyrået, ikke en eneste ripe på møblene.
+ r in Himmelsk god sjokoladekake, jeg drømmer fortsatt om den.
# mixed -> positive
+ r mx Leveringen tok en uke lenger enn lovet, men sofaen er nydelig og superbehagelig. Verdt ventetiden.
+ r mx Restauranten er litt dyr, men maten er så god at jeg betaler gladelig.
+ r mx En liten ripe på dekselet, ellers en strålende PC som starter lynraskt.
+ r mx Innsjekkingen tok lang tid, men etterpå var alt topp: fint rom, god seng, god frokost.
+ r mx Boka starter litt tregt, men fra kapittel fire klarte jeg ikke å legge den fra meg.
# emoji / typo
+ r em Nye joggesko i hus 😍👟 sitter som støpt!
+ r em Beste burgeren i Trondheim 🤤🔥
+ r em 👍👍👍 rask levering, bra produkt
+ r em Helgeturen ble helt perfekt 🏔️☀️🥂
+ r em Rom med balkong og fjordutsikt 🌊😎 kan ikke klage
+ r ty kjempe bra butikk, de ansatte er så hyggelige og hjelpsome
+ r ty rask leverngi og godt pakket, handler her igjen
+ r ty veldig fornoyd med sykkelverkstedet, god pris og godt håndverk

# ---------------------------------------------------------------- reviews: negative
- r pl Etter to uker sluttet hodetelefonene å virke på venstre side. Bortkastede penger.
- r pl Kald mat, lunken kaffe og vi måtte spørre tre ganger om regningen.
- r pl Rommet luktet røyk og dusjen var tett. Aldri igjen på dette hotellet.
- r pl Wifi på toget fungerer nesten aldri, og stikkontaktene er ødelagte.
- r pl Sykkelen sto tre uker på verkstedet og nå skrangler skjermen fortsatt.
- r pl Sporingen sier at pakken er levert, men jeg har ikke fått noe. Kundeservice svarer ikke.
- r pl Dårlig skrevet bok, flate karakterer og en slutt som ikke henger på greip.
- r pl Kjedelig film. To timer der nesten ingenting skjer.
- r pl Etter siste oppdatering krasjer appen hver gang jeg prøver å laste opp et bilde.
- r pl Montøren dukket aldri opp og ingen ringte. Tok fri en hel dag for ingenting.
- r pl Bagasjen forsvant på en overgang i Amsterdam, og etter fem dager har jeg fortsatt ikke hørt noe.
- r pl Madrassen sank sammen i kanten etter en måned. Reklamasjonen ble avvist.
- r pl I kassen dukket det plutselig opp et gebyr som ikke sto noe sted på nettsiden.
- r pl Støvsugeren bråker som en jetmotor og batteriet er tomt etter ti minutter.
- r pl Fikk feil størrelse og måtte betale returfrakten selv.
- r pl Frekk ansatt i skranken som ikke engang så opp fra skjermen.
- r pl Nettet faller ut hver kveld mellom åtte og ti, akkurat når alle er hjemme.
- r pl Banken trakk betalingen to ganger og det tar uker før jeg får pengene tilbake.
- r pl Pizzaen kom etter halvannen time, kald og med feil fyll.
- r pl Nettbrettet fikk en svart flekk i skjermen etter bare tre måneder.
- r pl Appen ber om tilgang til kontakter og posisjon, og det er en kalkulator. Slettet.
- r pl Flyet var overbooket og vi måtte vente seks timer uten noen form for kompensasjon.
- r pl Bursdagskaken hadde feil navn og kremen smakte surt.
- r pl Høye priser, små porsjoner, og vi satt rett ved toalettet. Kan ikke anbefales.
- r pl Skoene gikk opp i sålen etter tre gangers bruk.
- r pl Oppsigelse må skje på telefon, og der kommer du ikke gjennom etter en halvtime i kø.
- r pl Parkeringshuset er alt for dyrt, og halvparten av automatene virket ikke.
- r pl Lampen blinker fra første dag, og erstatningen gjør akkurat det samme.
- r pl To ganger i uka er appen nede, og chatten bruker evigheter på å svare.
# negation
- r ng Ikke spesielt imponerende, kvaliteten er for dårlig til denne prisen.
- r ng Hotellet var ikke i nærheten av det bildene lovet.
- r ng Ikke noe jeg vil anbefale. Apparatet gjør ikke det som står på esken.
- r ng Jeg kommer ikke til å bestille herfra igjen.
- r ng Aldri opplevd så dårlig kundeservice før.
- r ng Sykkelen er ikke akkurat lett, og girene skifter heller ikke mykt.
- r ng Leveringstiden de lover på nettsiden stemmer ikke i det hele tatt.
- r ng Filmen var ikke så bra som alle skulle ha det til. Langt ifra.
# sarcasm
- r sa Supert, tre nye uker å vente på en reservedel 🙄
- r sa Flott, en lader som smelter etter to dager. Virkelig kvalitet.
- r sa For en service: to timer i kø og så blir samtalen brutt.
- r sa Herlig, en «luksussuite» med utsikt rett inn i søppelcontainerne.
- r sa Takk for «ekspressleveringen», pakken kom etter ni dager.
- r sa Ja da, enda en oppdatering som gjør alt tregere. Godt jobba.
- r sa Nydelig flymat, hvis du liker papp altså.
- r sa Genialt, det nye sykkelparkeringshuset er allerede fullt og koster penger.
# mixed -> negative
- r mx De ansatte var hyggelige, men rommet var skittent og senga knirket hele natta. Kommer ikke tilbake.
- r mx Fint design, det skal de ha, men etter en måned virker halvparten av knappene ikke lenger.
- r mx Pastaen var god nok, men vi ventet en time på maten og regningen var stiv. Synd.
- r mx Bra kamera, men batteriet er så dårlig at den må lades før lunsj. Et bomkjøp for meg.
- r mx Serien starter lovende, men blir fort et rot man må tvinge seg gjennom.
# comparative / intensifier
- r co Dårligere enn forrige versjon, og den var ikke god i utgangspunktet.
- r co Hos konkurrenten betaler du mindre og får dobbelt så mye data.
- r co Pakningen er blitt mindre, men prisen har gått opp.
- r co Tregere enn den seks år gamle PC-en min, hvordan klarer de det.
- r in Desidert den verste budtjenesten jeg har vært borti, de kaster pakkene over gjerdet.
- r in Utrolig skuffet over dette hotellet, absolutt alt var skittent.
- r in Kjempedyrt og i tillegg kjempedårlig.
- r in Helt elendig app, krasjer hele tiden!!!
# emoji / typo
- r em Pakken kom knust 📦💥😡
- r em 👎👎 aldri mer
- r em Tre timer forsinket ✈️😤 og ikke en eneste unnskyldning
- r ty for en dårlig servcie, ingen tar telefonen og e-poster blir ikke besvart
- r ty budet satte pakka rett ut i regnet, alt ble klissvått
- r ty helt umulig ventetid hos kundeservice, en time i kø hver gang

# ---------------------------------------------------------------- reviews: neutral
0 r pl Bestilt mandag, levert onsdag. Produktet er som på bildet.
0 r pl Jakka finnes i tre farger, jeg valgte den mørkeblå i størrelse M.
0 r pl Hotellet ligger ti minutter å gå fra stasjonen. Frokost er ikke inkludert i prisen.
0 r pl Jeg bruker appen mest til å sjekke saldo og overføre penger til sparekontoen.
0 r pl Sykkelen har sju gir, fotbrems og bagasjebrett med plass til to vesker.
0 r pl Filmen varer i omtrent to timer og ti minutter, med norsk og engelsk teksting.
0 r pl Vi var seks personer og hadde reservert bord til klokka sju.
0 r pl PC-en leveres med engelsk tastatur, og det sto også i beskrivelsen.
0 r pl Bestilte via appen, betalte med Vipps og hentet på hentestedet.
0 r pl Flyturen hadde en mellomlanding i København på rundt halvannen time.
0 r pl Boka er tredje del i en serie, men den kan leses alene.
0 r pl Jeg valgte abonnementet med 20 GB data og tolv måneders binding.
0 r pl Støvsugeren veier 2,5 kilo og har to munnstykker til sprekker og møbler.
0 r pl Dette er min andre bestilling fra denne butikken, denne gangen et sett med kjeler.
0 r pl Rommet lå i fjerde etasje, og det var heis. Parkering i garasjen ved siden av.
0 r pl Stativet kan trekkes ut til 1,60 meter og leveres med bæreveske.
0 r pl Vi booket pakken med all inclusive for en uke i september.
0 r pl Sønnen min bruker appen til matteleksene, mest til øvingsprøvene.
0 r pl Sofaen kan bestilles i stoff eller skinn, og leveringstiden for stoff er seks uker.
0 r mi Middels. Ikke bra, ikke dårlig.
0 r mi En helt gjennomsnittlig pizzarestaurant, sånn som det finnes ti av i hver by.
0 r mi Den gjør jobben, men det finnes billigere alternativer som gjør det samme.
0 r mi Hotellet var sånn passe, ingenting å skryte av og ingenting å klage på.
0 r mi Noen kapitler er sterke, andre drar ut. Alt i alt en middels bok.
0 r mi Vet ikke om jeg vil anbefale den, det kommer helt an på hva du ser etter.
0 r mi En typisk søndagsfilm. Du ser den, og så har du glemt den.
0 r mi En standard kaffetrakter. Den lager kaffe, mer kan jeg ikke si.
0 r mi Verken bedre eller dårligere enn forrige versjon av appen.
0 r mx Maten var utmerket, men servicen var veldig treg. Alt i alt jevner det seg ut.
0 r mx Bra kamera og skjerm, svakt batteri. Fordeler og ulemper, som med alle telefoner.
0 r mx God beliggenhet, utdaterte rom. Du får det du betaler for.
0 r mx Leveringen gikk raskt, men selve produktet skuffet litt. Vurderer fortsatt om jeg skal beholde det.
0 r mx Sterke skuespillere, svak historie. Jeg vet ærlig talt ikke hva jeg synes.
0 r co Omtrent like rask som den forrige PC-en min, bare litt lettere.
0 r co Akkurat like dyrt som i de andre butikkene i nærheten.
0 r co Disse kjelene er litt tyngre enn butikkens egne, ellers ganske like.
0 r ty bestilte fredag, levert mandag med posten, lå i en eske med papir rundt
0 r ty romet hadde to enkeltsenger og en liten pult ved vinduet

# ---------------------------------------------------------------- complaints
- c pl Jeg har ventet fire uker på refusjon for en returnert ordre. Ber om svar snarest.
- c pl Har ringt tre ganger om feilen, og hver gang får jeg høre at «de jobber med saken».
- c pl Abonnementet mitt ble fornyet uten samtykke. Jeg krever at det avsluttes umiddelbart og at pengene tilbakebetales.
- c pl Bussen kjørte rett forbi meg mens jeg sto på holdeplassen og vinket. Tredje gang denne måneden.
- c pl Det er trukket 499 kroner for en tjeneste jeg aldri har bestilt.
- c pl Budet deres leverte pakken min på en adresse to gater unna. Hvordan skal jeg få løst dette?
- c pl Jeg sendte inn en klage via skjemaet for tre uker siden og har ikke hørt noe.
- c pl Flyet vårt ble kansellert, og verdikupongen vi fikk kan ikke brukes på nettsiden.
- c pl Etter at jeg byttet til dere har strømregningen nesten doblet seg, uten noen forklaring.
- c pl Jeg ble behandlet uhøflig i kassa fordi jeg ville betale med kontanter.
- c pl Nytt kjøleskap, og døra lukker seg ikke ordentlig. Teknikeren kan komme om fire uker.
- c pl Toget 07.42 har vært minst et kvarter forsinket hver dag i to uker nå.
- c pl Hvorfor må jeg laste opp legitimasjon for tredje gang? Dette er absurd.
- c pl Garantien avvises fordi jeg skal ha «brukt produktet feil». Det stemmer rett og slett ikke.
- c pl Jeg har kjørt til hentestedet to ganger, og begge gangene var pakken ikke der.
- c pl Leiebilen hadde tom tank selv om det sto «full» i kontrakten, og nå må jeg betale ekstra.
- c pl Etter flyttingen har jeg vært uten internett i ti dager, og ingen kan si når det blir fikset.
- c pl Klagen min er merket «løst» uten at noen har tatt kontakt med meg.
- c pl Restauranten hadde ikke registrert bestillingen vår, og vi måtte dra hjem igjen med to små barn.
- c pl Jeg klager formelt på boten fra parkeringsappen, for parkeringen var faktisk startet.
- c pl For andre gang har jeg fått levert en defekt oppvaskmaskin. Nå er jeg lei.
- c pl Kundeservice sender meg til butikken, og butikken sender meg til kundeservice.
- c pl Chatboten deres forstår ikke et eneste spørsmål, og det finnes ikke noe telefonnummer.
- c pl Det var glass i salaten min. Jeg forventer et seriøst svar på dette.
- c pl Jeg betaler for 500 Mbit og får knapt 40. Dette er kontraktsbrudd.
- c pl Snøen ble ikke brøytet i gata vår på fem dager, og søppelbilen kom heller ikke.
- c ng Ingen har ringt meg tilbake, til tross for tre løfter.
- c ng Fortsatt ikke noe svar på e-posten min fra to uker siden. Dette går bare ikke.
- c ng Varen er ikke levert og pengene er ikke tilbakebetalt.
- c ng Jeg har ikke fått noen faktura og kan derfor ikke få refusjon fra jobben.
- c sa Imponerende at dere klarer å sende samme pakke til feil adresse tre ganger.
- c sa Takk for den automatiske e-posten om at klagen min er «viktig for dere». Det var fire uker siden.
- c sa Tusen takk for det «gratis» abonnementet jeg plutselig betaler for hver måned.
- c in Jeg er virkelig rasende. Dette er det mest kundefiendtlige selskapet jeg vet om.
- c in Dypt skuffet, helt uakseptabelt at dette har tatt to måneder!
- c in Ekstremt frustrerende at det er umulig å få snakke med et menneske.
- c ty har ringt 3 ganger og hver gang blir jeg satt over og så blir samtalen brutt, hva er dette
- c ty pakken kom skadet og esken var tydelig åpnet fra før, vil ha en ny
- c mx Hyggelig at medarbeideren beklaget, men problemet er fortsatt ikke løst etter fire uker.
- c mx Den første teknikeren var flink, men den andre avtalen ble bare glemt. Jeg har mistet tilliten.
- c em 45 minutter i telefonkø ☎️😤😤
- c co I fjor tok dette noen dager, nå har jeg ventet i flere måneder.
0 c pl Jeg vil melde fra om en ødelagt gatelykt på hjørnet av Kirkegata og Storgata.
0 c pl Bankkortet mitt er utløpt, og jeg ber om å få tilsendt et nytt til nåværende adresse.
+ c pl Jeg klaget på regningen, og saken ble løst på én dag. Takk for rask hjelp.
+ c ng Klagen min ble tatt på alvor uten at jeg trengte å ringe. Ikke forventet, men satt stor pris på.

# ---------------------------------------------------------------- social
+ s pl Endelig helg og sola skinner, hva mer kan man ønske seg #nyter
+ s pl Shoutout til budet som bar pakken helt opp i fjerde etasje i øsende regn 🙏
+ s pl Testet den nye kaffebaren på hjørnet i dag, for en fin tilvekst i nabolaget!
+ s pl @sykkelsmia takk for rask reparasjon, sykkelen går som en drøm igjen
+ s pl Så stolt av laget vårt, vi vant hackathonet i Bergen! #teamwork
+ s pl Den nye podkasten om norsk historie er virkelig verdt å høre på http://t.co/b9Xk2Lq
+ s pl Hvem som enn lagde spillelista på jobben i dag, du er en helt
+ s pl Bestemor tok sin første videosamtale i dag og syntes det var stas
+ s pl Lite bakeri i sentrum med de beste skolebollene i hele Oslo, seriøst
+ s pl Syklet langs kysten hele dagen. Sliten men fornøyd #lofoten
+ s pl Besto lappen på første forsøk i dag!!! 🎉
+ s pl Naboen lappet sykkeldekket mitt i morges uten at jeg spurte. For en gullgutt
+ s pl Takk til legevakta for rask og hyggelig hjelp i natt
+ s pl Fullførte mitt første halvmaraton i dag, bena er ferdige men jeg er så stolt
+ s ng Trodde ikke jeg kom til å like den serien, men den er jammen ikke dum
+ s ng Aldri kommet så fort gjennom sikkerhetskontrollen på Gardermoen, null kø
+ s ng Sier ikke ofte noe pent om toget, men i dag var det ikke ett minutt forsinket
+ s ng Kjedet meg ikke et sekund på forestillingen, anbefales #teater
+ s em 😍😍😍
+ s em Ferie booket ✈️🌴☀️ bare 23 netter igjen!!
+ s em Ferske jordbær fra torget 🍓🍓 sommeren er her
+ s em ny sykkel 🚲💨 lykkelig 🥰
+ s em 🙌🙌 for et mål!!
+ s em Pakke 📦 fra favorittbokhandelen 📚✨ helgen er reddet
+ s ty så fornøyd med den nye telfonen, endelig et kamera som tar ordentlige bilder
+ s ty for en god burgr på den sjappa ved havna, dere må prøve
+ s ty takk @nettbutikk for kjapp levring, bestilte i går og fikk den i dag
+ s in Årets beste konsert, helt ufattelig bra. Har fortsatt gåsehud
+ s in Kjempeglad for det nye biblioteket i bydelen, det har blitt så fint 😊
+ s in Verdens snilleste sykepleiere på denne avdelingen, de gjør hele forskjellen
+ s mi Det nye treningssenteret er ikke så verst, ryddig og ikke altfor fullt
+ s co Nytt abonnement er både billigere og raskere enn det gamle, sånn skal det være
+ s mx Uka startet helt katastrofalt, men i kveld vant vi finalen så alt er tilgitt 🏆
- s sa Supert, tre nye uker å vente på svar 🙄 #kundeservice
- s sa For en fest på perrongen igjen. 25 min forsinket og skjermene sier ingenting #togliv
- s sa Flott, pakken er «levert». Bare ikke til meg. Godt organisert @pakkeleveranse
- s sa Åh så fint, appen er «forbedret». Nå får jeg ikke logget inn. Godt jobba folkens
- s sa Deilig med 8 grader og regn i juli. Ekte norsk sommer
- s sa Herlig, en time på vent med den musikken. Kan den utenat nå
- s sa Så gøy, prisen har gått opp igjen. Tredje gang i år. #abonnement
- s pl Jeg er så lei av at nettet faller ut hver kveld @leverandør
- s pl Flyet kansellert og ingen i skranken. For et kaos på Gardermoen i dag
- s pl Så mye reklame i den appen nå, jeg har slettet den
- s pl Hvem fant på at selvbetjeningskassa bare kan brukes med appen? Tungvint!
- s pl Tredje gang denne uka at matleveringen ikke er komplett @dagligvare. Kan dere fikse det?
- s pl Seriøst, fem dager å vente på en tekniker og så kommer han uten deler
- s pl Den nye logoen til kommunen er skikkelig stygg, hvem godkjenner sånt
- s ng Aldri mer bestiller jeg fra den siden, aldri
- s ng Ikke til å tro at heisen på stasjonen er i ustand igjen
- s em 😡😡😡 @budfirma
- s em Regn ☔️ kø 🚗🚗🚗 og for sent på jobb 😩
- s em pakken min 📦➡️🗑️ takk for det
- s ty hvorfor tar det alltid så lang tid å si opp et abonemnet, latterlig
- s ty ingen buss i dag morges heller og ingen som sier fra, skandale
- s in Desidert den dårligste kampen jeg noen gang har sett, for en tragedie
- s in Sinnssykt irriterende å måtte klikke bort cookies overalt
- s mx Fin film, men 160 kroner for en kinobillett pluss 90 for popcorn er rent ran
- s co Før kunne man snakke med et menneske, nå får man bare en chatbot
0 s pl I morgen rundt ni sender vi direkte fra messa på Lillestrøm, kom innom stand 12 #messe
0 s pl Nytt blogginnlegg ute: slik tar du vare på sykkelkjedet om vinteren http://t.co/k4Jd9pX
0 s pl Noen som vet om torget er åpent på lørdag, med tanke på veiarbeidet?
0 s pl Fra neste uke holder vi stengt på onsdager, ellers vanlige åpningstider #åpningstider
0 s pl Noen som har erfaring med fiber i Sandnes? Vurderer to leverandører
0 s pl Tar toget til Bergen i morgen, noen tips til lunsjsted nær stasjonen?
0 s pl Første dag i ny jobb i dag. Får se hvordan det går.
0 s pl RT @kommunen: Fra mandag kl. 08 er brua over elva stengt for biltrafikk i to uker.
0 s pl Vurderer bysykkel eller elsykkel. Hva bruker dere til og fra jobb?
0 s pl Tråd om de nye parkeringsreglene i sentrum, kartet ligger lenger ned 👇
0 s pl Strømmen starter kl. 20.00, lenke i bio
0 s pl Hvor lenge er butikken på Karl Johan åpen på lørdag? @butikkjeden
0 s pl Midt i flytting, internett kobles til neste uke, så jeg er litt vanskelig å nå
0 s pl Noen som har lest den nye boka til den svenske krimforfatteren? Tenker på å kjøpe den
0 s pl Avstemning: handler dere mat på nett eller går dere heller i butikken?
0 s pl Det første snøfallet har kommet i Tromsø, og meteorologene varsler minusgrader i natt
0 s pl For dere som følger med: valgresultatet ventes rundt midnatt
0 s pl Webinaret om solcellepaneler starter kl. 19 i kveld, fortsatt mulig å melde seg på
0 s pl Noen som vet om ferja til Nesodden går som normalt i morgen med denne vinden?
0 s em 📦 på vei, forventet levering mellom 14:00 og 16:00
0 s em ☕️ + 💻 = mandag morgen
0 s em 🤔🤔
0 s mi Installerte oppdateringen av appen, har ikke merket noen forskjell egentlig
0 s mi Den nye serien alle snakker om, tja, ser videre men den griper meg ikke helt
0 s mx Fint vær i dag, men regn igjen i morgen. Typisk Bergen
0 s ty noen som vet når siste bussen går fra sentrum på søndag
0 s ty kjapt spm, kan man betale med kredittkort hos dere?

# ---------------------------------------------------------------- news
0 n pl Nettbutikken åpner et nytt lager på Gardermoen neste måned med rundt 300 arbeidsplasser.
0 n pl Fra 1. januar øker prisene på togbilletter med i snitt 4,5 prosent.
0 n pl Kommunen starter i april byggingen av en ny sykkelvei mellom sentrum og stasjonen.
0 n pl Banken justerer renten på sparekontoer til 3,25 prosent fra 1. mars.
0 n pl Dagligvarekjeden åpner en ny butikk på Jernbanetorget på lørdag.
0 n pl Selskapet opplyser at kvartalstallene legges fram 24. oktober.
0 n pl Flyselskapet legger til tre nye reisemål i Sør-Europa fra sommeren av.
0 n pl Teleoperatøren slår av 3G-nettet ved årsskiftet, og kunder med eldre telefoner får brev.
0 n pl Museet holder stengt på grunn av ombygging til og med 15. mai.
0 n pl Sykkelprodusenten har ansatt ny administrerende direktør, som tiltrer 1. juni.
0 n pl Ifølge SSB kjøpte nordmenn mer brukte klær i fjor enn året før.
0 n pl Strømselskapet justerer a konto-beløpene etter forbruket det siste året.
0 n pl I den nye ruteplanen går det flere tog mellom Oslo og Drammen i rushtiden.
0 n pl Elektronikkjeden vil tilby reparasjoner i ti butikker fra neste år.
0 n pl Appen er fra i dag også tilgjengelig på nordsamisk.
0 n pl På grunn av arbeid på sporet går det ikke tog mellom Oslo S og Ski denne helga; det settes opp buss.
0 n pl Varehuset flytter i september til mindre lokaler i samme gate.
0 n pl Bokhandelen inviterer til signering med forfatteren av bestselgeren 12. november.
0 n pl Pressemelding: forsikringsselskapet offentliggjør neste års priser 12. november.
0 n pl Hotellkjeden kjøper fire hoteller i Sverige. Finansielle detaljer er ikke kjent.
0 n pl Fra denne uka kan kundene betale med mobilen i parkeringsautomatene.
0 n pl Filmfestivalen slipper hele programmet på torsdag.
0 n pl Posten skal bare levere tre dager i uka i distriktene, melder selskapet.
0 n pl Kollektivselskapet tester betaling med bankkort på bussen i to fylker fra mars.
0 n pl Produksjonen av den nye modellen starter til våren, med levering fra juni.
0 n pl Selskapet hadde ved utgangen av fjoråret rundt 1,2 millioner kunder i Norden.
0 n pl Onsdag blir det oppholdsvær med sol innimellom og opptil 17 grader.
0 n pl Fra 1. juli gjelder nye regler for retur av gamle elektriske produkter i butikkene.
0 n pl Kundeservice holder telefonen stengt 2. påskedag, men chatten er åpen.
0 n pl Boligbyggelaget starter etterisolering av 240 leiligheter etter sommeren.
0 n pl Fusjonen mellom de to nettbutikkene må fortsatt godkjennes av Konkurransetilsynet.
0 n pl Apotekkjeden begynner å ekspedere resepter på nett fra oktober.
0 n pl Byrådet legger fram budsjettet for neste år i neste uke.
0 n pl Flyplassen venter omtrent like mange passasjerer i sommer som i fjor.
0 n mx Omsetningen i kjeden økte med 3 prosent, mens resultatet falt litt på grunn av høyere lønnskostnader.
0 n ty nye åpningstider fra 1. sept: man–fre 9–18, lør 10–17, søndag stengt
+ n pl Banken fjerner gebyret for kortbruk utenfor Europa. Gode nyheter for alle som reiser.
+ n pl Sykehuset melder at ventetiden for kneoperasjoner er halvert.
+ n pl Rekordmange besøkende på det nye museet: 80 000 mennesker den første måneden.
+ n pl Produsenten utvider garantien på alle vaskemaskiner til fem år, helt frivillig.
+ n pl Fra neste år reiser barn under tolv år gratis med kollektivtransporten i fylket.
+ n pl Gode nyheter for de ansatte: fabrikken blir værende og det kommer femti nye jobber.
+ n in Det lokale bakeriet vant den nasjonale prisen for beste brød, en fantastisk anerkjennelse.
+ n co Kundene er ifølge undersøkelsen tydelig mer fornøyde med togtilbudet i år enn i fjor.
+ n pl Den nye gang- og sykkelbrua ble ferdig før tiden og under budsjett.
+ n pl Dagligvarekjeden kutter prisene på over hundre basisvarer som brød, melk og grønnsaker.
- n pl Ferieflyvninger innstilles i stor skala denne sommeren, og tusenvis av reisende blir sittende fast.
- n pl Selskapet kutter 400 stillinger og legger ned to avdelinger på Østlandet.
- n pl En omfattende feil gjorde at bankens kunder ikke fikk betalt eller logget inn på flere timer.
- n pl I en datalekkasje havnet opplysninger om over 200 000 kunder av nettbutikken på avveie.
- n pl Kjeden er slått konkurs, og butikkene holder stengt inntil videre.
- n pl Forbrukertilsynet gir teleselskapet bot for villedende reklame.
- n in Store forsinkelser på jernbanen: hele morgenrushet sto togtrafikken rundt Oslo fullstendig stille.
- n co Kundetilfredsheten hos strømselskapet har falt kraftig sammenlignet med i fjor.

# ---------------------------------------------------------------- questions
0 q pl Kan jeg endre bestillingen min selv om den allerede er sendt?
0 q pl Hva er åpningstidene til butikken deres på Lagunen på lørdager?
0 q pl Hvor lang tid tar det vanligvis før en retur er behandlet?
0 q pl Tilbyr dere sykkelleasing for enkeltpersonforetak?
0 q pl Går det an å legge til en ekstra koffert etter innsjekking?
0 q pl Hvilken størrelse bør jeg velge hvis jeg vanligvis er mellom 42 og 43?
0 q pl Fungerer denne laderen med den eldre versjonen av nettbrettet?
0 q pl Kan vi sjekke inn på hotellet klokka elleve, eller først klokka tre?
0 q pl Hvordan skrur jeg av faste betalinger i appen?
0 q pl Har dere glutenfrie alternativer på menyen?
0 q pl Trenger jeg ny ruter hvis jeg flytter innad i samme by?
0 q pl Finnes det et sted på stasjonen der jeg kan parkere sykkelen i en uke?
0 q pl Når kommer andre bok i serien på norsk?
0 q pl Må jeg bestille time for reparasjon, eller kan jeg bare komme innom?
0 q pl Hva koster det å oppgradere abonnementet til ubegrenset data midt i perioden?
0 q pl Hvor finner jeg fakturaen for den siste bestillingen min?
0 q pl Har dere denne sofaen i mørkegrønt stoff også?
0 q pl Gjelder tilbudet også for bestillinger gjort i appen?
0 q pl Er restauranten tilgjengelig med rullestol?
0 q pl Hva er forskjellen på basis- og plussabonnementet?
0 q pl Går det ekstra tog til Oslo på 17. mai?
0 q pl Kan jeg ta med powerbank i håndbagasjen?
0 q pl Kan appen brukes uten å opprette konto?
0 q pl Hvor mye må jeg handle for å få gratis frakt?
0 q pl Hvor lang garanti er det på batteriet til elsykkelen?
0 q pl Kan dere levere til et hentested i stedet for hjem?
0 q pl Har rommet aircondition?
0 q pl Hvor kan jeg levere inn den gamle telefonen min til gjenvinning?
0 q pl Jeg vil opprette en konto til datteren min på ti år. Hvilke dokumenter trenger jeg?
0 q pl Hei, jeg bestilte en stol forrige uke. Vet dere når den blir levert?
0 q pl Sender dere også til Svalbard?
0 q pl Kan jeg reservere bord til åtte personer fredag kveld?
0 q ty hvordan tilbakestiller jeg passordet hvis jeg ikke har tilgang til den gamle e-posten
0 q ty er det parkering i nærheten av butikken deres?
0 q ty når åpner butiken i Bodø igjen etter ombyggingen
0 q em Har den nye kolleksjonen kommet? 👗👀
0 q co Er den grå varianten like solid som den svarte, eller er materialet annerledes?
0 q co Hva lønner seg mest, periodebillett eller enkeltbilletter hvis jeg reiser to ganger i uka?
- q pl Hvorfor tar det tre uker å behandle en enkel refusjon?
- q pl Hvor mange ganger må jeg ringe før noen faktisk løser problemet mitt?
- q pl Hvorfor svarer dere ikke på e-postene mine? Jeg har ventet i ti dager.
- q pl Hvordan kan det ha seg at jeg får et ødelagt produkt for tredje gang?
- q sa Er det normalt at en «ekspresslevering» tar to uker, eller er det en spøk hos dere?
- q pl Hvem har egentlig ansvaret for sånne feil hos dere?
- q in Hva i all verden er galt med kundeservicen deres??
- q ng Hvorfor har ingen kommet, når avtalen var forrige uke?
- q pl Kan noen forklare hvorfor regningen min plutselig er 400 kroner høyere uten at jeg har endret noe?
- q ty hvorfor har jeg ikke kunnet logge inn på 2 dager, jeg må jo betale regningene mine
- q em Hvor blir det av pakken min?? 😤 12 dager underveis
- q sa Må jeg virkelig vente en halvtime i kø igjen bare for å høre at de skal «sende det videre»?
+ q pl Selger dere gavekort? Forrige gang var alt så bra at jeg gjerne gir det bort til noen.
+ q pl Har dere det deilige surdeigsbrødet på søndager også?
+ q in Når åpner dere i Tromsø? Det hadde vært helt fantastisk!
+ q em Kommer det en sesong to? Jeg er helt hekta 😍

# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Bra at kommunen endelig satser på trygge sykkelveier rundt skolene.
+ p pl Klok beslutning av regjeringen å gjøre kollektivtransport billigere for unge.
+ p pl For en kamp av landslaget, endelig offensiv fotball igjen.
+ p pl Så godt at biblioteket i bygda får bestå, det er hjertet i lokalsamfunnet.
+ p pl Herlig vårdag i dag, hele parken var full av glade folk.
+ p pl Respekt til alle de frivillige som ryddet stranda i dag.
+ p pl Den nye ordføreren lytter faktisk til innbyggerne, det merkes på alt.
+ p pl Bygdefesten var like koselig som alltid, unge og gamle danset sammen.
+ p pl Godt at det endelig kommer et legekontor i bydelen.
+ p pl Ærlig talt har den nye treneren gjort laget til en enhet igjen.
+ p pl For et flott tiltak, gratis svømmeopplæring for alle barn i kommunen.
+ p pl Juniorlaget ble seriemestere, og hele bygda møtte opp for å gratulere.
+ p ng Den nye planen for sentrum er slett ikke så dum som opposisjonen påstår.
+ p ng Jeg er ingen fan av partiet, men dette forslaget om eldreomsorg er ikke dumt.
+ p ng Flyttingen av torget ble ikke så ille som fryktet, det er faktisk koseligere nå.
+ p mi Avtalen er ingen mirakelkur, men et fornuftig steg i riktig retning.
+ p co Debatten i går var langt mer saklig enn den forrige, godt jobbet.
+ p co Kollektivtilbudet i regionen er blitt mye bedre, bussene går oftere og i rute.
+ p in For en fantastisk avslutning på serien, utrolig spennende helt til siste minutt!
+ p em Norge videre til semifinalen 🇳🇴🇳🇴🔥
+ p mx Været var ustabilt, men festuka i byen ble likevel en stor suksess.
+ p ty bra at det kommer mer penger til skolen, på tide
- p pl Skandaløst at kommunen nok en gang kutter i barnevernet.
- p pl Alle de vindturbinene rett ved boligfeltet, og ingen spurte oss som bor her.
- p pl Husleiene i denne byen er rett og slett ikke til å betale for unge folk.
- p pl Nok en katastrofekamp, forsvaret var som en sil.
- p pl Fjerde regnfulle lørdag på rad. Jeg blir skikkelig deppa av det.
- p pl Regjeringen lover mye, men det blir ingenting av gjennomføringen.
- p pl Latterlig at svømmehallen stenger for vedlikehold midt i sommerferien.
- p pl Høy musikk fra naboene hele kvelden, og det er tirsdag. Nå har jeg fått nok.
- p pl Ikke en politibil å se, selv om det blir stjålet sykler ved stasjonen hver natt.
- p pl Gårsdagens resultat er et stort nederlag for alle som ønsket en rettferdig konkurranse.
- p sa Veldig smart å grave opp alle veiene samtidig midt i rushtiden. Godt planlagt, kommune.
- p sa Bravo, nok en gransking som ikke fører til noen ting. Godt brukte skattepenger.
- p sa Norsk sommer: tolv grader, vind og sidelengs regn. Nydelig.
- p ng De lovede boligene er fortsatt ikke bygget, og de kommer nok aldri heller.
- p ng Ingen politikere ser ut til å skjønne hva mat koster for tiden.
- p in Virkelig trist å se hvordan ungdomshuset har forfalt. Ingen tar ansvar.
- p co Trafikken har bare blitt farligere etter «forbedringen».
- p mx Fint med et nytt torg, men at femti gamle trær må hogges for det synes jeg er uakseptabelt.
- p em Skattene går opp igjen 💸💸😩
- p ty prisene på butikken er helt sinnsyke nå, en handlevogn har blitt luksus
0 p pl Kommunestyret stemmer over den nye parkeringspolitikken torsdag.
0 p pl Ifølge målingen ligger de to største partiene nesten likt.
0 p pl I morgen blir det skyet med fare for byger i nord, mens det holder seg tørt i sør.
0 p pl Debatten om boligbygging fortsetter etter ferien.
0 p pl Rosenborg spiller borte mot tabelltreeren søndag klokka 18.
0 p pl Statsministeren holder pressekonferanse om de nye tiltakene i morgen.
0 p pl Alle kan si sin mening om planen for den nye byparken fram til 1. mars.
0 p pl Har lest valgprogrammene og vet fortsatt ikke hvem jeg skal stemme på.
0 p pl Fra mandag endres lyskrysset ved rundkjøringen, står det i lokalavisa.
0 p pl Denne uka diskuteres det mye om butikkene bør holde søndagsåpent.
0 p pl Naboen min stemmer rødt og jeg stemmer blått, og vi drikker fortsatt kaffe sammen på lørdager.
0 p pl Det settes opp nye gatelykter i gata vår de neste ukene.
0 p pl Fristen for å levere underskrifter til folkeavstemningen går ut i morgen.
0 p pl Kveldens kamp er utsatt til onsdag neste uke på grunn av været.
0 p mx Den nye ordningen har fordeler og ulemper, og den vil slå ulikt ut fra bydel til bydel.
0 p mx Noen naboer er glade for den nye sykkelveien, andre savner parkeringsplassen sin. Jeg ser begge sider.
0 p mi Den nye politikken betyr ærlig talt lite for meg personlig.
0 p co Valgdeltakelsen er omtrent den samme som for fire år siden, melder valgstyret.
0 p ty i morgen er det beboermøte om de nye reguleringsplanene på grendehuset, starter kl 19
0 p em 🌧️🌧️☀️ værmelding for helga: regn først, oppholdsvær på søndag
"""
