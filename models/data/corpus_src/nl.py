# Dutch (nl). Hand-written for repwatch. Format: <label> <register> <case> <text>
# label + positive, - negative, 0 neutral; see build_corpus.py for codes.
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Fiets op dinsdag besteld en donderdag al thuisbezorgd, helemaal afgesteld en klaar om te rijden.
+ r pl Heerlijk gegeten bij dit kleine Italiaanse restaurant, de pasta was vers en de bediening supervriendelijk.
+ r pl De koptelefoon zit comfortabel, ook na drie uur luisteren, en de ruisonderdrukking werkt echt goed.
+ r pl Schoon hotel, ruime kamer en een ontbijt waar je u tegen zegt. We komen zeker terug.
+ r pl Eindelijk een bank-app die gewoon logisch in elkaar zit. Betalen, sparen, alles binnen twee tikken.
+ r pl Mijn bestelling kwam een dag eerder dan verwacht en zat netjes verpakt. Top service!
+ r pl Het boek las als een trein, ik heb het in één weekend uitgelezen.
+ r pl Wat een prachtige film, mooi gefilmd en de muziek past perfect bij het verhaal.
+ r pl Monteur kwam op tijd, legde alles rustig uit en de glasvezel deed het meteen.
+ r pl Vlucht vertrok stipt, crew was attent en ik had zelfs beenruimte over.
+ r pl Retourneren ging kinderlijk eenvoudig: label printen, pakket wegbrengen en twee dagen later had ik mijn geld terug.
+ r pl De nieuwe update van de app is een verademing, alles laadt veel vlotter.
+ r pl Onze e-bike is nu een jaar oud en heeft nog geen enkel probleem gehad. Accu houdt het prima vol.
+ r pl Super behulpzame medewerker in de winkel, nam echt de tijd om me verschillende laptops te laten zien.
+ r pl Lekkere koffie, huisgemaakte appeltaart en een fijne sfeer. Mijn nieuwe vaste plek op zaterdag.
+ r pl De trein was schoon, op tijd en er was wifi die ook echt werkte. Zo kan het dus ook.
+ r pl Klantenservice van de energieleverancier loste mijn probleem in één telefoontje op. Chapeau.
+ r pl Mooie kwaliteit stof, de jas valt precies op maat en houdt de regen goed tegen.
+ r pl Kinderen hebben genoten van de voorstelling, we hebben de hele middag zitten lachen.
+ r pl Dit is de beste wasmachine die we ooit hebben gehad: stil, zuinig en de was is echt schoon.
+ r pl Aanrader! Binnen tien minuten mijn nieuwe simkaart geactiveerd via de chat.
+ r pl Het pakketje lag keurig bij de buren en ik kreeg er netjes een melding van.
+ r pl Sushi was vers, goed op smaak en het bezorgen ging sneller dan beloofd.
+ r pl Dankzij de duidelijke handleiding stond de kast binnen een uur in elkaar.
+ r pl Vriendelijke fietsenmaker, eerlijke prijs en mijn ketting loopt weer als nieuw.
+ r pl Hele fijne ervaring met de hypotheekadviseur, alles werd helder uitgelegd zonder verkooppraatjes.
+ r pl Gisteren mijn nieuwe telefoon ontvangen en ik ben er blij mee, de camera maakt prachtige foto's.
+ r pl Mooi appartement midden in het centrum, host reageerde snel op al onze vragen.
+ r pl De podcast-app werkt fantastisch, offline luisteren is eindelijk goed geregeld.
+ r pl Bij het tankstation aan de snelweg verwacht je niks, maar dit broodje was gewoon echt lekker.
# mild positive
+ r mi Prima stofzuiger, doet wat hij moet doen.
+ r mi Degelijke schoenen voor een nette prijs. Niets bijzonders, maar ik ben tevreden.
+ r mi Redelijk hotel, kamer was klein maar schoon. Voor één nachtje prima.
+ r mi Best een aardige thriller, niet het beste boek van de schrijver maar ik wilde wel weten hoe het afliep.
+ r mi Voor een budgetmaatschappij viel het eigenlijk wel mee. Stoel was oké en we landden op tijd.
+ r mi Doet het goed, geen klachten tot nu toe.
+ r mi Netjes geleverd, product is zoals beschreven. Voldoet.
+ r mi De app is niet spectaculair, maar hij werkt betrouwbaar en dat is wat ik nodig heb.
+ r mi Tevreden met de fietsverlichting, al had de houder iets steviger gemogen.
+ r mi Oké lunch, verse broodjes en vlotte bediening. Zou er nog wel eens gaan zitten.
+ r mi Gewoon een fatsoenlijke oplader. Laadt snel genoeg en wordt niet heet.
+ r mi Internet is stabiel, snelheid is wat beloofd werd. Verder weinig over te zeggen, en dat is prima.
# negation -> positive
+ r ng Niet slecht voor die prijs, echt niet.
+ r ng Had er weinig van verwacht, maar het eten was helemaal niet verkeerd.
+ r ng Nooit gedoe met deze webwinkel, al jaren niet.
+ r ng Geen enkel probleem gehad met de installatie, ging in één keer goed.
+ r ng Ik kan er niks slechts over zeggen: snel, schoon en vriendelijk.
+ r ng De batterij loopt niet meer zo hard leeg sinds de update. Fijn!
+ r ng Zeker geen miskoop, ik gebruik de airfryer bijna elke dag.
+ r ng Nog nooit zo snel een reparatie terug gehad, niet normaal.
+ r ng Voor een tweedehands telefoon ziet hij er niet slecht uit, nauwelijks krasjes.
# comparative / intensifier positive
+ r co Veel sneller dan mijn vorige provider en ook nog eens goedkoper.
+ r co Deze versie van de app is stukken beter dan de oude, eindelijk een donkere modus.
+ r co Het nieuwe restaurant is beter dan de zaak die er eerst zat, vooral de desserts.
+ r co Liever deze regenjas dan die dure van het bekende merk, zit beter en is half zo duur.
+ r co Het vervolg is zelfs spannender dan het eerste deel.
+ r in Ontzettend goede service, echt tot in de puntjes geregeld!!
+ r in Absoluut de beste pizza van de stad, zonder twijfel.
+ r in Waanzinnig mooi hotel, de kamer met uitzicht op zee was echt ongelooflijk.
+ r in Ik ben superblij met mijn nieuwe racefiets, hij rijdt zó licht.
+ r in Echt heel erg fijne ervaring met de kraamzorg-app, alles zo goed geregeld.
+ r in Mega tevreden over de verhuizers, geen krasje op de meubels.
# mixed -> positive (dominant)
+ r mx De levering duurde een week langer, maar de bank zelf is prachtig en zit heerlijk. Het wachten waard.
+ r mx Het restaurant is aan de prijzige kant, maar het eten is zo goed dat ik het er graag voor over heb.
+ r mx Eén klein krasje op de behuizing, verder een uitstekende laptop die razendsnel opstart.
+ r mx Inchecken duurde lang, maar daarna was alles top: mooie kamer, goed bed, lekker ontbijt.
+ r mx Het boek begint wat traag, maar vanaf hoofdstuk vier kon ik het niet meer wegleggen.
# emoji positive
+ r em Nieuwe sneakers binnen 😍👟 zitten als gegoten!
+ r em Beste bitterballen van Utrecht 🤤🔥
+ r em 👍👍👍 snelle levering, goed product
+ r em Ons weekendje weg was echt perfect 🏨☀️🥂
# typo positive
+ r ty echt een toppie winkel, personeel is super vriendleijk en ze denken met je mee
+ r ty snele levering en goed verpakt, zou hier zeker weer bestellen
+ r ty Heel tevreden over de fietsnemaker, goeie prijs en vakwerk

