# Norwegian Nynorsk (nn). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Sykkelen kom ferdig montert og godt pakka. Gler meg til å bruke han til jobben.
+ r pl Nydeleg middag på den vesle restauranten ved kaia, fersk fisk og blid betening.
+ r pl Hovudtelefonane sit godt sjølv etter fleire timar, og støydempinga fungerer kjempebra.
+ r pl Reint og moderne hotell, stort rom og ein frukost som verkeleg var noko for seg sjølv.
+ r pl Endeleg ein bankapp som er enkel å bruke. Alt eg treng ligg på framsida.
+ r pl Pakken kom dagen etter at eg bestilte, og alt var som skildra.
+ r pl Boka var så spennande at eg sat oppe til klokka to for å lese ho ferdig.
+ r pl For ein vakker film! Foto og musikk går perfekt saman.
+ r pl Montøren kom presis, forklarte alt grundig og fiberen verka med ein gong.
+ r pl Flyet gjekk på minuttet, hyggeleg mannskap og god plass til beina.
+ r pl Retur var superenkelt, og pengane var tilbake på kontoen etter tre dagar.
+ r pl Etter oppdateringa går appen mykje raskare og heng seg ikkje opp lenger.
+ r pl Elsykkelen har gått over 3000 km utan eitt einaste problem.
+ r pl Svært hjelpsam tilsett i butikken som tok seg god tid til å finne rett jakke til meg.
+ r pl Koseleg kafé med god kaffi og dei beste kanelsnurrane på Vestlandet. Kjem att!
+ r pl Toget var i rute, reint og det var faktisk ledige sete. Slik skal det vere.
+ r pl Kundeservicen hos straumselskapet løyste saka mi på fem minutt. Imponert!
+ r pl Flott kvalitet på ullgenseren, varm utan å klø. Kan tilrådast.
+ r pl Ungane elska framsyninga, vi lo frå byrjing til slutt.
+ r pl Beste vaskemaskina vi har hatt, stillegåande og sparer både straum og vatn.
+ r pl Fekk aktivert det nye SIM-kortet via chatten på ti minutt. Effektivt og hyggeleg.
+ r pl Sykkelverkstaden fiksa gira mine same dagen og tok ein heilt grei pris.
+ r pl Rådgivaren i banken var ærleg og prøvde ikkje å selje meg noko eg ikkje trong.
+ r pl Kameraet på den nye telefonen tek utruleg skarpe bilete, òg i mørkret.
+ r pl Ferjekafeen overraska stort: heimelaga fiskesuppe og ferske vaflar.
+ r pl Frisøren lytta til kva eg ville ha, og resultatet vart akkurat som eg håpa.
+ r pl Fekk erstatning frå forsikringsselskapet etter berre ei veke, heilt utan mas.
+ r pl Bygdekinoen har fått nye stolar og betre lyd. Ei heilt anna oppleving no.
+ r pl Turisthytta var rein, varm og hadde nybaka brød til frukost. Perfekt etter ein lang tur.
+ r pl Snøggbåten var i rute heile veka, og mannskapet var alltid blide.
+ r pl Tannlegen var tolmodig med ein nervøs pasient, og alt gjekk smertefritt.
+ r pl Den lokale bokhandelen tinga boka for meg og ringde same dag ho kom. Slik service set eg pris på.
# mild
+ r mi Grei støvsugar, gjer det han skal.
+ r mi Heilt ok sko til prisen. Ikkje noko spesielt, men eg er nøgd.
+ r mi Hotellet var greitt, rommet var lite men reint. Fint for ei natt.
+ r mi Fungerer fint, ingen klager så langt.
+ r mi Vara kom som avtalt og er som skildra. Nøgd.
+ r mi Appen er ikkje spektakulær, men han er stabil, og det er det viktigaste for meg.
+ r mi Lunsjen var grei, ferske rundstykke og rask servering.
+ r mi Ingen stjernerestaurant, men til ein vanleg middag er det heilt greitt.
+ r mi Nettet er stabilt og farten er som lova. Ikkje meir å seie, og det er jo bra.
# negation -> positive
+ r ng Ikkje verst til den prisen, ikkje verst i det heile.
+ r ng Hadde låge forventingar, men maten var slett ikkje dum.
+ r ng Aldri hatt noko tull med denne nettbutikken, og eg har handla der i mange år.
+ r ng Ikkje eitt einaste problem med installasjonen, alt gjekk på første forsøk.
+ r ng Kan ikkje seie eit vondt ord om dei: raske, ryddige og hyggelege.
+ r ng Batteriet tappast ikkje like fort etter oppdateringa. Deilig!
+ r ng Var skeptisk på førehand, men eg angrar absolutt ikkje.
+ r ng Ikkje noko bomkjøp, eg brukar airfryeren nesten kvar dag.
# comparative / intensifier
+ r co Mykje raskare enn den førre leverandøren min, og billegare attpåtil.
+ r co Den nye versjonen av appen er langt betre enn den gamle.
+ r co Heller denne regnjakka enn den dyre merkejakka, sit betre og kostar halvparten.
+ r co Oppfølgjaren er endå meir spennande enn første boka.
+ r in Utruleg god service, alt var ordna til minste detalj!!
+ r in Utan tvil den beste pizzaen i byen.
+ r in Fantastisk flott hotell, rommet med utsikt over fjorden var rett og slett magisk.
+ r in Kjempenøgd med den nye racersykkelen, han er så lett å sykle på.
# mixed -> positive
+ r mx Leveringa tok ei veke lenger enn lova, men sofaen er nydeleg og superbehageleg. Verdt ventetida.
+ r mx Restauranten er litt dyr, men maten er så god at eg betaler med glede.
+ r mx Innsjekkinga tok lang tid, men etterpå var alt topp: fint rom, god seng, god frukost.
# emoji / typo
+ r em Nye joggesko i hus 😍👟 sit som støypt!
+ r em Beste burgaren i Bergen 🤤🔥
+ r em 👍👍 rask levering, bra produkt
+ r ty kjempebra butikk, dei tilsette er så hyggelege og hjelpsame
+ r ty rask levering og godt pakka, handlar her att
# ---------------------------------------------------------------- reviews: negative
- r pl Etter to veker slutta hovudtelefonane å verke på venstre side. Bortkasta pengar.
- r pl Kald mat, lunken kaffi, og vi måtte spørje tre gonger om rekninga.
- r pl Rommet lukta røyk og dusjen var tett. Aldri meir dette hotellet.
- r pl Sporinga seier at pakken er levert, men eg har ikkje fått noko. Kundeservice svarar ikkje.
- r pl Kjedeleg film. To timar der nesten ingenting skjer.
- r pl Etter siste oppdatering krasjar appen kvar gong eg prøver å laste opp eit bilete.
- r pl Montøren kom aldri, og ingen ringde. Tok fri ein heil dag for ingenting.
- r pl Bagasjen forsvann på ein overgang i Amsterdam, og etter fem dagar har eg framleis ikkje høyrt noko.
- r pl Madrassen sokk saman i kanten etter ein månad. Reklamasjonen vart avvist.
- r pl Støvsugaren bråkar som ein jetmotor, og batteriet er tomt etter ti minutt.
- r pl Fekk feil storleik og måtte betale returfrakta sjølv.
- r pl Frekk tilsett i skranken som ikkje ein gong såg opp frå skjermen.
- r pl Nettet fell ut kvar kveld mellom åtte og ti, akkurat når alle er heime.
- r pl Pizzaen kom etter halvanna time, kald og med feil fyll.
- r pl Høge prisar, små porsjonar, og vi sat rett ved toalettet. Kan ikkje tilrådast.
- r pl Skorne gjekk opp i sålen etter tre gongers bruk.
- r pl Oppseiing må skje på telefon, og der kjem du ikkje gjennom etter ein halvtime i kø.
- r pl Ferja var innstilt tre dagar på rad, og ingen gav beskjed på førehand.
- r pl Bussen på bygda går no berre to gonger om dagen. Umogleg å kome seg på jobb utan bil.
- r pl Lampa blinkar frå første dag, og den nye gjer akkurat det same.
- r pl Banken trekte betalinga to gonger, og det tek veker før eg får pengane att.
# negation
- r ng Ikkje spesielt imponerande, kvaliteten er for dårleg til denne prisen.
- r ng Hotellet var ikkje i nærleiken av det bileta lova.
- r ng Eg kjem ikkje til å bestille herifrå att.
- r ng Aldri opplevd så dårleg kundeservice før.
- r ng Filmen var ikkje så bra som alle skulle ha det til. Langt ifrå.
- r ng Leveringstida dei lovar på nettsida stemmer ikkje i det heile.
# sarcasm
- r sa Supert, tre nye veker å vente på ein reservedel 🙄
- r sa Flott, ein ladar som smeltar etter to dagar. Verkeleg kvalitet.
- r sa For ein service: to timar i kø, og så vert samtalen broten.
- r sa Takk for «ekspressleveringa», pakken kom etter ni dagar.
- r sa Ja då, endå ei oppdatering som gjer alt tregare. Godt jobba.
- r sa Nydeleg flymat, viss du likar papp altså.
# mixed -> negative
- r mx Dei tilsette var hyggelege, men rommet var skittent og senga knirka heile natta. Kjem ikkje att.
- r mx Fint design, det skal dei ha, men etter ein månad verkar halvparten av knappane ikkje lenger.
- r mx Bra kamera, men batteriet er så dårleg at telefonen må ladast før lunsj. Eit bomkjøp for meg.
# comparative / intensifier
- r co Dårlegare enn førre versjon, og den var ikkje god i utgangspunktet.
- r co Hos konkurrenten betaler du mindre og får dobbelt så mykje data.
- r co Pakninga er vorten mindre, men prisen har gått opp.
- r in Utan tvil den verste budtenesta eg har vore borti, dei kastar pakkane over gjerdet.
- r in Heilt elendig app, krasjar heile tida!!!
- r in Kjempedyrt og i tillegg kjempedårleg.
# emoji / typo
- r em Pakken kom knust 📦💥😡
- r em 👎👎 aldri meir
- r ty for ei dårleg teneste, ingen tek telefonen og e-postar vert ikkje svart på
- r ty budet sette pakka rett ut i regnet, alt vart klissvått
# ---------------------------------------------------------------- reviews: neutral
0 r pl Bestilt måndag, levert onsdag. Produktet er som på biletet.
0 r pl Jakka finst i tre fargar, eg valde den mørkeblå i storleik M.
0 r pl Hotellet ligg ti minutt å gå frå stasjonen. Frukost er ikkje inkludert i prisen.
0 r pl Eg brukar appen mest til å sjekke saldo og overføre pengar til sparekontoen.
0 r pl Sykkelen har sju gir, fotbrems og bagasjebrett med plass til to vesker.
0 r pl Filmen varer i om lag to timar og ti minutt, med norsk og engelsk teksting.
0 r pl Vi var seks personar og hadde reservert bord til klokka sju.
0 r pl Bestilte via appen, betalte med Vipps og henta på hentestaden.
0 r pl Boka er tredje del i ein serie, men ho kan lesast åleine.
0 r pl Eg valde abonnementet med 20 GB data og tolv månader binding.
0 r pl Rommet låg i fjerde etasje, og det var heis. Parkering i garasjen ved sida av.
0 r pl Ferja brukar om lag tjue minutt over fjorden og går kvar halvtime om dagen.
0 r pl Vi leigde hytta i fire netter i februar, med ved og sengetøy inkludert.
0 r mi Middels. Ikkje bra, ikkje dårleg.
0 r mi Ein heilt gjennomsnittleg pizzarestaurant, slik det finst ti av i kvar by.
0 r mi Han gjer jobben, men det finst billegare alternativ som gjer det same.
0 r mi Hotellet var sånn passe, ingenting å skryte av og ingenting å klage på.
0 r mi Nokre kapittel er sterke, andre dreg ut. Alt i alt ei middels bok.
0 r mi Veit ikkje om eg vil tilrå han, det kjem heilt an på kva du ser etter.
0 r mi Verken betre eller dårlegare enn førre versjon av appen.
0 r mx Maten var framifrå, men servicen var svært treg. Alt i alt jamnar det seg ut.
0 r mx God plassering, gamaldagse rom. Du får det du betaler for.
0 r mx Leveringa gjekk raskt, men sjølve produktet skuffa litt. Vurderer framleis om eg skal behalde det.
0 r mx Sterke skodespelarar, svak historie. Eg veit ærleg talt ikkje kva eg synest.
0 r co Om lag like rask som den førre PC-en min, berre litt lettare.
0 r co Akkurat like dyrt som i dei andre butikkane i nærleiken.
0 r ty bestilte fredag, levert måndag med posten, låg i ei eske med papir rundt
0 r ty romet hadde to enkeltsenger og ein liten pult ved vindauget
# ---------------------------------------------------------------- complaints
- c pl Eg har venta fire veker på refusjon for ei returnert ordre. Ber om svar snarast.
- c pl Har ringt tre gonger om feilen, og kvar gong får eg høyre at «dei jobbar med saka».
- c pl Abonnementet mitt vart fornya utan samtykke. Eg krev at det vert avslutta med ein gong.
- c pl Bussen køyrde rett forbi meg medan eg stod på haldeplassen og vinka. Tredje gong denne månaden.
- c pl Det er trekt 499 kroner for ei teneste eg aldri har bestilt.
- c pl Budet dykkar leverte pakken min på ei adresse to gater unna. Korleis skal eg få løyst dette?
- c pl Eg sende inn ei klage via skjemaet for tre veker sidan og har ikkje høyrt noko.
- c pl Flyet vårt vart innstilt, og verdikupongen vi fekk kan ikkje brukast på nettsida.
- c pl Sidan eg bytte til dykk har straumrekninga nesten dobla seg, utan noka forklaring.
- c pl Nytt kjøleskap, og døra lèt seg ikkje lukke skikkeleg. Teknikaren kan kome om fire veker.
- c pl Kvifor må eg laste opp legitimasjon for tredje gong? Dette er absurd.
- c pl Garantien vert avvist fordi eg skal ha «brukt produktet feil». Det stemmer rett og slett ikkje.
- c pl Etter flyttinga har eg vore utan internett i ti dagar, og ingen kan seie når det vert fiksa.
- c pl Klagen min er merkt «løyst» utan at nokon har teke kontakt med meg.
- c pl Kundeservice sender meg til butikken, og butikken sender meg til kundeservice.
- c pl Det var glas i salaten min. Eg ventar eit seriøst svar på dette.
- c pl Vegen opp til bygda har ikkje vore brøyta på fire dagar, og skulebussen kjem ikkje fram.
- c pl Eg betaler for 500 Mbit og får knapt 40. Dette er kontraktsbrot.
- c pl For andre gong har eg fått levert ei oppvaskmaskin som ikkje verkar. No er eg lei.
- c pl Ferja gjekk ti minutt før rutetida, og vi stod att på kaia med to små born.
- c ng Ingen har ringt meg tilbake, trass i tre lovnader.
- c ng Framleis ikkje noko svar på e-posten min frå to veker sidan. Dette går berre ikkje.
- c ng Vara er ikkje levert, og pengane er ikkje betalte tilbake.
- c sa Imponerande at de klarar å sende same pakken til feil adresse tre gonger.
- c sa Tusen takk for det «gratis» abonnementet eg plutseleg betaler for kvar månad.
- c in Eg er verkeleg rasande. Dette er det mest kundefiendtlege selskapet eg veit om.
- c in Djupt skuffa, heilt uakseptabelt at dette har teke to månader!
- c ty har ringt 3 gonger og kvar gong vert eg sett over og så vert samtalen broten, kva er dette
- c ty pakken kom skadd og eska var tydeleg opna frå før, vil ha ein ny
- c mx Hyggeleg at medarbeidaren orsaka seg, men problemet er framleis ikkje løyst etter fire veker.
- c em 45 minutt i telefonkø ☎️😤😤
- c co I fjor tok dette nokre dagar, no har eg venta i fleire månader.
0 c pl Eg vil melde frå om ei øydelagd gatelykt ved krysset ved skulen.
+ c pl Eg klaga på rekninga, og saka vart løyst på ein dag. Takk for rask hjelp.
# ---------------------------------------------------------------- social
+ s pl Endeleg helg og sola skin, kva meir kan ein ønskje seg #nyt
+ s pl Shoutout til budet som bar pakken heilt opp i fjerde etasje i pøsande regn 🙏
+ s pl Testa den nye kaffibaren på hjørnet i dag, for eit fint tilskot til nabolaget!
+ s pl @sykkelsmia takk for rask reparasjon, sykkelen går som ein draum att
+ s pl Så stolt av laget vårt, vi vann hackathonet i Bergen! #laginnsats
+ s pl Bestemor tok sin første videosamtale i dag og syntest det var stas
+ s pl Sykla langs fjorden heile dagen. Sliten men nøgd #hardanger
+ s pl Tok lappen på første forsøk i dag!!! 🎉
+ s pl Naboen lappa sykkeldekket mitt i morgon tidleg utan at eg spurde. For ein gullgut
+ s pl Takk til legevakta for rask og hyggeleg hjelp i natt
+ s pl Fullførte mitt første halvmaraton i dag, beina er ferdige men eg er så stolt
+ s pl Nynorskdagen på skulen var ein fest, ungane las dikt og song heile dagen
+ s ng Trudde ikkje eg kom til å like den serien, men han er jammen ikkje dum
+ s ng Aldri kome så fort gjennom tryggleikskontrollen på Flesland, null kø
+ s ng Seier ikkje ofte noko pent om toget, men i dag var det ikkje eitt minutt forseinka
+ s em 😍😍😍
+ s em Ferie booka ✈️🌴☀️ berre 23 netter att!!
+ s em Ferske jordbær frå torget 🍓🍓 sommaren er her
+ s em 🙌🙌 for eit mål!!
+ s ty så nøgd med den nye telfonen, endeleg eit kamera som tek ordentlege bilete
+ s ty takk @nettbutikk for kjapp levering, bestilte i går og fekk han i dag
+ s in Årets beste konsert, heilt ufatteleg bra. Har framleis gåsehud
+ s in Kjempeglad for det nye biblioteket i bygda, det har vorte så fint 😊
+ s mi Det nye treningssenteret er ikkje så verst, ryddig og ikkje altfor fullt
+ s co Nytt abonnement er både billegare og raskare enn det gamle, slik skal det vere
+ s mx Veka starta heilt katastrofalt, men i kveld vann vi finalen, så alt er tilgjeve 🏆
- s sa Supert, tre nye veker å vente på svar 🙄 #kundeservice
- s sa For ein fest på perrongen att. 25 min forseinka og skjermane seier ingenting #togliv
- s sa Flott, pakken er «levert». Berre ikkje til meg. Godt organisert @pakkelevering
- s sa Å så fint, appen er «forbetra». No får eg ikkje logga inn. Godt jobba
- s sa Deilig med 8 grader og regn i juli. Ekte vestlandssommar
- s sa Så kjekt, prisen har gått opp att. Tredje gong i år. #abonnement
- s pl Eg er så lei av at nettet fell ut kvar kveld @leverandør
- s pl Flyet innstilt og ingen i skranken. For eit kaos på flyplassen i dag
- s pl Så mykje reklame i den appen no, eg har sletta han
- s pl Seriøst, fem dagar å vente på ein teknikar og så kjem han utan delar
- s pl Den nye logoen til kommunen er skikkeleg stygg, kven godkjenner slikt
- s ng Aldri meir bestiller eg frå den sida, aldri
- s ng Ikkje til å tru at heisen på stasjonen er i ustand att
- s em 😡😡😡 @budfirma
- s em Regn ☔️ kø 🚗🚗🚗 og for seint på jobb 😩
- s ty ingen buss i dag tidleg heller og ingen som seier frå, skandale
- s in Desidert den dårlegaste kampen eg nokon gong har sett, for ein tragedie
- s mx Fin film, men 160 kroner for ein kinobillett pluss 90 for popkorn er reint ran
- s co Før kunne ein snakke med eit menneske, no får ein berre ein chatbot
0 s pl I morgon rundt ni sender vi direkte frå messa i Bergen, kom innom stand 12 #messe
0 s pl Nytt blogginnlegg ute: slik tek du vare på sykkelkjeda om vinteren http://t.co/k7Jd6tX
0 s pl Nokon som veit om torget er ope på laurdag, med tanke på vegarbeidet?
0 s pl Frå neste veke held vi stengt på onsdagar, elles vanlege opningstider #opningstider
0 s pl Nokon som har erfaring med fiber i Førde? Vurderer to leverandørar
0 s pl Tek toget til Voss i morgon, nokon tips til lunsjstad nær stasjonen?
0 s pl Første dag i ny jobb i dag. Får sjå korleis det går.
0 s pl RT @kommunen: Frå måndag kl. 08 er brua over elva stengd for biltrafikk i to veker.
0 s pl Tråd om dei nye parkeringsreglane i sentrum, kartet ligg lenger ned 👇
0 s pl Midt i flytting, internett vert kopla til neste veke, så eg er litt vanskeleg å nå
0 s pl Avstemming: handlar de mat på nett, eller går de heller i butikken?
0 s pl Den første snøen har kome på Hardangervidda, og meteorologane varslar minusgrader i natt
0 s pl Nokon som veit om snøggbåten går som normalt i morgon med denne vinden?
0 s em 📦 på veg, venta levering mellom 14:00 og 16:00
0 s em ☕️ + 💻 = måndag morgon
0 s mi Installerte oppdateringa av appen, har ikkje merka nokon skilnad eigentleg
0 s mi Den nye serien alle snakkar om, tja, ser vidare, men han grip meg ikkje heilt
0 s mx Fint vêr i dag, men regn att i morgon. Typisk Bergen
0 s ty nokon som veit når siste bussen går frå sentrum på sundag
0 s ty kjapt spm, kan ein betale med kredittkort hos dykk?
# ---------------------------------------------------------------- news
0 n pl Nettbutikken opnar eit nytt lager i Bergen neste månad med om lag 300 arbeidsplassar.
0 n pl Frå 1. januar aukar prisane på togbillettar med i snitt 4,5 prosent.
0 n pl Kommunen startar i april bygginga av ein ny sykkelveg mellom sentrum og stasjonen.
0 n pl Banken justerer renta på sparekontoar til 3,25 prosent frå 1. mars.
0 n pl Daglegvarekjeda opnar ein ny butikk ved rutebilstasjonen på laurdag.
0 n pl Selskapet opplyser at kvartalstala vert lagde fram 24. oktober.
0 n pl Flyselskapet legg til tre nye reisemål i Sør-Europa frå sommaren av.
0 n pl Museet held stengt på grunn av ombygging til og med 15. mai.
0 n pl Ifølgje SSB kjøpte nordmenn meir brukte klede i fjor enn året før.
0 n pl I den nye ruteplanen går det fleire tog mellom Bergen og Voss i rushtida.
0 n pl Appen er frå i dag òg tilgjengeleg på nynorsk og nordsamisk.
0 n pl Varehuset flyttar i september til mindre lokale i same gata.
0 n pl Bokhandelen inviterer til signering med forfattaren av bestseljaren 12. november.
0 n pl Pressemelding: forsikringsselskapet offentleggjer prisane for neste år 12. november.
0 n pl Filmfestivalen slepper heile programmet på torsdag.
0 n pl Posten skal berre levere tre dagar i veka i distrikta, melder selskapet.
0 n pl Ferjesambandet får nytt rutetilbod frå 1. april, med to ekstra avgangar på kveldstid.
0 n pl Onsdag vert det opphaldsvêr med sol innimellom og opptil 17 grader.
0 n pl Kundeservice held telefonen stengd 2. påskedag, men chatten er open.
0 n pl Samanslåinga av dei to nettbutikkane må framleis godkjennast av Konkurransetilsynet.
0 n pl Fylkeskommunen legg fram framlegget til ny skulestruktur på eit ope møte i neste veke.
0 n pl Selskapet hadde ved utgangen av fjoråret om lag 1,2 millionar kundar i Norden.
0 n pl Biblioteket utvidar opningstidene og held ope til klokka 20 på torsdagar frå hausten.
0 n mx Omsetnaden i kjeda auka med 3 prosent, medan resultatet fall litt på grunn av høgare lønskostnader.
0 n ty nye opningstider frå 1. sept: mån–fre 9–18, laur 10–17, sundag stengt
+ n pl Banken fjernar gebyret for kortbruk utanfor Europa. Gode nyheiter for alle som reiser.
+ n pl Sjukehuset melder at ventetida for kneoperasjonar er halvert.
+ n pl Frå neste år reiser born under tolv år gratis med kollektivtrafikken i fylket.
+ n pl Gode nyheiter for dei tilsette: fabrikken vert verande og det kjem femti nye jobbar.
+ n in Det lokale bakeriet vann den nasjonale prisen for beste brød, ei fantastisk anerkjenning.
+ n pl Den nye gang- og sykkelbrua vart ferdig før tida og under budsjett.
- n pl Selskapet kuttar 400 stillingar og legg ned to avdelingar på Vestlandet.
- n pl Ein omfattande feil gjorde at kundane i banken ikkje fekk betalt eller logga inn på fleire timar.
- n pl I ein datalekkasje hamna opplysningar om over 200 000 kundar av nettbutikken på avvegar.
- n pl Kjeda er slått konkurs, og butikkane held stengt inntil vidare.
- n in Store forseinkingar på jernbana: heile morgonrushet stod togtrafikken rundt Bergen heilt stille.
- n co Kundenøgdheita hos straumselskapet har falle kraftig samanlikna med i fjor.
# ---------------------------------------------------------------- questions
0 q pl Kan eg endre bestillinga mi sjølv om ho alt er send?
0 q pl Kva er opningstidene til butikken dykkar på laurdagar?
0 q pl Kor lang tid tek det vanlegvis før ein retur er handsama?
0 q pl Går det an å leggje til ein ekstra koffert etter innsjekking?
0 q pl Kva storleik bør eg velje viss eg vanlegvis er mellom 42 og 43?
0 q pl Fungerer denne ladaren med den eldre versjonen av nettbrettet?
0 q pl Kan vi sjekke inn på hotellet klokka elleve, eller først klokka tre?
0 q pl Korleis skrur eg av faste betalingar i appen?
0 q pl Har de glutenfrie alternativ på menyen?
0 q pl Treng eg ny ruter viss eg flyttar innanfor same byen?
0 q pl Når kjem andre boka i serien på nynorsk?
0 q pl Må eg bestille time for reparasjon, eller kan eg berre kome innom?
0 q pl Kor finn eg fakturaen for den siste bestillinga mi?
0 q pl Gjeld tilbodet òg for bestillingar gjorde i appen?
0 q pl Er restauranten tilgjengeleg med rullestol?
0 q pl Kan eg ta med powerbank i handbagasjen?
0 q pl Kor mykje må eg handle for å få gratis frakt?
0 q pl Kan de levere til ein hentestad i staden for heim?
0 q pl Kvar kan eg levere inn den gamle telefonen min til attvinning?
0 q pl Hei, eg bestilte ein stol førre veke. Veit de når han vert levert?
0 q pl Går det ekstra ferjer på 17. mai?
0 q pl Kan eg reservere bord til åtte personar fredag kveld?
0 q pl Kor lang garanti er det på batteriet til elsykkelen?
0 q pl Er det mogleg å ta med sykkel på snøggbåten?
0 q ty korleis tilbakestiller eg passordet viss eg ikkje har tilgang til den gamle e-posten
0 q ty er det parkering i nærleiken av butikken dykkar?
0 q em Har den nye kolleksjonen kome? 👗👀
0 q co Kva løner seg mest, periodebillett eller enkeltbillettar viss eg reiser to gonger i veka?
- q pl Kvifor tek det tre veker å handsame ein enkel refusjon?
- q pl Kor mange gonger må eg ringje før nokon faktisk løyser problemet mitt?
- q pl Kvifor svarar de ikkje på e-postane mine? Eg har venta i ti dagar.
- q pl Korleis kan det ha seg at eg får eit øydelagt produkt for tredje gong?
- q sa Er det normalt at ei «ekspresslevering» tek to veker, eller er det ein spøk hos dykk?
- q in Kva i all verda er gale med kundeservicen dykkar??
- q ng Kvifor har ingen kome, når avtalen var førre veke?
- q em Kvar vert det av pakken min?? 😤 12 dagar undervegs
+ q pl Sel de gåvekort? Førre gong var alt så bra at eg gjerne gjev det bort til nokon.
+ q in Når opnar de i Ålesund? Det hadde vore heilt fantastisk!
# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Bra at kommunen endeleg satsar på trygge sykkelvegar rundt skulane.
+ p pl Klok avgjerd av regjeringa å gjere kollektivtrafikken billegare for unge.
+ p pl For ein kamp av landslaget, endeleg offensiv fotball att.
+ p pl Så godt at biblioteket i bygda får halde fram, det er hjartet i lokalsamfunnet.
+ p pl Herleg vårdag i dag, heile parken var full av glade folk.
+ p pl Respekt til alle dei frivillige som rydda stranda i dag.
+ p pl Den nye ordføraren lyttar faktisk til innbyggjarane, det merkast på alt.
+ p pl Bygdefesten var like koseleg som alltid, unge og gamle dansa saman.
+ p pl For eit flott tiltak, gratis symjeopplæring for alle born i kommunen.
+ p pl Juniorlaget vart seriemeistrar, og heile bygda møtte opp for å gratulere.
+ p ng Den nye planen for sentrum er slett ikkje så dum som opposisjonen påstår.
+ p ng Eg er ingen fan av partiet, men dette framlegget om eldreomsorg er ikkje dumt.
+ p mi Avtalen er inga mirakelkur, men eit fornuftig steg i rett retning.
+ p co Debatten i går var langt meir sakleg enn den førre, godt jobba.
+ p in For ei fantastisk avslutning på serien, utruleg spennande heilt til siste minutt!
+ p em Noreg vidare til semifinalen 🇳🇴🇳🇴🔥
+ p mx Vêret var ustabilt, men festveka i byen vart likevel ein stor suksess.
+ p ty bra at det kjem meir pengar til skulen, på tide
- p pl Skandaløst at kommunen nok ein gong kuttar i barnevernet.
- p pl Alle dei vindturbinane rett ved bustadfeltet, og ingen spurde oss som bur her.
- p pl Husleigene i denne byen er rett og slett ikkje til å betale for unge folk.
- p pl Nok ein katastrofekamp, forsvaret var som ei sil.
- p pl Fjerde regnfulle laurdagen på rad. Eg vert skikkeleg deppa av det.
- p pl Latterleg at symjehallen stengjer for vedlikehald midt i sommarferien.
- p pl Høg musikk frå naboane heile kvelden, og det er tysdag. No har eg fått nok.
- p pl Dei legg ned fødeavdelinga, og no må kvinner i distriktet køyre tre timar for å føde.
- p sa Svært smart å grave opp alle vegane samstundes midt i rushtida. Godt planlagt, kommune.
- p sa Vestlandssommar: tolv grader, vind og sidelengs regn. Nydeleg.
- p ng Dei lova bustadene er framleis ikkje bygde, og dei kjem nok aldri heller.
- p in Verkeleg trist å sjå korleis ungdomshuset har forfalle. Ingen tek ansvar.
- p co Trafikken har berre vorte farlegare etter «forbetringa».
- p mx Fint med eit nytt torg, men at femti gamle tre må hoggast for det, synest eg er uakseptabelt.
- p em Skattane går opp att 💸💸😩
- p ty prisane i butikken er heilt sinnsjuke no, ei handlevogn har vorte luksus
0 p pl Kommunestyret røystar over den nye parkeringspolitikken torsdag.
0 p pl Ifølgje målinga ligg dei to største partia nesten likt.
0 p pl I morgon vert det skya med fare for byer i nord, medan det held seg tørt i sør.
0 p pl Debatten om bustadbygging held fram etter ferien.
0 p pl Brann speler borte mot tabelltreren sundag klokka 18.
0 p pl Statsministeren held pressekonferanse om dei nye tiltaka i morgon.
0 p pl Alle kan seie meininga si om planen for den nye byparken fram til 1. mars.
0 p pl Har lese valprogramma og veit framleis ikkje kven eg skal røyste på.
0 p pl Denne veka vert det diskutert mykje om butikkane bør halde søndagsope.
0 p pl Naboen min røystar raudt og eg røystar blått, og vi drikk framleis kaffi saman på laurdagar.
0 p pl Fristen for å levere underskrifter til folkerøystinga går ut i morgon.
0 p mx Den nye ordninga har fordelar og ulemper, og ho vil slå ulikt ut frå bygd til bygd.
0 p mi Den nye politikken betyr ærleg talt lite for meg personleg.
0 p co Valdeltakinga er om lag den same som for fire år sidan, melder valstyret.
0 p ty i morgon er det grendemøte om dei nye reguleringsplanane på grendehuset, startar kl 19
0 p em 🌧️🌧️☀️ vêrmelding for helga: regn først, opphald på sundag
"""
