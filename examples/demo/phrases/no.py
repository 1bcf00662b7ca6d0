"""Norwegian (Bokmål) phrase bank: Norwegian customers who order from Dutch shops.

Typical themes of their own: customs and VAT on import, freight to Norway, long transport,
customer service that answers in English. Same template conventions as nl.py; {product} is the
indefinite form ("el-sykkel"), {product_def} the definite form ("el-sykkelen").
"""

from __future__ import annotations


def _p(indef: str, definite: str, electric: bool) -> dict[str, object]:
    return {"product": indef, "product_def": definite, "e": electric}


SLOTS: dict[str, list] = {
    "product": [
        _p("el-sykkel", "el-sykkelen", True), _p("el-lastesykkel", "el-lastesykkelen", True),
        _p("elektrisk bysykkel", "den elektriske bysykkelen", True), _p("el-terrengsykkel", "el-terrengsykkelen", True),
        _p("pendlersykkel med motor", "pendlersykkelen", True), _p("bysykkel", "bysykkelen", False),
        _p("landeveissykkel", "landeveissykkelen", False), _p("barnesykkel", "barnesykkelen", False),
        _p("grussykkel", "grussykkelen", False), _p("hybridsykkel", "hybridsykkelen", False),
    ],
    "part": ["kjedet", "setet", "lyset", "støttebenet", "bagasjebrettet", "navgiret", "bakbremsen", "forgaffelen", "skjermen", "styret"],
    "part_e": ["batteriet", "motoren", "displayet", "laderen"],
    "acc": ["en hjelm", "to sykkelvesker", "en barnestol", "et nytt lås", "et sett med lykter", "en mobilholder", "et regntrekk"],
    "days": ["tre", "fire", "fem", "ti", "12", "åtte"],
    "weeks": ["to", "tre", "fire", "fem", "seks"],
    "months": ["to", "tre", "fire", "seks", "åtte"],
    "times": ["fem", "seks", "sju", "ti"],
    "minutes": ["20", "30", "40", "45"],
    "km": ["900", "1 200", "2 000", "3 500"],
    "range": ["50", "60", "70", "80"],
    "price": ["18 990 kr", "22 500 kr", "24 990 kr", "27 490 kr", "32 000 kr", "12 990 kr"],
    "amount": ["490 kr", "650 kr", "990 kr", "1 490 kr", "2 100 kr"],
    "percent": ["10 %", "15 %", "20 %"],
    "staff": ["Sanne", "Joris", "Fatima", "Bas", "Lotte", "Ruud"],
    "weekday": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    "very": ["veldig", "utrolig", "svært"],
    "home": ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand", "Drammen", "Bodø"],
    "who": ["datteren min", "sønnen min", "kona mi", "mannen min", "samboeren min", "faren min"],
    "commute": ["åtte", "ti", "tolv", "femten"],
}

BRAND_SLOTS: dict[str, dict[str, list[str]]] = {
    "trapkracht": {
        "city": ["Utrecht", "Amsterdam"],
        "in_store": ["i butikken i Utrecht", "i butikken i Amsterdam", "i Amsterdam-butikken"],
        "store": ["butikken i Utrecht", "butikken i Amsterdam"],
    },
    "velora": {
        "city": ["Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Haarlem", "Leiden"],
        "in_store": ["i butikken i {city}", "i filialen i {city}"],
        "store": ["butikken i {city}", "filialen i {city}"],
    },
    "spaakwiel": {
        "city": ["Arnhem", "Düsseldorf"],
        "in_store": ["i utstillingslokalet i Arnhem", "i testsenteret i Düsseldorf"],
        "store": ["utstillingslokalet i Arnhem", "testsenteret i Düsseldorf"],
    },
}

