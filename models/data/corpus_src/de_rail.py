# German (de): customer feedback about rail and public transport (delays,
# ticket app, staff, Wi-Fi, connections, accessibility): complaints, posts,
# questions and neutral information. Hand-written for repwatch; original text.
DATA = """
# ---------------------------------------------------------------- negative
- c pl Mein ICE von Hamburg nach München hatte 95 Minuten Verspätung, und im Zug gab es keine einzige Durchsage dazu. Ich erwarte eine Erstattung und eine Erklärung.
- c pl Zum dritten Mal in dieser Woche fällt der RE 7 morgens aus. Ich komme ständig zu spät zur Arbeit, und es gibt keinen Ersatzverkehr.
- s sa Danke @user, dass ich heute 40 Minuten am Gleis frieren durfte. Richtig tolles Erlebnis 🙄
- c pl Die Ticket-App stürzt jedes Mal ab, wenn ich bezahlen will. So konnte ich vorhin kein Ticket kaufen und musste im Zug nachlösen.
- c pl Das WLAN im ICE funktioniert seit Köln überhaupt nicht. Für ein Premiumprodukt ist das einfach peinlich.
- q pl Warum wird der Anschlusszug nicht gehalten, wenn nur zwei Minuten fehlen? Jetzt sitze ich eine Stunde in Fulda fest.
- c pl Die Zugbegleiterin war unfreundlich und hat mich vor allen Leuten angemeckert, weil mein Deutschlandticket nicht sofort geladen hat.
- s pl Wagenreihung wieder komplett umgekehrt, die halbe Reisegruppe rennt den Bahnsteig entlang. Jedes Mal das Gleiche #Bahnchaos
- c ng Die Toiletten im ganzen Zug waren nicht benutzbar, und das auf einer fünfstündigen Fahrt.
- c pl Meine Sitzplatzreservierung wurde nicht angezeigt, und ich musste zwei Stunden im Gang stehen. Ich möchte die Reservierungsgebühr zurück.
- s pl S-Bahn fällt schon wieder aus, Stellwerksstörung. Zum vierten Mal diesen Monat. Es reicht
- q pl Wieso dauert die Bearbeitung meines Fahrgastrechte-Antrags jetzt schon elf Wochen?
- c pl Der Aufzug an Gleis 4 ist seit drei Monaten defekt. Mit Rollstuhl komme ich dort nicht zum Zug.
- c in Absolut unzumutbar: überfüllter Regionalzug, keine Klimaanlage, 35 Grad im Wagen.
- s pl Zug endet heute "aus betrieblichen Gründen" in Hannover statt in Berlin. Danke für nichts
- c pl Die Anzeige am Bahnsteig zeigte eine falsche Abfahrtszeit, und dadurch habe ich meinen Zug verpasst.
- c pl Bei der Hotline hängt man über eine halbe Stunde in der Warteschleife, nur um dann weiterverbunden zu werden.
- s sa Großartig, der Ersatzbus fährt natürlich genau dann ab, wenn der verspätete Zug einrollt. Perfekte Abstimmung
- c pl Das Bordbistro war geschlossen, und es gab nicht einmal Wasser zu kaufen. Bei Hitze und Verspätung ein echtes Problem.
- q pl Warum kostet die gleiche Strecke heute 89 Euro, wenn sie letzte Woche noch 29 gekostet hat?
- c pl Mein Fahrrad durfte trotz gebuchtem Stellplatz nicht mit, weil der Fahrradwagen fehlte. Niemand hat sich darum gekümmert.
- c pl Der Bus der Linie 12 kam heute gar nicht, und die App zeigte ihn trotzdem als pünktlich an.
- s pl seit einer stunde stehen wir auf freier strecke und keiner sagt was #DB
- c pl Ich wurde kontrolliert und musste 60 Euro zahlen, obwohl der Automat am Bahnhof kaputt war und ich das gemeldet hatte.
- c ng Die angekündigte Erstattung ist bis heute nicht auf meinem Konto eingegangen.
- c pl Die Sitze im neuen Regionalzug sind hart und viel zu eng. Eine Stunde darauf ist eine Qual.
- s pl Heute 3 Verbindungen, 3 Verspätungen, 1 Ausfall. Pendeln mit dem Zug macht einen fertig
- c pl Im Nachtzug war das Abteil schmutzig, und das Frühstück bestand aus einem trockenen Brötchen.
- q pl Warum gibt es auf einer so wichtigen Strecke nur noch einen Zug pro Stunde?
- c pl Die Fahrkartenautomaten an unserem Bahnhof nehmen seit Wochen keine Karten an, nur Bargeld.
- c pl Der Schienenersatzverkehr war komplett chaotisch organisiert, niemand wusste, wo die Busse abfahren.
- s em 😤😤 Zug ausgefallen, nächster in 60 Minuten, und draußen regnet es
- c pl Die Durchsagen im Zug sind so leise und verzerrt, dass man kein Wort versteht.
- c pl Beim Umstieg in Frankfurt gab es keinen Hinweis, dass mein Anschluss von einem anderen Gleis fährt. Zug verpasst.
- c pl Die Klimaanlage im ICE war ausgefallen, und man hat uns nicht in einen anderen Wagen gelassen.
- s pl Deutschlandticket in der App wird wieder nicht angezeigt, und der Kontrolleur glaubt mir natürlich nicht
- c in Der schlechteste Kundenservice, den ich je erlebt habe. Drei Mails, null Antworten.
- q pl Wie kann es sein, dass die Straßenbahn seit zwei Wochen nur alle 20 Minuten fährt, ohne dass es angekündigt wurde?
- c pl Die Bahnhofshalle ist dreckig, und die Toiletten sind ständig geschlossen.
- c pl Der Zug war so voll, dass wir mit Kinderwagen gar nicht einsteigen konnten. Niemand vom Personal hat geholfen.
- s sa Wunderbar, 15 Minuten Verspätung wegen "Verzögerungen im Betriebsablauf". Sehr informativ
- c pl Der Busfahrer ist einfach an der Haltestelle vorbeigefahren, obwohl ich deutlich gewinkt habe.
- c pl Das Online-Formular für Fahrgastrechte bricht ständig ab, ich musste alles dreimal eingeben.
- c ng Es gab keinerlei Information darüber, wann der Zug weiterfahren würde.
- s pl wlan im zug: verbunden, aber kein internet. wie immer
- c pl Im Regionalexpress fehlte die Hälfte der Wagen, und wir standen dicht gedrängt im Gang.
- c pl Ich habe für die erste Klasse bezahlt, aber der Wagen fehlte komplett. Eine Entschädigung wurde mir verweigert.
- q pl Warum bekomme ich für 59 Minuten Verspätung gar nichts, aber für 60 Minuten eine Entschädigung? Das ist doch absurd.
- c pl Die Rolltreppe am Hauptbahnhof ist schon wieder außer Betrieb. Mit schwerem Koffer ein Albtraum.
- c pl Die U-Bahn war heute Abend so schmutzig, dass ich mich nicht hinsetzen wollte.
- s pl Anschluss verpasst, Hotel für die Nacht selbst bezahlt. Mal sehen, ob ich das je zurückbekomme
- c pl Der Nachtbus fiel aus, und ich musste um zwei Uhr nachts ein teures Taxi nehmen.
- c pl Die App schickt mir Verspätungsmeldungen erst, wenn ich schon im Zug sitze. Sinnlos.
- c pl Der Ticketautomat hat mein Geld geschluckt und kein Ticket ausgegeben.
- s sa Immer wieder schön, wie die Bahn es schafft, bei Schnee komplett überrascht zu sein ❄️
- c pl Am Schalter wurde ich mit meiner Frage zu einem Sparpreis ziemlich unhöflich abgewimmelt.
- c pl Ständige Baustellen auf meiner Pendelstrecke, und das seit über einem Jahr.
- s pl Pendlerleben: 45 Minuten Fahrt, 30 Minuten Verspätung. Täglich. Ich bin so müde
- c pl Der Zug hielt außerplanmäßig nicht an meinem Bahnhof, und ich musste von der nächsten Station zurückfahren.
- c pl Für Menschen mit Sehbehinderung gibt es an unserem Bahnhof keinerlei Leitsystem.
- q pl Wieso werden Verspätungen in der App erst angezeigt, wenn der Zug schon längst hätte da sein müssen?
- c pl Die Bahncard wurde doppelt abgebucht, und seit drei Wochen reagiert niemand auf meine Reklamation.
- c pl Im ICE gab es keine Steckdose, die funktioniert hat. Mein Laptop war nach einer Stunde leer.
- s pl Der 8:12 ist wieder mal ausgefallen, der 8:42 ist hoffnungslos überfüllt. Danke Verkehrsverbund
- c in Völlig inakzeptabel, dass ein Familienvater mit drei Kindern nachts an einem leeren Bahnhof zurückgelassen wird.
- c pl Meine Beschwerde wurde mit einer Standardmail beantwortet, die mit meinem Problem nichts zu tun hatte.
- c pl Das Fahrrad-Abteil war mit Koffern zugestellt, und das Personal hat nichts unternommen.
- s pl Warum fährt die Tram am Wochenende nur noch bis 23 Uhr? Wie sollen wir nach Hause kommen
- c pl Die Preise für das Monatsticket sind schon wieder gestiegen, während das Angebot schlechter wird.
- c pl Mein Koffer wurde im Zug gestohlen, und das Sicherheitspersonal war nirgends zu sehen.
- c ng Kein einziger Mitarbeiter am Bahnsteig, als der Zug umgeleitet wurde.
- s em 🙄🙄 "Reparatur an einem Signal" – jeden Tag eine andere Ausrede
- c pl Wir mussten den Zug verlassen, weil er plötzlich in einem Vorort endete, ohne Ersatzverbindung.
- c pl Die Sitzplatzanzeige war falsch, zwei Leute hatten denselben Platz reserviert. Am Ende musste ich stehen.
- q pl Wie soll man mit einem Zug pendeln, der im Schnitt jeden zweiten Tag ausfällt?
- c pl Die Busse auf der Linie 5 halten sich überhaupt nicht an den Fahrplan.
- c pl Der Zug war eklig schmutzig, mit Müll auf jedem zweiten Sitz und einem klebrigen Boden.
- s pl Das Bordrestaurant hat nach 20 Minuten nichts Warmes mehr. Auf einer 6-Stunden-Fahrt. Super
- c pl Ich wurde zweimal weitergeleitet und am Ende aus der Leitung geworfen. So geht man nicht mit Kunden um.
- c pl Ein Zugbegleiter hat einer älteren Frau nicht beim Aussteigen mit dem Rollator geholfen, obwohl sie ihn darum gebeten hat.
- c pl Seit der Fahrplanumstellung erreiche ich meinen Anschlussbus nicht mehr. Die Lücke ist eine ganze Stunde.
- s pl Schon wieder Streik angekündigt, und wir Pendler sind die Leidtragenden
- c pl Das Deutschlandticket im Abo ließ sich nicht kündigen, die Funktion war tagelang nicht erreichbar.
- c pl Die Heizung im Regionalzug war aus, bei minus fünf Grad draußen.
# ---------------------------------------------------------------- neutral
0 q pl Gilt das Deutschlandticket auch im IC zwischen Bremen und Norddeich?
0 q pl Kann ich mein Fahrrad im ICE mitnehmen, wenn ich keinen Stellplatz reserviert habe?
0 q pl Wie beantrage ich eine Entschädigung, wenn mein Zug mehr als eine Stunde Verspätung hatte?
0 q pl Ab wann sind die Tickets für den Fahrplanwechsel im Dezember buchbar?
0 q pl Muss ich beim Umsteigen in Mannheim ein neues Ticket kaufen, oder gilt mein Ticket durchgehend?
0 q pl Gibt es an der Haltestelle Rathaus einen barrierefreien Zugang zur U-Bahn?
0 q pl Wo finde ich in der App meine alten Tickets für die Steuererklärung?
0 q pl Darf mein Hund im Regionalzug ohne Ticket mitfahren, wenn er in einer Transportbox ist?
0 q pl Kann ich eine Sitzplatzreservierung auch nachträglich zu einem Sparpreis buchen?
0 q pl Bis wann muss ich das Deutschlandticket kündigen, damit es zum Monatsende endet?
0 q pl Fährt der Nachtzug nach Wien auch in den Sommerferien täglich?
0 q pl Gibt es für Studierende einen Rabatt auf die Bahncard 25?
0 q pl Wie lange vorher sollte ich am Flughafenbahnhof sein, um den Sprinter nach Berlin zu erreichen?
0 q pl Gilt meine Zeitkarte auch im Ersatzbus während der Bauarbeiten?
0 q pl Kann ich Kinder unter sechs Jahren kostenlos mitnehmen?
0 q pl Wo kann ich ein verlorenes Handy melden, das ich im ICE liegen gelassen habe?
0 q pl Gibt es eine Möglichkeit, Tickets per Rechnung zu bezahlen?
0 q pl Welche Busse fahren während der Sperrung der S1 zwischen Ostbahnhof und Flughafen?
0 q pl Kann ich das Ticket auf eine andere Person übertragen, wenn ich selbst nicht fahren kann?
0 q pl Hat der Bahnhof in Göttingen Schließfächer für große Koffer?
0 q pl Wie funktioniert das Check-in im Zug per App genau?
0 q pl Ist die Fahrradmitnahme im Nahverkehr in Bayern kostenlos?
0 q pl Gibt es im IC Steckdosen am Platz?
0 q pl Wann fährt am Sonntag der erste Bus von Kleinmachnow nach Potsdam?
0 q pl Muss ich das Deutschlandticket ausgedruckt dabeihaben oder reicht das Handy?
0 q pl Wie viel Gepäck darf ich im Fernzug mitnehmen?
0 q pl Kann ich eine Bahnfahrt mit Zugbindung stornieren, und was kostet das?
0 q pl Wird der Anschluss in Nürnberg gehalten, wenn mein Zug aus Würzburg fünf Minuten Verspätung hat?
0 q pl Gibt es für Senioren ein günstigeres Monatsticket im Verkehrsverbund?
0 q pl Ab welchem Alter brauchen Kinder in der Straßenbahn ein eigenes Ticket?
0 s pl Sitze im Zug nach Leipzig, bin gegen 18 Uhr da
0 s pl Ab Montag fährt die S3 wegen Bauarbeiten nur bis Ostkreuz. Ersatzbusse stehen bereit
0 s pl Heute Nachmittag mit der Regionalbahn an die Ostsee, zwei Stunden Fahrt
0 s pl Pendle jetzt seit einem Jahr mit dem Deutschlandticket zwischen Mainz und Wiesbaden
0 s pl Kleiner Tipp: Im ersten Wagen ist morgens meistens noch Platz
0 s pl Zug hält heute außerplanmäßig auch in Siegburg, laut Durchsage wegen einer Umleitung
0 s pl Fahre morgen mit dem Nachtzug nach Zürich, erste Erfahrung damit
0 s pl Die neue Buslinie 161 fährt ab Dezember alle 15 Minuten zum Klinikum
0 s pl Habe heute das erste Mal das Deutschlandticket über die App gekauft
0 s pl Wagen 9 ist heute der Ruhebereich, steht an der Anzeige
0 s pl Info: Am Samstag fahren die Straßenbahnen wegen des Stadtfests ab 18 Uhr umgeleitet
0 s pl Mein Zug ist laut App pünktlich, Abfahrt in zehn Minuten von Gleis 7
0 s pl Der Fahrplanwechsel ist am zweiten Sonntag im Dezember
0 s pl Auf der Strecke nach Kassel wird an den nächsten drei Wochenenden gebaut
0 s pl Erster Arbeitstag, erste Fahrt mit der S-Bahn in die Innenstadt
0 s pl Heute mit dem Bus statt dem Rad, es regnet zu stark
0 s pl Umsteigen in Hannover, 12 Minuten Übergangszeit
0 s pl Der neue Bahnhof in unserem Ort soll laut Planung 2027 fertig sein
0 s pl Wir fahren mit der ganzen Klasse am Freitag mit der Bahn nach Nürnberg
0 s pl Laut Anzeige kommt der RE 1 heute auf Gleis 2 statt auf Gleis 5
0 c pl Hiermit möchte ich melden, dass an der Haltestelle Marktplatz die Anzeigetafel nicht funktioniert.
0 c pl Ich habe gestern im Bus der Linie 3 meinen schwarzen Regenschirm vergessen. Falls er gefunden wurde, bitte melden.
0 c pl Bitte ändern Sie die Adresse in meinem Abo, ich bin zum 1. März umgezogen.
0 c pl Anbei sende ich die Belege für meinen Erstattungsantrag vom 12. Mai.
0 c pl Meine neue Bankverbindung für das Abo lautet wie im Anhang angegeben.
0 c pl Ich bitte um eine Bestätigung der Kündigung meines Jobtickets zum Monatsende.
0 c pl An der Haltestelle Schillerstraße ist der Fahrplanaushang abgerissen, vielleicht kann das jemand ersetzen.
0 q pl Wie lange dauert es normalerweise, bis eine Fahrgastrechte-Erstattung ausgezahlt wird?
0 q pl Ist der Bahnhof Ludwigsburg während der Bauarbeiten überhaupt erreichbar?
0 q pl Gibt es auf der Strecke Dresden–Prag auch Züge mit Speisewagen?
0 q pl Kann ich die Bahncard 50 monatlich bezahlen?
0 q pl Wo steht bei einem Sparpreis-Ticket, ob es auch für die S-Bahn zum Bahnhof gilt?
0 q pl Lässt sich in der App einstellen, dass ich nur Verbindungen ohne Umstieg angezeigt bekomme?
0 q pl Bekomme ich eine Quittung, wenn ich im Bus bar bezahle?
0 q pl Dürfen E-Scooter in der U-Bahn mitgenommen werden?
0 q pl Ist die Strecke zwischen Köln und Bonn am Wochenende gesperrt?
0 q pl Wie weit vorher kann man Tickets für den Eurocity nach Amsterdam buchen?
0 s mi Zug heute ganz normal, fünf Minuten später als geplant. Nichts Besonderes
0 s mi Neue Züge auf der Linie. Ob besser oder schlechter, kann ich noch nicht sagen
0 s mx Pünktlich angekommen, aber das WLAN ging nicht. Hält sich also die Waage heute
0 s mi Die neue App ist weder besser noch schlechter als die alte, nur anders
0 s mx Der Zug war voll, aber dafür pünktlich. Mal so, mal so
0 s pl Heute Bahnstreik-Tag, ich arbeite von zu Hause
0 s pl Laut Fahrplan fahre ich in 23 Minuten, mal schauen
0 s pl Bahnhof heute voller Fußballfans, in Richtung Dortmund alles voll
0 s pl Jahresabo Deutschlandticket verlängert sich automatisch, nur zur Info für alle, die das noch nicht wussten
0 s pl Der RE 5 bekommt ab Juni neue Doppelstockwagen, hat die Verkehrsgesellschaft mitgeteilt
0 s pl Ab nächster Woche gibt es am Hauptbahnhof einen neuen Eingang von der Nordseite
0 s pl Heute mit dem Regionalzug an den Bodensee, mal sehen wie voll es wird
0 q pl Gibt es im Zug einen Bereich für Familien mit Kleinkindern?
0 q pl Wie melde ich eine Sitzplatzreservierung für einen Rollstuhl an?
0 c pl Im ICE 578 ist in Wagen 7 die Tür zwischen den Abteilen defekt, ich wollte das nur kurz melden.
0 c pl Ich möchte darauf hinweisen, dass die Ansage am Bahnsteig 3 die falsche Zielstation nennt.
0 q pl Welche Unterlagen brauche ich, um ein Schwerbehinderten-Ticket zu beantragen?
# ---------------------------------------------------------------- positive
+ s pl Heute auf die Minute pünktlich in Berlin angekommen, und der Kaffee im Bordbistro war sogar gut ☕
+ c pl Ich möchte mich ausdrücklich beim Zugbegleiter im IC 2012 bedanken, der mir mit meinem schweren Koffer geholfen hat.
+ s pl Das Deutschlandticket ist für mich als Pendlerin ein Segen, ich spare jeden Monat über 100 Euro
+ s pl Der Busfahrer hat extra gewartet, als er mich rennen sah. Danke, so was macht den Tag 🙏
+ c pl Mein Erstattungsantrag wurde innerhalb von fünf Tagen bearbeitet. Schnell und unkompliziert, vielen Dank.
+ s ng Ich hätte es nicht gedacht, aber das WLAN im ICE war heute gar nicht schlecht. Zwei Stunden Videocalls ohne Abbruch
+ s pl Neue S-Bahn-Züge sind leise, sauber und haben endlich Steckdosen. Top!
+ c pl Vielen Dank an das Servicepersonal am Bahnhof Köln, das mich im Rollstuhl so freundlich zum Zug begleitet hat.
+ s pl Nachtzug nach Wien war ein Erlebnis: gemütliches Abteil, gut geschlafen, pünktlich angekommen
+ s in Die neue Ticket-App ist echt super übersichtlich, in zehn Sekunden Ticket gekauft
+ c pl Ich habe meinen Rucksack im Zug vergessen und ihn zwei Tage später im Fundbüro abholen können. Danke an den ehrlichen Finder und das Team.
+ s pl Zug hatte Verspätung, aber der Anschluss wurde gehalten. Danke an den Fahrdienstleiter 👍
+ s pl Die neue Tramlinie bis zum Stadtrand ist ein echter Gewinn für unser Viertel
+ c pl Die Hotline hat mir schnell und freundlich geholfen, meine Reservierung umzubuchen.
+ s pl Ruhewagen im ICE: perfekt zum Arbeiten, alle haben sich daran gehalten
+ s mi Regionalzug heute okay, pünktlich und sauber. Mehr braucht es eigentlich nicht
+ s pl Schöne Fahrt entlang des Rheins im Regionalexpress, die Aussicht ist unschlagbar
+ c pl Großes Lob an den Busfahrer der Linie 42, der einem verwirrten älteren Herrn geduldig den Weg erklärt hat.
+ s co Seit dem Fahrplanwechsel fährt der Bus viel öfter als früher, endlich kann ich ohne Auto zur Arbeit
+ s pl Danke an das Zugpersonal, das bei der Streckensperrung so ruhig und hilfsbereit geblieben ist
+ s pl Fahrradmitnahme im IC lief heute völlig problemlos, Stellplatz war frei und gut erreichbar
+ c pl Die Entschädigung für meine Verspätung ist heute eingegangen, sogar mehr als erwartet. Vielen Dank.
+ s pl Der neue Aufzug am Bahnhof ist für uns mit Kinderwagen eine riesige Erleichterung
+ s in Beste Zugfahrt seit Langem: pünktlich, ruhig, freundliches Personal
+ s pl Schaffner hat einem Kind, das sein Ticket verloren hatte, ganz entspannt geholfen. Sehr sympathisch
+ c pl Ich möchte das Team im Reisezentrum Stuttgart loben, das mir eine viel günstigere Verbindung herausgesucht hat.
+ s pl Sprinter von München nach Berlin in knapp vier Stunden, schneller als fliegen
+ s ng Ehrlich, die neue U-Bahn-Linie ist überhaupt nicht so überfüllt wie befürchtet
+ c pl Vielen Dank für die schnelle Bearbeitung meiner Beschwerde. Die Gutschrift war fair.
+ s pl Endlich gibt es im Regionalzug eine funktionierende Toilette und Platz für Rollstühle
+ s pl Der Ersatzverkehr war super organisiert, überall Personal mit Warnwesten, das den Weg gezeigt hat
+ s pl Mit dem Deutschlandticket zum Wandern in die Sächsische Schweiz, einfach genial
+ c pl Die Zugbegleiterin im RE 3 hat die Durchsagen auch auf Englisch gemacht und Touristen geduldig geholfen. Vorbildlich.
+ s pl Dank der App wusste ich schon vor dem Losgehen, dass der Zug später kommt. Sehr praktisch
+ s mi Bin zufrieden mit dem Jobticket, funktioniert zuverlässig
+ s pl Die neue Nachtbuslinie am Wochenende ist genau das, was uns gefehlt hat
+ c pl Danke an den Lokführer, der bei der Notbremsung alles ruhig und klar durchgesagt hat.
+ s pl Frisch renovierter Bahnhof, hell, sauber und mit Fahrradparkhaus. So muss das sein
+ s pl Mit Kind im Kleinkindabteil gereist, alles super, andere Familien, viel Platz
+ s co Der neue ICE ist deutlich bequemer als die alten Züge, mehr Beinfreiheit und bessere Sitze
+ c pl Ich bedanke mich beim Fundbüro für die unkomplizierte Rückgabe meiner Brieftasche.
+ s pl Das Personal im Bordbistro war heute ausgesprochen nett und hat uns sogar ein Spiel für die Kinder gegeben
+ s pl Pünktlich, sauber, ruhig. Heute war Bahnfahren ein Vergnügen
+ s pl Die Echtzeitanzeige an der Bushaltestelle stimmt jetzt endlich, top
+ c pl Herzlichen Dank für die Kulanz bei meinem falsch gebuchten Ticket. Das hätte ich nicht erwartet.
+ s pl Bahnfahren mit Hund war heute total entspannt, alle waren freundlich
+ s pl Schöne Idee, die historischen Fotos im renovierten Bahnhof aufzuhängen
+ s ng Die Umleitung hat kaum Zeit gekostet, nur zehn Minuten mehr als sonst. Nicht übel
+ c pl Ich möchte mich für die freundliche Beratung am Schalter bedanken, die Dame hat sich viel Zeit genommen.
+ s pl Morgens mit der S-Bahn, Sonnenaufgang über dem Main, Kaffee in der Hand. Schöner Start in den Tag ☀️
+ s pl Die neue Fahrradstation am Bahnhof ist sicher und günstig, endlich kein geklautes Rad mehr
+ s pl Die Bahn hat die Verbindung zu unserem Dorf wieder eingeführt, da freut sich die ganze Gemeinde
+ c pl Ich möchte ein Lob für die schnelle Reparatur des Aufzugs am Gleis 1 aussprechen.
+ s in Richtig schöne Fahrt mit der Harzer Schmalspurbahn, tolles Erlebnis für die ganze Familie
+ s pl Sauberer Zug, netter Schaffner, pünktliche Ankunft. Danke
+ c pl Danke für die Erstattung meines Deutschlandtickets während des Krankenhausaufenthalts, das lief unkompliziert.
+ s pl Die Tram fährt jetzt auch nachts am Wochenende, das macht so vieles leichter
+ s pl App zeigt jetzt auch die Auslastung der Wagen an, sehr hilfreich für die Platzwahl
+ s mi Bus war ein paar Minuten zu spät, aber insgesamt in Ordnung. Kann man nicht meckern
+ s pl Bin mit dem Zug statt mit dem Auto zum Termin gefahren und habe unterwegs das ganze Buch gelesen. Herrlich
+ c pl Vielen Dank an das Team der Mobilitätszentrale für die gute Organisation meiner Reise mit Rollstuhl.
+ s pl Der Regionalzug ist heute sogar früher angekommen, das passiert auch mal
+ s pl Tolles Angebot: Kinder fahren am Wochenende kostenlos mit, wir nutzen das jede Woche
+ s co Die neue Linienführung spart mir morgens zehn Minuten im Vergleich zu früher
+ s pl Super freundliche Kontrolleurin heute, hat sogar mit den Kindern gescherzt
+ c pl Ich danke Ihnen für den Ersatz meines beschädigten Koffers. Schnell und ohne Diskussion.
+ s pl Die neue Verbindung nach Kopenhagen ist fantastisch, umsteigefrei und entspannt
+ s pl Nach Jahren endlich Barrierefreiheit an unserem Bahnhof, das hat lange gedauert, aber es ist toll geworden
+ s pl Gestern im ICE einen Platz am Fenster gehabt und durchgehend Netz. Läuft
+ s pl Mit dem Deutschlandticket einmal quer durch Thüringen, wunderbare Landschaft
+ c pl Ein großes Dankeschön an den Busfahrer, der nachts auf meinen verspäteten Anschlusszug gewartet hat.
+ s pl Die Straßenbahn hat heute eine Sonderfahrt mit Weihnachtsbeleuchtung gemacht, so schön 🎄
+ s pl Fahrkartenautomat nimmt endlich auch Karten und Handy, großer Fortschritt
+ s pl Die Ansagen im neuen Zug sind klar und verständlich, sogar mit Umsteigehinweisen
+ c pl Ich bedanke mich für die rasche Antwort auf meine Anfrage und die gute Lösung.
+ s pl Zum ersten Mal seit Monaten alle Anschlüsse erreicht, das feiere ich heute 🎉
+ s pl Mit der S-Bahn zum Flughafen in 20 Minuten, schneller und billiger als das Taxi
+ s pl Der Nachtzug nach Amsterdam ist eine echte Alternative zum Flug, ich bin begeistert
+ c pl Sehr aufmerksamer Zugbegleiter im ICE 693, der einem kranken Fahrgast sofort geholfen hat. Vielen Dank.
+ s pl Die Bahnhofsmission hat mir gestern Abend sehr geholfen, als ich gestrandet war. Ihr seid großartig
+ s pl Endlich WLAN im Regionalzug, das die ganze Fahrt funktioniert hat
+ s mi Für den Preis ist das Deutschlandticket echt in Ordnung, auch wenn nicht alles perfekt läuft
+ s pl Die neue Expressbuslinie zum Campus ist schnell und immer pünktlich, super für uns Studis
+ s pl Ein Hoch auf die Lokführerin, die bei Glatteis so sanft gebremst hat
+ s pl Kostenlose Fahrt für alle am Tag der offenen Tür, tolle Aktion vom Verkehrsverbund
# ---------------------------------------------------------------- additions
0 q pl Kann ich mit dem Deutschlandticket auch die Fähre zur Insel benutzen?
+ s pl Der neue Regionalexpress hat breitere Türen, so kommt man mit Rollstuhl endlich problemlos rein
"""
