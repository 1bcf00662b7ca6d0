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
        _p("landeveissykkel", "landeveissykkelen", False), _p("grussykkel", "grussykkelen", False), _p("hybridsykkel", "hybridsykkelen", False),
    ],
    "part": ["kjedet", "lyset", "navgiret", "bakbremsen", "forgaffelen", "baklyset", "støttebenet"],
    "part_e": ["batteriet", "motoren", "displayet", "laderen"],
    "acc": ["en hjelm", "to sykkelvesker", "en barnestol", "et nytt lås", "et sett med lykter", "en mobilholder", "et regntrekk"],
    "days": ["tre", "fire", "fem", "ti", "12", "åtte"],
    "fastdays": ["tre", "fire", "fem"],
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
    "R|Bestilte en {product} fra {brand} for {weeks} uker siden",
    "OL|Kjøpte {product_def} fra {brand} i vår",
    "OL|Har hatt en {product} fra {brand} i snart et år",
    "Vi bestilte to sykler fra {brand} til {home} i sommer",
    "Første gang jeg handler fra {brand}",
    "Tenkte jeg skulle dele erfaringen min med {brand}",
    "Fant {brand} etter tips fra en kollega",
    "Bestilte en {product} til {who} fra {site}",
    "Har handlet fra {brand} to ganger nå",
    "Valgte {brand} fordi de sender til Norge",
    "W|Kort oppdatering om bestillingen min fra {brand}",
    "W|Bestilte en {product} fra {brand} på {weekday}",
    "Etter mye research endte jeg opp med en {product} fra {brand}",
    "Bestilte {acc} og en {product} fra {brand}",
    "Vi bor i {home} og bestilte fra {brand} i Nederland",
    "Ærlig anmeldelse av {brand}, ikke sponset",
    "OL|Har syklet på en {product} fra {brand} siden i fjor",
]

CONTEXT: list[str] = [
    "Jeg sykler {commute} km til jobb hver dag, uansett vær",
    "E|Det er mye bakker der jeg bor, så motor var et must",
    "Vi har to små barn og ville bruke bilen mindre",
    "O|Sykkelen står ute hele året, så den må tåle litt",
    "Jeg hadde lest mange anmeldelser på forhånd",
    "E|Det var min første el-sykkel, så jeg hadde en del spørsmål",
    "Norske butikker hadde lang ventetid på samme modell",
    "O|Jeg bruker sykkelen mest til jobb og handling",
    "Budsjettet var rundt 25 000 kroner",
    "Vi sykler mye på grusveier i helgene",
    "Jeg er ingen sykkelekspert, bare en vanlig pendler",
]