INTROS: list[str] = [
    "Bestilte en {product} fra {brand} for {weeks} uker siden",
    "Kjøpte {product_def} fra {brand} i vår",
    "Har hatt en {product} fra {brand} i snart et år",
    "Vi bestilte to sykler fra {brand} til {home} i sommer",
    "Første gang jeg handler fra {brand}",
    "Tenkte jeg skulle dele erfaringen min med {brand}",
    "Fant {brand} etter tips fra en kollega",
    "Bestilte en {product} til {who} fra {site}",
    "Har handlet fra {brand} to ganger nå",
    "Valgte {brand} fordi de sender til Norge",
    "Kort oppdatering om bestillingen min fra {brand}",
    "Etter mye research endte jeg opp med en {product} fra {brand}",
    "Bestilte {acc} og en {product} fra {brand}",
    "Vi bor i {home} og bestilte fra {brand} i Nederland",
    "Ærlig anmeldelse av {brand}, ikke sponset",
    "Har syklet på en {product} fra {brand} siden i fjor",
]

CONTEXT: list[str] = [
    "Jeg sykler {commute} km til jobb hver dag, uansett vær",
    "Det er mye bakker der jeg bor, så motor var et must",
    "Vi har to små barn og ville bruke bilen mindre",
    "Sykkelen står ute hele året, så den må tåle litt",
    "Jeg hadde lest mange anmeldelser på forhånd",
    "Det var min første el-sykkel, så jeg hadde en del spørsmål",
    "Norske butikker hadde lang ventetid på samme modell",
    "Jeg bruker sykkelen mest til jobb og handling",
    "Budsjettet var rundt 25 000 kroner",
    "Vi sykler mye på grusveier i helgene",
    "Jeg er ingen sykkelekspert, bare en vanlig pendler",
]

