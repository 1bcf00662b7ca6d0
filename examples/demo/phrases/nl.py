"""Dutch phrase bank: how Dutch customers, forum users and journalists write about bike shops.

Templates use {slot} placeholders filled per item (see generate.Writer); {slot^} capitalizes the
value. A template starting with "E|" only fits an electric bike (it mentions battery or motor).
Claims carry no final punctuation: the generator adds it, or joins two claims with a contrast word.
"""

from __future__ import annotations


def _p(product: str, electric: bool) -> dict[str, object]:
    return {"product": product, "e": electric}


SLOTS: dict[str, list] = {
    "product": [
        _p("e-bike", True), _p("elektrische stadsfiets", True), _p("elektrische bakfiets", True),
        _p("speed pedelec", True), _p("e-mountainbike", True), _p("elektrische transportfiets", True),
        _p("stadsfiets", False), _p("racefiets", False),
        _p("gravelbike", False), _p("bakfiets", False), _p("omafiets", False),
        _p("vouwfiets", False),
    ],
    "part": ["de ketting", "de verlichting", "de naafversnelling", "de achterrem", "de voorvork", "de koplamp", "het achterlicht", "de standaard"],
    "part_e": ["de accu", "de motor", "het display", "de trapondersteuning", "de lader"],
    "acc": [
        "een fietsslot", "een helm", "twee fietstassen", "een kinderzitje", "een set lampjes",
        "een telefoonhouder", "een regenhoes", "een kettingslot", "een fietsmand", "een fietscomputer",
    ],
    "days": ["drie", "vier", "vijf", "zes", "tien", "8", "12"],
    "fastdays": ["twee", "drie", "vier", "2", "3"],
    "weeks": ["twee", "drie", "vier", "vijf", "zes", "3", "4"],
    "months": ["twee", "drie", "vier", "zes", "acht", "9"],
    "times": ["vier", "vijf", "zes", "zeven", "tien"],
    "minutes": ["20", "25", "35", "40", "45"],
    "km": ["800", "1.200", "1.500", "2.000", "3.000", "4.500"],
    "range": ["50", "60", "70", "80"],
    "price": ["€1.299", "€1.649", "€1.899", "€2.199", "€2.499", "€2.899", "€3.299"],
    "amount": ["€25", "€35", "€49", "€59", "€75", "€89", "€120"],
    "percent": ["10%", "15%", "20%", "25%"],
    "staff": ["Joris", "Fatima", "Bas", "Lotte", "Ahmed", "Mirjam", "Kees", "Sanne", "Youssef", "Eline", "Ruud", "Priya"],
    "weekday": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    "very": ["echt", "heel", "super", "ontzettend", "erg"],
    "who": ["mijn dochter", "mijn zoon", "mijn vriendin", "mijn vader", "mijn partner", "mijn moeder", "onze oudste"],
    "commute": ["acht", "twaalf", "vijftien", "twintig", "25"],
}

BRAND_SLOTS: dict[str, dict[str, list[str]]] = {
    "trapkracht": {
        "city": ["Utrecht", "Amsterdam"],
        "in_store": [
            "in de winkel in Utrecht", "in de Utrechtse winkel", "in de winkel aan de Biltstraat",
            "in de winkel in Amsterdam", "in de winkel aan de Overtoom", "in de Amsterdamse vestiging",
        ],
        "store": ["de winkel in Utrecht", "de winkel aan de Biltstraat", "de winkel in Amsterdam", "de vestiging aan de Overtoom"],
    },
    "velora": {
        "city": ["Rotterdam", "Den Haag", "Eindhoven", "Groningen", "Zwolle", "Breda", "Amersfoort", "Haarlem", "Nijmegen", "Tilburg", "Leiden"],
        "in_store": ["in het filiaal in {city}", "in de vestiging in {city}", "in de winkel in {city}"],
        "store": ["het filiaal in {city}", "de vestiging in {city}", "de winkel in {city}"],
    },
    "spaakwiel": {
        "city": ["Arnhem", "Düsseldorf"],
        "in_store": ["in de showroom in Arnhem", "in het testcentrum in Düsseldorf", "in de showroom"],
        "store": ["de showroom in Arnhem", "het testcentrum in Düsseldorf", "de showroom"],
    },
}

# Opening sentences that set the scene and name the brand.
INTROS: list[str] = [
    "OR|Vorige maand een {product} gekocht bij {brand}",
    "OL|Sinds {months} maanden rijd ik op een {product} van {brand}",
    "R|Twee weken geleden een {product} besteld via {brand}",
    "Mijn ervaring met {brand} in het kort",
    "Wij zijn al jaren klant bij {brand}",
    "O|Voor {who} een {product} gekocht bij {brand}",
    "Dit was mijn eerste bestelling bij {brand}",
    "Na lang vergelijken toch voor {brand} gekozen",
    "Op aanraden van een collega bij {brand} terechtgekomen",
    "Onze tweede fiets bij {brand} alweer",
    "Even mijn ervaring met {brand} delen, want die is het vermelden waard",
    "Begin deze zomer een {product} besteld op {site}",
    "R|Ik ben {weekday} langs geweest bij {brand} voor een {product}",
    "Mijn oude fiets was op, dus het werd een {product} van {brand}",
    "Via {site} een {product} en {acc} besteld",
    "Eerlijke review over {brand}, geen gesponsorde onzin",
    "O|Ik heb bij {brand} een {product} laten leveren",
    "Heb {brand} een kans gegeven na alle verhalen online",
    "OL|Ik rijd nu een half jaar op mijn {product} van {brand}",
    "OR|Afgelopen {weekday} mijn nieuwe {product} opgehaald bij {brand}",
    "O|Na mijn vorige fiets ook deze weer bij {brand} gekocht",
    "W|Korte update over mijn bestelling bij {brand}",
    "W|Op {weekday} een {product} besteld bij {brand}",
    "W|Mijn eerste bestelling bij {brand} loopt nog",
]