CLAIMS: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": [
            "{product_def^} er utrolig god å sykle på",
            "L|{part^} fungerer fortsatt perfekt etter {months} måneder",
            "Solid kvalitet, og den tåler både regn og grus uten problemer",
            "E|Rekkevidden er god, jeg kommer meg lett {range} km på én lading",
            "L|Har syklet over {km} km uten et eneste problem",
            "Den er lett, stille og ser minst like bra ut som på bildene",
            "Girene skifter mykt, og bremsene er kjempegode",
            "Dette er den beste sykkelen jeg har eid",
            "E|Motoren er perfekt til bakkene her i {home}",
            "Sykkelen fra {brand} er godt bygget og føles solid",
            "L|Ingen rust eller slark etter en hel høst med regn",
        ],
        "neu": [
            "{product_def^} er helt grei, verken mer eller mindre",
            "Noen som har erfaring med {product_def} fra {brand} om vinteren?",
            "Den veier litt mer enn jeg trodde, men det stod i beskrivelsen",
            "R|Har bare brukt den i {weeks} uker, så det er for tidlig å si",
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
            "L|Rust på styret etter én høst, det sier litt om kvaliteten",
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
            "Sykkelen kom fram til {home} på bare {fastdays} dager",
            "Godt pakket og ingen skader etter den lange turen fra Nederland",
            "Sporingen fungerte hele veien, og sjåføren ringte før levering",
            "Raskere levering enn fra mange norske nettbutikker",
            "Alt var på lager, og pakken var hos meg innen en uke",
            "Tollpapirene var ordnet på forhånd, så alt gikk knirkefritt",
            "Leveringen fra {brand} gikk overraskende raskt",
        ],
        "neu": [
            "W|Leveringstiden til Norge er oppgitt til {weeks} uker",
            "W|Pakken er sendt, venter spent",
            "Noen som vet hvor lang tid levering til Nord-Norge tar?",
            "Du må hente sykkelen selv på nærmeste terminal",
            "W|Fikk beskjed om at leveringen blir noen dager forsinket",
            "Sender {brand} til Svalbard også?",
        ],
        "neg": [
            "W|Har ventet i {weeks} uker, og sykkelen har fortsatt ikke kommet",
            "W|Sporingsnummeret fungerer ikke, og ingen vet hvor pakken er",
            "W|Leveringen har blitt utsatt tre ganger uten forklaring",
            "O|Esken var knust og rammen hadde en stor ripe",
            "W|Bestillingen har stått på «under behandling» i over en uke nå",
            "Pakken satt fast i tollen i to uker fordi papirene manglet",
            "Leveringstiden som {brand} oppgir, stemmer aldri",
            "Det tok {weeks} uker før sykkelen kom, ikke tre dager som lovet",
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
            "Morsom reklamefilm {channel}",
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
    "neu": ["Kort oppdatering:", "Til info:", "Altså:", "For de som lurer:"],
    "q": ["Et spørsmål:", "Lurer på én ting:", "Kjapt spørsmål:"],
    "neg": ["Dessverre:", "Altså,", "Ærlig talt:", "Oppsummert:", "Jeg gir opp:", "Seriøst,"],
}
CLOSERS: dict[str, list[str]] = {
    "pos": ["Anbefales!", "Kommer til å handle der igjen", "Veldig fornøyd", "Terningkast seks fra meg", "Takk for god service!", "Fornøyd kunde her"],
    "neu": ["Får se hvordan det går", "Tips mottas med takk", "Noen som har erfaring?", "Skal oppdatere når jeg vet mer"],
    "neg": ["Aldri igjen", "Kan ikke anbefale dem", "Bortkastede penger", "Veldig skuffende", "Hold dere unna", "Jeg har fått nok"],
}
CONTRAST: list[str] = [", men ", ". Men "]

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
        "pos": ["Rask levering til Norge", "Kom fram på {fastdays} dager"],
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
        "delivery|Ny {product} fra {brand} kom i dag 😍", "product|Første tur på den nye sykkelen fra {brand}. Herlig!",
        "delivery|Takk til {brand} for rask levering til {home} 🙌", "Elsker den nye sykkelen fra {brand}",
        "delivery|{brand} leverer! Sykkelen kom på {fastdays} dager", "Endelig el-sykkel! Takk {brand} 🚲",
        "Anbefaler {brand} til alle som vil ha sykkel fra Nederland", "service|Topp service fra {brand} i dag",
        "product|Sykkelen fra {brand} tåler norsk vær 👍", "service|Rask og god hjelp fra {brand} på chatten",
        "Beste kjøpet i år: {product} fra {brand}", "Pendlet til jobb med den nye sykkelen fra {brand} i dag",
    ],
    "neu": [
        "Noen som har bestilt fra {brand}?", "delivery|Sykkelen fra {brand} er sendt. Venter spent",
        "delivery|Hvor lang tid tar levering fra {brand} til {home}?", "Vurderer en {product} fra {brand}",
        "service|Har {brand} norsk kundeservice?", "price|Må man betale toll på sykkel fra {brand}?",
        "Noen som har prøvd {product_def} fra {brand}?", "delivery|Bestilte fra {brand} i dag",
    ],
    "neg": [
        "delivery|{brand}, hvor blir sykkelen min av? 😡", "Aldri mer {brand}", "service|Tre uker uten svar fra {brand} 🙄",
        "service|{brand} svarer ikke på e-post. Igjen", "product|Sykkelen fra {brand} kom med ødelagt ramme 👎",
        "price|Måtte betale toll og gebyr på sykkelen fra {brand}. Ingen sa noe på forhånd",
        "service|Elendig kundeservice hos {brand}", "returns|Reklamasjon avvist av {brand}. Takk for ingenting",
        "delivery|Fortsatt ingen sporing fra {brand} 😤",
    ],
}
HASHTAGS: list[str] = ["#sykkel", "#elsykkel", "#sykkelglede", "#pendler", "#sykling", "#hverdagssykling", "#sykkeltur"]