CLAIMS: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": [
            "{product_def^} er utrolig god å sykle på",
            "{part^} fungerer fortsatt perfekt etter {months} måneder",
            "Solid kvalitet, og den tåler både regn og grus uten problemer",
            "E|Rekkevidden er god, jeg kommer meg lett {range} km på én lading",
            "Har syklet over {km} km uten et eneste problem",
            "Den er lett, stille og ser minst like bra ut som på bildene",
            "Girene skifter mykt, og bremsene er kjempegode",
            "Dette er den beste sykkelen jeg har eid",
            "E|Motoren er perfekt til bakkene her i {home}",
            "Sykkelen fra {brand} er godt bygget og føles solid",
            "Ingen rust eller slark etter en hel høst med regn",
        ],
        "neu": [
            "{product_def^} er helt grei, verken mer eller mindre",
            "Noen som har erfaring med {product_def} fra {brand} om vinteren?",
            "Den veier litt mer enn jeg trodde, men det stod i beskrivelsen",
            "Har bare brukt den i {weeks} uker, så det er for tidlig å si",
            "Er det lett å få tak i reservedeler til {part} i Norge?",
            "Kvaliteten er omtrent som andre merker i samme prisklasse",
            "Piggdekk skal visst passe på denne modellen, noen som har prøvd?",
            "Hvilken rammestørrelse bør jeg velge hvis jeg er 1,80?",
        ],
        "neg": [
            "{part^} sluttet å virke etter bare {weeks} uker",
            "Rammen knirker, og kjedet hopper av hele tiden",
            "E|Batteriet holder ikke i nærheten av de {range} km som ble lovet",
            "Lakken flasser allerede, det er ikke greit til den prisen",
            "Sykkelen kom feiljustert, og bremsene var nesten ubrukelige",
            "Rust på styret etter én høst, det sier litt om kvaliteten",
            "E|Displayet viser feilkode hver gang det regner",
            "Kvaliteten er rett og slett skuffende",
            "{part^} har gått i stykker for andre gang",
        ],
    },
    "service": {
        "pos": [
            "Kundeservice svarte raskt og var veldig hjelpsomme",
            "{staff} på chatten tok seg god tid og løste alt på engelsk uten problemer",
            "De svarte på e-post samme dag, selv om jeg skrev på norsk",
            "Veldig hyggelig og kunnskapsrik betjening",
            "Fikk god hjelp til å velge riktig rammestørrelse på telefon",
            "Ekte service, ikke bare standardsvar",
            "Kundeservicen til {brand} er blant de beste jeg har vært borti",
            "De ringte meg tilbake da de hadde funnet en løsning",
        ],
        "neu": [
            "Kundeservice svarer på engelsk og nederlandsk, ikke norsk",
            "Noen som vet om {brand} har norsk kundeservice?",
            "Har sendt en e-post og venter på svar",
            "Svaret jeg fikk var greit nok, men litt generelt",
            "De er bare tilgjengelige på telefon i nederlandsk åpningstid",
            "Chatten starter med en robot før du får snakke med et menneske",
        ],
        "neg": [
            "Kundeservice svarer ikke på e-post, og ingen tar telefonen",
            "Har ringt {times} ganger uten å få noe svar",
            "Fikk bare standardsvar på chatten, null hjelp",
            "Ble lovet at noen skulle ringe meg tilbake, det skjedde aldri",
            "Uhøflig og uinteressert betjening, virker som de ikke bryr seg om kunder i Norge",
            "Det har gått {days} dager uten svar på henvendelsen min",
            "Hos {brand} blir du sendt fra den ene til den andre",
        ],
    },
    "price": {
        "pos": [
            "Selv med frakt og moms ble det billigere enn i norske butikker",
            "Mye sykkel for pengene",
            "Fikk {percent} rabatt og gratis frakt til Norge",
            "Prisen er helt rimelig for den kvaliteten du får",
            "Ingen skjulte kostnader, alt var inkludert i prisen",
            "{brand} var flere tusen kroner billigere enn forhandleren her i {home}",
        ],
        "neu": [
            "{product_def^} koster rundt {price} levert i Norge",
            "Husk at det kommer moms og toll på toppen når du bestiller fra Nederland",
            "Noen som vet om {brand} har salg snart?",
            "Prisen er omtrent som hos norske forhandlere",
            "Frakt til Norge koster {amount}",
            "Er {price} en normal pris for en {product}?",
        ],
        "neg": [
            "Altfor dyrt for det du faktisk får",
            "Måtte betale {amount} ekstra i gebyrer som ingen hadde sagt noe om",
            "Prisen ble satt ned med {amount} uka etter at jeg kjøpte, og de ville ikke gi meg mellomlegget",
            "For {price} forventer man bedre komponenter",
            "Frakten til Norge er helt urimelig dyr",
            "Prisene hos {brand} har økt mye det siste året",
        ],
    },
    "delivery": {
        "pos": [
            "Sykkelen kom fram til {home} på bare {days} dager",
            "Godt pakket og ingen skader etter den lange turen fra Nederland",
            "Sporingen fungerte hele veien, og sjåføren ringte før levering",
            "Raskere levering enn fra mange norske nettbutikker",
            "Alt var på lager, og pakken var hos meg innen en uke",
            "Tollpapirene var ordnet på forhånd, så alt gikk knirkefritt",
            "Leveringen fra {brand} gikk overraskende raskt",
        ],
        "neu": [
            "Leveringstiden til Norge er oppgitt til {weeks} uker",
            "Pakken er sendt, venter spent",
            "Noen som vet hvor lang tid levering til Nord-Norge tar?",
            "Du må hente sykkelen selv på nærmeste terminal",
            "Fikk beskjed om at leveringen blir noen dager forsinket",
            "Sender {brand} til Svalbard også?",
        ],
        "neg": [
            "Har ventet i {weeks} uker, og sykkelen har fortsatt ikke kommet",
            "Sporingsnummeret fungerer ikke, og ingen vet hvor pakken er",
            "Leveringen har blitt utsatt tre ganger uten forklaring",
            "Esken var knust og rammen hadde en stor ripe",
            "Bestillingen har stått på «under behandling» i over en uke nå",
            "Pakken satt fast i tollen i to uker fordi papirene manglet",
            "Leveringstiden som {brand} oppgir, stemmer aldri",
        ],
    },
    "store": {
        "pos": [
            "Var innom {in_store} da jeg var på ferie i Nederland, veldig fin butikk",
            "Fikk prøvesykle flere modeller {in_store} før jeg bestemte meg",
            "Hyggelig butikk med god stemning og kaffe mens du venter",
            "{store^} er stor og oversiktlig",
        ],
        "neu": [
            "Har {brand} butikk i Norge, eller er det bare nettbutikk?",
            "Åpningstidene {in_store} står på nettsiden",
            "{store^} er visst under ombygging",
            "Er det mulig å prøvesykle {in_store} uten avtale?",
        ],
        "neg": [
            "Måtte vente evigheter {in_store} før noen tok seg av meg",
            "Lite utvalg i butikken, det meste måtte bestilles",
            "Verkstedet hadde ikke tid før om {weeks} uker",
            "{store^} var rotete og full av esker",
        ],
    },
    "website": {
        "pos": [
            "Nettsiden er oversiktlig og finnes på engelsk",
            "Enkelt å bestille, og kortbetalingen gikk knirkefritt",
            "Appen gir beskjed når det er tid for service",
            "Størrelsesguiden på {site} traff helt",
        ],
        "neu": [
            "Nettsiden til {brand} finnes ikke på norsk, bare nederlandsk, tysk og engelsk",
            "Må man opprette konto for å bestille?",
            "{brand} har lansert en ny app, har noen testet den?",
            "Leveringstid til Norge står ikke på produktsiden",
        ],
        "neg": [
            "Nettsiden krasjet midt i betalingen",
            "Appen logger meg ut hele tiden",
            "Lagerstatusen på nettsiden stemmer ikke i det hele tatt",
            "Umulig å nå dem på telefon, satt i kø i {minutes} minutter",
            "Rabattkoden fungerte ikke, og nettsiden ga ingen forklaring",
        ],
    },
    "returns": {
        "pos": [
            "Returen gikk smertefritt, og pengene var tilbake på en uke",
            "E|Garantisaken på batteriet ble løst uten diskusjon",
            "De betalte returfrakten selv, det setter jeg pris på",
            "{part^} ble byttet gratis, selv om garantien nesten var ute",
        ],
        "neu": [
            "Hvordan fungerer retur til Nederland når man bor i Norge?",
            "Det er 30 dagers angrerett, men sykkelen må være ubrukt",
            "Noen som har hatt garantisak med {brand} fra Norge?",
            "Returen er registrert, nå venter jeg på henting",
        ],
        "neg": [
            "Reklamasjonen ble avvist fordi de mener det er «normal slitasje»",
            "Jeg må betale returfrakten selv, selv om sykkelen var defekt",
            "Har ventet på refusjon i {weeks} uker",
            "Saken min ble lukket uten at noe ble løst",
            "Garantien til {brand} er verdiløs når du bor i Norge",
        ],
    },
    "advertising": {
        "pos": [
            "Morsom reklamefilm på YouTube",
            "Nyhetsbrevet har faktisk nyttige tips om vedlikehold",
            "Liker at de er ærlige om leveringstider i e-postene sine",
        ],
        "neu": [
            "Ser mye reklame for {brand} på Instagram for tiden",
            "Fikk en e-post om den nye kolleksjonen",
            "{brand} har visst en kampanje for norske kunder nå",
        ],
        "neg": [
            "Får reklame på e-post hver eneste dag, selv etter at jeg meldte meg av",
            "Tilbudet i annonsen gjaldt ikke for levering til Norge",
            "«Levering på tre dager» i reklamen er rett og slett ikke sant",
        ],
    },
}

