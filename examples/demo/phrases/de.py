"""German phrase bank: customers in Germany, where Spaakwiel sells and Trapkracht ships.

Same template conventions as nl.py. All products are neuter ("das E-Bike"), so "mein {product}",
"dem {product}" and "ein {product}" always agree. {part} and {store} are nominative with article.
"""

from __future__ import annotations


def _p(product: str, electric: bool) -> dict[str, object]:
    return {"product": product, "e": electric}


SLOTS: dict[str, list] = {
    "product": [
        _p("E-Bike", True), _p("Pedelec", True), _p("E-Lastenrad", True), _p("S-Pedelec", True),
        _p("E-Mountainbike", True), _p("Trekking-E-Bike", True), _p("City-E-Bike", True),
        _p("Citybike", False), _p("Rennrad", False), _p("Gravelbike", False),
        _p("Lastenrad", False), _p("Faltrad", False),
    ],
    "part": ["die Kette", "das Licht", "das Rücklicht", "der Ständer", "die Nabenschaltung", "die Hinterradbremse", "die Federgabel"],
    "part_e": ["der Akku", "der Motor", "das Display", "das Ladegerät"],
    "acc": ["einen Helm", "zwei Packtaschen", "einen Kindersitz", "ein neues Schloss", "ein Lichtset", "eine Handyhalterung", "eine Regenhülle"],
    "days": ["drei", "vier", "fünf", "zehn", "12"],
    "fastdays": ["zwei", "drei", "vier"],
    "weeks": ["zwei", "drei", "vier", "fünf", "sechs"],
    "months": ["zwei", "drei", "vier", "sechs", "acht"],
    "times": ["fünf", "sechs", "sieben", "zehn"],
    "minutes": ["20", "30", "40", "45"],
    "km": ["800", "1.200", "2.000", "3.500"],
    "range": ["50", "60", "70", "80"],
    "price": ["1.299 €", "1.899 €", "2.199 €", "2.499 €", "2.899 €", "3.299 €"],
    "amount": ["25 €", "39 €", "49 €", "79 €", "89 €", "120 €"],
    "percent": ["10 %", "15 %", "20 %"],
    "staff": ["Jonas", "Lisa", "Bas", "Fatima", "Lotte", "Tim", "Sanne"],
    "weekday": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "very": ["sehr", "wirklich", "super", "total"],
    "who": ["meine Tochter", "meinen Sohn", "meine Frau", "meinen Mann", "meine Mutter", "meinen Vater"],
    "commute": ["acht", "zehn", "zwölf", "15"],
    "home": ["Köln", "Düsseldorf", "Münster", "Hamburg", "Berlin", "Aachen", "Essen", "Bremen"],
}

BRAND_SLOTS: dict[str, dict[str, list[str]]] = {
    "trapkracht": {
        "city": ["Utrecht", "Amsterdam"],
        "in_store": ["im Laden in Utrecht", "im Laden in Amsterdam", "in der Filiale in Amsterdam"],
        "store": ["der Laden in Utrecht", "der Laden in Amsterdam"],
    },
    "velora": {
        "city": ["Rotterdam", "Eindhoven", "Nijmegen", "Groningen", "Den Haag"],
        "in_store": ["in der Filiale in {city}", "im Laden in {city}"],
        "store": ["die Filiale in {city}", "der Laden in {city}"],
    },
    "spaakwiel": {
        "city": ["Arnhem", "Düsseldorf"],
        "in_store": ["im Showroom in Arnhem", "im Testcenter in Düsseldorf", "im Testcenter"],
        "store": ["der Showroom in Arnhem", "das Testcenter in Düsseldorf"],
    },
}

INTROS: list[str] = [
    "OR|Habe letzten Monat ein {product} bei {brand} gekauft",
    "OL|Ich fahre seit {months} Monaten ein {product} von {brand}",
    "R|Vor zwei Wochen ein {product} über {site} bestellt",
    "Kurzer Erfahrungsbericht zu {brand}",
    "Das war meine erste Bestellung bei {brand}",
    "O|Für {who} ein {product} bei {brand} gekauft",
    "Nach langem Vergleichen habe ich mich für {brand} entschieden",
    "Ein Kollege hat mir {brand} empfohlen",
    "Wir wohnen in {home} und haben bei {brand} in den Niederlanden bestellt",
    "Ehrliche Bewertung von {brand}, nicht gesponsert",
    "Unser zweites Rad von {brand}",
    "W|Kurzes Update zu meiner Bestellung bei {brand}",
    "W|Am {weekday} ein {product} bei {brand} bestellt",
    "Ich habe bei {brand} ein {product} und {acc} bestellt",
    "OR|Am {weekday} mein neues {product} von {brand} bekommen",
]