# Background sentences without brand or opinion: they make long reviews read like real ones.
CONTEXT: list[str] = [
    "Ik fiets dagelijks {commute} kilometer naar mijn werk, weer of geen weer",
    "We hebben twee kleine kinderen en wilden de auto vaker laten staan",
    "E|Mijn knie is niet meer wat hij was, dus ondersteuning was wel fijn",
    "O|De fiets wordt vooral gebruikt voor boodschappen en om de kinderen naar school te brengen",
    "Ik had vooraf flink wat reviews gelezen en filmpjes gekeken",
    "In het weekend maken we graag lange tochten door de polder",
    "Ik woon op de derde verdieping, dus het gewicht was voor mij belangrijk",
    "Mijn vorige fiets heeft het twaalf jaar volgehouden",
    "Ik ben geen fietsexpert, gewoon iemand die elke dag op de fiets zit",
    "We wonen in het buitengebied, dus de afstanden zijn flink",
    "Ik had een budget van rond de tweeduizend euro",
    "Mijn partner rijdt al jaren op hetzelfde merk",
    "E|Het was mijn eerste elektrische fiets, dus ik had best wat vragen",
    "Ik gebruik de fiets ook voor het woon-werkverkeer via de leaseregeling van mijn werkgever",
    "O|De fiets staat buiten, dus hij moet wel wat kunnen hebben",
]

