# Swedish (sv). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Cykeln kom färdigmonterad och väl förpackad. Ser fram emot att cykla till jobbet.
+ r pl Underbar middag på den lilla italienska restaurangen, färsk pasta och jättetrevlig personal.
+ r pl Hörlurarna sitter skönt i flera timmar och brusreduceringen fungerar riktigt bra på tåget.
+ r pl Rent och modernt hotell, stort rum och en frukostbuffé som inte lämnade något att önska.
+ r pl Äntligen en bankapp som är lätt att hitta i. Allt ligger direkt på startsidan.
+ r pl Paketet kom dagen efter att jag beställt och allt var precis som beskrivet.
+ r pl Boken var så spännande att jag satt uppe till två på natten för att läsa ut den.
+ r pl Vilken vacker film! Fotot är fantastiskt och skådespelarna helt trovärdiga.
+ r pl Teknikern kom i tid, förklarade allt noggrant och fibern fungerade direkt.
+ r pl Planet lyfte på minuten, trevlig kabinpersonal och gott om benutrymme.
+ r pl Returen var superenkel och pengarna var tillbaka på kontot efter tre dagar.
+ r pl Efter uppdateringen är appen mycket snabbare och har slutat hänga sig.
+ r pl Vår elcykel har gått över 300 mil utan ett enda problem.
+ r pl Jättehjälpsam personal i butiken som tog sig tid att hitta rätt jacka åt mig.
+ r pl Mysigt kafé med gott kaffe och stans bästa kanelbullar. Kommer definitivt tillbaka.
+ r pl Tåget gick i tid, var rent och det fanns faktiskt lediga platser. Så ska det vara.
+ r pl Kundtjänst hos elbolaget löste mitt ärende på fem minuter. Imponerad!
+ r pl Härlig kvalitet på ulltröjan, varm utan att klia. Rekommenderas varmt.
+ r pl Barnen älskade föreställningen, vi skrattade från början till slut.
+ r pl Bästa tvättmaskinen vi haft: tyst och snål på både el och vatten.
+ r pl Fick mitt nya SIM-kort aktiverat via chatten på tio minuter. Smidigt och trevligt.
+ r pl Cykelverkstaden fixade växlarna samma dag och tog ett helt rimligt pris.
+ r pl Rådgivaren på banken var ärlig och förklarade allt utan att försöka sälja på mig något.
+ r pl Kameran i den nya telefonen tar knivskarpa bilder, även när det är mörkt.
+ r pl Frisören lyssnade på vad jag ville ha och resultatet blev precis som jag hoppats.
+ r pl Fick ersättning från försäkringsbolaget efter bara en vecka, helt utan krångel.
+ r pl Stugan var ren, mysigt inredd och låg bara fem minuter från badplatsen.
+ r pl Tandläkaren var tålmodig med min nervösa son, och nu vill han till och med gå dit igen.
+ r pl Den lilla bokhandeln beställde hem boken åt mig och ringde samma dag som den kom.
+ r pl Nattåget till Kiruna var en upplevelse: skön kupé, god sömn och magisk utsikt på morgonen.
# mild
+ r mi Helt okej dammsugare, gör det den ska.
+ r mi Schyssta skor för pengarna. Inget speciellt, men jag är nöjd.
+ r mi Hotellet var okej, rummet litet men rent. Duger gott för en natt.
+ r mi Fungerar bra, inga klagomål hittills.
+ r mi Varan kom som utlovat och stämmer med beskrivningen. Nöjd.
+ r mi Appen är inte märkvärdig, men den är stabil och det är det viktigaste för mig.
+ r mi Lunchen var helt okej, färska frallor och snabb service.
+ r mi Ingen gourmetkrog, men till en vanlig vardagsmiddag är det helt fint.
+ r mi Uppkopplingen är stabil och hastigheten som utlovat. Mer finns inte att säga, och det är ju bra.
# negation -> positive
+ r ng Inte dåligt för det priset, inte dåligt alls.
+ r ng Hade inga större förväntningar, men maten var verkligen inte fel.
+ r ng Aldrig haft något strul med den här nätbutiken, och jag har handlat där i flera år.
+ r ng Inte ett enda problem med installationen, allt funkade på första försöket.
+ r ng Kan inte säga ett ont ord om dem: snabba, noggranna och trevliga.
+ r ng Batteriet tar inte längre slut lika fort efter uppdateringen. Skönt!
+ r ng Var skeptisk först, men jag ångrar mig absolut inte.
+ r ng Inte ett felköp alls, jag använder airfryern nästan varje dag.
# comparative / intensifier
+ r co Mycket snabbare än min förra leverantör, och billigare dessutom.
+ r co Nya versionen av appen är betydligt bättre än den gamla.
+ r co Hellre den här regnjackan än den dyra märkesjackan, sitter bättre och kostar hälften.
+ r co Uppföljaren är ännu mer spännande än första boken.
+ r in Verkligen fantastisk service, allt var fixat in i minsta detalj!!
+ r in Utan tvekan den bästa pizzan i stan.
+ r in Sjukt snyggt hotell, rummet med havsutsikt var helt magiskt.
+ r in Supernöjd med min nya racercykel, den är så lätt att cykla på.
# mixed -> positive
+ r mx Leveransen tog en vecka längre än utlovat, men soffan är jättefin och superskön. Värt väntan.
+ r mx Restaurangen är lite dyr, men maten är så god att jag gärna betalar.
+ r mx Incheckningen tog lång tid, men sedan var allt toppen: fint rum, skön säng, god frukost.
# emoji / typo
+ r em Nya sneakers har landat 😍👟 sitter som gjutna!
+ r em Bästa burgaren i Göteborg 🤤🔥
+ r em 👍👍 snabb leverans, bra produkt
+ r ty grymt bra butik, personalen är så trevliga och hjälpsamma
+ r ty snabb leverans och bra förpackat, handlar här igen
# ---------------------------------------------------------------- reviews: negative
- r pl Efter två veckor slutade hörlurarna fungera på vänster sida. Bortkastade pengar.
- r pl Kall mat, ljummet kaffe och vi fick fråga tre gånger efter notan.
- r pl Rummet luktade rök och duschen var igensatt. Aldrig mer det här hotellet.
- r pl Enligt spårningen är paketet levererat, men jag har inte fått något. Kundtjänst svarar inte.
- r pl Tråkig film. Två timmar där nästan ingenting händer.
- r pl Sedan senaste uppdateringen kraschar appen varje gång jag försöker ladda upp en bild.
- r pl Teknikern dök aldrig upp och ingen ringde. Tog ledigt en hel dag i onödan.
- r pl Bagaget försvann vid ett byte i Frankfurt och efter fem dagar har jag fortfarande inte hört något.
- r pl Madrassen sjönk ihop i kanten efter en månad. Reklamationen avslogs.
- r pl Dammsugaren låter som en jetmotor och batteriet är slut efter tio minuter.
- r pl Fick fel storlek och fick själv betala returfrakten.
- r pl Otrevlig person i receptionen som inte ens tittade upp från skärmen.
- r pl Internet ligger nere varje kväll mellan åtta och tio, precis när alla är hemma.
- r pl Pizzan kom efter en och en halv timme, kall och med fel topping.
- r pl Höga priser, små portioner och vi satt precis vid toaletten. Rekommenderas inte.
- r pl Skorna gick upp i sulan efter tre användningar.
- r pl Uppsägning kan bara göras per telefon, och där kommer man inte fram efter en halvtimme i kö.
- r pl Pendeltåget var inställt tre morgnar i rad och skyltarna visade ingenting.
- r pl Banken drog betalningen två gånger och det tar veckor innan jag får tillbaka pengarna.
- r pl Lampan har blinkat sedan första dagen och den nya gör exakt samma sak.
- r pl Möblerna kom utan skruvar och det tog två veckor att få dem skickade.
# negation
- r ng Inte särskilt imponerande, kvaliteten är för dålig för priset.
- r ng Hotellet var inte alls som bilderna lovade.
- r ng Jag kommer inte att beställa härifrån igen.
- r ng Aldrig varit med om så dålig kundtjänst förut.
- r ng Filmen var inte så bra som alla sa. Långt ifrån.
- r ng Leveranstiden på hemsidan stämmer inte alls.
# sarcasm
- r sa Toppen, tre veckor till att vänta på en reservdel 🙄
- r sa Kanon, en laddare som smälter efter två dagar. Vilken kvalitet.
- r sa Vilken service: två timmar i kö och sedan bryts samtalet.
- r sa Tack för ”expressleveransen”, paketet kom efter nio dagar.
- r sa Jaha, ännu en uppdatering som gör allt långsammare. Bra jobbat.
- r sa Läcker flygplansmat, om man gillar kartong alltså.
# mixed -> negative
- r mx Personalen var trevlig, men rummet var smutsigt och sängen knarrade hela natten. Kommer inte tillbaka.
- r mx Snygg design, det ska de ha, men efter en månad fungerar hälften av knapparna inte.
- r mx Bra kamera, men batteriet är så dåligt att telefonen måste laddas före lunch. Ett felköp för mig.
# comparative / intensifier
- r co Sämre än förra versionen, och den var inte bra från början.
- r co Hos konkurrenten betalar man mindre och får dubbelt så mycket surf.
- r co Förpackningen har blivit mindre men priset har gått upp.
- r in Utan tvekan det sämsta budföretaget jag varit med om, de slänger paketen över staketet.
- r in Helt värdelös app, kraschar hela tiden!!!
- r in Svindyrt och dessutom riktigt dåligt.
# emoji / typo
- r em Paketet kom sönder 📦💥😡
- r em 👎👎 aldrig igen
- r ty vilken dålig servie, ingen svarar i telefon och mejl blir obesvarade
- r ty budet ställde paketet ute i regnet, allt var genomblött
# ---------------------------------------------------------------- reviews: neutral
0 r pl Beställt måndag, levererat onsdag. Produkten ser ut som på bilden.
0 r pl Jackan finns i tre färger, jag valde den mörkblå i storlek M.
0 r pl Hotellet ligger tio minuters promenad från stationen. Frukost ingår inte.
0 r pl Jag använder mest appen för att kolla saldot och föra över pengar till sparkontot.
0 r pl Cykeln har sju växlar, fotbroms och pakethållare med plats för två väskor.
0 r pl Filmen är ungefär två timmar och tio minuter lång, med svensk och engelsk text.
0 r pl Vi var sex personer och hade bokat bord till klockan sju.
0 r pl Beställde via appen, betalade med Swish och hämtade hos ombudet.
0 r pl Boken är tredje delen i en serie, men går bra att läsa fristående.
0 r pl Jag valde abonnemanget med 20 GB surf och tolv månaders bindningstid.
0 r pl Rummet låg på fjärde våningen och det fanns hiss. Parkering i garaget bredvid.
0 r pl Stugan har sex bäddar, vedspis och utedass.
0 r pl Vi hyrde kanoterna i tre dagar och lämnade tillbaka dem vid campingen.
0 r mi Sådär. Varken bra eller dåligt.
0 r mi En helt genomsnittlig pizzeria, som det finns tio av i varje stad.
0 r mi Den gör jobbet, men det finns billigare alternativ som gör samma sak.
0 r mi Hotellet var lagom, inget att skryta med och inget att klaga på.
0 r mi Vissa kapitel är starka, andra drar ut på tiden. Överlag en medelmåttig bok.
0 r mi Vet inte om jag skulle rekommendera den, det beror helt på vad man letar efter.
0 r mi Varken bättre eller sämre än förra versionen av appen.
0 r mx Maten var utmärkt, men servicen väldigt långsam. Det jämnar ut sig.
0 r mx Bra läge, slitna rum. Man får vad man betalar för.
0 r mx Leveransen gick snabbt, men själva produkten var lite av en besvikelse. Funderar fortfarande på om jag ska behålla den.
0 r mx Starka skådespelare, svag handling. Jag vet ärligt talat inte vad jag tycker.
0 r co Ungefär lika snabb som min gamla dator, bara lite lättare.
0 r co Precis lika dyrt som i de andra butikerna i närheten.
0 r ty beställde fredag, levererat måndag med postnord, låg i en kartong med papper runt
0 r ty rummet hade två enkelsängar och ett litet skrivbord vid fönstret
# ---------------------------------------------------------------- complaints
- c pl Jag har väntat fyra veckor på återbetalning för en returnerad order. Begär svar snarast.
- c pl Har ringt tre gånger om felet och varje gång får jag höra att ”de jobbar på det”.
- c pl Mitt abonnemang förnyades utan mitt samtycke. Jag kräver att det sägs upp omedelbart.
- c pl Bussen körde förbi mig medan jag stod vid hållplatsen och vinkade. Tredje gången den här månaden.
- c pl Ni har dragit 399 kronor för en tjänst jag aldrig har beställt.
- c pl Ert bud lämnade mitt paket på en adress två gator bort. Hur ska jag lösa det här?
- c pl Jag skickade in ett klagomål via formuläret för tre veckor sedan och har inte hört något.
- c pl Vårt flyg ställdes in och presentkortet vi fick går inte att använda på hemsidan.
- c pl Sedan jag bytte till er har min elräkning nästan fördubblats, utan någon förklaring.
- c pl Nytt kylskåp, och dörren går inte att stänga ordentligt. Teknikern kan komma först om fyra veckor.
- c pl Varför måste jag ladda upp legitimation för tredje gången? Det är absurt.
- c pl Reklamationen avslås eftersom jag ska ha ”använt produkten fel”. Det stämmer helt enkelt inte.
- c pl Efter flytten har jag varit utan internet i tio dagar och ingen kan säga när det blir fixat.
- c pl Mitt ärende är markerat som ”löst” utan att någon har kontaktat mig.
- c pl Kundtjänst skickar mig till butiken och butiken skickar mig tillbaka till kundtjänst.
- c pl Det var glas i min sallad. Jag förväntar mig ett seriöst svar.
- c pl Jag betalar för 500 Mbit och får knappt 40. Det är avtalsbrott.
- c pl För andra gången har jag fått en trasig diskmaskin levererad. Nu är jag trött på det.
- c pl Restaurangen hade inte registrerat vår bokning och vi fick gå hem med två små barn.
- c pl Vår gata har inte plogats på fem dagar och sopbilen har inte kommit heller.
- c ng Ingen har ringt tillbaka, trots tre löften.
- c ng Fortfarande inget svar på mitt mejl från för två veckor sedan. Det här håller inte.
- c ng Varan är inte levererad och pengarna är inte återbetalda.
- c sa Imponerande att ni lyckas skicka samma paket till fel adress tre gånger.
- c sa Stort tack för det ”gratis” abonnemanget som jag plötsligt betalar för varje månad.
- c in Jag är verkligen rasande. Det här är det mest kundfientliga företaget jag känner till.
- c in Djupt besviken, helt oacceptabelt att det har tagit två månader!
- c ty har ringt 3 ggr och varje gång kopplas jag vidare och sen bryts samtalet, vad håller ni på med
- c ty paketet kom skadat och kartongen var uppenbarligen öppnad redan, vill ha en ny
- c mx Snällt att handläggaren bad om ursäkt, men problemet är fortfarande inte löst efter fyra veckor.
- c em 45 minuter i telefonkö ☎️😤😤
- c co Förra året tog det här ett par dagar, nu har jag väntat i flera månader.
0 c pl Jag vill anmäla en trasig gatlykta i korsningen vid skolan.
+ c pl Jag klagade på min faktura och ärendet löstes på en dag. Tack för snabb hjälp.
# ---------------------------------------------------------------- social
+ s pl Äntligen helg och solen skiner, vad mer kan man önska sig #njuter
+ s pl Shoutout till budet som bar mitt paket ända upp till fjärde våningen i ösregnet 🙏
+ s pl Testade det nya kaffestället på hörnet idag, vilket lyft för kvarteret!
+ s pl @cykelverkstan tack för snabb lagning, cykeln rullar som en dröm igen
+ s pl Så stolt över vårt team, vi vann hackathonet i Malmö! #teamwork
+ s pl Mormor ringde sitt första videosamtal idag och tyckte det var jättekul
+ s pl Cyklade längs kusten hela dagen. Trött men lycklig #gotland
+ s pl Klarade uppkörningen på första försöket idag!!! 🎉
+ s pl Grannen lagade min punktering i morse utan att jag bad om det. Vilken pärla
+ s pl Tack till akuten för snabb och vänlig hjälp i natt
+ s pl Sprang mitt första halvmaraton idag, benen är slut men jag är så stolt
+ s pl Litet bageri på Söder har stans bästa kardemummabullar, lovar
+ s ng Trodde inte att jag skulle gilla den serien, men den är faktiskt inte dum alls
+ s ng Aldrig kommit igenom säkerhetskontrollen på Arlanda så fort, noll kö
+ s ng Säger inte ofta något snällt om tågen, men idag inte en minuts försening
+ s em 😍😍😍
+ s em Semester bokad ✈️🌴☀️ bara 23 nätter kvar!!
+ s em Färska jordgubbar från torget 🍓🍓 sommaren är här
+ s em 🙌🙌 vilket mål!!
+ s ty så nöjd med min nya telfon, äntligen en kamera som tar ordentliga bilder
+ s ty tack @webbutik för snabb leverans, beställde igår och fick det idag
+ s in Årets bästa konsert, helt sjukt bra. Har fortfarande gåshud
+ s in Jätteglad för det nya biblioteket i stadsdelen, det har blivit så fint 😊
+ s mi Nya gymmet är inte så pjåkigt, rent och inte för fullt
+ s co Nya abonnemanget är både billigare och snabbare än det gamla, så ska det vara
+ s mx Veckan började katastrofalt, men ikväll vann vi finalen så allt är förlåtet 🏆
- s sa Toppen, tre veckor till att vänta på svar 🙄 #kundtjänst
- s sa Vilken fest på perrongen igen. 25 min försenat och skyltarna säger ingenting #pendlarliv
- s sa Kanon, mitt paket är ”levererat”. Bara inte till mig. Snyggt jobbat @paketbolaget
- s sa Åh vad kul, appen är ”förbättrad”. Nu kan jag inte logga in. Bra jobbat
- s sa Härligt med 12 grader och regn i juli. Svensk sommar när den är som bäst
- s sa Vad roligt, priset har höjts igen. Tredje gången i år. #abonnemang
- s pl Jag är så trött på att mitt internet dör varje kväll @operatören
- s pl Flyget inställt och ingen i disken. Vilket kaos på flygplatsen idag
- s pl Så mycket reklam i den appen nu, jag har precis raderat den
- s pl Seriöst, fem dagar att vänta på en tekniker och så kommer han utan reservdelar
- s pl Kommunens nya logga är verkligen ful, vem godkänner sånt
- s ng Aldrig mer beställer jag från den sidan, aldrig
- s ng Inte klokt att hissen på stationen är trasig igen
- s em 😡😡😡 @budfirman
- s em Regn ☔️ kö 🚗🚗🚗 och sen till jobbet 😩
- s ty ingen buss i morse heller och ingen som säger nåt, skandal
- s in Utan tvekan den sämsta matchen jag någonsin sett, vilken tragedi
- s mx Bra film, men 150 kronor för en biobiljett plus 80 för popcorn är rena rånet
- s co Förr kunde man prata med en människa, nu får man bara en chattbot
0 s pl Imorgon från klockan nio sänder vi live från mässan i Stockholm, kom förbi monter 12 #mässa
0 s pl Nytt blogginlägg: så tar du hand om cykelkedjan på vintern http://t.co/k9Jd4vX
0 s pl Någon som vet om torghandeln är öppen på lördag trots vägarbetet?
0 s pl Från nästa vecka har vi stängt på onsdagar, annars vanliga öppettider #öppettider
0 s pl Någon som har erfarenhet av fiber i Uppsala? Funderar på två leverantörer
0 s pl Tar tåget till Sundsvall imorgon, några tips på lunchställe nära stationen?
0 s pl Första dagen på nya jobbet idag. Får se hur det går.
0 s pl RT @kommunen: Från måndag kl. 8 är bron över ån stängd för biltrafik i två veckor.
0 s pl Tråd om de nya parkeringsreglerna i centrum, kartan finns längre ner 👇
0 s pl Mitt i en flytt, internet kopplas in först nästa vecka så jag är svår att nå
0 s pl Omröstning: handlar ni mat på nätet eller går ni hellre själva till affären?
0 s pl Årets första snö har fallit i Jämtland och SMHI varnar för minusgrader i natt
0 s pl Någon som vet om Gotlandsfärjan går som vanligt imorgon med den här blåsten?
0 s em 📦 på väg, beräknad leverans mellan 14:00 och 16:00
0 s em ☕️ + 💻 = måndagsmorgon
0 s mi Installerade uppdateringen av appen, har inte märkt någon skillnad faktiskt
0 s mi Den nya serien som alla pratar om, tja, tittar vidare men den fångar mig inte riktigt
0 s mx Fint väder idag men regn igen imorgon. Typiskt Göteborg
0 s ty nån som vet när sista bussen går från centrum på söndagar
0 s ty snabb fråga, kan man betala med kreditkort hos er?
# ---------------------------------------------------------------- news
0 n pl E-handlaren öppnar ett nytt lager utanför Jönköping nästa månad med omkring 300 arbetstillfällen.
0 n pl Från den 1 januari höjs priserna på tågbiljetter med i snitt 4,5 procent.
0 n pl Kommunen börjar i april bygga en ny cykelväg mellan centrum och stationen.
0 n pl Banken justerar räntan på sparkonton till 2,25 procent från den 1 mars.
0 n pl Matvarukedjan öppnar en ny butik vid resecentrum på lördag.
0 n pl Bolaget meddelar att kvartalsrapporten publiceras den 24 oktober.
0 n pl Flygbolaget lägger till tre nya resmål i Sydeuropa från sommaren.
0 n pl Museet håller stängt för ombyggnad till och med den 15 maj.
0 n pl Enligt SCB köpte svenskarna mer begagnade kläder förra året än året innan.
0 n pl I den nya tidtabellen går det fler tåg mellan Stockholm och Uppsala i rusningstid.
0 n pl Appen finns från och med idag även på finska och meänkieli.
0 n pl Varuhuset flyttar i september till mindre lokaler på samma gata.
0 n pl Bokhandeln bjuder in till signering med författaren till bästsäljaren den 12 november.
0 n pl Pressmeddelande: försäkringsbolaget presenterar nästa års premier den 12 november.
0 n pl Filmfestivalen släpper hela programmet på torsdag.
0 n pl Postbolaget ska bara dela ut brev varannan dag på landsbygden, meddelar företaget.
0 n pl Färjelinjen får en ny tidtabell från den 1 april med två extra avgångar på kvällen.
0 n pl Onsdagen blir uppehållsväder med sol emellanåt och upp till 17 grader.
0 n pl Kundtjänst har telefonen stängd på annandag påsk, men chatten är öppen.
0 n pl Sammanslagningen av de två e-handlarna måste fortfarande godkännas av Konkurrensverket.
0 n pl Regionen presenterar planen för det nya sjukhuset på ett öppet möte nästa vecka.
0 n pl Bolaget hade vid utgången av förra året omkring 1,2 miljoner kunder i Norden.
0 n pl Biblioteket utökar öppettiderna och har öppet till klockan 20 på torsdagar från hösten.
0 n mx Kedjans omsättning ökade med 3 procent medan vinsten minskade något på grund av högre lönekostnader.
0 n ty nya öppettider från 1 sept: mån–fre 9–18, lör 10–17, söndag stängt
+ n pl Banken slopar avgiften för kortköp utanför Europa. Goda nyheter för alla som reser.
+ n pl Sjukhuset meddelar att väntetiden för knäoperationer har halverats.
+ n pl Från nästa år åker barn under tolv år gratis med kollektivtrafiken i regionen.
+ n pl Goda nyheter för de anställda: fabriken blir kvar och femtio nya jobb skapas.
+ n in Ortens lilla bageri har vunnit det nationella priset för bästa bröd, ett fantastiskt erkännande.
+ n pl Den nya gång- och cykelbron blev klar före tidsplanen och under budget.
- n pl Bolaget varslar 400 anställda och stänger två kontor i Norrland.
- n pl Ett omfattande fel gjorde att bankens kunder inte kunde betala eller logga in på flera timmar.
- n pl Vid ett dataintrång har uppgifter om över 200 000 av e-handlarens kunder läckt ut.
- n pl Kedjan har gått i konkurs och butikerna håller stängt tills vidare.
- n in Stora förseningar i tågtrafiken: under hela morgonrusningen stod trafiken kring Stockholm helt still.
- n co Kundnöjdheten hos elbolaget har sjunkit kraftigt jämfört med förra året.
# ---------------------------------------------------------------- questions
0 q pl Kan jag ändra min beställning fast den redan har skickats?
0 q pl Vilka är öppettiderna i er butik på lördagar?
0 q pl Hur lång tid tar det vanligtvis innan en retur är hanterad?
0 q pl Går det att lägga till en extra resväska efter incheckningen?
0 q pl Vilken storlek ska jag ta om jag brukar ligga mellan 42 och 43?
0 q pl Fungerar den här laddaren med den äldre versionen av surfplattan?
0 q pl Kan vi checka in på hotellet klockan elva eller först klockan tre?
0 q pl Hur stänger jag av autogiro i appen?
0 q pl Har ni glutenfria rätter på menyn?
0 q pl Behöver jag en ny router om jag flyttar inom samma stad?
0 q pl När kommer andra delen i serien ut på svenska?
0 q pl Måste jag boka tid för reparation eller kan jag bara komma förbi?
0 q pl Var hittar jag fakturan för min senaste beställning?
0 q pl Gäller erbjudandet även för beställningar som gjorts i appen?
0 q pl Är restaurangen tillgänglig med rullstol?
0 q pl Får jag ta med en powerbank i handbagaget?
0 q pl Hur mycket måste jag handla för att få fri frakt?
0 q pl Kan ni leverera till ett ombud i stället för hem?
0 q pl Var kan jag lämna in min gamla telefon för återvinning?
0 q pl Hej, jag beställde en stol förra veckan. Vet ni när den levereras?
0 q pl Går det extra färjor under midsommarhelgen?
0 q pl Kan jag boka bord för åtta personer på fredag kväll?
0 q pl Hur lång garanti är det på batteriet till elcykeln?
0 q pl Får man ta med cykeln på pendeltåget?
0 q ty hur återställer jag lösenordet om jag inte kommer åt min gamla mejl
0 q ty finns det parkering nära er butik?
0 q em Har den nya kollektionen kommit? 👗👀
0 q co Vad lönar sig bäst, månadskort eller enkelbiljetter om jag åker två gånger i veckan?
- q pl Varför tar det tre veckor att hantera en enkel återbetalning?
- q pl Hur många gånger måste jag ringa innan någon faktiskt löser mitt problem?
- q pl Varför svarar ni inte på mina mejl? Jag har väntat i tio dagar.
- q pl Hur kan det komma sig att jag får en trasig produkt för tredje gången?
- q sa Är det normalt att en ”expressleverans” tar två veckor, eller är det ett skämt hos er?
- q in Vad i hela friden är det för fel på er kundtjänst??
- q ng Varför har ingen kommit, när tiden var bokad förra veckan?
- q em Var är mitt paket?? 😤 12 dagar på väg
+ q pl Säljer ni presentkort? Förra gången var allt så bra att jag gärna ger bort det till någon.
+ q in När öppnar ni i Umeå? Det skulle vara helt fantastiskt!
# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Bra att kommunen äntligen satsar på säkra cykelbanor runt skolorna.
+ p pl Klokt beslut av regeringen att göra kollektivtrafiken billigare för unga.
+ p pl Vilken match av landslaget, äntligen offensiv fotboll igen.
+ p pl Så skönt att biblioteket i byn får vara kvar, det är hjärtat i bygden.
+ p pl Härlig vårdag idag, hela parken var full av glada människor.
+ p pl Respekt till alla frivilliga som städade stranden idag.
+ p pl Nya kommunalrådet lyssnar faktiskt på invånarna, det märks på allt.
+ p pl Byfesten var lika mysig som alltid, unga och gamla dansade tillsammans.
+ p pl Vilket fint initiativ, gratis simskola för alla barn i kommunen.
+ p pl Juniorlaget vann serien och halva byn kom för att gratulera.
+ p ng Nya planen för centrum är inte alls så galen som oppositionen påstår.
+ p ng Jag är inget fan av partiet, men det här förslaget om äldreomsorgen är inte dumt.
+ p mi Avtalet är ingen mirakelkur, men ett rimligt steg i rätt riktning.
+ p co Debatten igår var mycket mer saklig än den förra, bra jobbat.
+ p in Vilket fantastiskt slut på säsongen, otroligt spännande ända till sista minuten!
+ p em Sverige vidare till semifinal 🇸🇪🇸🇪🔥
+ p mx Vädret var ostadigt, men stadsfesten blev ändå en stor succé.
+ p ty bra att det kommer mer pengar till skolan, på tiden
- p pl Skandal att kommunen återigen skär ner på barn- och ungdomsverksamheten.
- p pl Alla de där vindkraftverken precis intill bostadsområdet, och ingen frågade oss som bor här.
- p pl Hyrorna i den här stan går helt enkelt inte att betala för unga.
- p pl Ännu en katastrofmatch, försvaret var som ett såll.
- p pl Fjärde regniga lördagen i rad. Jag blir helt deppig av det.
- p pl Löjligt att simhallen stänger för underhåll mitt i sommarlovet.
- p pl Hög musik från grannarna hela kvällen, och det är tisdag. Nu har jag fått nog.
- p pl De lägger ner BB, och nu måste kvinnor i länet åka tre timmar för att föda.
- p sa Väldigt smart att gräva upp alla vägar samtidigt mitt i rusningstid. Snyggt planerat, kommunen.
- p sa Svensk sommar: tolv grader, blåst och regn från sidan. Underbart.
- p ng De utlovade bostäderna är fortfarande inte byggda, och de kommer nog aldrig heller.
- p in Verkligen sorgligt att se hur fritidsgården har förfallit. Ingen tar ansvar.
- p co Trafiken har bara blivit farligare efter ”förbättringen”.
- p mx Kul med ett nytt torg, men att femtio gamla träd måste fällas för det tycker jag är oacceptabelt.
- p em Skatterna höjs igen 💸💸😩
- p ty matpriserna är helt sjuka nu, en full kundvagn har blivit lyx
0 p pl Kommunfullmäktige röstar om den nya parkeringspolicyn på torsdag.
0 p pl Enligt mätningen ligger de två största partierna nästan lika.
0 p pl Imorgon blir det mulet med risk för skurar i norr, medan det förblir torrt i söder.
0 p pl Debatten om bostadsbyggandet fortsätter efter sommaruppehållet.
0 p pl Laget spelar borta mot trean i tabellen på söndag klockan 15.
0 p pl Statsministern håller presskonferens om de nya åtgärderna imorgon.
0 p pl Alla kan tycka till om planen för den nya stadsparken fram till den 1 mars.
0 p pl Har läst partiprogrammen och vet fortfarande inte vem jag ska rösta på.
0 p pl Den här veckan diskuteras det mycket om butikerna ska ha söndagsöppet.
0 p pl Min granne röstar rött och jag röstar blått, och vi fikar fortfarande ihop på lördagar.
0 p pl Sista dagen för att lämna in namnunderskrifter till folkomröstningen är imorgon.
0 p mx Den nya ordningen har för- och nackdelar och kommer att slå olika från kommun till kommun.
0 p mi Den nya politiken betyder ärligt talat inte så mycket för mig personligen.
0 p co Valdeltagandet är ungefär detsamma som för fyra år sedan, meddelar Valmyndigheten.
0 p ty imorgon är det informationsmöte om de nya detaljplanerna i bygdegården, börjar kl 19
0 p em 🌧️🌧️☀️ väderprognos för helgen: regn först, uppehåll på söndag
"""