CONTEXT: list[str] = [
    "Ich fahre jeden Tag {commute} Kilometer zur Arbeit, bei jedem Wetter",
    "Wir haben zwei kleine Kinder und wollten das Auto öfter stehen lassen",
    "E|Es ist mein erstes E-Bike, deshalb hatte ich einige Fragen",
    "O|Das Rad steht draußen, es muss also einiges aushalten",
    "Ich hatte vorher viele Testberichte gelesen",
    "Mein Budget lag bei etwa 2.500 Euro",
    "O|Ich nutze das Rad hauptsächlich für den Arbeitsweg und zum Einkaufen",
    "Bei uns in der Gegend gibt es einige steile Anstiege",
    "Das Rad läuft über das Dienstradleasing meines Arbeitgebers",
    "Im Fachhandel vor Ort hätte ich ein halbes Jahr warten müssen",
]

CLAIMS: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": [
            "Das {product} fährt sich wunderbar leicht und ruhig",
            "L|{part^} funktioniert nach {months} Monaten immer noch einwandfrei",
            "Die Verarbeitung ist top, alles wirkt hochwertig",
            "E|Der Akku schafft locker {range} km, auch bei Gegenwind",
            "L|Über {km} km ohne ein einziges Problem gefahren",
            "In echt sieht das Rad noch besser aus als auf den Fotos",
            "Die Schaltung ist präzise und die Bremsen sind {very} gut",
            "Das beste Rad, das ich je hatte",
            "E|Der Motor ist leise und zieht am Berg ordentlich",
            "L|Auch nach einem nassen Herbst kein bisschen Rost",
        ],
        "neu": [
            "Das {product} ist in Ordnung, nicht mehr und nicht weniger",
            "E|Weiß jemand, wie lange der Akku bei einem {product} von {brand} hält?",
            "Fährt sich so, wie man es in dieser Preisklasse erwarten kann",
            "{part^} musste nach dem ersten Monat nachgestellt werden, sonst nichts Besonderes",
            "R|Ich fahre es erst seit {weeks} Wochen, ein Urteil kommt später",
            "Qualität ist vergleichbar mit anderen Marken in der Preisklasse",
            "Welche Rahmengröße würdet ihr bei 1,85 m empfehlen?",
            "Hat jemand Erfahrung mit einem {product} von {brand} auf längeren Touren?",
        ],
        "neg": [
            "{part^} war nach {weeks} Wochen schon kaputt",
            "Der Rahmen knarzt und die Kette springt ständig ab",
            "E|Der Akku schafft nicht annähernd die versprochenen {range} km",
            "Der Lack blättert schon ab, für den Preis ein Witz",
            "Das Rad kam völlig falsch eingestellt an, die Bremsen haben kaum gegriffen",
            "L|Nach {months} Monaten schon Rost am Lenker",
            "E|Das Display zeigt bei jedem Regen eine Fehlermeldung",
            "Die Qualität ist ehrlich gesagt enttäuschend",
            "{part^} ist jetzt schon zum zweiten Mal defekt",
        ],
    },
    "service": {
        "pos": [
            "{staff} hat sich viel Zeit genommen und alles erklärt",
            "Der Kundenservice hat innerhalb einer Stunde geantwortet und wirklich geholfen",
            "{very^} freundliche Mitarbeiter, die Ahnung haben",
            "Am Telefon wurde ich freundlich beraten und das Problem war am selben Tag gelöst",
            "Im Chat hatte ich nach fünf Minuten eine brauchbare Antwort",
            "Die haben mich zurückgerufen, sobald sie eine Lösung hatten",
            "Der Service von {brand} ist vorbildlich",
            "Der Kundenservice spricht auch Deutsch, das hat vieles einfacher gemacht",
        ],
        "neu": [
            "Der Kundenservice ist nur werktags erreichbar",
            "Weiß jemand, ob {brand} einen deutschsprachigen Kundenservice hat?",
            "Habe eine Mail geschrieben und warte auf Antwort",
            "Die Antwort war okay, aber ziemlich allgemein",
            "Im Chat kommt zuerst ein Bot, danach erst ein Mensch",
        ],
        "neg": [
            "Der Kundenservice antwortet einfach nicht auf E-Mails",
            "Ich habe {times} Mal angerufen und werde immer nur vertröstet",
            "Die Mitarbeiterin am Telefon war unfreundlich und überhaupt nicht hilfsbereit",
            "Im Chat gibt es nur Textbausteine, null Hilfe",
            "Mir wurde ein Rückruf versprochen, der nie kam",
            "Seit {days} Tagen keine Antwort auf meine Anfrage",
            "Bei {brand} fühlt sich niemand zuständig",
        ],
    },
    "price": {
        "pos": [
            "Für {price} bekommt man wirklich viel Rad",
            "Das Preis-Leistungs-Verhältnis stimmt",
            "Mit {percent} Rabatt und kostenlosem Versand ein echtes Schnäppchen",
            "Faire Preise und keine versteckten Kosten",
            "Selbst mit Versand nach Deutschland günstiger als beim Händler vor Ort",
            "Inspektion für {amount} inklusive neuer Bremsbeläge, völlig in Ordnung",
        ],
        "neu": [
            "Das {product} kostet {price}, ungefähr so viel wie bei der Konkurrenz",
            "Weiß jemand, ob {brand} bald wieder Rabatte hat?",
            "Die Preise sind etwas gestiegen, aber das ist ja überall so",
            "Versand nach Deutschland kostet {amount}",
            "Sind {price} ein normaler Preis für ein {product}?",
        ],
        "neg": [
            "Viel zu teuer für das, was man bekommt",
            "Eine Woche nach dem Kauf war das Rad {amount} billiger",
            "{amount} für eine einfache Inspektion ist unverschämt",
            "Es wurden {amount} Versandkosten berechnet, obwohl auf der Seite kostenloser Versand stand",
            "Für {price} erwarte ich bessere Komponenten",
            "Versteckte Kosten für Montage und Lieferung, die nirgends erwähnt wurden",
        ],
    },
    "delivery": {
        "pos": [
            "Innerhalb von {fastdays} Tagen geliefert, fertig montiert",
            "Am {weekday} bestellt, zwei Tage später stand das Rad vor der Tür",
            "Die Sendungsverfolgung hat perfekt funktioniert",
            "Die Spedition hat sich vorher angekündigt und war pünktlich",
            "Lieferung schneller als versprochen und gut verpackt",
            "Der Fahrer hat sogar den Karton wieder mitgenommen",
        ],
        "neu": [
            "W|Die Lieferzeit ist mit {weeks} Wochen angegeben, also noch etwas Geduld",
            "W|Meine Bestellung ist verschickt, jetzt heißt es abwarten",
            "Liefert {brand} auch nach Österreich?",
            "Man bekommt ein Lieferfenster von vier Stunden",
            "W|Ich habe eine Mail bekommen, dass sich die Lieferung um ein paar Tage verschiebt",
            "W|Ist das {product} gerade auf Lager oder gibt es Wartezeit?",
        ],
        "neg": [
            "W|Ich warte seit {weeks} Wochen auf mein {product} und nichts passiert",
            "W|Die Lieferung wurde dreimal verschoben, ohne jede Erklärung",
            "W|Die Sendungsverfolgung funktioniert nicht und niemand weiß, wo mein Rad ist",
            "O|Das Rad kam beschädigt an, mit einem dicken Kratzer am Rahmen",
            "W|Die Spedition ist einfach nicht gekommen, obwohl ich extra Urlaub genommen hatte",
            "Auf der Seite stand 'sofort lieferbar', nach der Zahlung plötzlich {weeks} Wochen Lieferzeit",
            "Die Lieferung hat {weeks} Wochen gedauert statt der versprochenen drei Tage",
            "W|Bestellung {order} hängt seit {days} Tagen auf 'in Bearbeitung'",
        ],
    },
    "store": {
        "pos": [
            "{in_store^} wurde ich sofort beraten",
            "Großer, heller Laden mit vielen Rädern zum Ausprobieren",
            "Probefahrt war ohne Termin problemlos möglich",
            "Die Werkstatt {in_store} arbeitet schnell und sauber",
        ],
        "neu": [
            "Sind die Öffnungszeiten {in_store} am Samstag anders?",
            "{in_store^} stehen nicht alle Modelle, also besser vorher anrufen",
            "Parken ist dort schwierig, besser mit der Bahn kommen",
            "Lohnt sich die Fahrt zum Probefahren {in_store}?",
        ],
        "neg": [
            "Zwanzig Minuten {in_store} gewartet, bis sich jemand um mich gekümmert hat",
            "Der Laden war zu, obwohl online geöffnet stand",
            "Die Werkstatt hat erst in {weeks} Wochen einen Termin frei",
            "Probefahrt nur mit Termin, spontan ging gar nichts",
        ],
    },
    "website": {
        "pos": [
            "Die Website ist übersichtlich und die Bestellung ging in wenigen Klicks",
            "Der Größenrechner auf {site} hat genau gepasst",
            "Die App erinnert an die nächste Inspektion, praktisch",
            "Bezahlung per PayPal ging problemlos",
        ],
        "neu": [
            "Gibt es die Seite von {brand} auch komplett auf Deutsch?",
            "Auf {site} stehen die Lieferzeiten pro Modell",
            "Man muss ein Kundenkonto anlegen, um zu bestellen",
            "Die App hat ein Update bekommen, muss mich erst daran gewöhnen",
        ],
        "neg": [
            "Die Website ist schon wieder nicht erreichbar",
            "Beim Bezahlen kam ständig eine Fehlermeldung",
            "Die App loggt einen ständig aus und der Warenkorb ist weg",
            "Telefonisch unerreichbar, nach {minutes} Minuten in der Warteschleife aufgelegt",
            "Der Lagerbestand auf der Seite stimmt hinten und vorne nicht",
        ],
    },
    "returns": {
        "pos": [
            "Die Rücksendung lief problemlos, das Geld war nach einer Woche zurück",
            "E|Die Garantie auf den Akku wurde ohne Diskussion anerkannt",
            "Reparatur auf Garantie, und ich habe sogar ein Leihrad bekommen",
            "Der Umtausch in eine andere Rahmengröße war in ein paar Tagen erledigt",
        ],
        "neu": [
            "Wie läuft die Rücksendung bei {brand}, wenn man das Rad schon gefahren ist?",
            "Man hat 30 Tage Widerrufsrecht, in der Originalverpackung",
            "Retoure ist angemeldet, jetzt warte ich auf die Abholung",
            "Gilt die Garantie auch, wenn man das Rad in Deutschland gekauft hat?",
        ],
        "neg": [
            "Garantie? Vergiss es, angeblich ist alles 'normaler Verschleiß'",
            "Das Rad vor {weeks} Wochen zurückgeschickt und immer noch kein Geld",
            "E|Den defekten Akku wollen sie nicht ersetzen",
            "Meine Reklamation wurde einfach geschlossen, ohne dass etwas passiert ist",
            "Für die Rücksendung eines defekten Rads musste ich {amount} selbst zahlen",
        ],
    },
    "advertising": {
        "pos": [
            "Witzige Werbung {channel}",
            "Der Newsletter hat tatsächlich nützliche Wartungstipps",
            "Gut, dass sie in ihren Mails ehrlich über Lieferzeiten sind",
        ],
        "neu": [
            "Sehe gerade viel Werbung von {brand} auf YouTube",
            "Habe eine Mail zur neuen Kollektion bekommen",
            "{brand} wirbt jetzt auch in Deutschland im Radio",
        ],
        "neg": [
            "Jeden Tag drei Mails mit 'letzte Chance', nervig",
            "Das Angebot aus der Werbung galt nur für ein paar Modelle",
            "Vom Newsletter abgemeldet und trotzdem kommen weiter Mails",
            "'Morgen geliefert' in der Werbung stimmt einfach nicht",
        ],
    },
}