CLAIMS: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": [
            "L|{part^} werkt na {months} maanden nog steeds perfect",
            "De {product} rijdt heerlijk licht en soepel",
            "Echt een prachtige {product}, degelijk afgewerkt tot in de details",
            "L|Mijn {product} heeft inmiddels ruim {km} km gereden zonder één mankement",
            "Het frame voelt stevig aan en de onderdelen zijn van goede kwaliteit",
            "De {product} is precies wat ik zocht: comfortabel, stil en betrouwbaar",
            "E|De accu gaat makkelijk {range} km mee, zelfs met tegenwind",
            "E|De motor trekt je soepel weg bij het stoplicht en is bijna niet te horen",
            "Geen enkel probleem gehad, alles doet wat het moet doen",
            "Wat een verschil met mijn oude fiets, ik pak nu elke dag de fiets naar mijn werk",
            "De {product} zag er in het echt nog mooier uit dan op de foto's",
            "Schakelt superstrak en de remmen zijn {very} goed",
            "Kwaliteit van de {product} van {brand} is {very} goed, daar kan geen goedkope webshopfiets tegenop",
            "L|Zelfs na een natte herfst nog geen spoortje roest",
        ],
        "neu": [
            "De {product} is prima, niet meer en niet minder",
            "E|Weet iemand hoe lang de accu van een {product} van {brand} ongeveer meegaat?",
            "Rijdt zoals je van een {product} in deze prijsklasse mag verwachten",
            "{part^} moest na de eerste maand even worden afgesteld, verder niks bijzonders",
            "Heeft iemand ervaring met de {product} van {brand} op langere ritten?",
            "Het is een degelijke {product}, geen wereldwonder",
            "R|Ik rijd nu {weeks} weken op de {product}, een oordeel volgt later",
            "Qua uitvoering vergelijkbaar met andere merken in dezelfde prijsklasse",
            "De {product} weegt iets meer dan ik had verwacht, maar dat stond ook gewoon in de specificaties",
            "Is {part} bij dit model makkelijk zelf te vervangen?",
            "R|Ik moet nog wennen aan het schakelen op de {product}",
            "Welke framemaat raden jullie aan bij een lengte van 1,85 m?",
        ],
        "neg": [
            "{part^} was na {weeks} weken al kapot",
            "De {product} kraakt en piept aan alle kanten, en dat na nog geen maand",
            "Bij de eerste rit liep de ketting er al af",
            "E|De accu haalt bij lange na niet de beloofde {range} km",
            "Het lakwerk bladdert nu al af, voor dit geld verwacht je echt beter",
            "Kwaliteit valt zwaar tegen, ik heb spijt van deze aankoop",
            "E|Het display geeft om de haverklap een foutmelding en dan doet de motor niks meer",
            "De {product} stond scheef afgesteld toen ik hem ophaalde",
            "L|Na {months} maanden zit er al roest op het stuur en de spaken",
            "Voelt goedkoop aan, van een premium {product} verwacht ik meer",
            "De remmen piepen vanaf dag één en niemand kan het verhelpen",
            "{part^} is nu al voor de tweede keer stuk",
            "De {product} van {brand} is mooi om te zien, maar er zit geen kwaliteit achter",
        ],
    },
    "service": {
        "pos": [
            "{staff} nam echt alle tijd om alles uit te leggen",
            "De klantenservice reageerde binnen een uur en dacht echt met me mee",
            "{very^} vriendelijk personeel dat weet waar ze het over hebben",
            "Ik werd telefonisch netjes te woord gestaan en het probleem was dezelfde dag opgelost",
            "Via de chat had ik binnen vijf minuten antwoord, dat maak je niet vaak mee",
            "De monteur heeft zelfs gratis mijn remmen nog even nagekeken",
            "Eindelijk een winkel waar je niet wordt afgescheept met een standaardantwoord",
            "{staff} heeft me goed geadviseerd over de juiste framemaat",
            "Heel correcte afhandeling toen er iets misging, complimenten voor het team van {brand}",
            "Vriendelijk, deskundig en geen opdringerige verkooppraatjes",
            "Ze belden zelf terug toen ze het antwoord hadden uitgezocht",
            "Top service van {staff} in de werkplaats",
        ],
        "neu": [
            "De klantenservice is alleen op werkdagen bereikbaar, dus even geduld hebben",
            "Weet iemand of je {brand} ook op zaterdag kunt bellen?",
            "Ik heb een mail gestuurd naar de klantenservice en wacht op antwoord",
            "Mijn vraag over de garantie werd beantwoord, al moest ik het zelf verder uitzoeken",
            "Het advies in de winkel was oké, niet bijzonder goed of slecht",
            "Doet de werkplaats van {brand} ook fietsen die je ergens anders hebt gekocht?",
            "Kun je bij {brand} een afspraak maken voor een proefrit of moet je gewoon langskomen?",
            "Na twee dagen kreeg ik een standaardmail terug, mijn vraag staat nog open",
            "Je krijgt bij de chat eerst een bot, daarna pas een medewerker",
            "De medewerker wist het antwoord niet meteen en ging het navragen",
        ],
        "neg": [
            "De klantenservice reageert gewoon niet op mijn mails",
            "Ik heb nu {times} keer gebeld en word steeds met een kluitje in het riet gestuurd",
            "De medewerker aan de telefoon was kortaf en totaal niet behulpzaam",
            "Je wordt van het kastje naar de muur gestuurd, niemand voelt zich verantwoordelijk",
            "Op de chat krijg je alleen standaardzinnetjes terug",
            "In de winkel werd ik compleet genegeerd, terwijl het niet eens druk was",
            "Ze zouden me terugbellen, dat is nooit gebeurd",
            "De monteur deed alsof mijn klacht overdreven was",
            "Al {days} dagen geen reactie op mijn vraag, dit is echt onder de maat",
            "Klantvriendelijkheid is bij {brand} ver te zoeken",
            "Ik kreeg drie verschillende antwoorden van drie verschillende medewerkers",
            "Geen excuses, geen oplossing, helemaal niks",
        ],
    },
    "price": {
        "pos": [
            "Voor {price} krijg je echt veel fiets",
            "De prijs-kwaliteitverhouding is uitstekend",
            "Ze waren {percent} goedkoper dan de fietsenmaker bij mij om de hoek",
            "Met de korting van {percent} was het echt een koopje",
            "Eerlijke prijzen en geen verborgen kosten",
            "Onderhoudsbeurt voor {amount} inclusief nieuwe remblokjes, keurig",
            "Niet de goedkoopste, maar je krijgt er wel kwaliteit voor terug",
            "Gratis bezorging en montage inbegrepen, daar kunnen anderen een voorbeeld aan nemen",
            "De inruilprijs voor mijn oude fiets viel verrassend mee",
            "Voor dit geld vind je nergens een betere {product}",
            "Netjes de prijs verlaagd toen ik liet zien dat hij elders goedkoper was",
        ],
        "neu": [
            "De {product} kost {price}, ongeveer hetzelfde als bij de concurrentie",
            "Weet iemand of {brand} binnenkort weer uitverkoop heeft?",
            "De prijzen zijn de laatste tijd wel wat gestegen, maar dat is overal zo",
            "Verzendkosten zijn {amount}, vanaf een bepaald bedrag is het gratis",
            "Is {price} een normale prijs voor een {product} of zit ik te hoog?",
            "Je kunt bij {brand} ook in termijnen betalen, handig om te weten",
            "Prijzen in de winkel en online zijn hetzelfde",
            "De prijs is sinds mijn aankoop al twee keer veranderd",
            "Kun je bij {brand} je oude fiets inruilen?",
            "Een onderhoudsbeurt kost daar rond de {amount}",
        ],
        "neg": [
            "Veel te duur voor wat je krijgt",
            "Een week na mijn aankoop was dezelfde {product} ineens {amount} goedkoper",
            "{amount} voor een simpele onderhoudsbeurt is echt absurd",
            "Ze rekenden {amount} verzendkosten, terwijl op de site gratis verzending stond",
            "Voor {price} verwacht ik echt betere onderdelen",
            "De prijs in de winkel was hoger dan online en ze weigerden dat gelijk te trekken",
            "Verborgen kosten voor montage en afleveren, dat stond nergens duidelijk vermeld",
            "Bij de concurrent betaal je voor dezelfde fiets zo'n {percent} minder",
            "Prijzen van {brand} gaan elk half jaar omhoog, de service niet",
            "Voor een nieuwe band rekenden ze {amount}, dat is gewoon afzetterij",
        ],
    },
    "delivery": {
        "pos": [
            "Binnen {fastdays} dagen netjes thuisbezorgd en volledig gemonteerd",
            "Op {weekday} besteld en twee dagen later stond de fiets al voor de deur",
            "De bezorger zette de fiets zelfs voor me in de schuur",
            "Track & trace werkte perfect, ik wist precies wanneer hij zou komen",
            "Alles was op voorraad en ik kon hem dezelfde dag ophalen",
            "Levering was sneller dan beloofd en de fiets was goed ingepakt",
            "Keurig op tijd geleverd, precies binnen het afgesproken tijdvak",
            "De bezorgers namen meteen het karton weer mee, heel fijn",
            "Het pakketje met {acc} kwam al de volgende dag binnen",
            "Ze belden een half uur van tevoren dat ze eraan kwamen",
            "Levering door {brand} ging vlekkeloos",
        ],
        "neu": [
            "W|De levertijd staat op {weeks} weken, dus nog even geduld",
            "Weet iemand hoe lang levering naar België ongeveer duurt?",
            "W|Mijn bestelling is verzonden, nu afwachten wanneer hij komt",
            "W|Is de {product} nu op voorraad of moet je er nog op wachten?",
            "Je krijgt een tijdvak van vier uur door voor de bezorging",
            "W|Ik kreeg een mail dat de levering een paar dagen later wordt",
            "Ophalen in de winkel kan ook, dat scheelt verzendkosten",
            "Leveren ze bij {brand} ook op zaterdag?",
            "W|De fiets wordt geleverd in een grote doos, je moet zelf het stuur nog rechtzetten",
            "W|Bestelling {order} is vandaag verzonden volgens de mail",
        ],
        "neg": [
            "W|Al {weeks} weken wachten op mijn {product} en nog steeds niks",
            "W|De levering is drie keer uitgesteld zonder enige uitleg",
            "W|Track & trace werkt niet en niemand weet waar mijn fiets is",
            "O|De {product} kwam beschadigd aan, met een flinke kras op het frame",
            "W|De bezorger kwam gewoon niet opdagen, ik had er een vrije dag voor genomen",
            "Op de site stond 'op voorraad', maar na betaling werd het ineens {weeks} weken levertijd",
            "W|Bestelling {order} staat al {days} dagen op 'in verwerking'",
            "Het pakket met {acc} is onderweg kwijtgeraakt",
            "Levertijd van {brand} klopt nooit, elke keer weer een nieuwe datum",
            "De levering duurde {weeks} weken in plaats van de beloofde drie dagen",
            "O|Geleverd zonder pedalen en zonder handleiding",
            "O|De doos stond gewoon bij de buren in de regen",
        ],
    },
    "store": {
        "pos": [
            "{in_store^} werd ik meteen geholpen",
            "Mooie, ruime winkel met veel fietsen om uit te proberen",
            "Je kunt er gewoon een proefrit maken zonder gedoe",
            "Lekkere koffie terwijl je wacht op je reparatie, leuk detail",
            "De werkplaats {in_store} is snel en vakkundig",
            "Fijne winkel, goed bereikbaar en je kunt je fiets er makkelijk kwijt",
            "Gezellige sfeer {in_store} en er staat altijd wel iemand klaar",
            "{store^} is netjes ingericht en je vindt makkelijk wat je zoekt",
            "Bij {brand} mag je gewoon een half uur proefrijden, zo hoort het",
            "Ruime keuze in de winkel, van kinderfietsen tot bakfietsen",
        ],
        "neu": [
            "Zijn de openingstijden {in_store} op zondag anders?",
            "{in_store^} hebben ze niet alle modellen staan, dus bel even van tevoren",
            "Parkeren bij de winkel is lastig, je kunt beter met het ov komen",
            "Ik ben even binnengelopen {in_store} om rond te kijken, nog niks gekocht",
            "Ze gaan {store} verbouwen, tijdelijk zitten ze in een kleiner pand",
            "Heeft {store} ook een werkplaats waar je zonder afspraak terechtkunt?",
            "{store^} is op maandagochtend gesloten",
            "Klopt het dat {store} gaat verhuizen?",
        ],
        "neg": [
            "{in_store^} was het een rommeltje, fietsen stonden kriskras door elkaar",
            "Twintig minuten gewacht {in_store} voordat iemand me hielp",
            "De winkel was dicht terwijl online stond dat ze open waren",
            "De werkplaats heeft pas over {weeks} weken plek, belachelijk",
            "Nauwelijks voorraad in de winkel, alles moet besteld worden",
            "Een proefrit maken mocht niet, 'dat doen we alleen op afspraak'",
            "{store^} is klein en benauwd, je kunt je er nauwelijks omdraaien",
            "De verkoper {in_store} had duidelijk geen zin in klanten",
        ],
    },
    "website": {
        "pos": [
            "De website is overzichtelijk en bestellen ging in een paar klikken",
            "Handige filter op framemaat, zo vond ik snel de juiste {product}",
            "De app houdt je precies op de hoogte van je onderhoudsbeurten",
            "Betalen met iDEAL ging vlekkeloos",
            "Online een afspraak gepland voor de werkplaats, super makkelijk",
            "Duidelijke productinformatie en eerlijke reviews op {site}",
            "De maatwijzer op de site klopte precies",
            "Telefonisch had ik binnen twee minuten iemand aan de lijn",
        ],
        "neu": [
            "Is de site van {brand} ook in het Engels beschikbaar?",
            "Op {site} staan de levertijden per model vermeld",
            "De app heeft een nieuwe update gekregen, even wennen",
            "Je moet een account aanmaken om te kunnen bestellen",
            "Ik zie op de site twee verschillende prijzen voor dezelfde {product}",
            "Kun je via de app ook je garantiebewijs terugvinden?",
            "Het telefoonnummer van de klantenservice staat een beetje verstopt op de site",
            "De website van {brand} is vernieuwd, ziet er anders uit",
        ],
        "neg": [
            "De website ligt er alweer uit",
            "Bij het afrekenen kreeg ik steeds een foutmelding",
            "De app logt je om de haverklap uit en dan is je winkelmandje leeg",
            "Telefonisch onbereikbaar, na {minutes} minuten in de wacht heb ik opgehangen",
            "De voorraad op de site klopt totaal niet met wat er echt is",
            "Mijn kortingscode werd niet geaccepteerd en de site gaf geen uitleg",
            "De site van {brand} is traag en onoverzichtelijk",
            "Het contactformulier geeft een foutmelding bij het versturen",
        ],
    },
    "returns": {
        "pos": [
            "Retourneren ging zonder gezeur, het geld stond binnen een week terug",
            "E|Garantieclaim op de accu werd zonder discussie gehonoreerd",
            "De {product} is onder garantie gerepareerd en ik kreeg een leenfiets mee",
            "Mijn klacht werd netjes opgepakt en ze kwamen zelf met een oplossing",
            "Ruilen voor een andere maat was binnen een paar dagen geregeld",
            "{part^} werd kosteloos vervangen, ook al was de garantie net verlopen",
            "{brand} heeft de retourkosten gewoon zelf betaald",
            "Klacht ingediend op {weekday}, twee dagen later was het opgelost",
        ],
        "neu": [
            "Hoe werkt retourneren bij {brand} als je de fiets al hebt gebruikt?",
            "Je hebt 30 dagen bedenktijd, wel in de originele verpakking",
            "E|Garantie op het frame is tien jaar, op de accu twee jaar",
            "Mijn retour is aangemeld, nu wachten op de ophaaldatum",
            "Weet iemand of de garantie ook geldt als je in het buitenland woont?",
            "Voor garantie moet je de fiets naar de winkel brengen, ze halen hem niet op",
            "Ik heb een klacht ingediend en kreeg een dossiernummer",
        ],
        "neg": [
            "Garantie? Vergeet het maar, volgens hen is het 'normale slijtage'",
            "Retour aangemeld op {weekday} en na {weeks} weken nog steeds geen geld terug",
            "E|Ze weigeren de kapotte accu te vervangen",
            "Mijn klacht is gewoon gesloten zonder dat er iets is opgelost",
            "Voor het retourneren moest ik zelf {amount} betalen, terwijl de fiets defect was",
            "Een reparatie onder garantie duurt nu al {weeks} weken",
            "Bij {brand} moet je voor elke garantieclaim zelf achter ze aan",
            "Ze wilden alleen een tegoedbon geven in plaats van mijn geld terug",
        ],
    },
    "advertising": {
        "pos": [
            "Leuke reclame {channel}, blijft goed hangen",
            "De nieuwsbrief bevat echt nuttige onderhoudstips",
            "Sympathieke campagne met echte klanten in plaats van modellen",
            "Goed dat ze in hun mails eerlijk zijn over de levertijden",
            "Dat filmpje over de werkplaats op Instagram was leuk gemaakt",
            "Mooie actie van {brand} om oude fietsen in te zamelen voor het goede doel",
            "De folder was duidelijk, zonder kleine lettertjes",
        ],
        "neu": [
            "Zag vandaag een reclame van {brand} {channel}",
            "Ik kreeg een mail over de nieuwe collectie",
            "Heeft iemand die kortingsactie in de nieuwsbrief ook gezien?",
            "Ze adverteren tegenwoordig veel op Instagram",
            "Overal in de stad hangen posters van {brand}",
            "{brand} sponsort dit jaar de lokale wielerronde",
            "Er stond een advertentie van {brand} in de krant van vanochtend",
        ],
        "neg": [
            "Elke dag drie mails met 'laatste kans', echt irritant",
            "De actie uit de reclame bleek maar voor een paar modellen te gelden",
            "Misleidende reclame: 'morgen in huis' klopt gewoon niet",
            "Ik heb me afgemeld voor de nieuwsbrief en krijg nog steeds mails",
            "De korting uit de advertentie gold ineens niet meer bij het afrekenen",
            "Die nieuwe reclame van {brand} is tenenkrommend",
            "Ze beloven in hun advertenties gratis service, maar in de winkel weten ze van niks",
        ],
    },
}