INCIDENT: list[str] = [
    "Bestillingen har stått på «under behandling» i {days} dager",
    "Ingen sporingsnummer, ingen e-post, ingenting",
    "Kundeservice svarer verken på telefon eller e-post",
    "Betalte for over en uke siden og har ikke hørt et ord",
    "Sporingslenken i ordrebekreftelsen gir bare en feilmelding",
    "Leveringsdatoen har blitt flyttet to ganger uten forklaring",
    "Chatten sier bare at de har «mer å gjøre enn normalt»",
    "Ser at mange i Nederland klager på det samme",
    "De har pengene mine, men jeg har ingen sykkel",
    "Har sendt {times} e-poster uten å få svar",
    "Vurderer å kansellere og kjøpe i Norge i stedet",
    "Ingen kan si meg hvor sykkelen min er",
]
INCIDENT_TITLES: list[str] = [
    "Hvor er sykkelen min?",
    "Ingen levering og ingen svar",
    "Problemer med levering fra {brand}",
    "Noen andre som venter på {brand}?",
    "Bestillingen står fast",
]

OPENERS: dict[str, list[str]] = {
    "pos": ["Altså:", "Kort fortalt:", "Må bare si det:", "Ærlig talt:", "Oppsummert:", "Gode nyheter:"],
    "neu": ["Et spørsmål:", "Kort oppdatering:", "Til info:", "Lurer på én ting:", "Altså:", "For de som lurer:"],
    "neg": ["Dessverre:", "Altså,", "Ærlig talt:", "Oppsummert:", "Jeg gir opp:", "Seriøst,"],
}
CLOSERS: dict[str, list[str]] = {
    "pos": ["Anbefales!", "Kommer til å handle der igjen", "Veldig fornøyd", "Terningkast seks fra meg", "Takk for god service!", "Fornøyd kunde her"],
    "neu": ["Får se hvordan det går", "Tips mottas med takk", "Noen som har erfaring?", "Skal oppdatere når jeg vet mer"],
    "neg": ["Aldri igjen", "Kan ikke anbefale dem", "Bortkastede penger", "Veldig skuffende", "Hold dere unna", "Jeg har fått nok"],
}
CONTRAST: list[str] = [", men ", ", men dessverre ", ". Men "]