INCIDENT: list[str] = [
    "Meine Bestellung steht seit {days} Tagen auf 'in Bearbeitung'",
    "Keine Sendungsnummer, keine Mail, gar nichts",
    "Der Kundenservice geht nicht ans Telefon und beantwortet keine Mails",
    "Vor über einer Woche bezahlt und seitdem nichts gehört",
    "Der Liefertermin wurde zweimal verschoben, ohne Erklärung",
    "Im Chat heißt es nur, man habe 'gerade mehr zu tun als sonst'",
    "Anscheinend geht es vielen Kunden in den Niederlanden genauso",
    "Die haben mein Geld, aber ich habe kein Rad",
    "Der Link zur Sendungsverfolgung führt nur zu einer Fehlerseite",
    "Ich überlege, die Bestellung zu stornieren",
]
INCIDENT_TITLES: list[str] = ["Wo bleibt mein Rad?", "Bestellung hängt fest", "Lieferprobleme bei {brand}?", "Keine Lieferung, keine Antwort"]

OPENERS: dict[str, list[str]] = {
    "pos": ["Ehrlich gesagt:", "Kurz gesagt:", "Fazit vorweg:", "Muss ich mal loswerden:", "Also,", "Kurz und knapp:"],
    "neu": ["Update:", "Zur Info:", "Kurz gesagt:", "Für alle, die es interessiert:"],
    "q": ["Kurze Frage:", "Mal eine Frage:", "Frage an die Runde:"],
    "neg": ["Leider:", "Ehrlich gesagt:", "Kurz gesagt:", "Sorry, aber:", "Also,", "Fazit vorweg:"],
}
CLOSERS: dict[str, list[str]] = {
    "pos": ["Klare Empfehlung!", "Ich würde wieder dort kaufen", "Sehr zufrieden", "Danke für den tollen Service!", "Absolut empfehlenswert", "Zufriedener Kunde"],
    "neu": ["Mal sehen", "Ich halte euch auf dem Laufenden", "Tipps sind willkommen", "Hat jemand Erfahrungen damit?"],
    "neg": ["Nie wieder", "Keine Empfehlung", "Rausgeschmissenes Geld", "Sehr enttäuschend", "Finger weg", "Für mich erledigt"],
}
CONTRAST: list[str] = [", aber ", ", nur ", ". Aber "]
# First words that are lower-cased after a comma; every other German word keeps its capital (nouns).
LOWERABLE: set[str] = {
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "ich", "wir", "es", "man", "mein", "meine",
    "meinen", "mir", "mich", "unser", "unsere", "auf", "in", "im", "am", "bei", "nach", "mit", "vor", "seit",
    "innerhalb", "über", "auch", "selbst", "für", "zwanzig", "sind", "ist", "habe", "hat", "keine", "kein",
    "großer", "faire", "witzige", "viel", "vom", "beim", "jeden", "zwei", "drei", "gut", "leider", "sehr",
    "super", "total", "wirklich", "immer", "schon", "nie", "mal", "heute", "kann",
    "wie", "funktioniert", "laut", "trotz", "endlich", "dank", "schöne", "sympathische", "zu", "top",
}