# The delivery wave: orders stuck, no tracking, customer service silent.
INCIDENT: list[str] = [
    "Bestelling {order} staat al {days} dagen op 'in verwerking'",
    "Mijn {product} zou vorige week geleverd worden, maar ik heb nog steeds niks",
    "Geen track & trace, geen mail, helemaal niks",
    "De klantenservice neemt de telefoon niet op en reageert niet op mails",
    "In de chat zeggen ze alleen dat ze 'het drukker hebben dan normaal'",
    "Mijn bestelling staat al een week op dezelfde status",
    "Op de site staat nog steeds 'wordt verwerkt', terwijl ik al lang betaald heb",
    "Ik heb {times} keer gebeld, maar kom er niet doorheen",
    "De bezorgdatum is nu al twee keer verschoven zonder uitleg",
    "Betaald op {weekday} en sindsdien niks meer gehoord",
    "Volgens mij ben ik niet de enige, op het forum staan tientallen klachten over leveringen",
    "De track & trace-link in de bevestigingsmail geeft alleen een foutmelding",
    "Niemand kan me vertellen waar mijn fiets is",
    "Ze hebben mijn geld wel, maar ik heb nog steeds geen fiets",
    "Elke dag de status checken en elke dag hetzelfde: in verwerking",
    "Na een week wachten een automatisch mailtje dat 'er vertraging is', verder niks",
    "Ik moet volgende week weer aan het werk en heb nog steeds geen fiets om mee te gaan",
    "Het pakketje met {acc} is ook nog niet verzonden, terwijl dat gewoon op voorraad stond",
    "Wat is er aan de hand bij {brand}? Niemand krijgt zijn bestelling",
    "Bezorger zou tussen 13:00 en 17:00 komen, niemand gezien en geen bericht",
    "Klantenservice belooft terug te bellen, maar dat gebeurt gewoon niet",
    "Ik overweeg mijn bestelling te annuleren en het ergens anders te kopen",
    "Een mail sturen heeft geen zin, je krijgt alleen een automatisch antwoord",
    "Al {days} dagen wachten en nog steeds geen verzendbevestiging",
]
INCIDENT_TITLES: list[str] = [
    "Bestelling blijft hangen op 'in verwerking'",
    "Waar blijft mijn fiets?",
    "Geen levering, geen reactie",
    "Levering {brand} een drama",
    "Iemand anders ook problemen met levering {brand}?",
    "Nog steeds geen track & trace",
    "Klantenservice {brand} onbereikbaar",
    "Wat is er aan de hand met de leveringen?",
    "Al een week niks gehoord",
    "Slecht bereikbaar en geen fiets",
    "Bestelling {brand} vertraagd zonder uitleg",
    "Betaald maar geen fiets",
]

