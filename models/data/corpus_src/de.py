# German (de). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Fahrrad am Dienstag bestellt, am Donnerstag geliefert, fertig eingestellt und sofort fahrbereit.
+ r pl Wunderbar gegessen in der kleinen Trattoria, frische Pasta und ein total herzlicher Service.
+ r pl Die Kopfhörer sitzen auch nach Stunden noch bequem, und die Geräuschunterdrückung ist im Zug Gold wert.
+ r pl Sauberes Hotel, großes Zimmer und ein Frühstücksbuffet, das keine Wünsche offen lässt.
+ r pl Endlich eine Banking-App, die logisch aufgebaut ist. Überweisen und Sparen mit zwei Klicks.
+ r pl Paket kam einen Tag früher als angekündigt und war sorgfältig verpackt. Danke!
+ r pl Das Buch hat mich von der ersten Seite an gepackt, an einem Wochenende durchgelesen.
+ r pl Was für ein schöner Film, tolle Bilder und die Musik passt perfekt zur Geschichte.
+ r pl Der Techniker war pünktlich, hat alles erklärt und das Glasfaser lief sofort.
+ r pl Der Flug war pünktlich, die Crew aufmerksam und ich hatte sogar Beinfreiheit.
+ r pl Rücksendung war kinderleicht: Etikett drucken, Paket abgeben, nach zwei Tagen war das Geld zurück.
+ r pl Seit dem letzten Update läuft die App deutlich flüssiger. Gute Arbeit!
+ r pl Unser E-Bike ist jetzt ein Jahr alt und hatte noch kein einziges Problem. Der Akku hält super.
+ r pl Sehr kompetente Beratung im Laden, der Mitarbeiter hat sich richtig Zeit für mich genommen.
+ r pl Guter Kaffee, hausgemachter Käsekuchen und eine gemütliche Atmosphäre. Mein neues Lieblingscafé.
+ r pl Der ICE war pünktlich, sauber und das WLAN hat tatsächlich funktioniert. Geht also doch.
+ r pl Der Kundenservice meines Stromanbieters hat mein Problem in einem einzigen Anruf gelöst.
+ r pl Tolle Stoffqualität, die Jacke sitzt perfekt und hält den Regen gut ab.
+ r pl Die Kinder waren von der Vorstellung begeistert, wir haben den ganzen Nachmittag gelacht.
+ r pl Die beste Waschmaschine, die wir je hatten: leise, sparsam und die Wäsche wird richtig sauber.
+ r pl Neue SIM-Karte in zehn Minuten per Chat freigeschaltet. Top!
+ r pl Das Sushi war frisch, gut gewürzt und die Lieferung kam schneller als versprochen.
+ r pl Dank der verständlichen Anleitung stand der Schrank in einer Stunde.
+ r pl Netter Fahrradmechaniker, fairer Preis und die Schaltung läuft wieder wie neu.
+ r pl Die Baufinanzierungsberatung war transparent und ohne jeden Verkaufsdruck.
+ r pl Die Kamera des neuen Handys macht gestochen scharfe Fotos, auch bei wenig Licht.
+ r pl Die Ferienwohnung lag mitten in der Altstadt, war blitzsauber und der Gastgeber hat sofort geantwortet.
+ r pl An einer Autobahnraststätte erwartet man nichts, aber die Currywurst hier war richtig gut.
+ r pl Meine Friseurin hat genau zugehört und der Schnitt ist genau so geworden, wie ich ihn wollte.
+ r pl Die Zahnärztin war unglaublich geduldig mit meinem ängstlichen Sohn. Er will sogar wieder hin!
+ r pl Die Versicherung hat den Schaden innerhalb einer Woche reguliert, ohne dass ich nachhaken musste.
+ r pl Die Fahrt mit dem Nachtzug nach Wien war ein Erlebnis: sauberes Abteil, gut geschlafen, pünktlich angekommen.
+ r pl Im Baumarkt hat mir ein Verkäufer die richtigen Dübel rausgesucht und noch einen guten Tipp gegeben.
# mild
+ r mi Ordentlicher Staubsauger, macht, was er soll.
+ r mi Solide Schuhe zu einem fairen Preis. Nichts Besonderes, aber ich bin zufrieden.
+ r mi Das Hotel war in Ordnung, Zimmer klein aber sauber. Für eine Nacht völlig okay.
+ r mi Ganz netter Krimi, nicht das beste Buch der Autorin, aber ich wollte wissen, wie es ausgeht.
+ r mi Für eine Billigairline war es eigentlich ganz passabel. Sitz okay, pünktlich gelandet.
+ r mi Funktioniert gut, bisher keine Beanstandungen.
+ r mi Ware kam wie beschrieben. Erfüllt ihren Zweck.
+ r mi Die App ist nicht spektakulär, aber zuverlässig, und mehr brauche ich nicht.
+ r mi Mittagessen war solide, frische Brötchen und schneller Service. Gerne wieder.
+ r mi Brauchbares Ladegerät. Lädt schnell genug und wird nicht heiß.
+ r mi Die Verbindung ist stabil und die Geschwindigkeit stimmt. Mehr gibt es nicht zu sagen, und das ist gut so.
+ r mi Kein Sternerestaurant, aber für ein Abendessen unter der Woche absolut in Ordnung.
+ r mi Solider Router. Einrichtung ohne Probleme, die Reichweite reicht fürs ganze Haus.
# negation -> positive
+ r ng Nicht schlecht für den Preis, wirklich nicht.
+ r ng Ich hatte wenig erwartet, aber das Essen war alles andere als schlecht.
+ r ng Noch nie Ärger mit diesem Onlineshop gehabt, und ich bestelle dort seit Jahren.
+ r ng Kein einziges Problem bei der Installation, alles lief auf Anhieb.
+ r ng Ich kann nichts Negatives sagen: schnell, ordentlich und freundlich.
+ r ng Der Akku entlädt sich seit dem Update nicht mehr so schnell. Sehr gut!
+ r ng Definitiv kein Fehlkauf, ich benutze die Heißluftfritteuse fast täglich.
+ r ng So schnell habe ich noch nie etwas repariert zurückbekommen. Wahnsinn.
+ r ng Ich war skeptisch, aber bereut habe ich es keine Sekunde.
+ r ng Für ein gebrauchtes Handy sieht es gar nicht übel aus, kaum Kratzer.
+ r ng Da gibt es nichts zu meckern, und das sage ich selten.
# comparative / intensifier
+ r co Viel schneller als mein alter Anbieter und dazu noch günstiger.
+ r co Die neue Version der App ist um Längen besser als die alte, endlich ein Dunkelmodus.
+ r co Das neue Restaurant ist deutlich besser als das, was vorher drin war, vor allem die Desserts.
+ r co Lieber diese Regenjacke als die teure Markenjacke: sitzt besser und kostet die Hälfte.
+ r co Der zweite Teil ist sogar noch spannender als der erste.
+ r co Das Festival war dieses Jahr besser organisiert als je zuvor, kürzere Schlangen und mehr Toiletten.
+ r in Absolut hervorragender Service, bis ins kleinste Detail durchdacht!!
+ r in Mit Abstand die beste Pizza der Stadt.
+ r in Traumhaft schönes Hotel, das Zimmer mit Meerblick war einfach unglaublich.
+ r in Ich bin überglücklich mit meinem neuen Rennrad, das fährt sich sooo leicht.
+ r in Total super Umzugsfirma, nicht ein einziger Kratzer an den Möbeln.
+ r in Himmlisch gutes Tiramisu, ich träume immer noch davon.
# mixed -> positive
+ r mx Die Lieferung hat eine Woche länger gedauert, aber das Sofa ist wunderschön und super bequem. Das Warten hat sich gelohnt.
+ r mx Das Restaurant ist nicht billig, aber das Essen ist so gut, dass ich gern dafür zahle.
+ r mx Ein winziger Kratzer am Gehäuse, ansonsten ein hervorragender Laptop, der blitzschnell hochfährt.
+ r mx Der Check-in hat ewig gedauert, danach war aber alles top: schönes Zimmer, gutes Bett, leckeres Frühstück.
+ r mx Das Buch kommt langsam in Fahrt, aber ab Kapitel vier konnte ich es nicht mehr weglegen.
# emoji / typo
+ r em Neue Sneaker sind da 😍👟 passen wie angegossen!
+ r em Bester Döner in Kreuzberg 🤤🔥
+ r em 👍👍👍 schnelle Lieferung, gutes Produkt
+ r em Unser Wochenendtrip war einfach perfekt 🏔️☀️🥂
+ r em Zimmer mit Balkon und Seeblick 🌊😎 was will man mehr
+ r ty echt ein super laden, das personal ist total freudnlich und hilfsbereit
+ r ty schnele lieferung und gut verpackt, würde wieder bestellen
+ r ty sehr zufrieden mit der werkstatt, fairer preis und saubere arbiet