REVIEW_TITLES: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": ["Fantastisk sykkel", "Veldig fornøyd med {product_def}", "Solid kvalitet"],
        "neu": ["Grei sykkel", "Helt ok"],
        "neg": ["Dårlig kvalitet", "Ødelagt etter {weeks} uker"],
    },
    "service": {
        "pos": ["Super kundeservice", "God hjelp"],
        "neu": ["Grei service"],
        "neg": ["Elendig kundeservice", "Ingen svar"],
    },
    "price": {
        "pos": ["Mye for pengene", "Billigere enn i Norge"],
        "neu": ["Grei pris"],
        "neg": ["Altfor dyrt", "Skjulte kostnader"],
    },
    "delivery": {
        "pos": ["Rask levering til Norge", "Kom fram på {days} dager"],
        "neu": ["Levering som forventet"],
        "neg": ["Treg levering", "Fortsatt ikke levert"],
    },
    "store": {"pos": ["Fin butikk"], "neu": ["Ok butikk"], "neg": ["Lang ventetid i butikken"]},
    "website": {"pos": ["Enkelt å bestille"], "neu": ["Nettsiden fungerer"], "neg": ["Nettsiden virker ikke"]},
    "returns": {"pos": ["Enkel retur"], "neu": ["Retur registrert"], "neg": ["Reklamasjon avvist"]},
    "advertising": {"pos": ["Gode tilbud"], "neu": ["Mye reklame"], "neg": ["Villedende reklame"]},
}
REVIEW_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Anbefales!", "Veldig fornøyd med {brand}", "Topp!", "God opplevelse", "Fornøyd kunde"],
    "neu": ["Blandede følelser", "Helt greit", "Min erfaring med {brand}"],
    "neg": ["Aldri mer {brand}", "Skuffet", "Dårlig opplevelse", "Unngå {brand}"],
}
FORUM_TITLES: dict[str, list[str]] = {
    "product": ["Erfaringer med sykler fra {brand}?", "{product_def^} fra {brand}"],
    "service": ["Kundeservice hos {brand}", "Får ikke svar fra {brand}"],
    "price": ["Toll og moms ved kjøp fra {brand}", "Priser hos {brand}"],
    "delivery": ["Levering fra {brand} til Norge", "Hvor lang leveringstid hadde dere?"],
    "store": ["Butikken til {brand} i {city}"],
    "website": ["Nettsiden til {brand}"],
    "returns": ["Garanti og retur hos {brand}", "Reklamasjon fra Norge"],
    "advertising": ["Reklame fra {brand}"],
}
FORUM_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Positiv erfaring med {brand}", "Fornøyd med kjøpet"],
    "neu": ["Spørsmål om {brand}", "Noen som har handlet fra {brand}?"],
    "neg": ["Advarsel mot {brand}", "Dårlig erfaring med {brand}"],
}