OPENERS: dict[str, list[str]] = {
    "pos": ["Eerlijk is eerlijk:", "Nou,", "Kort samengevat:", "Wat mij betreft:", "Echt waar,", "Ik moet zeggen:", "Positief nieuws:", "Kortom:"],
    "neu": ["Nou,", "Ter info:", "Update:", "Kort:", "Voor wie het wil weten:", "Even ter info:"],
    "q": ["Vraagje:", "Even een vraag:", "Snelle vraag:", "Vraag aan de kenners:"],
    "neg": ["Helaas:", "Nou,", "Wat een gedoe:", "Eerlijk gezegd:", "Ik ben er klaar mee:", "Kort samengevat:", "Serieus,", "Pff,"],
}
CLOSERS: dict[str, list[str]] = {
    "pos": [
        "Aanrader!", "Ik kom zeker terug", "Top, ga zo door!", "Zou het iedereen aanraden",
        "Heel tevreden", "Zeker voor herhaling vatbaar", "Blije klant hier", "Dikke duim omhoog",
        "Bedankt voor de goede service!", "Helemaal blij mee",
    ],
    "neu": [
        "We zullen zien", "Ik hou jullie op de hoogte", "Tips zijn welkom", "Iemand ervaring mee?",
        "Verder nog geen mening", "Wordt vervolgd", "Alvast bedankt voor jullie reacties",
    ],
    "neg": [
        "Nooit meer", "Ik raad het niemand aan", "Zonde van het geld", "Ik ben er klaar mee",
        "Heel teleurstellend", "Jammer, want het kan echt beter", "Wat een gedoe", "Dit was de laatste keer",
        "Blijf hier weg", "Niet normaal meer",
    ],
}
CONTRAST: list[str] = [", maar ", ", alleen ", ". Maar "]