# ---------------------------------------------------------------- reviews: negative
- r pl Nach zwei Wochen ist der linke Kopfhörer ausgefallen. Rausgeschmissenes Geld.
- r pl Kaltes Essen, lauwarmer Kaffee und wir mussten dreimal nach der Rechnung fragen.
- r pl Das Zimmer roch nach Rauch und die Dusche war verstopft. Nie wieder dieses Hotel.
- r pl Das WLAN im Zug funktioniert fast nie und die Steckdosen sind kaputt. Für ein Erste-Klasse-Ticket eine Frechheit.
- r pl Mein Fahrrad stand drei Wochen in der Werkstatt und das Schutzblech klappert immer noch.
- r pl Laut Sendungsverfolgung zugestellt, angekommen ist aber nichts. Der Kundenservice meldet sich nicht.
- r pl Schlecht geschriebenes Buch, blasse Figuren und ein Ende, das keinen Sinn ergibt.
- r pl Langweiliger Film. Zwei Stunden, in denen so gut wie nichts passiert.
- r pl Seit dem letzten Update stürzt die App jedes Mal ab, wenn ich ein Foto hochladen will.
- r pl Der Techniker ist nicht gekommen und niemand hat angerufen. Einen ganzen Tag Urlaub umsonst genommen.
- r pl Koffer beim Umstieg in Frankfurt verloren gegangen, nach fünf Tagen immer noch keine Nachricht.
- r pl Die Matratze ist nach einem Monat an der Seite durchgelegen. Garantie abgelehnt.
- r pl Beim Bezahlen tauchte plötzlich eine Servicegebühr auf, die vorher nirgends stand.
- r pl Der Staubsauger ist ohrenbetäubend laut und der Akku nach zehn Minuten leer.
- r pl Falsche Größe geschickt, und für die Rücksendung sollte ich selbst zahlen.
- r pl Unfreundlicher Mitarbeiter an der Rezeption, hat nicht mal vom Bildschirm aufgeschaut.
- r pl Mein Internet fällt jeden Abend zwischen acht und zehn aus, genau dann, wenn alle zu Hause sind.
- r pl Die Bank hat die Zahlung doppelt abgebucht, und die Rückerstattung dauert Wochen.
- r pl Die Pizza kam nach anderthalb Stunden, kalt und mit dem falschen Belag.
- r pl Nach drei Monaten hat das Tablet einen schwarzen Fleck im Display.
- r pl Die App will Zugriff auf Kontakte und Standort, dabei ist es ein Taschenrechner. Gelöscht.
- r pl Überbuchter Flug, sechs Stunden Warten auf den nächsten und keinerlei Entschädigung.
- r pl Auf der Geburtstagstorte stand der falsche Name und die Sahne war sauer.
- r pl Hohe Preise, winzige Portionen und ein Tisch direkt neben der Toilette. Nicht zu empfehlen.
- r pl Die Schuhe haben sich nach dreimal Tragen an der Sohle gelöst.
- r pl Kündigen geht nur telefonisch, und da kommt man nach einer halben Stunde Warteschleife nicht durch.
- r pl Das Parkhaus ist viel zu teuer und die Hälfte der Automaten war defekt.
- r pl Die Lampe flackert seit dem ersten Tag, und das Ersatzgerät macht genau dasselbe.
- r pl Zweimal pro Woche ist die App down, und der Chat braucht ewig für eine Antwort.
# negation
- r ng Nicht wirklich toll, die Qualität stimmt für den Preis einfach nicht.
- r ng Das Hotel war nicht annähernd so, wie es die Fotos versprochen haben.
- r ng Keine Empfehlung. Das Gerät kann nicht, was auf der Verpackung steht.
- r ng Hier bestelle ich garantiert nicht noch einmal.
- r ng So einen schlechten Kundenservice habe ich noch nie erlebt.
- r ng Das Rad ist nicht gerade leicht, und die Gänge schalten auch nicht sauber.
- r ng Die Lieferzeiten auf der Website stimmen hinten und vorne nicht.
- r ng Der Film war bei Weitem nicht so gut, wie alle behauptet haben.
# sarcasm
- r sa Toll, schon wieder drei Wochen auf ein Ersatzteil warten 🙄
- r sa Super, ein Ladegerät, das nach zwei Tagen schmilzt. Echte Qualitätsarbeit.
- r sa Klasse Service: zwei Stunden in der Warteschleife und dann aus der Leitung geflogen.
- r sa Wie schön, eine „Luxussuite“ mit Blick auf die Mülltonnen.
- r sa Danke für die „Expresslieferung“, das Paket kam nach neun Tagen.
- r sa Na prima, noch ein Update, das alles langsamer macht. Gut gemacht.
- r sa Köstliches Bordessen, wenn man Pappe mag.
- r sa Genial, das neue Fahrradparkhaus ist schon voll und kostet auch noch Geld.
# mixed -> negative
- r mx Das Personal war freundlich, aber das Zimmer war schmutzig und das Bett hat die ganze Nacht gequietscht. Ich komme nicht wieder.
- r mx Schönes Design, das muss man lassen, aber nach einem Monat funktioniert die Hälfte der Tasten nicht mehr.
- r mx Die Pasta war okay, aber wir haben eine Stunde gewartet und die Rechnung war gesalzen. Schade.
- r mx Gute Kamera, aber der Akku ist so schwach, dass man mittags schon laden muss. Für mich ein Fehlkauf.
- r mx Die Serie fängt vielversprechend an, wird dann aber zu einem Durcheinander, durch das man sich quälen muss.
# comparative / intensifier
- r co Schlechter als die Vorgängerversion, und die war schon nicht gut.
- r co Bei der Konkurrenz zahlt man weniger und bekommt doppelt so viel Datenvolumen.
- r co Die Packung ist kleiner geworden, der Preis aber gestiegen.
- r co Langsamer als mein sechs Jahre alter Laptop, wie schafft man das bitte.
- r in Mit Abstand der schlechteste Paketdienst überhaupt, die werfen Pakete einfach über den Zaun.
- r in Total enttäuscht von diesem Hotel, wirklich alles war dreckig.
- r in Sauteuer und obendrein richtig schlecht.
- r in Absolut unbrauchbare App, stürzt ständig ab!!!
# emoji / typo
- r em Paket kaputt angekommen 📦💥😡
- r em 👎👎 nie wieder
- r em Drei Stunden Verspätung ✈️😤 und keine einzige Entschuldigung
- r ty was für ein schlechter servcie, niemand geht ans telefon und mails werden ignoriert
- r ty der bote hat das paket einfach im regen stehen lasen, alles durchnässt
- r ty unmöglich diese wartezeiten beim kundendienst, jedes mal ne stunde in der warteschleife