# Short posts for the Norwegian social feed.
SHORTS: dict[str, list[str]] = {
    "pos": [
        "Ny {product} fra {brand} kom i dag 😍", "Første tur på den nye sykkelen fra {brand}. Herlig!",
        "Takk til {brand} for rask levering til {home} 🙌", "Elsker den nye sykkelen fra {brand}",
        "{brand} leverer! Sykkelen kom på {days} dager", "Endelig el-sykkel! Takk {brand} 🚲",
        "Anbefaler {brand} til alle som vil ha sykkel fra Nederland", "Topp service fra {brand} i dag",
        "Sykkelen fra {brand} tåler norsk vær 👍", "Rask og god hjelp fra {brand} på chatten",
        "Beste kjøpet i år: {product} fra {brand}", "Pendlet til jobb med den nye sykkelen fra {brand} i dag",
    ],
    "neu": [
        "Noen som har bestilt fra {brand}?", "Sykkelen fra {brand} er sendt. Venter spent",
        "Hvor lang tid tar levering fra {brand} til {home}?", "Vurderer en {product} fra {brand}",
        "Har {brand} norsk kundeservice?", "Må man betale toll på sykkel fra {brand}?",
        "Noen som har prøvd {product_def} fra {brand}?", "Bestilte fra {brand} i dag",
    ],
    "neg": [
        "{brand}, hvor blir sykkelen min av? 😡", "Aldri mer {brand}", "Tre uker uten svar fra {brand} 🙄",
        "{brand} svarer ikke på e-post. Igjen", "Sykkelen fra {brand} kom med ødelagt ramme 👎",
        "Måtte betale toll og gebyr på sykkelen fra {brand}. Ingen sa noe på forhånd",
        "Elendig kundeservice hos {brand}", "Reklamasjon avvist av {brand}. Takk for ingenting",
        "Fortsatt ingen sporing fra {brand} 😤",
    ],
}
HASHTAGS: list[str] = ["#sykkel", "#elsykkel", "#sykkelglede", "#pendler", "#sykling", "#hverdagssykling", "#sykkeltur"]

COMPARE: list[str] = [
    "Sjekket også {other}, men {brand} sender til Norge og det gjør ikke alle",
    "{other} var litt billigere, men hos {brand} fikk jeg bedre hjelp",
    "Kompisen min kjøpte fra {other}, han har hatt mer trøbbel enn meg",
]

NOBRAND: list[tuple[str, str]] = [
    ("Piggdekk på el-sykkel?", "Skal sykle til jobb hele vinteren. Hvilke piggdekk bruker dere på el-sykkel, og er det verdt pengene?"),
    ("Toll på sykkel fra utlandet", "Hvor mye må man regne med i moms og toll når man kjøper sykkel fra EU? Noen som har erfaring i år?"),
    ("Sykkelparkering på jobb", "Jobben vår har endelig fått låsbart sykkelrom. Anbefaler alle å mase på arbeidsgiveren om det samme!"),
    ("Batteri i kulda", "Merker at rekkevidden synker kraftig når det er minusgrader. Oppbevarer dere batteriet inne om natta?"),
    ("Beste sykkelveien i Oslo?", "Flyttet nettopp til Oslo. Hvilken rute anbefaler dere fra Grünerløkka til Skøyen?"),
    ("Sykkelforsikring", "Dekker innboforsikringen tyveri av el-sykkel, eller trenger man egen forsikring?"),
    ("Vinterservice", "Når bør man levere sykkelen til service for vinteren? Verkstedene her har allerede lang ventetid."),
    ("Lastesykkel med barn", "Vurderer lastesykkel til å frakte to barn i barnehagen. Er det praktisk i bakkene i Bergen?"),
]

# Short Norwegian social posts that name no brand.
NOBRAND_SHORT: list[str] = [
    "Første snøen i dag, sykkelen fikk stå hjemme ❄️",
    "Sykla til jobb i styrtregn. Aldri vært våtere 🌧️",
    "Noen som vet når sykkelveien langs Ring 3 åpner igjen?",
    "Piggdekkene er på. Vinteren kan bare komme 🚲",
    "Ny rekord: 300 km sykling denne måneden 💪",
    "Hvorfor er det alltid motvind begge veier?",
    "Sykkelverkstedet har tre ukers ventetid. Tre uker!",
    "Morgenturen langs fjorden i dag var helt magisk",
]

TYPOS: dict[str, str] = {
    "kundeservice": "kunde service", "egentlig": "egentli", "skuffende": "skufende",
    "sykkelen": "sykkeln", "ikke": "ikkje", "veldig": "veldi", "hvor": "vor",
}