REVIEW_TITLES: dict[str, dict[str, list[str]]] = {
    "product": {
        "pos": ["Top fiets!", "Heerlijke {product}", "Kwaliteit is prima", "Superblij met mijn {product}", "Prachtfiets"],
        "neu": ["Prima fiets, verder niks bijzonders", "Degelijk", "Doet wat het moet doen"],
        "neg": ["Slechte kwaliteit", "Na {weeks} weken al stuk", "Valt zwaar tegen", "Kwaliteit ver onder de maat"],
    },
    "service": {
        "pos": ["Geweldige service", "Vriendelijk en deskundig", "Top geholpen", "Klantenservice verdient een pluim"],
        "neu": ["Service was oké", "Redelijk geholpen"],
        "neg": ["Waardeloze klantenservice", "Geen reactie op mijn mails", "Van het kastje naar de muur", "Onvriendelijk personeel"],
    },
    "price": {
        "pos": ["Goede prijs-kwaliteit", "Scherp geprijsd", "Veel fiets voor je geld"],
        "neu": ["Gemiddelde prijs", "Prijs is normaal"],
        "neg": ["Veel te duur", "Verborgen kosten!", "Afzetterij"],
    },
    "delivery": {
        "pos": ["Snelle levering", "Binnen {fastdays} dagen in huis", "Keurig bezorgd"],
        "neu": ["Levering zoals verwacht", "Levertijd {weeks} weken"],
        "neg": ["Levering duurt eeuwig", "Nog steeds niet geleverd", "Beschadigd geleverd", "Levering een drama"],
    },
    "store": {
        "pos": ["Fijne winkel", "Leuke winkel met goed advies", "Prima werkplaats"],
        "neu": ["Winkel is oké"],
        "neg": ["Rommelige winkel", "Lang wachten in de winkel"],
    },
    "website": {
        "pos": ["Makkelijk online besteld", "Fijne website"],
        "neu": ["Website werkt"],
        "neg": ["Website werkt niet", "Onbereikbaar"],
    },
    "returns": {
        "pos": ["Garantie netjes geregeld", "Retour zonder gedoe"],
        "neu": ["Retour aangemeld"],
        "neg": ["Garantie stelt niks voor", "Nog steeds geen geld terug", "Klacht genegeerd"],
    },
    "advertising": {
        "pos": ["Leuke acties"],
        "neu": ["Veel mails"],
        "neg": ["Misleidende reclame", "Spam"],
    },
}
REVIEW_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Aanrader!", "Top ervaring met {brand}", "Heel tevreden", "{brand} is top", "Prima!", "Blij met {brand}", "Zeer tevreden klant", "Helemaal goed"],
    "neu": ["Gemengde gevoelens", "Redelijk", "Niet slecht, niet goed", "Ervaring met {brand}", "Gaat wel"],
    "neg": ["Nooit meer {brand}", "Teleurgesteld", "Slechte ervaring", "Blijf weg bij {brand}", "Zeer ontevreden", "Wat een drama"],
}

FORUM_TITLES: dict[str, list[str]] = {
    "product": ["Ervaringen met fietsen van {brand}?", "{product} van {brand}: ervaringen", "Kwaliteit {brand}?", "Mijn nieuwe {product}"],
    "service": ["Klantenservice {brand}", "Ervaring met de werkplaats van {brand}", "Hoe bereik je {brand}?"],
    "price": ["Prijzen {brand}", "Is {brand} te duur?", "Korting bij {brand}?"],
    "delivery": ["Levertijd {brand}", "Levering {brand}: hoe lang duurde het bij jullie?", "Bezorging {product}"],
    "store": ["Winkel {brand} in {city}", "Proefrit bij {brand}"],
    "website": ["Website {brand}", "App van {brand}"],
    "returns": ["Garantie bij {brand}", "Retourneren bij {brand}", "Garantieclaim {product}"],
    "advertising": ["Reclame van {brand}", "Nieuwsbrief {brand}"],
}
FORUM_TITLES_ANY: dict[str, list[str]] = {
    "pos": ["Blij met mijn aankoop", "Positieve ervaring met {brand}", "Compliment voor {brand}", "Eindelijk een goede fietsenwinkel"],
    "neu": ["Vraag over {brand}", "Iemand ervaring met {brand}?", "Twijfel: {brand} of ergens anders?", "Advies gevraagd"],
    "neg": ["Slechte ervaring met {brand}", "Waarschuwing: {brand}", "Klacht over {brand}", "Wie herkent dit?"],
}