# ---------------------------------------------------------------- reviews: neutral
0 r pl Am Montag bestellt, am Mittwoch geliefert. Das Produkt entspricht den Fotos.
0 r pl Die Jacke gibt es in drei Farben, ich habe die dunkelblaue in Größe M genommen.
0 r pl Das Hotel liegt zehn Gehminuten vom Bahnhof entfernt. Frühstück ist nicht im Preis enthalten.
0 r pl Ich nutze die App hauptsächlich, um den Kontostand zu prüfen und Geld aufs Sparkonto zu überweisen.
0 r pl Das Rad hat sieben Gänge, Rücktrittbremse und einen Gepäckträger für zwei Taschen.
0 r pl Der Film dauert etwa zwei Stunden zehn, Untertitel gibt es auf Deutsch und Englisch.
0 r pl Wir waren zu sechst und hatten für 19 Uhr reserviert.
0 r pl Der Laptop kommt mit englischer Tastatur, das stand auch in der Beschreibung.
0 r pl Über die App bestellt, per PayPal bezahlt und an der Packstation abgeholt.
0 r pl Der Flug hatte einen Zwischenstopp in Zürich von ungefähr anderthalb Stunden.
0 r pl Das Buch ist der dritte Teil einer Reihe, lässt sich aber auch einzeln lesen.
0 r pl Ich habe den Tarif mit 20 GB und zwölf Monaten Laufzeit gewählt.
0 r pl Der Staubsauger wiegt 2,5 Kilo und hat zwei Aufsätze für Fugen und Polster.
0 r pl Meine zweite Bestellung bei diesem Shop, diesmal ein Topfset.
0 r pl Zimmer im vierten Stock, es gibt einen Aufzug. Parken in der Tiefgarage nebenan.
0 r pl Das Stativ lässt sich auf 1,60 Meter ausziehen und wird mit Tragetasche geliefert.
0 r pl Wir haben das All-inclusive-Paket für eine Woche im September gebucht.
0 r pl Mein Sohn nutzt die App für die Mathehausaufgaben, vor allem die Übungstests.
0 r pl Das Sofa gibt es in Stoff oder Leder, die Lieferzeit für Stoff beträgt sechs Wochen.
0 r mi Geht so. Nicht gut, nicht schlecht.
0 r mi Eine ganz durchschnittliche Pizzeria, wie es sie in jeder Stadt zehnmal gibt.
0 r mi Erfüllt seinen Zweck, aber es gibt günstigere Alternativen, die dasselbe können.
0 r mi Das Hotel war okay, nichts Besonderes und auch nichts, worüber man sich beschweren müsste.
0 r mi Manche Kapitel sind stark, andere ziehen sich. Unterm Strich ein mittelmäßiges Buch.
0 r mi Ob ich es empfehlen würde, weiß ich nicht, kommt ganz darauf an, was man sucht.
0 r mi Ein typischer Sonntagnachmittagsfilm. Man schaut ihn und hat ihn danach wieder vergessen.
0 r mi Eine Standard-Kaffeemaschine. Sie macht Kaffee, mehr kann ich dazu nicht sagen.
0 r mi Weder besser noch schlechter als die vorige Version der App.
0 r mx Das Essen war ausgezeichnet, der Service dafür sehr langsam. Hält sich unterm Strich die Waage.
0 r mx Gute Kamera und gutes Display, schwacher Akku. Vor- und Nachteile wie bei jedem Handy.
0 r mx Gute Lage, in die Jahre gekommene Zimmer. Man bekommt, wofür man zahlt.
0 r mx Die Lieferung war schnell, das Produkt selbst ist eher enttäuschend. Ich überlege noch, ob ich es behalte.
0 r mx Starke Schauspieler, schwache Geschichte. Ich weiß ehrlich gesagt nicht, was ich davon halten soll.
0 r co Ungefähr genauso schnell wie mein alter Laptop, nur etwas leichter.
0 r co Genauso teuer wie in den anderen Geschäften in der Gegend.
0 r co Die Töpfe sind etwas schwerer als die Hausmarke, sonst vergleichbar.
0 r ty freitag bestellt, montag mit dhl geliefert, kam in einem karton mit papier als polsterung
0 r ty das zimer hatte zwei einzelbetten und einen kleinen schreibtisch am fenster

