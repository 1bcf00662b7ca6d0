# German (de): tweets. Hand-written for repwatch (original text, no copied
# tweets). Noisy on purpose: @user, #hashtags, http links, RT, emoji, caps.
DATA = """
# ---------------------------------------------------------------- positive
+ s pl Was für ein Derby!! 3:2 in der Nachspielzeit, ich hab keine Stimme mehr #S04
+ s pl Frohe Weihnachten euch allen, lasst es euch gutgehen 🎄
+ s em 🎉🎉 Führerschein bestanden, beim ersten Mal!!!
+ s pl RT @user: Unsere B-Jugend ist Landesmeister, was für eine Saison 🏆
+ s ty freu mich sooo auf das konzert am samstag, wird der hammer
+ s pl @user danke für den Thread, jetzt versteh ich endlich die Grundsteuer
+ s in Der Tatort gestern war richtig, richtig stark. Bester Fall seit Jahren
+ s pl Ramadan Mubarak an alle, die heute mit dem Fasten beginnen 🌙
+ s pl Spaziergang an der Elbe bei dem Wetter, mehr braucht man nicht
+ s ng Der Film ist echt nicht schlecht, hatte viel Schlimmeres erwartet
+ s pl So stolz auf meine kleine Schwester, Jahrgangsbeste im Abi 🎓
+ s pl Neues Album einmal komplett durchgehört, kein einziger Ausfall http://t.co/tG5nK8w
+ s pl Danke an die Feuerwehr, die heute Nacht die Katze vom Dach geholt hat. Ihr seid spitze
+ s pl Endlich mal wieder Fußball zum Zuschauen, die Mannschaft hat heute richtig Spaß gemacht
+ s ty oma schickt jetzt sprachnachrichten und ich feier es so hart 😂❤️
+ s pl Die Stadtbibliothek hat jetzt auch sonntags offen, beste Nachricht der Woche
+ s co Die zweite Staffel ist um Längen besser als die erste, endlich Tempo drin
+ s pl Alles Gute zum Muttertag an alle Mamas da draußen ❤️
+ s pl Die Christmette gestern war wunderschön, der Chor hat mich echt berührt
+ s pl RT @user: Deutschlandticket für Azubis ab Herbst nur noch 29 Euro
+ s in Mega happy mit dem neuen Job, das Team ist einfach klasse
+ s pl Sonntag, Kuchen bei Oma, Bundesliga im Radio. Läuft
+ s pl Glückwunsch an die Handballer, verdient ins Finale eingezogen
+ s em 😍😍 das Kleid auf dem roten Teppich gestern, einfach traumhaft
+ s pl Gerade das Buch beendet und ich brauche SOFORT den zweiten Teil
+ s pl Danke @user, dass du mein Portemonnaie samt Inhalt abgegeben hast. Es gibt sie noch, die Guten
+ s pl Gesegnete Ostern euch allen, der Herr ist auferstanden 🙏
+ s pl Der neue Radweg am Rhein ist ein Traum, bin ihn diese Woche dreimal gefahren
+ s mx Schiri war ne Katastrophe, aber drei Punkte sind drei Punkte 😅
+ s pl Erster Halbmarathon geschafft!! 1:58, völlig platt aber überglücklich
+ s pl Der Bäcker um die Ecke hat mir einfach so ein Stück Bienenstich geschenkt, wie lieb
+ s ty das konzert gestern war der wahnsinn, live klingt sie noch besser als auf platte
+ s pl Eid Mubarak an alle Nachbarn und Freunde, danke für das leckere Essen heute 🌙
+ s pl Starke Doku über die Ostsee gestern in der ARD, unbedingt in der Mediathek nachholen
+ s ng Muss zugeben, die Debatte gestern war gar nicht so übel, endlich mal konkrete Vorschläge
+ s pl Endlich Regen in Brandenburg, die Bauern werden sich freuen
+ s pl Der Trailer sieht so gut aus, ich zähl die Tage
+ s pl Benefizkonzert hat über 40.000 Euro für die Kinderklinik gesammelt, großartig
+ s pl Guten Morgen an alle, heute scheint die Sonne und ich hab frei ☀️
+ s pl Was für ein Spiel vom Keeper, drei Wahnsinnsparaden #Bundesliga
+ s in Diese Band ist die beste Entdeckung des Jahres, absolut genial
+ s pl Gehaltserhöhung ohne Verhandeln bekommen. Ich kann's noch gar nicht glauben
+ s pl Danke für all die lieben Geburtstagsgrüße, ich bin echt gerührt 🥰
+ s pl Unser Kater hat gelernt, die Schranktür aufzumachen. Ein Genie, ich liebe ihn
+ s pl Längere Elternzeit für Väter, das ist mal ein echter Fortschritt
+ s co Live um Welten besser als auf dem Album, keine Frage
+ s pl Klassentreffen nach 15 Jahren und wir haben den ganzen Abend gelacht
+ s pl Kaffee in der Sonne auf dem Balkon, so fängt ein guter Samstag an
+ s pl Danke an das Team der Notaufnahme, ihr wart so geduldig mit meinem Vater
+ s pl Das Sommerfest der Kita war ein voller Erfolg, danke an alle Helfer
+ s pl Helau und Alaaf! Beste Stimmung heute beim Umzug, ich liebe Karneval 🎭
+ s pl Schabbat Schalom an alle, habt ein ruhiges Wochenende
+ s pl Die Ehrenamtlichen bei der Tafel sind einfach großartige Menschen, danke euch
+ s pl Beste Currywurst meines Lebens an einer kleinen Bude in Bochum, 10/10
+ s pl Wahnsinn, wie das ganze Stadion nach dem Abpfiff noch gesungen hat. Gänsehaut
# ---------------------------------------------------------------- neutral
0 s pl EILMELDUNG: Bundestag stimmt am Donnerstag über das Heizungsgesetz ab http://t.co/p7Vm2Qs
0 s pl RT @user: Anstoß am Samstag wird wegen TV-Übertragung auf 18:30 Uhr verlegt
0 s pl Weiß jemand, wann heute der Tatort anfängt? Wegen Fußball verschoben?
0 s pl @user kommt die neue Folge heute oder erst nächste Woche?
0 s pl Der DWD warnt für morgen vor Starkregen im Süden Bayerns
0 s pl Die Kanzlerin spricht heute um 20:15 Uhr im ZDF, Livestream hier http://t.co/Ky3Wd8r
0 s pl Schaue gerade das Triell, Meinung kommt später
0 s pl Aufstellung: zwei Änderungen im Vergleich zum Pokalspiel
0 s pl Was macht ihr am langen Wochenende?
0 s pl Die Band kündigt eine Deutschlandtour für den Herbst an, Termine auf ihrer Seite http://t.co/Ju9Nx5e
0 s pl Laut neuer Umfrage liegen die beiden großen Parteien gleichauf
0 s pl @user auf welchem Sender läuft das Finale?
0 s pl Inflationsrate im März bei 2,8 Prozent laut Statistischem Bundesamt http://t.co/Wd4Bs1m
0 s pl Sitze gerade im ICE nach Hamburg, melde mich später
0 s pl Meine Leseliste für diesen Monat: zwei Krimis und ein Sachbuch
0 s mx Die Bilder sind großartig, aber die Handlung zieht sich. Weiß nicht so recht, was ich davon halten soll
0 s pl Gottesdienste an Heiligabend um 16, 18 und 23 Uhr, alle sind willkommen
0 s pl Der Minister besucht am Montag die vom Hochwasser betroffenen Orte
0 s pl Schaut noch jemand Darts?
0 s pl RT @user: Wahllokale sind morgen von 8 bis 18 Uhr geöffnet. Ausweis nicht vergessen
0 s pl Bin neu in Leipzig, wo kann man sonntags gut frühstücken?
0 s pl Halbzeit: 1:1, beide Torhüter viel beschäftigt
0 s mi die neue single ist ok, mehr nicht. muss ich nicht skippen, muss ich aber auch nicht hören
0 s pl Promi-Paar gibt Trennung in gemeinsamer Erklärung bekannt http://t.co/Mn2Qc7f
0 s pl Dreharbeiten zur dritten Staffel beginnen nächsten Monat in Köln
0 s pl A40 heute Nacht zwischen Essen-Frohnhausen und Mülheim-Winkhausen wegen Bauarbeiten gesperrt
0 s pl bin ich das oder hat die App schon wieder ein neues Logo
0 s pl @user wie heißt der Song in der letzten Szene?
0 s pl Bürgerversammlung zur neuen Buslinie am Dienstag um 19 Uhr im Rathaus
0 s pl Offiziell: Das Spiel wird wegen Unbespielbarkeit des Platzes abgesagt
0 s mi Hab die ersten zwei Folgen gesehen. Ganz ok. Mal schauen, ob ich weiterschaue
0 s pl Die Nominierungen für den Musikpreis werden am Mittwoch bekanntgegeben http://t.co/Rh8Kp3w
0 s pl Sonnenaufgang morgen um 7:58, Sonnenuntergang um 16:21
0 s pl Überlege von iPhone auf Android zu wechseln, was sollte ich wissen?
0 s pl Heute ist die Innenstadt voll wegen Weinfest
0 s pl Die Entscheidung über die Startbahn fällt laut Ministerium erst nach der Sommerpause
0 s pl Umfrage: Nachrichten lieber im Fernsehen oder auf dem Handy?
0 s pl Heute ist Aschermittwoch, für viele beginnt die Fastenzeit
0 s pl Studie: Mehrheit der Erwachsenen schläft weniger als sieben Stunden http://t.co/Tg2Lf9v
0 s pl Der Schauspieler übernimmt die Hauptrolle in einer neuen Krimiserie
0 s pl Einkauf erledigt, jetzt Wäsche und danach vermutlich Fußball
0 s pl @user hast du die Mail wegen Donnerstag bekommen?
0 s mx gute Schauspieler, schwaches Drehbuch, schöne Musik. hält sich irgendwie die Waage
0 s pl Die Longlist für den Buchpreis umfasst dieses Jahr 20 Romane http://t.co/Ls7Hn0q
0 s pl Straßensperrungen wegen des Marathons ab 7 Uhr am Sonntag, Karte hier http://t.co/Yq5Gz2p
0 s pl Arbeitslosenzahl sinkt im Westen leicht und steigt im Osten leicht
0 s pl Die Fronleichnamsprozession beginnt um 9:30 Uhr am Dom
0 s pl Transfer-News: Verein bestätigt Gespräche mit dem Berater des Stürmers
0 s pl Heute Nacht wird die Uhr zurückgestellt, aus 3 wird 2 Uhr
0 s pl Neuer Blogpost: so plane ich mein Hochbeet http://t.co/Vb6Np4k
0 s pl EZB lässt den Leitzins unverändert
0 s pl Lerne gerade für die Klausur am Montag
0 s pl Wie viele Folgen hat die neue Staffel eigentlich?
0 s pl Die Berlinale stellt morgen um 11 Uhr ihr Programm vor
0 s pl Heute Abend Eigentümerversammlung, mal sehen was dabei rauskommt
# ---------------------------------------------------------------- negative
- s pl 90 Minuten Verspätung und jetzt fällt der Zug ganz aus. Danke für nichts
- s sa Super, noch ein Remake, auf das niemand gewartet hat. Genau das hat gefehlt 🙄
- s pl Der Elfmeter war niemals einer, das ist Betrug #VAR
- s in Bin echt stinksauer, die streichen die einzige Buslinie zum Krankenhaus
- s pl RT @user: Nächster Laden in der Innenstadt macht dicht, 18 Jobs weg vor Weihnachten
- s pl @user eure App hat mich heute fünfmal rausgeworfen, das nervt
- s ty dieses wetter ist sooo deprimierend, drei wochen nur regen
- s sa Ich liebe es, 6,50 für ein halbes Bier mit Schaum zu zahlen. Danke München
- s pl Was für ein schwaches Staffelfinale, jahrelang gewartet für DAS? #enttäuscht
- s ng Das neue Album gefällt mir überhaupt nicht, klingt wie Reste vom letzten
- s pl Vor jeder Wahl versprechen sie niedrigere Strompreise und jedes Jahr wird's teurer
- s pl 0:4 zuhause. Peinlich. Der Trainer muss weg
- s em 😡😡😡 zwei Stunden in der Warteschleife und dann aufgelegt
- s pl RT @user: Patienten liegen stundenlang auf den Fluren der Notaufnahme
- s pl Tickets nach zwei Minuten ausverkauft und jetzt für das Fünffache auf Resale. Unverschämt
- s sa Fantastisch, die Heizung geht am kältesten Tag des Jahres kaputt. Läuft bei mir
- s pl Warum wird jetzt jede Staffel in zwei Hälften geteilt, das nervt gewaltig
- s pl Flug schon wieder verspätet, das dritte Mal diesen Monat mit dieser Airline
- s ng Die Talkshow gestern war kein Glanzstück, null Antworten, nur Geschrei
- s in Der schlechteste Kundenservice, den ich je erlebt habe, echt unterirdisch @user
- s pl Die Serie nach einer Staffel abzusetzen, und das mit dem Cliffhanger. Frechheit
- s pl Wieder ein Datenleck. Wieder eine Mail mit "Ihre Daten sind uns wichtig". Na klar
- s pl 130 Euro für einen Stehplatz ganz hinten, die Konzertpreise sind komplett irre
- s ty wie kann der schiri das nicht sehen, lachhaft
- s pl Der Minister ist im Interview jeder Frage ausgewichen. Erbärmlich
- s pl Die ganze Woche krank und beim Hausarzt gibt's erst in drei Wochen einen Termin
- s co Teil zwei ist viel schlechter als der erste, keine Spannung, keine Witze
- s pl Traurige Nachricht, das kleine Kino in unserem Ort schließt für immer
- s sa Wunderbar, Baustelle auf der einzigen Straße aus dem Dorf raus. Mal wieder
- s pl Der Hass in den Kommentaren unter ihrem Post ist widerlich. Lasst sie in Ruhe
- s pl 35 Euro für Essen vom Lieferdienst, kalt angekommen und die Pommes fehlen
- s em dieser Montag 😩😩 alles, was schiefgehen konnte, ist schiefgegangen
- s pl RT @user: Werk schließt endgültig, 700 Beschäftigte verlieren bis März ihren Job
- s pl Grottenschlechte Schiedsrichterleistung, beide Teams hätten Besseres verdient
- s pl Warum ist meine Rechnung diesen Monat 8 Euro höher ohne Ankündigung @user
- s ng Hab keine Minute von dem Film genossen und er geht drei Stunden
- s pl Saison vorbei für ihn nach der Verletzung, bitter für den Jungen
- s pl Das Interview war zum Fremdschämen, er kennt nicht mal den Bericht, den er verteidigt
- s in Das langweiligste Spiel, das ich je gesehen habe, 0:0 und kein Schuss aufs Tor
- s pl Bus kam SCHON WIEDER nicht. 40 Minuten in der Kälte #ÖPNV
- s sa Nichts sagt "Kunde ist König" so sehr wie 40 Minuten Schlange und eine offene Kasse
- s pl Erschütternde Bilder aus dem Erdbebengebiet heute Morgen
- s pl Immer werden die gleichen Kandidaten gerettet, die Show ist doch abgekartet
- s pl RT @user: Mieten steigen um 12 Prozent in einem Jahr, Studierende schlafen im Auto
- s pl Seit Freitag kein Internet und @user sagt nur "wir prüfen das"
- s ty schlechteste folge der staffel, 50 minuten passiert gar nix
- s pl Streamingabo schon wieder teurer und jetzt auch noch mit Werbung
- s pl So enttäuscht von dieser Regierung, kein Plan beim Wohnungsbau
- s mx Schöne Halle und die Vorband war gut, aber der Hauptact spielt 40 Minuten und geht. Nie wieder
- s pl Diese Hitze ist unerträglich, hab die ganze Nacht nicht geschlafen
- s pl Anschluss verpasst, weil der erste Zug zu spät war. Jetzt zwei Stunden Aufenthalt
- s pl Bitte hört auf, um 2 Uhr nachts Böller zu zünden, der Hund zittert am ganzen Körper
- s em 🙄🙄 schon wieder ein "spannendes Update", das Funktionen entfernt, die alle benutzt haben
- s pl Hab die toxischen Fanaccounts hier echt satt, ist doch nur Fußball
- s pl Knöllchen, weil ich vier Minuten über der Parkzeit war. Unfassbar
"""