# ---------------------------------------------------------------- reviews: negative
- r pl Na twee weken viel de koptelefoon al aan één kant uit. Zonde van het geld.
- r pl Koud eten, lauwe koffie en we moesten drie keer vragen om de rekening.
- r pl De kamer rook naar rook en de douche liep niet weg. Nooit meer dit hotel.
- r pl Wifi in de trein werkt bijna nooit en de stopcontacten zijn stuk. Voor een eersteklaskaartje is dat belachelijk.
- r pl Mijn fiets stond drie weken bij de reparatie en nu rammelt het spatbord nog steeds.
- r pl Het pakket is volgens de tracking bezorgd, maar ik heb niks ontvangen. Klantenservice reageert niet.
- r pl Slecht geschreven boek, de personages blijven vlak en het einde slaat nergens op.
- r pl Saaie film. Twee uur lang gebeurt er vrijwel niks en de dialogen zijn houterig.
- r pl Na de laatste update crasht de app elke keer als ik een foto wil uploaden.
- r pl De monteur kwam niet opdagen en niemand heeft ons gebeld. Een hele dag vrij genomen voor niks.
- r pl Bagage kwijtgeraakt op een overstap van vijftig minuten en na vijf dagen nog steeds geen nieuws.
- r pl Het matras zakte na een maand al in aan de zijkant. Garantie afgewezen.
- r pl Bij het afrekenen bleken er ineens servicekosten bij te komen die nergens vermeld stonden.
- r pl De stofzuiger maakt een enorm kabaal en de accu is na tien minuten leeg.
- r pl Verkeerde maat gestuurd en voor het terugsturen moest ik zelf de verzendkosten betalen.
- r pl Onbeschofte medewerker aan de balie, die keek niet eens op van zijn scherm.
- r pl Mijn internet valt elke avond tussen acht en tien uit, precies wanneer iedereen thuis is.
- r pl De bank heeft mijn betaling twee keer afgeschreven en het duurt weken voordat het teruggestort wordt.
- r pl Pizza kwam na anderhalf uur, koud en met de verkeerde toppings.
- r pl Het scherm van de tablet vertoont na drie maanden al een zwarte vlek in de hoek.
- r pl Veel te dure parkeergarage, en dan ook nog kapotte betaalautomaten.
- r pl De app vraagt om toegang tot mijn contacten en locatie terwijl het een rekenmachine is. Verwijderd.
- r pl Overgeboekte vlucht, we moesten zes uur wachten op een volgende zonder enige compensatie.
- r pl De lamp flikkert sinds dag één en de vervanger doet precies hetzelfde.
- r pl Bestelde een verjaardagstaart, de naam stond er verkeerd op en de slagroom was zuur.
- r pl Hoge prijs, kleine porties en we zaten naast het toilet. Niet aan te raden.
- r pl Schoenen gingen na drie keer dragen al uit elkaar bij de zool.
- r pl Het abonnement opzeggen kan alleen telefonisch en daar kom je er na een half uur wachten niet doorheen.
# negation -> negative
- r ng Niet echt geweldig, de kwaliteit valt tegen voor dit geld.
- r ng Het hotel was niet wat de foto's beloofden, bij lange na niet.
- r ng Geen aanrader. Het apparaat doet niet wat er op de doos staat.
- r ng Ik zou hier echt niet nog een keer bestellen.
- r ng Nooit eerder zo'n slechte klantenservice meegemaakt.
- r ng De fiets is niet bepaald licht, en de versnellingen schakelen ook niet soepel.
- r ng Klopt niks van de levertijd die ze op de site beloven.
- r ng De film was niet zo goed als iedereen zei. Echt niet.
# sarcasm -> negative
- r sa Geweldig, weer drie weken wachten op een onderdeel 🙄
- r sa Fijn hoor, een oplader die na twee dagen smelt. Echt kwaliteit.
- r sa Wat een topservice: twee uur in de wacht en dan verbroken worden.
- r sa Lekker dan, een 'luxe suite' met uitzicht op de vuilcontainers.
- r sa Bedankt voor de 'snelle levering', pakket kwam na negen dagen.
- r sa Ja hoor, weer een update die alles trager maakt. Goed bezig.
- r sa Heerlijk, dat vliegtuigeten. Als je van karton houdt tenminste.
- r sa Mooi zo, de nieuwe fietsenstalling is nu al vol en kost ook nog geld.
# mixed -> negative
- r mx Het personeel was vriendelijk, maar de kamer was vies en het bed kraakte de hele nacht. Ik kom niet terug.
- r mx Mooi ontwerp, dat wel, maar na een maand werkt de helft van de knoppen niet meer.
- r mx De pasta was prima, alleen wachtten we een uur op ons eten en was de rekening gepeperd. Jammer.
- r mx Goede camera, maar de batterij is zo slecht dat je hem na een halve dag al moet opladen. Voor mij een miskoop.
- r mx Leuk begin van de serie, daarna wordt het een rommeltje waar je je doorheen moet worstelen.
# comparative / intensifier negative
- r co Slechter dan de vorige versie, en dat terwijl die al niet best was.
- r co Bij de concurrent betaal je minder en krijg je twee keer zoveel data.
- r co De nieuwe verpakking is kleiner, maar de prijs is juist hoger geworden.
- r co Trager dan mijn oude laptop van zes jaar geleden, hoe krijg je het voor elkaar.
- r in Echt de slechtste bezorgdienst ooit, ze gooien je pakket gewoon over het hek.
- r in Ontzettend teleurgesteld in dit hotel, werkelijk alles was vies.
- r in Hartstikke duur en ook nog eens hartstikke slecht.
- r in Absoluut waardeloze app, crasht continu!!!
# emoji / typo negative
- r em Pakket kapot aangekomen 📦💥😡
- r em 👎👎 nooit meer
- r em Drie uur vertraging ✈️😤 en geen enkel excuus
- r ty wat een slechte servcie, niemand neemt de telefoon op en mails worden niet beantwoord
- r ty de bezorger heeft het pakket gwoon in de regen laten staan, alles nat
- r ty niet te doen die wachtijden bij de klantenservice, uur lang in de wacht