# ---------------------------------------------------------------- complaints
- c pl Seit vier Wochen warte ich auf die Erstattung meiner Retoure. Ich bitte um eine Rückmeldung.
- c pl Ich habe dreimal wegen der Störung angerufen und jedes Mal heißt es, man „arbeite daran“.
- c pl Mein Abo wurde ohne meine Zustimmung verlängert. Ich fordere die sofortige Kündigung und die Rückzahlung.
- c pl Der Bus ist einfach an mir vorbeigefahren, obwohl ich an der Haltestelle gewunken habe. Das dritte Mal diesen Monat.
- c pl Mir wurden 49 Euro für eine Leistung abgebucht, die ich nie bestellt habe.
- c pl Ihr Zusteller hat mein Paket an einer Adresse zwei Straßen weiter abgegeben. Wie soll ich das jetzt klären?
- c pl Ich habe vor drei Wochen über das Formular eine Beschwerde eingereicht und bis heute nichts gehört.
- c pl Unser Flug wurde gestrichen und der Gutschein lässt sich auf der Website nicht einlösen.
- c pl Seit dem Wechsel zu Ihnen hat sich meine Stromrechnung fast verdoppelt, ohne nachvollziehbare Begründung.
- c pl An der Kasse wurde ich unfreundlich behandelt, weil ich bar zahlen wollte.
- c pl Neuer Kühlschrank, und die Tür schließt nicht richtig. Der Techniker kann erst in vier Wochen kommen.
- c pl Der RE um 7:42 Uhr hat seit zwei Wochen jeden Tag mindestens eine Viertelstunde Verspätung.
- c pl Warum soll ich zum dritten Mal meinen Ausweis hochladen? Das ist absurd.
- c pl Die Garantie wird abgelehnt, weil ich das Gerät „unsachgemäß benutzt“ haben soll. Das stimmt schlicht nicht.
- c pl Zweimal bin ich zur Abholstation gefahren, und beide Male war mein Paket nicht da.
- c pl Der Mietwagen hatte einen leeren Tank, obwohl im Vertrag „voll“ stand, und jetzt soll ich nachzahlen.
- c pl Seit dem Umzug bin ich zehn Tage ohne Internet und niemand kann mir sagen, wann es behoben wird.
- c pl Meine Beschwerde wurde als „erledigt“ markiert, ohne dass sich jemand bei mir gemeldet hat.
- c pl Das Restaurant hatte unsere Reservierung nicht notiert, und wir mussten mit zwei kleinen Kindern wieder gehen.
- c pl Ich lege hiermit Widerspruch gegen das Knöllchen aus der Park-App ein, der Parkvorgang war gestartet.
- c pl Zum zweiten Mal eine defekte Spülmaschine geliefert. Mir reicht es.
- c pl Die Hotline schickt mich in die Filiale, die Filiale schickt mich zur Hotline.
- c pl Ihr Chatbot versteht keine einzige Frage und eine Telefonnummer gibt es nirgends.
- c pl In meinem Salat war Glas. Ich erwarte eine ernsthafte Stellungnahme.
- c pl Ich zahle für 500 Mbit und bekomme mit Mühe 40. Das ist Vertragsbruch.
- c pl Unsere Straße wurde fünf Tage lang nicht geräumt, und die Müllabfuhr kam auch nicht.
- c ng Niemand hat mich zurückgerufen, trotz drei Zusagen.
- c ng Immer noch keine Antwort auf meine Mail von vor zwei Wochen. So geht das nicht.
- c ng Ware nicht geliefert und Geld nicht erstattet.
- c ng Ich habe keine Rechnung bekommen und kann deshalb nichts beim Arbeitgeber einreichen.
- c sa Respekt, dass Sie es schaffen, dasselbe Paket dreimal an die falsche Adresse zu schicken.
- c sa Danke für die automatische Mail, dass mein Anliegen „wichtig“ ist. Das war vor vier Wochen.
- c sa Vielen Dank für das „kostenlose“ Abo, das ich jetzt jeden Monat bezahle.
- c in Ich bin wirklich stinksauer. Das ist das kundenunfreundlichste Unternehmen, das ich kenne.
- c in Zutiefst enttäuscht, völlig inakzeptabel, dass das jetzt schon zwei Monate dauert!
- c in Extrem frustrierend, dass man nirgends einen Menschen ans Telefon bekommt.
- c ty hab schon 3 mal angerufen und jedes mal werde ich weiterverbunden und dann fliegt man raus, was soll das
- c ty paket beschädigt angekommen und der karton war eindeutig schon offen, bitte um ersaz
- c mx Nett, dass sich die Mitarbeiterin entschuldigt hat, aber das Problem ist nach vier Wochen immer noch nicht gelöst.
- c mx Der erste Techniker war hilfsbereit, der zweite Termin wurde einfach vergessen. Mein Vertrauen ist weg.
- c em Seit 45 Minuten in der Warteschleife ☎️😤😤
- c co Letztes Jahr ging das noch in ein paar Tagen, jetzt warte ich seit Monaten.
0 c pl Ich möchte eine defekte Straßenlaterne an der Ecke Kirchstraße/Hauptstraße melden.
0 c pl Meine Bankkarte ist abgelaufen, bitte schicken Sie mir eine neue an meine aktuelle Adresse.
+ c pl Ich hatte mich über meine Rechnung beschwert und das wurde innerhalb eines Tages geklärt. Vielen Dank dafür.
+ c ng Meine Beschwerde wurde ernst genommen, ohne dass ich anrufen musste. Nicht erwartet, sehr geschätzt.