REVIEW_TITLES: dict[str, dict[str, list[str]]] = {
    "product": {"pos": ["Tolles Rad!", "Super zufrieden mit dem {product}", "Top Qualität"], "neu": ["Solides Rad", "Okay"], "neg": ["Schlechte Qualität", "Nach {weeks} Wochen kaputt"]},
    "service": {"pos": ["Toller Service", "Sehr gute Beratung"], "neu": ["Service okay"], "neg": ["Katastrophaler Kundenservice", "Keine Antwort"]},
    "price": {"pos": ["Preis-Leistung top"], "neu": ["Normaler Preis"], "neg": ["Viel zu teuer", "Versteckte Kosten"]},
    "delivery": {"pos": ["Schnelle Lieferung", "In {fastdays} Tagen geliefert"], "neu": ["Lieferung wie angekündigt"], "neg": ["Lieferung dauert ewig", "Immer noch nicht geliefert"]},
    "store": {"pos": ["Schöner Laden"], "neu": ["Laden ist okay"], "neg": ["Lange Wartezeit vor Ort"]},
    "website": {"pos": ["Einfach bestellt"], "neu": ["Website funktioniert"], "neg": ["Website funktioniert nicht"]},
    "returns": {"pos": ["Garantie unkompliziert"], "neu": ["Retoure angemeldet"], "neg": ["Reklamation abgelehnt"]},
    "advertising": {"pos": ["Gute Angebote"], "neu": ["Viele Mails"], "neg": ["Irreführende Werbung"]},
}
REVIEW_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Empfehlenswert!", "Top Erfahrung mit {brand}", "Sehr zufrieden", "Alles bestens", "Gerne wieder"],
    "neu": ["Gemischte Gefühle", "Ganz okay", "Meine Erfahrung mit {brand}"],
    "neg": ["Nie wieder {brand}", "Enttäuscht", "Schlechte Erfahrung", "Finger weg von {brand}"],
}
FORUM_TITLES: dict[str, list[str]] = {
    "product": ["Erfahrungen mit Rädern von {brand}?", "{product} von {brand}: lohnt sich das?"],
    "service": ["Kundenservice von {brand}", "Deutscher Support bei {brand}?"],
    "price": ["Preise bei {brand}", "Rabatte bei {brand}?"],
    "delivery": ["Lieferzeit bei {brand}", "Lieferung von {brand} nach Deutschland"],
    "store": ["Probefahrt bei {brand} in {city}"],
    "website": ["Website von {brand}"],
    "returns": ["Garantie bei {brand}", "Rücksendung an {brand}"],
    "advertising": ["Werbung von {brand}"],
}
FORUM_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Gute Erfahrung mit {brand}", "Zufrieden mit dem Kauf"],
    "neu": ["Frage zu {brand}", "Hat jemand bei {brand} bestellt?"],
    "neg": ["Warnung vor {brand}", "Schlechte Erfahrung mit {brand}"],
}
SHORTS: dict[str, list[str]] = {
    "pos": ["delivery|Neues {product} von {brand} ist da 😍", "delivery|Danke {brand} für die schnelle Lieferung 👌", "product|Erste Tour mit dem neuen Rad. Herrlich!", "service|{brand} hat mir super geholfen 👍"],
    "neu": ["Hat jemand Erfahrung mit {brand}?", "Gerade bei {brand} bestellt, bin gespannt", "delivery|Liefert {brand} auch nach {home}?", "Überlege, ein {product} bei {brand} zu kaufen"],
    "neg": ["delivery|{brand}, wo bleibt mein Rad? 😡", "Nie wieder {brand}", "service|Immer noch keine Antwort von {brand} 🙄", "service|Schlechtester Kundenservice ever, {brand}"],
}
COMPARE: list[str] = [
    "Ich hatte mir auch {other} angeschaut, aber {brand} hatte das Rad auf Lager",
    "{other} war etwas günstiger, bei {brand} war die Beratung aber deutlich besser",
    "Ein Freund hat bei {other} gekauft und hatte mehr Ärger als ich",
]
NOBRAND: list[tuple[str, str]] = [
    ("Fahrradhelm: welcher passt mit Brille?", "Ich trage eine Brille und finde keinen Helm, der vernünftig sitzt. Habt ihr Tipps?"),
    ("Fahrrad im Zug mitnehmen", "Wir wollen mit den Rädern an die Nordsee. Muss man im Regionalzug einen Platz reservieren?"),
    ("Reifendruck beim E-Bike", "Wie viel Bar fahrt ihr bei einem schweren E-Bike? Im Handbuch steht nur ein sehr großer Bereich."),
    ("Dienstradleasing: lohnt sich das?", "Mein Arbeitgeber bietet jetzt Dienstradleasing an. Rechnet sich das wirklich oder frisst die Versteuerung den Vorteil auf?"),
    ("Akku im Winter lagern", "Sollte man den Akku im Winter drinnen lagern? Und wie voll sollte er dann sein?"),
    ("Fahrradversicherung", "Deckt die Hausratversicherung den Diebstahl eines E-Bikes ab oder braucht man eine eigene Versicherung?"),
    ("Radweg nach Düsseldorf gesperrt", "Weiß jemand, wie lange die Baustelle auf dem Radweg am Rhein noch dauert? Die Umleitung ist eine Zumutung."),
    ("Welches Kettenöl im Herbst?", "Meine Kette quietscht nach jedem Regen. Nassschmierstoff oder Trockenschmierstoff, was nehmt ihr?"),
]