# ---------------------------------------------------------------- reviews: neutral
0 r pl Besteld op maandag, geleverd op woensdag. Het product is zoals op de foto.
0 r pl De jas is verkrijgbaar in drie kleuren; ik heb de donkerblauwe genomen in maat M.
0 r pl Het hotel ligt op tien minuten lopen van het station. Ontbijt is niet bij de prijs inbegrepen.
0 r pl Ik gebruik de app vooral om mijn saldo te checken en geld over te maken naar mijn spaarrekening.
0 r pl De fiets heeft zeven versnellingen, terugtraprem en een bagagedrager met plek voor twee tassen.
0 r pl Film duurt ongeveer twee uur en tien minuten. Ondertiteling is beschikbaar in het Nederlands en Engels.
0 r pl We waren met zes personen en hebben van tevoren gereserveerd voor zeven uur.
0 r pl De laptop wordt geleverd met een Engelstalig toetsenbord, dat stond ook in de beschrijving.
0 r pl Bestelling geplaatst via de app, betaald met iDEAL en opgehaald bij het afhaalpunt.
0 r pl De vlucht had een tussenstop in Frankfurt van ongeveer anderhalf uur.
0 r pl Het boek is het derde deel van een reeks, je kunt het ook los lezen.
0 r pl Ik heb het abonnement met 20 GB data genomen, contractduur een jaar.
0 r pl De stofzuiger weegt 2,5 kilo en heeft twee opzetstukken voor kieren en meubels.
0 r pl Mijn tweede bestelling bij deze winkel. Dit keer een set pannen.
0 r pl Kamer op de vierde verdieping, er is een lift. Parkeren kan in de garage naast het hotel.
# mild neutral (neither good nor bad)
0 r mi Gaat wel. Niet goed, niet slecht.
0 r mi Het is een gemiddelde pizzeria, zoals er tien in elke stad zitten.
0 r mi Doet wat het moet doen, maar er zijn goedkopere alternatieven die hetzelfde doen.
0 r mi Het hotel was oké, niks om over naar huis te schrijven en ook niks om over te klagen.
0 r mi Sommige hoofdstukken zijn sterk, andere slepen. Per saldo een middelmatig boek.
0 r mi Geen idee of ik het zou aanraden, het hangt er echt van af wat je zoekt.
0 r mi De film is zo'n typische zondagmiddagfilm. Je kijkt hem, en daarna ben je hem weer vergeten.
0 r mi Op zich een standaard koffiezetapparaat. Zet koffie, meer kan ik er niet van maken.
# mixed balanced -> neutral
0 r mx Het eten was uitstekend, de bediening daarentegen erg traag. Al met al houdt het elkaar in evenwicht.
0 r mx Mooie camera en scherm, maar de batterij is zwak. Voor- en nadelen dus, zoals bij elke telefoon.
0 r mx Goede ligging, gedateerde kamers. Voor deze prijs krijg je wat je betaalt.
0 r mx De levering was snel, het product zelf valt wat tegen. Ik twijfel nog of ik het houd.
0 r mx Sterke acteurs, zwak verhaal. Ik weet eerlijk gezegd niet wat ik ervan vind.
0 r co Ongeveer even snel als mijn vorige laptop, alleen iets lichter.
0 r co Net zo duur als bij de andere winkels in de buurt.
0 r ty besteld vrijdag, maandag geleverd via postnl, zat in een doos met plastic vulmateriaal
0 r ty de kamr had twee aparte bedden en een klein bureau bij het raam