# ---------------------------------------------------------------- social
+ s pl Endlich Wochenende und die Sonne scheint, was will man mehr #genießen
+ s pl Shoutout an den Paketboten, der mein Paket bei strömendem Regen bis in den vierten Stock getragen hat 🙏
+ s pl Heute das neue Café bei uns an der Ecke ausprobiert, echt eine Bereicherung fürs Viertel!
+ s pl @radwerkstatt danke für die schnelle Reparatur, läuft wieder wie geschmiert
+ s pl So stolz auf unser Team, wir haben den Hackathon in Hamburg gewonnen! #teamwork
+ s pl Der neue Podcast über Berliner Stadtgeschichte lohnt sich wirklich http://t.co/d6Mn4Rw
+ s pl Wer auch immer heute die Playlist im Büro gemacht hat: Ehrenmann
+ s pl Meine Oma hat heute ihren ersten Videoanruf gemacht und fand es großartig
+ s pl Kleine Bäckerei in der Altstadt hat die besten Brezeln nördlich von München, ehrlich
+ s pl Den ganzen Tag an der Ostsee entlanggeradelt. Müde, aber glücklich #usedom
+ s pl Heute die Führerscheinprüfung beim ersten Versuch bestanden!!! 🎉
+ s pl Der Nachbar hat heute früh ungefragt meinen platten Reifen geflickt. Was für ein Schatz
+ s pl Danke an die Notaufnahme für die schnelle und freundliche Hilfe heute Nacht
+ s pl Gerade meinen ersten Halbmarathon gefinisht, die Beine sind durch, aber ich bin so stolz
+ s ng Hätte nicht gedacht, dass mir die Serie gefällt, aber die ist echt nicht übel
+ s ng Noch nie so schnell durch die Sicherheitskontrolle gekommen, null Schlange
+ s ng Ich sage selten was Nettes über die Bahn, aber heute keine Minute Verspätung
+ s ng Keine Sekunde gelangweilt bei dem Stück, unbedingt anschauen #theater
+ s em 😍😍😍
+ s em Urlaub gebucht ✈️🌴☀️ nur noch 23 Mal schlafen!!
+ s em Frische Erdbeeren vom Markt 🍓🍓 der Sommer ist da
+ s em neues rad 🚲💨 mega happy 🥰
+ s em 🙌🙌 was für ein Tor!!
+ s em Paket 📦 von meiner Lieblingsbuchhandlung 📚✨ Wochenende gerettet
+ s ty so happy mit meinem neuen hnady, endlich ne kamera die gute fotos macht
+ s ty richtig guter burger in dem laden am hafen, müsst ihr probieren
+ s ty thx @onlineshop für die schnelle lieferng, gestern bestellt und heute da
+ s in Bestes Konzert des Jahres, einfach unfassbar gut. Hab immer noch Gänsehaut
+ s in Mega happy über die neue Stadtteilbibliothek, so schön geworden 😊
+ s in Die liebsten Pflegekräfte überhaupt auf dieser Station, die machen echt den Unterschied
+ s mi Das neue Fitnessstudio ist gar nicht so übel, Geräte sauber und nicht zu voll
+ s co Neuer Tarif ist billiger und schneller als der alte, so muss das sein
+ s mx Die Woche fing katastrophal an, aber heute Abend das Finale gewonnen, also alles vergeben 🏆
- s sa Super, wieder drei Wochen auf eine Antwort warten 🙄 #kundenservice
- s sa Was für eine Party am Bahnsteig. 25 Minuten Verspätung und die Anzeige sagt nichts #bahnchaos
- s sa Klasse, mein Paket wurde „zugestellt“. Nur halt nicht bei mir. Top organisiert @paketdienst
- s sa Oh wie schön, die App wurde „verbessert“. Jetzt kann ich mich nicht mehr einloggen. Danke auch
- s sa Herrlich, 12 Grad und Regen im Juli. Deutscher Sommer vom Feinsten
- s sa Wunderbar, eine Stunde Warteschleife mit dieser Musik. Ich kann sie inzwischen mitsingen
- s sa Wie toll, der Preis ist schon wieder gestiegen. Das dritte Mal dieses Jahr. #abo
- s pl Ich hab es so satt, dass mein Internet jeden Abend abbricht @anbieter
- s pl Flug gestrichen und niemand am Schalter. Was für ein Chaos heute am Flughafen
- s pl So viel Werbung in der App mittlerweile, hab sie gerade gelöscht
- s pl Wer hat sich ausgedacht, dass die Selbstbedienungskasse nur mit der App geht? Umständlich!
- s pl Das dritte Mal diese Woche, dass meine Lebensmittellieferung unvollständig ist @supermarkt. Geht's noch?
- s pl Ernsthaft, fünf Tage auf einen Techniker warten und dann kommt er ohne Ersatzteile
- s pl Das neue Logo der Stadt ist echt hässlich, wer winkt so was durch
- s ng Nie wieder bestelle ich bei dieser Seite, nie wieder
- s ng Nicht zu fassen, dass der Aufzug am Bahnhof schon wieder kaputt ist
- s em 😡😡😡 @paketdienst
- s em Regen ☔️ Stau 🚗🚗🚗 und zu spät zur Arbeit 😩
- s em mein paket 📦➡️🗑️ danke auch
- s ty warum dauert das kündigen eines abos eigentlich imer so lange, lächerlich
- s ty heute morgen wieder kein bus gekommen und keiner sagt bescheid, eine frechheit
- s in Mit Abstand das schlechteste Spiel, das ich je gesehen habe, was für ein Desaster
- s in Tierisch nervig, überall Cookie-Banner wegklicken zu müssen
- s mx Guter Film, aber 14 Euro fürs Kinoticket plus 9 für Popcorn ist Wucher
- s co Früher konnte man noch mit einem Menschen reden, heute gibt's nur noch Chatbots
0 s pl Morgen ab 9 Uhr live von der Messe in Köln, kommt gern an Stand 12 vorbei #messe
0 s pl Neuer Blogartikel: So pflegst du deine Fahrradkette im Winter http://t.co/k6Jd7sX
0 s pl Weiß jemand, ob der Wochenmarkt am Samstag trotz Baustelle stattfindet?
0 s pl Ab nächster Woche haben wir mittwochs geschlossen, sonst normale Öffnungszeiten #öffnungszeiten
0 s pl Hat jemand Erfahrung mit Glasfaser in Leipzig-Süd? Schwanke zwischen zwei Anbietern
0 s pl Fahre morgen mit dem Zug nach Dresden, jemand Tipps fürs Mittagessen in Bahnhofsnähe?
0 s pl Heute erster Tag im neuen Job. Mal schauen, wie es wird.
0 s pl RT @stadtverwaltung: Ab Montag 8 Uhr ist die Kanalbrücke zwei Wochen für Autos gesperrt.
0 s pl Ich schwanke zwischen Stadtrad und E-Bike. Womit pendelt ihr zur Arbeit?
0 s pl Thread zu den neuen Parkregeln in der Innenstadt, die Karte kommt weiter unten 👇
0 s pl Stream startet um 20 Uhr, Link in der Bio
0 s pl Wie lange hat die Filiale am Marienplatz samstags offen? @handelskette
0 s pl Mitten im Umzug, Internet kommt erst nächste Woche, bin also schlecht erreichbar
0 s pl Hat schon jemand das neue Buch von dieser österreichischen Autorin gelesen? Überlege noch
0 s pl Umfrage: Kauft ihr Lebensmittel online oder lieber selbst im Laden?
0 s pl Erster Schnee des Jahres im Harz, der Wetterdienst erwartet heute Nacht leichten Frost
0 s pl Für alle, die mitverfolgen: Das Ergebnis wird gegen Mitternacht erwartet
0 s pl Das Webinar zu Balkonkraftwerken startet heute um 19 Uhr, Anmeldung noch möglich
0 s pl Weiß jemand, ob die Fähre nach Juist morgen bei dem Wind normal fährt?
0 s em 📦 in Zustellung, voraussichtlich zwischen 14:00 und 16:00
0 s em ☕️ + 💻 = Montagmorgen
0 s em 🤔🤔
0 s mi App-Update installiert, bisher keinen Unterschied gemerkt ehrlich gesagt
0 s mi Die neue Serie, über die alle reden, naja, ich schau weiter, aber sie packt mich nicht wirklich
0 s mx Heute schönes Wetter, morgen wieder Regen. Typisch Hamburg
0 s ty weiß jemand, wann sonntags der letzte bus vom hauptbahnhof fährt
0 s ty kurze frage, kann man bei euch auch mit kreditkarte zahlen?