COMPARE: list[str] = [
    "Sjekket også {other}, men {brand} sender til Norge og det gjør ikke alle",
    "{other} var litt billigere, men hos {brand} fikk jeg bedre hjelp",
    "Kompisen min kjøpte fra {other}, han har hatt mer trøbbel enn meg",
]

NOBRAND: list[tuple[str, str]] = [
    ("Sykkelvesker som tåler regn", "Hvilke sykkelvesker holder seg faktisk tørre i Bergen-regn? Mine lekker etter ti minutter."),
    ("Barnesete foran eller bak?", "Datteren vår er halvannet år. Hva fungerte best for dere, sete foran eller bak?"),
    ("Sykle til jobb om vinteren", "Hvordan holder dere dere varme på sykkelen når det er minus ti? Jeg fryser mest på fingrene."),
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
    "Noen som vet om det er strøtt på sykkelveien langs Akerselva?",
    "Tre punkteringer på én uke. Er det glass overalt i byen nå?",
    "Kommunen har endelig malt ny sykkelfelt i gata vår 🙌",
    "Mørkt om morgenen igjen. Husk lys, folkens! 💡",
    "Bysyklene er tatt inn for vinteren. Trist!",
    "Lurer på å bytte bilen med lastesykkel. Noen som har gjort det?",
    "Regnbukse eller poncho? Diskusjonen fortsetter hjemme hos oss",
    "Sykkelveien over brua er stengt igjen. Omvei på 20 minutter 😤",
    "Ny personlig rekord opp bakken til jobb i dag 💪",
    "Hvorfor parkerer folk elsparkesykler midt i sykkelfeltet?",
    "Kjøpte refleksvest i dag. Føler meg som en lyspære, men trygg",
    "Hvor mye koster egentlig en vanlig service på sykkelverkstedet nå?",
]

TYPOS: dict[str, str] = {
    "kundeservice": "kunde service", "egentlig": "egentli", "skuffende": "skufende",
    "sykkelen": "sykkeln", "ikke": "ikkje", "veldig": "veldi", "hvor": "vor",
}