# Short social-style posts that stand alone.
SHORTS: dict[str, list[str]] = {
    "pos": [
        "Nieuwe {product} van {brand} opgehaald 😍", "delivery|{brand} levert gewoon netjes op tijd 👌",
        "Vandaag mijn {product} binnen, wat een ding!", "service|Top geholpen door {brand} vandaag",
        "Goed bezig {brand} 👍", "product|Eerste rit op de nieuwe fiets zit erop. Heerlijk!",
        "delivery|Snelste levering ooit van {brand}", "product|Mijn {product} van {brand} is echt een plaatje",
    ],
    "neu": [
        "Iemand ervaring met {brand}?", "Net een {product} besteld bij {brand}, benieuwd",
        "Is {brand} vandaag open?", "Wie heeft er een {product} van {brand}?",
        "delivery|Levert {brand} ook in België?", "Twijfel tussen twee modellen bij {brand}",
    ],
    "neg": [
        "delivery|{brand}, waar blijft mijn fiets? 😡", "Nooit meer {brand}", "product|Alweer kapot. Dank je {brand}",
        "service|{brand} neemt gewoon de telefoon niet op", "delivery|Drie weken wachten bij {brand} en nog niks 🙄",
        "service|Slechtste klantenservice ooit, {brand}", "delivery|Hoe moeilijk kan het zijn om een fiets te leveren, {brand}?",
    ],
}

# Posts that compare two brands; {brand} is the one the post is mostly about.
COMPARE: list[str] = [
    "Bij {other} was dezelfde fiets zo'n honderd euro goedkoper, maar ik heb toch voor {brand} gekozen vanwege de service",
    "Ik heb ook bij {other} gekeken, maar {brand} had hem gewoon op voorraad",
    "Mijn buurman heeft een fiets van {other}, die is een stuk minder goed afgewerkt",
    "Eerst nog even bij {other} geweest, daar werd ik niet eens geholpen",
    "Qua prijs ontlopen {brand} en {other} elkaar niet veel, bij {brand} is het advies beter",
]

# Forum posts that name no brand at all (the collector skips them).
NOBRAND: list[tuple[str, str]] = [
    ("Fietsen naar school: vanaf welke leeftijd?", "Onze zoon van tien wil alleen naar school fietsen, het is drie kilometer met twee drukke kruisingen. Vanaf welke leeftijd lieten jullie je kinderen alleen gaan?"),
    ("Lekke band onderweg", "Wat nemen jullie mee voor onderweg? Ik heb nu een plakset en een pompje, maar met een naafmotor krijg ik het achterwiel er niet zelf uit."),
    ("Regenkleding die echt werkt", "Na drie natte ochtenden op rij ben ik klaar met mijn goedkope regenjas. Poncho of broek en jas, wat werkt voor jullie?"),
    ("Fietscomputer of telefoon?", "Gebruiken jullie een losse fietscomputer of gewoon een telefoonhouder? Ik twijfel of zo'n apparaatje de moeite waard is."),
    ("Speed pedelec op het fietspad", "Sinds kort rij ik op een speed pedelec. Ik word regelmatig aangesproken omdat ik op het fietspad rijd terwijl dat bij ons gewoon mag. Hoe gaan jullie daarmee om?"),
    ("Zadelpijn na lange ritten", "Na een uur fietsen heb ik steeds last van mijn zitvlak. Ander zadel, andere broek of gewoon doorbijten?"),
    ("Fiets in de trein meenemen", "Wij willen in de herfstvakantie met de fiets in de trein naar Zeeland. Moet je vooraf reserveren of kun je gewoon instappen?"),
    ("Verlichting controleren voor de winter", "Vanavond door de politie aangehouden omdat mijn achterlicht het niet deed. Tip voor iedereen: check even je lampjes nu het weer vroeg donker is."),
    ("Welke fietsverzekering raden jullie aan?", "Ik heb net een nieuwe e-bike en twijfel over een verzekering. Dekt de inboedelverzekering diefstal of heb je echt een aparte verzekering nodig?"),
    ("Fietsenstalling bij het station vol", "Is het bij jullie ook zo druk in de stalling? Ik moet elke ochtend drie rondjes lopen voordat ik een plekje heb."),
    ("Winterbanden voor de fiets, zin of onzin?", "Iemand ervaring met spijkerbanden in Nederland? Vorige winter twee keer gevallen op de gladde brug."),
    ("Kettingolie: welke gebruiken jullie?", "Mijn ketting piept na elke regenbui. Droge of natte olie, wat werkt het best in dit klimaat?"),
    ("Tips voor een eerste fietsvakantie", "We willen volgend jaar met de kinderen een week langs de kust fietsen. Hoeveel kilometer per dag is haalbaar met kinderen van 8 en 11?"),
    ("Lease via de werkgever", "Mijn werkgever biedt fietslease aan. Is dat fiscaal echt voordelig of valt het tegen met de bijtelling?"),
    ("Accu opslaan in de winter", "Moet je de accu van een e-bike binnen bewaren als je er in de winter weinig mee fietst? En hoe vol moet hij dan zijn?"),
    ("Fietsen met hond", "Heeft iemand een goede mand of aanhanger voor een middelgrote hond? Hij is te zwaar voor het voorrek."),
    ("Bandenspanning", "Hoeveel bar moet er nou eigenlijk in de banden van een stadsfiets? Iedereen zegt iets anders."),
    ("Fietsroute Utrecht - Amersfoort", "Wat is de mooiste route tussen Utrecht en Amersfoort als je niet langs de snelweg wilt fietsen?"),
    ("Slot: ART-keurmerk nodig?", "De verzekering eist een slot met twee sterren. Zijn die duurdere sloten echt zoveel beter?"),
    ("Remblokjes zelf vervangen", "Ik wil de remblokjes van mijn schijfremmen zelf vervangen. Is dat te doen voor een leek of kan ik beter naar de fietsenmaker?"),
]