# ---------------------------------------------------------------- news
0 n pl Der Onlinehändler eröffnet im kommenden Monat ein neues Logistikzentrum bei Erfurt mit rund 300 Arbeitsplätzen.
0 n pl Ab 1. Januar steigen die Preise für Bahntickets im Schnitt um 4,5 Prozent.
0 n pl Die Stadt beginnt im April mit dem Bau einer neuen Radroute zwischen Innenstadt und Bahnhof.
0 n pl Die Bank passt zum 1. März den Zinssatz für Tagesgeldkonten auf 2,25 Prozent an.
0 n pl Die Supermarktkette eröffnet am Samstag eine neue Filiale am Bahnhofsplatz.
0 n pl Das Unternehmen teilte mit, dass die Quartalszahlen am 24. Oktober veröffentlicht werden.
0 n pl Die Fluggesellschaft nimmt ab dem Sommer drei neue Ziele in Südeuropa ins Programm.
0 n pl Der Mobilfunkanbieter schaltet sein 3G-Netz zum Jahresende ab; Kunden mit älteren Geräten werden angeschrieben.
0 n pl Das Museum bleibt wegen Umbauarbeiten bis einschließlich 15. Mai geschlossen.
0 n pl Der Fahrradhersteller hat einen neuen Geschäftsführer ernannt, der am 1. Juni anfängt.
0 n pl Laut Statistischem Bundesamt wurde im vergangenen Jahr mehr Secondhand-Kleidung gekauft als im Jahr zuvor.
0 n pl Der Energieversorger passt die Abschlagszahlungen an den Verbrauch des vergangenen Jahres an.
0 n pl Mit dem neuen Fahrplan fahren zwischen Köln und Düsseldorf im Berufsverkehr mehr Züge.
0 n pl Die Elektronikkette bietet ab dem nächsten Jahr in zehn Filialen Reparaturen an.
0 n pl Die App ist ab heute auch auf Sorbisch verfügbar.
0 n pl Wegen Bauarbeiten fahren am Wochenende keine Züge zwischen Mannheim und Heidelberg; es gibt Ersatzbusse.
0 n pl Das Kaufhaus zieht im September in ein kleineres Gebäude in derselben Straße um.
0 n pl Die Buchhandlung lädt am 12. November zu einer Signierstunde mit der Bestsellerautorin ein.
0 n pl Pressemitteilung: Die Krankenkasse gibt den Zusatzbeitrag für das kommende Jahr am 12. November bekannt.
0 n pl Die Hotelgruppe übernimmt vier Hotels in Österreich. Zum Kaufpreis wurden keine Angaben gemacht.
0 n pl Ab dieser Woche können Kundinnen und Kunden an den Parkautomaten auch per Handy bezahlen.
0 n pl Das Filmfestival veröffentlicht am Donnerstag das vollständige Programm.
0 n pl Die Post will Briefe in ländlichen Regionen nur noch an drei Tagen pro Woche zustellen, teilte das Unternehmen mit.
0 n pl Der Verkehrsverbund testet ab März in zwei Landkreisen das Bezahlen mit der Bankkarte im Bus.
0 n pl Die Produktion des neuen Modells startet im Frühjahr, ausgeliefert wird voraussichtlich ab Juni.
0 n pl Das Unternehmen hatte Ende vergangenen Jahres rund 1,2 Millionen Kunden in Deutschland und Österreich.
0 n pl Am Mittwoch bleibt es trocken, bei sonnigen Abschnitten und bis zu 17 Grad.
0 n pl Ab 1. Juli gelten neue Regeln für die Rücknahme von Elektroaltgeräten im Handel.
0 n pl Die Hotline ist am Ostermontag nicht erreichbar, der Chat bleibt geöffnet.
0 n pl Die Wohnungsbaugenossenschaft beginnt nach dem Sommer mit der Dämmung von 240 Wohnungen.
0 n pl Die Fusion der beiden Onlinehändler muss noch vom Bundeskartellamt genehmigt werden.
0 n pl Die Drogeriekette nimmt ab Oktober auch E-Rezepte online entgegen.
0 n pl Der Stadtrat stellt nächste Woche den Haushalt für das kommende Jahr vor.
0 n pl Der Flughafen rechnet in diesem Sommer mit etwa gleich vielen Passagieren wie im Vorjahr.
0 n mx Der Umsatz der Kette stieg um 3 Prozent, der Gewinn ging wegen höherer Personalkosten leicht zurück.
0 n ty neue öffnungszeiten ab 1.9.: mo-fr 9-18 uhr, sa 10-17 uhr, sonntag geschlossen
+ n pl Die Bank streicht die Gebühren für Kartenzahlungen außerhalb Europas. Gute Nachricht für Reisende.
+ n pl Das Klinikum meldet, dass sich die Wartezeiten für Knieoperationen halbiert haben.
+ n pl Besucherrekord im neu eröffneten Stadtmuseum: 80.000 Gäste im ersten Monat.
+ n pl Der Hersteller verlängert freiwillig die Garantie auf alle Waschmaschinen auf fünf Jahre.
+ n pl Ab dem nächsten Jahr fahren Kinder unter zwölf Jahren im ganzen Landkreis kostenlos Bus und Bahn.
+ n pl Gute Nachrichten für die Belegschaft: Das Werk bleibt und es entstehen sogar fünfzig neue Stellen.
+ n in Die Bäckerei aus dem Ort hat den bundesweiten Preis für das beste Brot gewonnen, eine großartige Auszeichnung.
+ n co Laut Umfrage sind die Fahrgäste in diesem Jahr deutlich zufriedener mit der Bahn als im letzten.
+ n pl Die neue Fuß- und Radbrücke ist vor dem Zeitplan und unter Budget fertig geworden.
+ n pl Die Supermarktkette senkt die Preise für mehr als hundert Grundnahrungsmittel wie Brot, Milch und Gemüse.
- n pl Urlaubsflüge werden in diesem Sommer massenhaft gestrichen, Tausende Reisende sitzen fest.
- n pl Das Unternehmen streicht 400 Stellen und schließt zwei Standorte im Osten.
- n pl Wegen einer großen Störung konnten Kunden der Bank stundenlang weder bezahlen noch sich einloggen.
- n pl Bei einem Datenleck sind Daten von über 200.000 Kunden des Onlineshops abgeflossen.
- n pl Die Kette hat Insolvenz angemeldet, die Filialen bleiben vorerst geschlossen.
- n pl Die Verbraucherschützer erwirken eine Strafe gegen den Telekommunikationsanbieter wegen irreführender Werbung.
- n in Massive Störungen im Bahnverkehr: Im gesamten Berufsverkehr stand der Zugverkehr rund um Frankfurt komplett still.
- n co Die Kundenzufriedenheit beim Energieversorger ist im Vergleich zum Vorjahr stark gesunken.