# ---------------------------------------------------------------- complaints (mostly negative)
- c pl Al vier weken wacht ik op de terugbetaling van mijn geretourneerde bestelling. Graag een reactie.
- c pl Ik heb drie keer gebeld over de storing en telkens krijg ik te horen dat er 'aan gewerkt wordt'.
- c pl Mijn abonnement is zonder toestemming verlengd. Ik wil dit per direct stopzetten en mijn geld terug.
- c pl De bus reed gewoon door terwijl ik bij de halte stond te zwaaien. Dit is al de derde keer deze maand.
- c pl Er is een bedrag van 49 euro afgeschreven voor een dienst die ik nooit heb afgenomen.
- c pl Uw bezorger heeft mijn pakket bij een adres twee straten verderop afgegeven. Hoe ga ik dit oplossen?
- c pl Ik heb een klacht ingediend via het formulier en na drie weken nog steeds niks gehoord.
- c pl Onze vlucht werd geannuleerd en het voucher dat we kregen is niet te gebruiken op de website.
- c pl Sinds de overstap naar jullie is mijn energierekening bijna verdubbeld, zonder duidelijke uitleg.
- c pl Bij de kassa werd ik onheus behandeld omdat ik met contant geld wilde betalen.
- c pl Ik heb een nieuwe koelkast gekocht en de deur sluit niet goed. De monteur kan pas over vier weken.
- c pl De trein van 7.42 is nu al twee weken elke dag minstens een kwartier te laat.
- c pl Waarom moet ik voor de derde keer mijn identiteitsbewijs uploaden? Dit is absurd.
- c pl De garantie wordt geweigerd omdat ik 'het product verkeerd gebruikt zou hebben'. Dat klopt gewoon niet.
- c pl Ik ben twee keer naar het afhaalpunt gereden en beide keren was mijn pakket er niet.
- c pl De huurauto had een lege tank terwijl er 'vol' op het contract stond, en nu moet ik bijbetalen.
- c pl Na de verhuizing zit ik al tien dagen zonder internet en niemand kan me vertellen wanneer het opgelost is.
- c pl Mijn klacht is 'afgehandeld' gemarkeerd zonder dat iemand contact met me heeft opgenomen.
- c pl Het restaurant heeft onze reservering niet genoteerd en we moesten met twee kleine kinderen weer naar huis.
- c pl Ik wil formeel bezwaar maken tegen de boete van de parkeerapp, de sessie was wel degelijk gestart.
- c pl Voor de tweede keer een kapotte vaatwasser geleverd. Ik ben het zat.
- c pl De klantenservice verwijst me naar de winkel, de winkel verwijst me naar de klantenservice.
- c pl Jullie chatbot begrijpt geen enkele vraag en er is nergens een telefoonnummer te vinden.
- c pl Al zes weken geen post ontvangen terwijl de buren wel gewoon brieven krijgen.
- c pl Er zat glas in mijn salade. Ik verwacht hier een serieuze reactie op.
- c pl Ik betaal voor 500 Mbit en haal met moeite 40. Dit is contractbreuk.
- c ng Niemand heeft me teruggebeld, ondanks drie beloftes.
- c ng Nog steeds geen reactie op mijn mail van twee weken geleden. Dit kan echt niet.
- c ng Het product is niet geleverd en het geld is niet teruggestort.
- c ng Ik heb geen factuur gekregen en kan dus ook niks declareren bij mijn werkgever.
- c sa Knap hoor, dat jullie het voor elkaar krijgen om een pakket drie keer naar het verkeerde adres te sturen.
- c sa Dank voor de automatische mail dat mijn klacht 'belangrijk' is. Dat is nu vier weken geleden.
- c sa Hartelijk bedankt voor het 'gratis' abonnement dat ik nu ineens elke maand betaal.
- c in Ik ben werkelijk woedend. Dit is de meest klantonvriendelijke organisatie die ik ken.
- c in Zwaar teleurgesteld, volkomen onacceptabel dat dit nu al twee maanden duurt!
- c in Extreem frustrerend dat je nergens een mens aan de lijn krijgt.
- c ty ik heb al 3 x gebeld en elke keer word ik doorverbonden en dan valt de lijn weg wat is dit
- c ty pakket beschadigd ontvangen en de doos was duidlijk al open geweest, graag vervanging
- c mx Het was aardig dat de medewerker excuses aanbood, maar het probleem is na vier weken nog steeds niet opgelost.
- c mx De eerste monteur was behulpzaam, de tweede afspraak werd gewoon vergeten. Ik ben het vertrouwen kwijt.
- c em Al 45 minuten in de wacht ☎️😤😤
- c co Vorig jaar ging dit nog in een paar dagen, nu wacht ik al maanden.
0 c pl Ik wil graag een melding maken van een kapotte lantaarnpaal op de hoek van de Kerkstraat.
0 c pl Hierbij meld ik dat mijn betaalpas is verlopen; graag ontvang ik een nieuwe op mijn huidige adres.
0 c pl Melding: de fietsenstalling bij het station is vanaf morgen tijdelijk gesloten voor onderhoud, staat er op het bord. Klopt dat?
+ c pl Ik had een klacht ingediend over mijn rekening en die is binnen een dag netjes opgelost. Dank daarvoor.
+ c ng Mijn klacht is serieus genomen en ik hoefde niet eens te bellen. Niet verwacht, wel gewaardeerd.