TYPOS: dict[str, str] = {
    "seit": "seid", "vielleicht": "vieleicht", "wirklich": "wirklcih", "Kundenservice": "Kundenserivce",
    "nicht": "nich", "gerade": "grade", "Lieferung": "Liferung", "eigentlich": "eigendlich",
}

# ---------------------------------------------------------------------------------------------
# Composed claims: with these slots every touchpoint/polarity has at least 40 realizations.
# Case matters: {wait} is an accusative duration, {job} an accusative object, {feature} a subject.
SLOTS.update({
    "contact": ["im Chat", "per Mail", "am Telefon", "über das Kontaktformular"],
    "channel": ["auf Instagram", "auf YouTube", "im Radio", "im Fernsehen", "auf einem Plakat am Bahnhof"],
    "device": ["am Handy", "am Laptop", "am Tablet", "am Firmen-PC"],
    "wait": ["zwei Tage", "drei Tage", "eine Woche", "über eine Woche", "fünf Werktage"],
    "quick": ["innerhalb einer Stunde", "nach zehn Minuten", "noch am selben Tag", "am nächsten Morgen"],
    "job": ["eine Reifenreparatur", "die Inspektion", "den Bremsenwechsel", "die Einstellung der Schaltung", "den Kettenwechsel"],
    "smallamount": ["15 €", "19 €", "25 €", "35 €"],
    "feature": ["der Größenrechner", "die Vergleichsfunktion", "der Preisfilter", "der Live-Chat", "die Bestandsabfrage"],
})
_MORE: dict[tuple[str, str], list[str]] = {
    ("service", "pos"): [
        "Antwort {contact} {quick}, und das Problem war sofort gelöst",
        "Am Telefon haben sie mir bei der Fehlersuche super geholfen",
        "Auch {contact} war die Beratung top",
        "Die Mitarbeiter haben sich für mein Anliegen richtig Zeit genommen",
        "Sehr kompetente Beratung {contact}",
    ],
    ("service", "neu"): [
        "Habe {contact} nachgefragt und warte auf Antwort",
        "Ich habe {wait} auf eine Antwort {contact} gewartet",
        "Meine Frage zu den Kosten für {job} wurde {contact} beantwortet",
    ],
    ("service", "neg"): [
        "Ich versuche es seit Tagen {contact}, ohne Antwort",
        "Die Antwort {contact} war ein Textbaustein, der nicht geholfen hat",
        "Ich habe {wait} auf eine Antwort zu den Kosten für {job} gewartet",
    ],
    ("price", "pos"): ["Für {job} haben sie nur {smallamount} verlangt, völlig fair", "Nur {smallamount} für {job}, da kann man nicht meckern"],
    ("price", "neg"): ["{amount} für {job} ist eine Frechheit"],
    ("delivery", "pos"): [
        "Die Bestellung wurde {quick} verschickt und kam ohne Kratzer an",
        "Die Sendungsnummer kam {quick}",
        "Ich habe das Rad und {acc} in einer Lieferung bekommen",
        "In {fastdays} Tagen geliefert, schneller als versprochen",
        "Der Fahrer hat vorher angerufen, alles lief reibungslos",
        "Ich hatte das {product} schon nach {fastdays} Tagen",
        "Die Lieferung kam {quick} nach der Versandbestätigung",
        "Top verpackt, alles kam heil an",
    ],
    ("delivery", "neu"): ["W|Laut Mail soll das {product} in {fastdays} Tagen kommen"],
    ("store", "pos"): [
        "Die Werkstatt {in_store} hat {job} sofort erledigt",
        "{in_store^} konnte ich für {job} ohne Termin vorbeikommen",
        "Kaffee und nette Gespräche {in_store}, während ich gewartet habe",
        "Die Mechaniker {in_store} haben {job} erledigt, während ich Kaffee getrunken habe",
        "Angenehme Atmosphäre {in_store} und kein aufdringlicher Verkauf",
        "{in_store^} durfte ich drei Räder Probe fahren",
    ],
    ("store", "neu"): [
        "Kann man {in_store} ohne Termin für {job} vorbeikommen?",
        "Wie lange wartet man {in_store} auf einen Termin für {job}?",
        "Muss man {job} {in_store} vorher buchen?",
        "Gibt es {in_store} eine Warteliste für {job}?",
    ],
    ("store", "neg"): [
        "Ich habe {wait} auf einen Termin für {job} gewartet",
        "{in_store^} wusste niemand Bescheid über die Kosten für {job}",
    ],
    ("website", "pos"): [
        "{feature^} auf der Seite funktioniert richtig gut",
        "Die Bestellung {device} war ganz einfach",
        "Die Sendung lässt sich {device} gut verfolgen",
        "Die Seite lädt schnell, auch {device}",
        "Einen Termin für {job} {device} zu buchen, ging in zwei Minuten",
    ],
    ("website", "neu"): [
        "Funktioniert {feature} auch {device}?",
        "Hat jemand schon {device} bestellt?",
        "Kann man einen Termin für {job} online buchen?",
        "{feature^} fehlt mir auf der Seite",
        "Die App hat jetzt wohl auch einen Live-Chat",
        "Ist {site} {device} genauso übersichtlich?",
    ],
    ("website", "neg"): [
        "{feature^} funktioniert {device} überhaupt nicht",
        "Der Bestellvorgang hängt sich {device} jedes Mal auf",
        "Den Fehler habe ich {contact} gemeldet, keine Reaktion",
        "Die Seite stürzt {device} ständig ab",
    ],
    ("returns", "pos"): [
        "Die Retoure wurde {contact} {quick} geregelt",
        "Das Geld war {quick} nach Eingang der Rücksendung wieder da",
        "{part^} wurde ohne Diskussion auf Garantie getauscht",
        "Das Rücksendeetikett kam {quick}, sehr unkompliziert",
        "Reklamation {contact} eingereicht und {quick} eine Lösung bekommen",
    ],
    ("returns", "neu"): [
        "Habe die Retoure {contact} angemeldet, warte jetzt",
        "Wie lange dauert die Erstattung normalerweise, {wait}?",
        "Ist {part} von der Garantie abgedeckt?",
        "Rücksendungen kann man {contact} anmelden",
        "Laut AGB dauert die Erstattung etwa {wait}",
        "Garantieantrag ist raus, ich warte auf Antwort",
        "Reklamation eingereicht: {part^} ist defekt, mal sehen, was passiert",
        "Muss man bei einer Reklamation das Teil selbst einschicken?",
        "Wird {part} bei einem Garantiefall abgeholt?",
    ],
    ("returns", "neg"): ["Ich warte jetzt {wait} auf eine Antwort zur Reklamation, {part} ist immer noch defekt"],
    ("advertising", "pos"): [
        "Schöne Kampagne von {brand} {channel}",
        "Dank einer Anzeige {channel} {percent} Rabatt bekommen",
        "Endlich mal Fahrradwerbung {channel}, die nicht nervt",
        "Das Angebot, das ich {channel} gesehen habe, stimmte tatsächlich",
        "Der Rabattcode aus dem Newsletter hat problemlos funktioniert",
        "Sympathische Werbung {channel} mit echten Kunden",
    ],
    ("advertising", "neu"): [
        "Heute Werbung von {brand} {channel} gesehen",
        "{brand} hat gerade {percent} Rabatt, habe ich {channel} gesehen",
        "In letzter Zeit viel Fahrradwerbung {channel}",
        "Hat jemand die neue Kampagne von {brand} {channel} gesehen?",
        "Newsletter mit Angeboten für Zubehör bekommen",
        "Werbung für {brand} jetzt auch {channel}",
        "{brand} wirbt mit Lieferung in drei Tagen",
    ],
    ("advertising", "neg"): [
        "Die Werbung {channel} verspricht Dinge, die sie nicht halten",
        "Ich werde {channel} mit Werbung von {brand} zugeschüttet",
        "Die {percent} aus der Werbung galten nur für die teuersten Modelle",
        "Schon wieder Werbung {channel} mit 'schneller Lieferung', lächerlich",
        "Trotz Abmeldung kommen immer noch Mails mit Angeboten",
        "Werbung {channel} schön und gut, aber erst mal den Kundenservice in Ordnung bringen",
        "Die Kampagne {channel} ist ehrlich gesagt peinlich",
        "Die Anzeige {channel} war schlicht irreführend",
        "Die Rabattaktion {channel} war ein reiner Lockvogel",
    ],
}
for (_tp, _pol), _extra in _MORE.items():
    CLAIMS[_tp][_pol].extend(_extra)