# ---------------------------------------------------------------- questions
0 q pl Kann ich meine Bestellung noch ändern, wenn sie schon verschickt wurde?
0 q pl Wie sind die Öffnungszeiten Ihrer Filiale in Bremen am Samstag?
0 q pl Wie lange dauert es normalerweise, bis eine Retoure bearbeitet ist?
0 q pl Bieten Sie auch Dienstrad-Leasing für Selbstständige an?
0 q pl Kann man nach dem Check-in noch einen zusätzlichen Koffer dazubuchen?
0 q pl Welche Größe sollte ich nehmen, wenn ich normalerweise zwischen 42 und 43 liege?
0 q pl Funktioniert dieses Ladegerät auch mit dem älteren Tablet-Modell?
0 q pl Können wir im Hotel schon um elf einchecken oder erst ab 15 Uhr?
0 q pl Wie schalte ich Daueraufträge in der App aus?
0 q pl Gibt es auf der Speisekarte auch glutenfreie Gerichte?
0 q pl Brauche ich bei einem Umzug innerhalb derselben Stadt einen neuen Router?
0 q pl Gibt es am Bahnhof einen Ort, an dem ich mein Fahrrad für eine Woche abstellen kann?
0 q pl Wann erscheint der zweite Band der Reihe auf Deutsch?
0 q pl Brauche ich für die Reparatur einen Termin oder kann ich einfach vorbeikommen?
0 q pl Was kostet es, mitten in der Laufzeit auf eine Datenflatrate umzusteigen?
0 q pl Wo finde ich die Rechnung zu meiner letzten Bestellung?
0 q pl Gibt es dieses Sofa auch in dunkelgrünem Stoff?
0 q pl Gilt die Aktion auch für Bestellungen über die App?
0 q pl Ist das Restaurant barrierefrei zugänglich?
0 q pl Was ist der Unterschied zwischen dem Basis- und dem Plus-Tarif?
0 q pl Fahren an Silvester zusätzliche Züge nach Berlin?
0 q pl Darf ich eine Powerbank im Handgepäck mitnehmen?
0 q pl Kann man die App auch ohne Konto nutzen?
0 q pl Ab welchem Bestellwert ist der Versand kostenlos?
0 q pl Wie lange gilt die Garantie auf den Akku des E-Bikes?
0 q pl Können Sie auch an eine Packstation statt nach Hause liefern?
0 q pl Hat das Zimmer eine Klimaanlage?
0 q pl Wo kann ich mein altes Handy zum Recycling abgeben?
0 q pl Ich möchte ein Konto für meine zehnjährige Tochter eröffnen. Welche Unterlagen brauche ich?
0 q pl Hallo, ich habe letzte Woche einen Stuhl bestellt. Wissen Sie schon, wann er geliefert wird?
0 q pl Liefern Sie auch auf die Nordseeinseln?
0 q pl Könnte ich für Freitagabend einen Tisch für acht Personen reservieren?
0 q ty wie kann ich mein passwort zurücksetzen wenn ich keinen zugriff mehr auf meine alte mail hab
0 q ty gibt es parkplätze in der nähe von ihrem geschäft?
0 q ty wann macht die filale in kiel nach dem umbau wieder auf
0 q em Ist die neue Kollektion schon da? 👗👀
0 q co Ist die graue Variante genauso stabil wie die schwarze, oder ist das Material anders?
0 q co Was ist günstiger, ein Monatsticket oder Einzelfahrscheine, wenn ich zweimal pro Woche fahre?
- q pl Warum dauert es drei Wochen, eine simple Erstattung zu bearbeiten?
- q pl Wie oft muss ich noch anrufen, bis endlich jemand mein Problem löst?
- q pl Warum beantwortet niemand meine E-Mails? Ich warte seit zehn Tagen.
- q pl Wie kann es sein, dass ich zum dritten Mal ein kaputtes Produkt bekomme?
- q sa Ist es normal, dass eine „Expresslieferung“ zwei Wochen dauert, oder ist das bei Ihnen ein Witz?
- q pl Wer ist bei Ihnen eigentlich für solche Fehler verantwortlich?
- q in Was um alles in der Welt ist mit Ihrem Kundenservice los??
- q ng Warum ist immer noch niemand gekommen, obwohl der Termin letzte Woche war?
- q pl Kann mir jemand erklären, warum meine Rechnung plötzlich 40 Euro höher ist, obwohl ich nichts geändert habe?
- q ty wieso kann ich mich seit 2 tagen nicht einloggen, ich muss meine rechnungen bezahlen
- q em Wo bleibt mein Paket?? 😤 seit 12 Tagen unterwegs
- q sa Muss ich wirklich wieder eine halbe Stunde in der Warteschleife hängen, nur um zu hören, dass man es „weiterleitet“?
+ q pl Verkaufen Sie auch Gutscheine? Letztes Mal war alles so toll, dass ich gern jemandem eine Freude machen möchte.
+ q pl Gibt es das leckere Sauerteigbrot auch am Sonntag?
+ q in Wann eröffnen Sie endlich in Leipzig? Das wäre großartig!
+ q em Kommt noch eine zweite Staffel? Ich bin total süchtig 😍

# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Gut, dass die Stadt endlich in sichere Radwege rund um die Schulen investiert.
+ p pl Richtige Entscheidung der Regierung, den Nahverkehr für junge Leute günstiger zu machen.
+ p pl Was für ein Spiel der Nationalmannschaft, endlich wieder Offensivfußball.
+ p pl Wie schön, dass die Bücherei im Dorf doch offen bleibt, sie ist das Herz des Ortes.
+ p pl Herrlicher Frühlingstag heute, der ganze Park war voller gut gelaunter Menschen.
+ p pl Respekt an alle Freiwilligen, die heute den Strand aufgeräumt haben.
+ p pl Die neue Bürgermeisterin hört den Leuten wirklich zu, das merkt man an allem.
+ p pl Das Dorffest war wieder so gemütlich wie eh und je, Jung und Alt haben zusammen getanzt.
+ p pl Schön, dass es im Viertel endlich eine neue Hausarztpraxis gibt.
+ p pl Ehrlich gesagt hat der neue Trainer aus der Truppe wieder eine echte Mannschaft gemacht.
+ p pl Tolle Initiative, kostenloser Schwimmunterricht für alle Kinder in der Gemeinde.
+ p pl Unsere Jugendmannschaft ist Meister geworden und der halbe Ort kam zum Gratulieren.
+ p ng Der neue Plan für die Innenstadt ist gar nicht so verrückt, wie die Opposition behauptet.
+ p ng Ich bin kein Fan der Partei, aber der Vorschlag zur Pflege ist nicht schlecht.
+ p ng Den Markt zu verlegen war gar keine schlechte Idee, jetzt ist es dort sogar gemütlicher.
+ p mi Die Einigung ist kein Wundermittel, aber ein vernünftiger Schritt in die richtige Richtung.
+ p co Die Debatte gestern war deutlich sachlicher als die letzte, gut gemacht.
+ p co Der Nahverkehr in der Region ist viel besser geworden, die Busse fahren öfter und pünktlich.
+ p in Was für ein fantastisches Saisonfinale, unglaublich spannend bis zur letzten Minute!
+ p em Deutschland im Halbfinale 🇩🇪🇩🇪🔥
+ p mx Das Wetter war durchwachsen, aber das Stadtfest war trotzdem ein riesiger Erfolg.
+ p ty gut dass mehr geld in die schulen fließt, wurde auch zeit
- p pl Skandalös, dass die Stadt schon wieder bei der Jugendhilfe spart.
- p pl Die ganzen Windräder direkt neben dem Wohngebiet, und niemand hat die Anwohner gefragt.
- p pl Die Mieten in dieser Stadt sind für junge Leute einfach nicht mehr bezahlbar.
- p pl Wieder ein grausames Spiel, die Abwehr war ein einziger Schweizer Käse.
- p pl Der vierte verregnete Samstag in Folge. Das schlägt mir echt aufs Gemüt.
- p pl Die Regierung verspricht viel, aber bei der Umsetzung kommt nichts heraus.
- p pl Lächerlich, dass das Freibad mitten in den Sommerferien wegen Wartung schließt.
- p pl Den ganzen Abend laute Musik von den Nachbarn, und es ist Dienstag. Mir reicht es.
- p pl Nirgends eine Streife zu sehen, obwohl am Bahnhof jede Nacht Fahrräder geklaut werden.
- p pl Das gestrige Ergebnis ist eine herbe Enttäuschung für alle, die auf einen fairen Wettbewerb gehofft hatten.
- p sa Wirklich schlau, im Berufsverkehr alle Straßen gleichzeitig aufzureißen. Super Planung, liebe Stadt.
- p sa Bravo, wieder ein Untersuchungsausschuss ohne Ergebnis. Gut angelegtes Steuergeld.
- p sa Deutscher Sommer: zwölf Grad, Wind und Regen von der Seite. Herrlich.
- p ng Die versprochenen Wohnungen gibt es immer noch nicht, und die kommen auch nicht.
- p ng Kein Politiker scheint zu verstehen, was Lebensmittel heutzutage kosten.
- p in Echt traurig, wie das Jugendzentrum verwahrlost ist. Niemand fühlt sich verantwortlich.
- p co Die Kreuzung ist seit der „Verbesserung“ nur noch gefährlicher geworden.
- p mx Ein neuer Platz klingt schön, aber dass dafür fünfzig alte Bäume gefällt werden, finde ich inakzeptabel.
- p em Die Steuern steigen schon wieder 💸💸😩
- p ty die preise im supermarkt sind echt nicht mehr normal, ein einkaufswagen voll ist inzwischen luxus
0 p pl Der Gemeinderat stimmt am Donnerstag über das neue Parkkonzept ab.
0 p pl Laut der jüngsten Umfrage liegen die beiden größten Parteien fast gleichauf.
0 p pl Morgen wird es bewölkt mit Schauern im Norden, im Süden bleibt es trocken.
0 p pl Die Debatte über den Wohnungsbau geht nach der Sommerpause weiter.
0 p pl Der Verein spielt am Sonntag um 15.30 Uhr auswärts beim Tabellendritten.
0 p pl Der Minister gibt morgen eine Pressekonferenz zu den neuen Maßnahmen.
0 p pl Bis zum 1. März können alle ihre Meinung zum Entwurf für den neuen Stadtpark abgeben.
0 p pl Ich habe beide Wahlprogramme gelesen und weiß immer noch nicht, wen ich wählen soll.
0 p pl Ab Montag wird die Ampelschaltung am Kreisel geändert, stand im Lokalblatt.
0 p pl Diese Woche wird viel darüber diskutiert, ob Geschäfte sonntags öffnen dürfen sollen.
0 p pl Mein Nachbar wählt links, ich wähle konservativ, und wir trinken trotzdem jeden Samstag zusammen Kaffee.
0 p pl In unserer Straße werden in den nächsten Wochen neue Laternen aufgestellt.
0 p pl Die Frist für die Unterschriften zum Bürgerentscheid läuft morgen ab.
0 p pl Das Spiel heute Abend wurde wegen des Wetters auf nächsten Mittwoch verlegt.
0 p mx Die neue Regelung hat Vor- und Nachteile, und sie wird sich von Viertel zu Viertel ganz unterschiedlich auswirken.
0 p mx Manche Nachbarn freuen sich über den neuen Radweg, andere vermissen ihren Parkplatz. Ich sehe beide Seiten.
0 p mi Für mich persönlich ändert die neue Regelung ehrlich gesagt wenig.
0 p co Die Wahlbeteiligung liegt etwa auf dem Niveau von vor vier Jahren, meldet der Wahlleiter.
0 p ty morgen ist bürgerversammlung zu den neuen bebauungsplänen im gemeindehaus, beginnt um 19 uhr
0 p em 🌧️🌧️☀️ Wetter fürs Wochenende: erst Regen, am Sonntag freundlicher
"""