# ---------------------------------------------------------------- social
+ s pl Eindelijk weekend en de zon schijnt, wat wil je nog meer #genieten
+ s pl Shoutout naar de bezorger die in de stromende regen nog even mijn pakket binnen zette 🙏
+ s pl Net de nieuwe koffiebar bij ons op de hoek geprobeerd, echt een aanwinst voor de buurt!
+ s pl @fietsfabriek dank voor de snelle reparatie, rijdt weer als een zonnetje
+ s pl Zo trots op ons team, de eerste prijs gewonnen op de regionale hackathon! #teamwork
+ s pl Die nieuwe podcast over de geschiedenis van Amsterdam is echt de moeite waard http://t.co/a8kd2Lp
+ s pl Wie heeft de playlist van vanmiddag gemaakt, want het is er eentje om in te lijsten
+ s pl Mijn nieuwe bankapp werkt echt beter dan ooit, overboeken in drie seconden. Zo simpel kan het zijn!
+ s ng Had niet verwacht dat ik het leuk zou vinden, maar die serie is echt niet verkeerd
+ s ng Nog nooit zo snel door de douane gegaan, geen rij, niks. Heerlijk
+ s ng Ik zeg niet vaak iets aardigs over de trein, maar vandaag geen seconde vertraging
+ s em 😍😍😍
+ s em Vakantie geboekt ✈️🌴☀️ nog 23 nachtjes slapen!!
+ s em Verse aardbeien van de markt 🍓🍓 de zomer is begonnen
+ s em nieuwe fiets 🚲💨 blij mee 🥰
+ s em 🙌🙌 wat een goal!!
+ s ty zo blij met mn nieuwe telfoon, eindelijk een camera die wel goede fotos maakt
+ s ty wat een lekkere burgr bij die tent in de haven, moeten jullie echt proberen
+ s ty thx @webwinkel voor de snelle levring, morgen besteld vandaag in huis
+ s in Beste concert van het jaar, echt ongelooflijk goed. Ik ben nog steeds kippenvel aan het krijgen
+ s in Mega blij met de nieuwe bibliotheek in de wijk, zó mooi geworden 😊
+ s mi Nieuwe sportschool valt me niet tegen, apparaten zijn netjes en het is niet te druk
+ s co Nieuwe abonnement is goedkoper én sneller dan het oude, zo hoort het
+ s mx Week begon rampzalig, maar vanavond de finale gewonnen dus alles is vergeven 🏆
+ s pl lol mijn oma heeft net haar eerste videobel gedaan en ze vond het geweldig
+ s pl Kleine bakkerij in de binnenstad heeft de lekkerste croissants buiten Frankrijk, echt waar
+ s pl Hele dag gefietst langs de kust. Moe maar voldaan #zeeland
+ s pl Vandaag mijn rijbewijs gehaald in één keer!!! 🎉
- s sa Geweldig, weer drie weken wachten op een reactie 🙄 #klantenservice
- s sa Wat een feest weer op het perron. 25 min vertraging en de borden zeggen niks #treinleven
- s sa Super, mijn pakket is 'bezorgd'. Alleen niet bij mij. Top geregeld @pakketdienst
- s sa Ah fijn, de app is 'verbeterd'. Nu kan ik niet meer inloggen. Goed gedaan jongens
- s sa Lekker hoor, 8 graden en regen in juli. Echt zomer in Nederland
- s sa Heerlijk, een uur in de wacht met dat muziekje. Ik kan het inmiddels meezingen
- s sa Oh wat leuk, de prijs is weer omhoog. Voor de derde keer dit jaar. #abonnement
- s pl Ik ben het zo zat dat mijn internet elke avond uitvalt @provider
- s pl Mijn vlucht is geannuleerd en er is niemand aan de balie. Wat een chaos op Schiphol vandaag
- s pl Zoveel reclame in die app tegenwoordig, ik heb hem net verwijderd
- s pl Wie heeft bedacht dat je de zelfscankassa alleen met de app kunt gebruiken? Onhandig!
- s ng Nooit meer bestellen bij die site, echt nooit meer
- s ng Niet te geloven dat de lift op het station alwéér kapot is
- s em 😡😡😡 @bezorgdienst
- s em Regen ☔️ file 🚗🚗🚗 en te laat op werk 😩
- s em mijn pakketje 📦➡️🗑️ thx
- s ty waarom duurt het opzeggen van een abbonement nou altijd zo lang, belachelijk
- s ty weer geen bus gereden vanochtend en niemand die iets laat weten, echt schandalig
- s in Echt de allerslechtste wedstrijd die ik ooit heb gezien, wat een drama
- s in Zwaar irritant dat je overal cookies moet wegklikken
- s mx Mooie film, maar 14 euro voor een bioscoopkaartje plus 9 voor popcorn is gewoon diefstal
- s co Vroeger kon je nog gewoon een mens spreken, nu krijg je alleen nog een chatbot
- s pl Derde keer deze week dat mijn bestelling niet compleet is @supermarkt. Kan dit eens opgelost worden?
- s pl Serieus, vijf dagen op een monteur wachten en dan komt hij zonder onderdelen
- s pl Dat nieuwe logo van de gemeente is echt lelijk, wie keurt zoiets goed
0 s pl Morgen rond 9 uur live vanaf de beurs in Utrecht, kom even langs bij stand 12 #vakbeurs
0 s pl Nieuwe blog staat online: zo onderhoud je je fietsketting in de winter http://t.co/k3Jd9qX
0 s pl Weet iemand of de markt op zaterdag ook doorgaat met de wegwerkzaamheden?
0 s pl Vanaf volgende week zijn we op woensdag gesloten, andere dagen gewoon open #openingstijden
0 s pl Iemand ervaring met glasvezel in Zwolle-Zuid? Twijfel tussen twee aanbieders
0 s pl Ik ga morgen met de trein naar Groningen, iemand tips voor een lunchplek bij het station?
0 s pl Vandaag de eerste werkdag bij mijn nieuwe baan. Eens kijken hoe het gaat.
0 s pl RT @gemeente: Vanaf maandag 8 uur is de brug over het kanaal twee weken afgesloten voor autoverkeer.
0 s pl Aan het twijfelen tussen een stadsfiets en een e-bike. Wat gebruiken jullie voor woon-werkverkeer?
0 s pl Draadje over de nieuwe parkeerregels in de binnenstad, scroll naar beneden voor de kaart 👇
0 s pl Livestream begint om 20.00 uur, link in bio
0 s pl Hoe laat gaat de winkel aan de Dam eigenlijk dicht op zondag? @winkelketen
0 s pl Bezig met de verhuizing, internet wordt pas volgende week aangesloten, dus ik ben even minder bereikbaar
0 s pl Heeft iemand het nieuwe boek van die Vlaamse schrijver al gelezen? Zit erover te denken
0 s pl Poll: bestellen jullie boodschappen online of gaan jullie liever zelf naar de winkel?
0 s em 📦 onderweg, verwacht tussen 14:00 en 16:00
0 s em ☕️ + 💻 = maandagochtend
0 s em 🤔🤔
0 s mi Nieuwe update van de app geïnstalleerd, nog geen verschil gemerkt eigenlijk
0 s mi Die nieuwe serie waar iedereen het over heeft, meh, kijk wel verder maar het boeit me niet echt
0 s mx Lekker weer vandaag maar morgen weer regen, typisch Nederland
0 s ty iemand een idee hoe laat de laatste bus vanaf centraal gaat op zondag
0 s ty ff een vraagje, kan je bij jullie ook met creditcard betalen?
0 s pl Eerste sneeuw van het jaar gevallen in Drenthe, volgens het KNMI blijft het vannacht licht vriezen
0 s pl Voor wie het volgt: de uitslag van de verkiezing wordt rond middernacht verwacht