# Real-world misspellings (d/t errors, split compounds, chat shorthand) applied to a few posts.
TYPOS: dict[str, str] = {
    "gebeld": "gebelt", "besteld": "bestelt", "wordt": "word", "eigenlijk": "eigelijk",
    "klantenservice": "klanten service", "even": "ff", "gewoon": "gwn",
    "bezorgd": "bezorgt", "natuurlijk": "natuurlyk",
}

# ---------------------------------------------------------------------------------------------
# Composed claims: with these slots every touchpoint/polarity has at least 40 realizations.
SLOTS.update({
    "contact": ["via de chat", "per mail", "telefonisch", "via WhatsApp", "via het contactformulier"],
    "channel": ["op Instagram", "op de radio", "op tv", "op YouTube", "in de krant", "bij de bushalte"],
    "device": ["op mijn telefoon", "op de laptop", "op de tablet", "op mijn werklaptop"],
    "wait": ["twee dagen", "drie dagen", "een week", "ruim een week", "vijf werkdagen"],
    "quick": ["binnen een uur", "binnen tien minuten", "dezelfde dag", "binnen een half uur", "de volgende ochtend"],
    "job": ["een bandenwissel", "een onderhoudsbeurt", "het afstellen van de versnellingen", "nieuwe remblokjes", "een nieuwe ketting"],
    "feature": ["de maatwijzer", "de vergelijkfunctie", "het filter op prijs", "de live chat", "de voorraadcheck per winkel"],
})
_MORE: dict[tuple[str, str], list[str]] = {
    ("service", "neu"): [
        "Ik heb {brand} {contact} een vraag gesteld en wacht nog op antwoord",
        "Mijn vraag over {job} werd {contact} beantwoord, niet meer en niet minder",
        "Het duurde {wait} voordat ik antwoord kreeg, maar dat was wel duidelijk",
    ],
    ("service", "neg"): ["{contact^} krijg je na {wait} nog steeds geen antwoord"],
    ("delivery", "pos"): [
        "Mijn bestelling werd {quick} verzonden en kwam keurig aan",
        "Het pakketje met {acc} werd {quick} verzonden",
    ],
    ("delivery", "neu"): ["W|Volgens de mail wordt de {product} binnen {wait} geleverd"],
    ("store", "pos"): [
        "{in_store^} hebben ze {job} meteen voor me geregeld",
        "Goede koffie en een hoek met speelgoed voor de kinderen {in_store}",
        "{store^} heeft een werkplaats waar je gewoon kunt meekijken",
        "De monteurs {in_store} hebben {job} vakkundig gedaan",
    ],
    ("store", "neu"): ["Kun je {in_store} ook zonder afspraak terecht voor {job}?", "Hoe lang is de wachttijd voor {job} {in_store}?"],
    ("store", "neg"): ["Voor {job} moest ik {in_store} {wait} wachten"],
    ("website", "pos"): [
        "{feature^} op de site werkt heel handig",
        "Bestellen {device} ging zonder problemen",
        "Via {site} kun je {device} makkelijk je bestelling volgen",
        "Ik kon {device} precies zien welke winkel mijn maat op voorraad had",
        "De site laadt snel, ook {device}",
    ],
    ("website", "neu"): ["Weet iemand of {feature} ook {device} werkt?", "Ik mis op de site {feature}"],
    ("website", "neg"): [
        "{feature^} op de site doet het niet {device}",
        "Bestellen {device} lukt gewoon niet, de pagina blijft laden",
        "Ik heb {contact} gemeld dat de site niet werkt, geen reactie",
    ],
    ("returns", "pos"): ["Mijn retour werd binnen {wait} netjes afgehandeld", "{part^} werd onder garantie vervangen zonder gedoe"],
    ("returns", "neu"): [
        "Ik heb mijn retour {contact} aangemeld, nu afwachten",
        "Retourneren kan {contact} of in de winkel",
        "Hoe lang duurt het terugbetalen bij {brand} meestal, {wait}?",
        "Weet iemand of {job} onder de garantie valt?",
        "Volgens de voorwaarden duurt het terugbetalen ongeveer {wait}",
        "Voor een garantieclaim moet je eerst {contact} contact opnemen",
        "Garantie aangevraagd voor {part}, nu wachten op de beoordeling",
    ],
    ("advertising", "pos"): [
        "De actie {channel} bleek gewoon te kloppen, netjes",
        "Eindelijk een fietsenreclame {channel} die niet irritant is",
        "Mooie campagne van {brand} {channel}",
        "Dankzij de actie {channel} {percent} korting gekregen",
    ],
    ("advertising", "neu"): [
        "{brand} adverteert de laatste tijd veel {channel}",
        "Er loopt nu een actie met {percent} korting, zag ik {channel}",
    ],
    ("advertising", "neg"): [
        "Die reclame {channel} belooft dingen die ze niet waarmaken",
        "Ik word doodgegooid met advertenties van {brand} {channel}",
        "De {percent} korting uit de reclame gold alleen voor de duurste modellen",
        "Weer een reclame van {brand} {channel} over 'snelle levering', lachwekkend",
        "Reclame {channel} kan wel, maar regel eerst je klantenservice",
        "Nog steeds mails over {acc}, terwijl ik me heb afgemeld",
    ],
}
for (_tp, _pol), _extra in _MORE.items():
    CLAIMS[_tp][_pol].extend(_extra)