# ---------------------------------------------------------------------------------------------
# Composed claims: with these slots every touchpoint/polarity has at least 40 realizations.
SLOTS.update({
    "contact": ["på chatten", "på e-post", "på telefon", "via kontaktskjemaet"],
    "channel": ["på Instagram", "på YouTube", "på Facebook", "på TV", "i nettavisen"],
    "device": ["på mobilen", "på PC-en", "på nettbrettet", "på jobb-PC-en"],
    "wait": ["to dager", "tre dager", "en uke", "over en uke", "fem virkedager"],
    "quick": ["innen en time", "på ti minutter", "samme dag", "neste morgen"],
    "job": ["en punktering", "justering av girene", "en vanlig service", "nye bremseklosser", "et nytt kjede"],
    "smallamount": ["150 kr", "200 kr", "250 kr", "300 kr"],
    "feature": ["størrelsesguiden", "sammenligningsfunksjonen", "prisfilteret", "chatten", "lagersjekken"],
})
_MORE: dict[tuple[str, str], list[str]] = {
    ("product", "neu"): [
        "Noen som har byttet {part} selv på denne modellen?",
        "Etter {weeks} uker er inntrykket helt greit, verken mer eller mindre",
        "Hvor ofte bør man ta {job} på en sånn sykkel?",
    ],
    ("service", "pos"): [
        "Fikk svar {contact} {quick}, og de løste problemet med en gang",
        "Hjelpsomme folk {contact}, selv om de ikke snakker norsk",
        "De hjalp meg med {job} over telefon",
        "Kundeservice svarte {quick}, helt utmerket",
    ],
    ("service", "neu"): [
        "Har kontaktet dem {contact}, venter på svar",
        "Det tok {wait} før jeg fikk svar {contact}",
        "Spurte om {job} {contact} og fikk et greit svar",
    ],
    ("service", "neg"): [
        "Har prøvd {contact} i {wait} uten å få svar",
        "Svaret {contact} var bare et standardsvar som ikke hjalp",
        "Ventet i {wait} på svar om {job}",
    ],
    ("price", "pos"): [
        "{job^} kostet bare {smallamount}, helt greit",
        "Med {percent} rabatt ble det et kupp",
        "Betalte {smallamount} for {job}, billigere enn hos verkstedet her",
    ],
    ("price", "neg"): ["{amount} for {job} er helt hinsides"],
    ("delivery", "pos"): [
        "Bestillingen ble sendt {quick}, og pakken kom uten skader",
        "Fikk sporingsnummer {quick}",
        "{acc^} kom i samme pakke, alt i orden",
    ],
    ("delivery", "neu"): ["W|Ifølge e-posten kommer {product_def} om {wait}"],
    ("delivery", "neg"): ["W|Pakken med {acc} har vært «på vei» i {wait}"],
    ("store", "pos"): [
        "{in_store^} fikk jeg hjelp med {job} med en gang",
        "Verkstedet {in_store} ordnet {job} mens jeg ventet",
        "God stemning {in_store}, og de tok seg tid",
        "Mekanikerne {in_store} ordnet {job} på stedet",
        "Koselig butikk {in_store} med kaffe og god tid",
    ],
    ("store", "neu"): [
        "Kan man få {job} {in_store} uten å bestille time?",
        "Noen som har vært {in_store} nylig?",
        "{store^} har visst fått nye åpningstider",
        "Hvor lang ventetid er det på {job} {in_store}?",
        "Må man bestille time for {job} {in_store}?",
    ],
    ("store", "neg"): ["Måtte vente {wait} på {job} hos verkstedet", "{in_store^} visste ingen noe om {job}"],
    ("website", "pos"): [
        "{feature^} på nettsiden fungerer veldig bra",
        "Bestillingen gikk helt fint {device}",
        "Lett å følge bestillingen {device}",
        "Nettsiden laster raskt, også {device}",
        "Fant riktig sykkel med {feature} på {site}",
        "Bestilte {device} på fem minutter",
        "Enkelt å booke {job} {device}",
    ],
    ("website", "neu"): [
        "Fungerer {feature} også {device}?",
        "Savner {feature} på nettsiden",
        "Har noen fått til å bestille {device}?",
        "Er det mulig å booke {job} på nettsiden?",
        "Appen har fått {feature}, ser det ut til",
    ],
    ("website", "neg"): [
        "{feature^} fungerer ikke {device}",
        "Bestillingen stopper opp {device} hver gang",
        "Sendte melding {contact} om feilen på nettsiden, ingen svar",
        "Nettsiden henger seg opp {device}",
    ],
    ("returns", "pos"): [
        "Returen ble ordnet {contact} {quick}",
        "Pengene var tilbake innen {wait}",
        "{part^} ble byttet på garantien uten spørsmål",
        "Reklamasjonen ble godkjent {quick}",
    ],
    ("returns", "neu"): [
        "Har meldt inn retur {contact}, venter på svar",
        "Hvor lang tid tar refusjonen vanligvis, {wait}?",
        "Dekker garantien {part}?",
        "Retur kan meldes inn {contact}",
        "Ifølge vilkårene tar refusjonen rundt {wait}",
        "Reklamasjon på {part} er sendt inn, venter på svar",
        "Må man sende {part} tilbake selv ved reklamasjon?",
    ],
    ("returns", "neg"): ["Har ventet {wait} på svar om reklamasjonen på {part}"],
    ("advertising", "pos"): [
        "Fin kampanje fra {brand} {channel}",
        "Fikk {percent} rabatt takket være en annonse {channel}",
        "Endelig en sykkelreklame {channel} som ikke er irriterende",
        "Tilbudet jeg så {channel} stemte faktisk",
        "Reklamen til {brand} {channel} fikk meg faktisk til å le",
    ],
    ("advertising", "neu"): [
        "Så en annonse for {brand} {channel} i dag",
        "{brand} har et tilbud på {percent} nå, så jeg {channel}",
        "Mye reklame fra sykkelbutikker {channel} for tiden",
        "Noen som har sett kampanjen til {brand} {channel}?",
        "Fikk nyhetsbrev med tilbud på {acc}",
    ],
    ("advertising", "neg"): [
        "Reklamen {channel} lover ting de ikke holder",
        "Blir bombardert med annonser fra {brand} {channel}",
        "Rabatten på {percent} i annonsen gjaldt bare de dyreste modellene",
        "Enda en annonse {channel} om «rask levering», latterlig",
        "Får fortsatt e-post om {acc} selv om jeg har meldt meg av",
        "Annonsen {channel} var rett og slett villedende",
        "Reklame {channel} er vel og bra, men fiks kundeservicen først",
        "Kampanjen {channel} er ganske pinlig",
    ],
}
for (_tp, _pol), _extra in _MORE.items():
    CLAIMS[_tp][_pol].extend(_extra)