# ---------------------------------------------------------------- news / announcements
0 n pl De webwinkel opent volgende maand een nieuw distributiecentrum in Tilburg met ruim 300 arbeidsplaatsen.
0 n pl Vanaf 1 januari stijgen de prijzen van treinkaartjes met gemiddeld 4,5 procent.
0 n pl De gemeente start in april met de aanleg van een nieuwe fietsroute tussen het centrum en het station.
0 n pl De bank past per 1 maart de rente op spaarrekeningen aan naar 1,25 procent.
0 n pl De supermarktketen opent zaterdag een nieuwe vestiging aan het Stationsplein.
0 n pl Het bedrijf maakte bekend dat de kwartaalcijfers op 24 oktober worden gepubliceerd.
0 n pl De luchtvaartmaatschappij voegt vanaf de zomer drie nieuwe bestemmingen in Zuid-Europa toe.
0 n pl De telecomaanbieder stopt eind dit jaar met het 3G-netwerk; klanten met oudere toestellen krijgen een brief.
0 n pl Het museum is door de verbouwing tot en met 15 mei gesloten.
0 n pl De fietsfabrikant heeft een nieuwe directeur benoemd, die per 1 juni in dienst treedt.
0 n pl Volgens het CBS kochten Nederlanders vorig jaar meer tweedehands kleding dan het jaar daarvoor.
0 n pl De energieleverancier past de voorschotbedragen aan op basis van het verbruik van het afgelopen jaar.
0 n pl In de nieuwe dienstregeling rijdt de intercity tussen Utrecht en Zwolle in de spits vaker.
0 n pl De elektronicaketen gaat vanaf volgend jaar ook reparaties aanbieden in tien filialen.
0 n pl De app is vanaf vandaag ook beschikbaar in het Fries en het Papiaments.
0 n pl Door werkzaamheden rijden er dit weekend geen treinen tussen Leiden en Den Haag; er zijn bussen ingezet.
0 n pl Het warenhuis verhuist in september naar een kleiner pand in dezelfde straat.
0 n pl De boekhandel organiseert op 12 november een signeersessie met de auteur van de bestseller.
0 n pl Persbericht: de zorgverzekeraar maakt de premie voor volgend jaar op 12 november bekend.
0 n pl De hotelketen neemt vier hotels over in België en Luxemburg. Financiële details zijn niet bekendgemaakt.
0 n pl Met ingang van deze week kunnen klanten ook met hun telefoon betalen bij de parkeerautomaten.
0 n pl Het filmfestival maakt donderdag het volledige programma bekend.
0 n pl De postbezorger gaat in landelijke gebieden nog maar drie dagen per week bezorgen, meldt het bedrijf.
0 n pl De vervoerder test vanaf maart in twee provincies betalen met de bankpas in de bus.
0 n pl De verzekeraar verwerkt schademeldingen vanaf deze maand volledig digitaal.
0 n pl De productie van het nieuwe model start in het voorjaar, levering wordt verwacht vanaf juni.
0 n pl Het bedrijf telde eind vorig jaar ongeveer 1,2 miljoen klanten in Nederland en België.
0 n pl Woensdag wordt het droog met zonnige perioden en een maximumtemperatuur van 17 graden.
0 n pl Vanaf 1 juli gelden nieuwe regels voor de terugname van oude elektrische apparaten in winkels.
0 n pl De markt wordt tijdelijk verplaatst naar het parkeerterrein achter het gemeentehuis.
0 n pl De klantenservice is op Tweede Paasdag telefonisch niet bereikbaar; de chat blijft wel open.
0 n pl De woningcorporatie begint na de zomer met het isoleren van 240 woningen in de wijk.
0 n pl De fusie tussen de twee webwinkels moet nog worden goedgekeurd door de toezichthouder.
0 n mx De omzet van de winkelketen steeg met 3 procent, terwijl de winst licht daalde door hogere loonkosten.
0 n ty nieuwe openingstijden vanaf 1 sept: ma t/m vr 9-18, za 10-17, zondag gesloten
+ n pl De bank verlaagt per direct de kosten voor betalen buiten Europa tot nul. Goed nieuws voor reizigers.
+ n pl Het ziekenhuis meldt dat de wachttijden voor knieoperaties zijn gehalveerd.
+ n pl Recordaantal bezoekers voor het vernieuwde stadsmuseum: in de eerste maand kwamen er al 80.000 mensen.
+ n pl De fabrikant verlengt uit zichzelf de garantie op alle wasmachines naar vijf jaar.
+ n pl Vanaf volgend jaar reizen kinderen tot twaalf jaar gratis met het openbaar vervoer in de provincie.
+ n pl Goed nieuws voor de werknemers: de fabriek blijft open en er komen zelfs vijftig banen bij.
+ n in De lokale bakkerij heeft de landelijke prijs voor het beste brood gewonnen, een geweldige erkenning.
+ n co Klanten zijn dit jaar volgens het onderzoek duidelijk tevredener over de treinen dan vorig jaar.
+ n pl De nieuwe fietsbrug is eerder klaar dan gepland en ook nog onder het budget gebleven.
- n pl De vakantievluchten van de maatschappij zijn deze zomer massaal geannuleerd, duizenden reizigers zitten vast.
- n pl Het bedrijf schrapt 400 banen en sluit twee vestigingen in het oosten van het land.
- n pl Door een grote storing konden klanten van de bank urenlang niet pinnen of inloggen.
- n pl Bij een datalek zijn gegevens van ruim 200.000 klanten van de webwinkel op straat komen te liggen.
- n pl De keten is failliet verklaard; de winkels blijven voorlopig dicht.
- n pl Toezichthouder legt telecomaanbieder een boete op wegens misleidende reclame.
- n in Ernstige vertragingen op het spoor: de hele ochtendspits lag het treinverkeer rond Utrecht volledig stil.
- n co De klanttevredenheid bij de energieleverancier is dit jaar fors gedaald ten opzichte van vorig jaar.

# ---------------------------------------------------------------- questions
0 q pl Kan ik mijn bestelling nog wijzigen als hij al verzonden is?
0 q pl Wat zijn de openingstijden van jullie winkel in Amersfoort op koopavond?
0 q pl Hoe lang duurt het gemiddeld voordat een retour verwerkt is?
0 q pl Bieden jullie ook een leasefiets aan voor zzp'ers?
0 q pl Is het mogelijk om op de vlucht een extra koffer bij te boeken na het inchecken?
0 q pl Welke maat moet ik nemen als ik normaal tussen een 42 en een 43 zit?
0 q pl Werkt deze oplader ook met de oudere versie van de tablet?
0 q pl Kan ik in het hotel al om elf uur inchecken of is dat pas vanaf drie uur?
0 q pl Hoe zet ik automatische betalingen uit in de app?
0 q pl Zitten er ook glutenvrije opties op het menu?
0 q pl Heb ik bij een verhuizing binnen dezelfde stad een nieuwe modem nodig?
0 q pl Is er op het station een plek waar ik mijn fiets voor een week kan stallen?
0 q pl Wanneer komt het tweede deel van deze serie uit in het Nederlands?
0 q pl Kan ik met mijn OV-chipkaart ook in de bus in België reizen?
0 q pl Moet ik voor de reparatie een afspraak maken of kan ik gewoon binnenlopen?
0 q pl Hoeveel kost het om mijn abonnement tussentijds te verhogen naar onbeperkt data?
0 q pl Waar vind ik de factuur van mijn laatste bestelling?
0 q pl Hebben jullie deze bank ook in een donkergroene stof?
0 q pl Geldt de actie ook voor bestellingen die via de app zijn gedaan?
0 q pl Is het restaurant bereikbaar met een rolstoel?
0 q pl Wat is het verschil tussen het basis- en het plusabonnement?
0 q pl Kan ik de film ook met audiodescriptie bekijken?
0 q pl Rijden er op Koningsdag extra treinen naar Amsterdam?
0 q pl Mag ik een powerbank meenemen in mijn handbagage?
0 q pl Is de app ook te gebruiken zonder account?
0 q pl Vanaf welk bedrag is de verzending gratis?
0 q pl Hoe lang is de garantie op de accu van de e-bike?
0 q pl Kunnen jullie ook bezorgen op een afhaalpunt in plaats van thuis?
0 q pl Is de kamer voorzien van airco?
0 q pl Waar kan ik mijn oude telefoon inleveren voor recycling?
0 q pl Ik wil graag een rekening openen voor mijn dochter van tien. Welke documenten heb ik nodig?
0 q pl Hallo, ik heb vorige week een stoel besteld. Weten jullie al wanneer die geleverd wordt?
0 q ty hoe kan ik mn wachtwoord resetten als ik geen toegang meer heb tot mijn oude mailadres
0 q ty is er ergens parkeergelegenheid in de buurt van jullie winkel?
0 q ty wanneer is de winkl in leiden weer open na de verbouwing
0 q em Is de nieuwe collectie al binnen? 👗👀
0 q co Is de grijze variant net zo stevig als de zwarte, of is er verschil in materiaal?
0 q co Wat is goedkoper: een dal-abonnement of losse kaartjes als ik twee keer per week reis?
- q pl Waarom duurt het al drie weken om een simpele terugbetaling te verwerken?
- q pl Hoe vaak moet ik nog bellen voordat iemand mijn probleem eindelijk oplost?
- q pl Waarom krijg ik geen antwoord op mijn mails? Ik wacht al tien dagen.
- q pl Hoe kan het dat ik voor de derde keer een kapot product ontvang?
- q sa Is het normaal dat een 'spoedlevering' twee weken duurt, of is dat bij jullie een grapje?
- q pl Wie is er bij jullie eigenlijk verantwoordelijk voor dit soort fouten?
- q in Wat is er in vredesnaam mis met jullie klantenservice??
- q ng Waarom is er nog steeds niemand langsgekomen, terwijl de afspraak vorige week was?
- q pl Kan iemand mij uitleggen waarom mijn rekening ineens 40 euro hoger is zonder dat ik iets heb veranderd?
- q ty hoezo kan ik al 2 dagen niet inloggen, ik moet gewoon mijn rekeningen betalen
- q em Waar blijft mijn pakket?? 😤 al 12 dagen onderweg
- q sa Moet ik nu echt weer een half uur in de wacht om te horen dat ze het 'gaan doorzetten'?
+ q pl Kan ik bij jullie ook een cadeaubon kopen? De vorige keer was alles zo goed geregeld dat ik er graag iemand blij mee maak.
+ q pl Hebben jullie dat heerlijke zuurdesembrood ook op zondag?
+ q in Wanneer openen jullie een vestiging in Groningen? Zou echt geweldig zijn!
+ q em Komt er nog een tweede seizoen? Ik ben fan 😍

# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Mooi dat de gemeente eindelijk investeert in veilige fietspaden rond de scholen.
+ p pl Goede beslissing van de regering om het openbaar vervoer voor jongeren goedkoper te maken.
+ p pl Wat een prachtige wedstrijd van Oranje, eindelijk weer eens aanvallend voetbal.
+ p pl Zo fijn dat de bibliotheek in ons dorp toch open blijft, het is het hart van de buurt.
+ p pl Eindelijk een kabinet dat serieus werk maakt van betaalbare huurwoningen. Ik ben benieuwd, maar dit is hoopgevend.
+ p pl Heerlijke lentedag vandaag, het hele park zat vol mensen en iedereen was vrolijk.
+ p pl Respect voor alle vrijwilligers die vandaag het strand hebben schoongemaakt.
+ p pl De nieuwe burgemeester luistert echt naar bewoners, dat merk je aan alles.
+ p ng Het nieuwe plan voor de binnenstad is helemaal niet zo gek als de oppositie beweert.
+ p ng Ik ben geen fan van de partij, maar dit voorstel voor de zorg is niet slecht.
+ p mi Het akkoord is geen wondermiddel, maar wel een redelijke stap in de goede richting.
+ p co Het debat van gisteren was een stuk inhoudelijker dan dat van vorige week, knap gedaan.
+ p in Wat een fantastische ontknoping van de competitie, echt ongelooflijk spannend tot de laatste minuut!
+ p em Nederland door naar de halve finale 🧡🧡🦁
+ p mx Het weer was wisselvallig, maar de feestweek in de stad was toch een groot succes.
+ p ty goeie zaak dat er meer geld naar het onderwijs gaat, werd tijd
+ p pl Het dorpsfeest was weer ouderwets gezellig, jong en oud stonden samen te dansen.
+ p pl Fijn dat er in de wijk eindelijk een huisartsenpraktijk bijkomt.
+ p pl Eerlijk is eerlijk, de nieuwe trainer heeft van dit team weer een eenheid gemaakt.
+ p ng Het plan om de markt te verplaatsen pakt helemaal niet verkeerd uit, het is er nu juist gezelliger.
- p pl Schandalig dat de gemeente de bezuinigingen weer bij de jeugdzorg legt.
- p pl Al die windmolens vlak bij de woonwijk, niemand heeft de bewoners iets gevraagd.
- p pl De huurprijzen in deze stad zijn werkelijk niet meer te betalen voor jonge mensen.
- p pl Weer een ramp van een wedstrijd, de verdediging was één groot gatenkaas.
- p pl Het is alweer de vierde regenachtige zaterdag op rij. Ik word er echt somber van.
- p pl Dit kabinet belooft veel, maar van de uitvoering komt helemaal niks terecht.
- p pl Belachelijk dat het zwembad in de zomervakantie dicht gaat voor onderhoud.
- p sa Heel slim om midden in de spits alle wegen tegelijk open te breken. Goed plan, gemeente.
- p sa Bravo, weer een parlementaire enquête die niks oplevert. Goed besteed belastinggeld.
- p sa Zomer in Nederland: twaalf graden, wind en horizontale regen. Genieten.
- p ng De beloofde woningen zijn er nog steeds niet, en ze komen er ook niet volgens mij.
- p ng Niemand in de politiek lijkt echt te snappen wat boodschappen tegenwoordig kosten.
- p in Echt ontzettend triest hoe het buurthuis is verwaarloosd. Niemand die zich ervoor verantwoordelijk voelt.
- p co De verkeerssituatie is na de 'verbetering' alleen maar gevaarlijker geworden.
- p mx Leuk dat er een nieuw plein komt, maar dat daarvoor vijftig oude bomen moeten verdwijnen vind ik onacceptabel.
- p em De belastingen gaan weer omhoog 💸💸😩
- p ty de prijzen in de supermakt zijn echt niet meer normaal, een boodschappenkar is tegenwoordig een luxe
- p pl De hele avond harde muziek van de buren, en het is dinsdag. Ik heb er genoeg van.
- p pl Alweer geen politie te zien terwijl er elke nacht fietsen gestolen worden bij het station.
- p pl De uitslag van gisteren is een grote teleurstelling voor iedereen die op een eerlijke competitie hoopte.
0 p pl De gemeenteraad stemt donderdag over het nieuwe parkeerbeleid.
0 p pl Volgens de peiling liggen de twee grootste partijen vrijwel gelijk.
0 p pl Morgen wordt het bewolkt met kans op een bui in het noorden, in het zuiden blijft het droog.
0 p pl Het debat over de woningbouw gaat na het reces verder.
0 p pl Ajax speelt zondag om half drie uit tegen de nummer drie van de competitie.
0 p pl De minister geeft morgen een persconferentie over de nieuwe maatregelen.
0 p pl Iedereen kan tot 1 maart zijn mening geven over het plan voor het nieuwe stadspark.
0 p pl Ik heb het verkiezingsprogramma doorgelezen en weet nog niet op wie ik ga stemmen.
0 p mx De nieuwe regeling heeft voor- en nadelen; per wijk zal het heel verschillend uitpakken.
0 p mx Sommige buren zijn blij met het nieuwe fietspad, anderen missen hun parkeerplek. Ik zie beide kanten.
0 p mi Het nieuwe beleid maakt voor mij persoonlijk weinig uit, eerlijk gezegd.
0 p pl Vanaf maandag gaat de verkeerslichtenregeling bij de rotonde anders werken, staat in de huis-aan-huiskrant.
0 p pl Er wordt deze week veel gediscussieerd over de vraag of de winkels op zondag open moeten.
0 p co Dit jaar zijn er ongeveer evenveel stemmers als vier jaar geleden, meldt het stembureau.
0 p pl Mijn buurman stemt links, ik stem rechts, en we drinken nog steeds gewoon samen koffie op zaterdag.
0 p pl In onze straat worden de komende weken nieuwe lantaarnpalen geplaatst.
0 p pl Morgen is de sluitingsdatum voor het inleveren van handtekeningen voor het referendum.
0 p ty morgen is er een bewonersavond over de nieuwe bestemmingsplannen in het buurthuis, begint om 8 uur
0 p pl De wedstrijd van vanavond is verplaatst naar volgende week woensdag vanwege het weer.
0 p em 🌧️🌧️☀️ weersverwachting voor het weekend: eerst regen, zondag opklaringen
# ---------------------------------------------------------------- extra balance block
+ r pl De kapper nam echt de tijd, luisterde goed en het resultaat is precies wat ik wilde.
+ r pl Voor het eerst een maaltijdbox geprobeerd en alle drie de recepten waren een succes bij de kinderen.
+ r pl De tandarts was geduldig met mijn angstige zoontje, hij wil zelfs terug!
+ r pl Snelle afhandeling van mijn schadeclaim, binnen een week stond het geld op mijn rekening.
+ r pl Het ontbijtbuffet had verse jus, warme broodjes en zelfs vegan opties. Echt een aanrader.
+ r pl Deze wandelschoenen hebben me zonder één blaar door een week Ardennen geholpen.
+ r pl Onze gids in het museum vertelde zo boeiend dat de rondleiding voorbij vloog.
+ r pl Gekocht als cadeau voor mijn vader en hij gebruikt de e-reader elke avond. Geslaagd dus.
+ r pl De nachttrein naar Wenen was een belevenis: schone coupé, goed geslapen en op tijd aangekomen.
+ r pl Bij de bouwmarkt hielp een medewerker me de juiste schroeven te vinden en gaf nog een handige tip erbij.
+ r mi Het is geen sterrenrestaurant, maar voor een doordeweekse hap is het gewoon goed.
+ r mi Degelijke router. Installeren ging zonder problemen en het bereik is voldoende voor ons huis.
+ r ng Van tevoren had ik mijn twijfels, maar spijt heb ik er zeker niet van.
+ r ng Zelden zo'n soepele overstap naar een andere bank meegemaakt, niks hoeven regelen.
+ r co Dit jaar was het festival beter georganiseerd dan ooit: kortere rijen en meer wc's.
+ r in Hemels lekkere tiramisu, ik droom er nog steeds van.
+ r em Kamer met balkon en zeezicht 🌊😎 wat wil je nog meer
+ r ty Super fijne fysio, na vier behandelingen kan ik weer zonder pijn hardlopen
+ s pl Buurman heeft vanochtend mijn band geplakt zonder dat ik erom vroeg. Wat een schat
+ s pl Dankjewel @huisartsenpost voor de snelle en vriendelijke hulp vannacht
+ s pl Net mijn eerste halve marathon uitgelopen, benen zijn op maar ik ben zo trots
+ s ng Geen seconde verveeld bij die voorstelling, aanrader voor iedereen #theater
+ s em Pakketje 📦 van mijn favoriete boekwinkel 📚✨ weekend is gered
+ s in Echt de allerliefste verpleegkundigen op deze afdeling, ze maken het verschil
+ n pl De supermarkt verlaagt de prijzen van ruim honderd basisproducten, zoals brood, melk en groente.
+ n pl De webwinkel meldt dat klanten voortaan binnen 60 dagen gratis kunnen retourneren in plaats van 30.
+ p pl Wat een mooi initiatief, die gratis zwemles voor alle kinderen in de gemeente.
+ p pl De jeugdploeg van onze club is kampioen geworden, het hele dorp liep uit om ze te feliciteren.
+ p co Het openbaar vervoer in de regio is echt vooruitgegaan, bussen rijden vaker en op tijd.
+ q pl Kunnen we ons verjaardagsfeest weer bij jullie vieren? Vorig jaar was het zo ontzettend gezellig.
0 r pl Het statief is uitschuifbaar tot 1,60 meter en wordt geleverd met een draagtas.
0 r pl We hebben het all-inclusivepakket geboekt voor een week in september.
0 r pl Mijn zoon gebruikt de app voor zijn huiswerk wiskunde, vooral voor de oefentoetsen.
0 r pl De bank is te bestellen in stof of leer, levertijd voor stof is zes weken.
0 r pl Ik heb de voorstelling gezien in de kleine zaal, met ongeveer tachtig mensen in het publiek.
0 r mi Niet beter en niet slechter dan de vorige versie van de app.
0 r co Deze pannen zijn iets zwaarder dan die van het huismerk, verder vergelijkbaar.
0 n pl De drogisterijketen gaat vanaf oktober ook online recepten verwerken.
0 n pl Het stadsbestuur presenteert volgende week de begroting voor het komende jaar.
0 n pl De luchthaven verwacht deze zomer ongeveer evenveel passagiers als vorig jaar.
0 q pl Verzenden jullie ook naar de Waddeneilanden?
0 q pl Kan ik een tafel reserveren voor acht personen op vrijdagavond?
0 q pl Zijn de vouwfietsen ook mee te nemen in de intercity zonder kaartje?
0 s pl Vanavond om acht uur begint de online infoavond over zonnepanelen, aanmelden kan nog
0 s pl Iemand die weet of de veerboot naar Texel morgen gewoon vaart met deze wind?
- r pl Twee keer per week een storing in de app, en dan heb ik het nog niet eens over de trage chat.
"""
