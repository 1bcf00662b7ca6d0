# Dutch (nl): product reviews in star-rating style with mostly mild, measured
# opinions (4 sterren = tevreden, 3 sterren = gemiddeld, 1-2 = ontevreden).
# Hand-written for repwatch; original text, no real shop reviews.
DATA = """
# ---------------------------------------------------------------- positive (mostly mild)
+ r mi 4/5. Prima waterkoker, kookt snel en het deksel klemt niet. Het blauwe lampje is wel fel.
+ r mi ★★★★☆ Lekkere sneakers, vallen normaal qua maat. Niet de mooiste, maar mijn voeten zijn blij.
+ r mi Vier sterren. De blender maakt prima smoothies, met ijs heeft hij het wat zwaarder.
+ r mi Degelijke bureaulamp. Fel genoeg, makkelijk te verstellen, doet wat hij moet doen. 4 sterren.
+ r mi Tevreden met de airfryer. Friet wordt knapperig, de mand is wel wat klein voor vier personen. 4/5
+ r mi ★★★★☆ Goede oordopjes voor de sportschool. Geluid is prima, ze blijven zitten en de accu houdt het een week vol.
+ r mi Doet precies wat het belooft. Goedkoop telefoonhoesje dat al twee keer een val heeft overleefd.
+ r mi Fijn dekbed, warm zonder zwaar te zijn. De eerste dagen rook het een beetje. Vier sterren.
+ r mi Prima koekenpan, er blijft niets aan plakken. Het handvat wordt wel warm. 4/5
+ r mi 4 sterren. De stofzuiger is lichter dan mijn oude en pakt hondenharen goed op. Bakje is klein.
+ r mi Best een goede elektrische tandenborstel. De timer is handig, het snoer van de lader is kort. Zou hem opnieuw kopen.
+ r mi ★★★★☆ Stevige boekenkast, in drie kwartier in elkaar gezet. Er ontbrak één schroefje, maar dat had ik nog liggen.
+ r mi Goede paraplu voor deze prijs. Heeft een stormachtige week in Zeeland overleefd.
+ r mi Tevreden over de koffiemolen. Wat luidruchtig, maar de maling is gelijkmatig. 4/5
+ r mi De yogamat is stroef en dik genoeg. Rook in het begin een beetje naar plastic. Al met al tevreden.
+ r mi Nette draadloze muis. Ligt lekker in de hand en de batterij gaat lang mee. Het scrollwieltje maakt wat geluid.
+ r mi 4 sterren voor deze fietstas. Ruim, waterdicht en makkelijk aan te klikken. De sluiting is wat stug.
+ r mi Goede fietsverlichting. Fel, makkelijk op te laden, alleen het klemmetje van het achterlicht is zwak. 4/5
+ r mi Prima tosti-ijzer. Tosti's worden mooi goudbruin, schoonmaken is wel een gedoe.
+ r pl ★★★★★ Geweldige wandelschoenen. Waterdicht, meteen comfortabel en geen blaren na twintig kilometer.
+ r pl Vijf sterren. Met deze broodbakmachine hebben we elk weekend vers brood zonder moeite.
+ r pl Heerlijk speakertje. Hard, helder geluid en de accu gaat eindeloos mee. 5/5
+ r ng Na drie maanden nog geen enkele klacht over deze matras-topper. Ik slaap veel beter.
+ r co Veel beter dan de goedkope robotstofzuiger die we eerst hadden. Vindt zelf de weg terug naar het laadstation. 5/5
+ r ng Niks op aan te merken, deze slowcooker. Stoofpotjes worden elke keer perfect. Vijf sterren.
+ r mi 4 sterren, een degelijke broodrooster. Roostert beide kanten gelijk. Het kruimelbakje is wat priegelig.
+ r pl ★★★★★ Prachtige pannenset, verdeelt de warmte goed en is makkelijk schoon te maken. Elke euro waard.
# ---------------------------------------------------------------- neutral (gemiddeld, 3 sterren, beschrijvingen)
0 r mi 3/5. Het is een waterkoker. Hij kookt water. Meer valt er niet over te zeggen.
0 r mi ★★★☆☆ Gemiddelde sneakers. Prima om op te wandelen, niet geschikt om mee hard te lopen.
0 r mi Drie sterren. De blender is oké, niet indrukwekkend maar ook niet teleurstellend.
0 r mi Een doorsnee bureaustoel. Een paar uur gaat prima, daarna merk je het. 3 sterren.
0 r mi Gaat wel. De rugzak past mijn laptop en lunch, en dat is het wel zo'n beetje. 3/5
0 r mi ★★★☆☆ Doet zijn werk, maar ik zou er niet voor omlopen.
0 r mx Mooi geluid, slechte accu. Komt voor deze oordopjes uit op drie sterren.
0 r mi Tja. De lamp is prima, het licht is een beetje koud. Drie sterren.
0 r mx De stof is heerlijk, maar de maat valt klein. Voor- en nadelen, 3/5.
0 r mi Een heel gemiddelde koekenpan. Werkt, niks bijzonders. 3 sterren.
0 r mi 3/5. Een doodgewone telefoonlader, laadt op normale snelheid.
0 r mx Makkelijk te installeren, maar de app is onhandig. Ik ben er niet warm of koud van geworden.
0 r mi Redelijke elektrische deken. Wordt warm, de bediening is basic. Drie uit vijf.
0 r pl Besteld in de 2-literversie in het grijs. Na twee dagen geleverd, in de doos zaten de kan, het deksel en een filter.
0 r pl De boormachine wordt geleverd met twee accu's, een lader en tien bitjes in een plastic koffer.
0 r pl Gekocht als vervanging van hetzelfde model dat ik vijf jaar had. Zelfde ontwerp, iets andere stekker.
0 r pl De afmetingen zijn 40 bij 30 bij 20 centimeter en het gewicht is ongeveer 2 kilo, zoals vermeld.
0 r mi ★★★☆☆ Het is prima. Niet zo zacht als op de foto's lijkt, maar ook niet kriebelig.
0 r mx Snel geleverd, maar kleiner dan ik had verwacht. Drie sterren, geen uitgesproken mening.
0 r mi Standaard HDMI-kabel. Werkt. 3/5.
0 r mi Niet beter en niet slechter dan het huismerk van de supermarkt. Drie sterren.
0 r pl Verkrijgbaar in drie kleuren. Ik heb de groene gekozen, die komt overeen met de foto.
0 r mx Ziet er stijlvol uit, maar krast vrij snel. Ik twijfel nog.
0 r mi Een gemiddelde smartwatch: stappen en hartslag kloppen, de slaapmeting is wisselend. 3 sterren.
0 r pl Nu twee weken in gebruik. Ik werk de review bij na een paar maanden.
0 r mi ★★★☆☆ Precies wat je van een goedkope broodrooster mag verwachten. Niet meer, niet minder.
0 r mx Redelijk geluid, onhandige knoppen. Per saldo gemiddeld.
0 r mi Middelmatige badhanddoeken. Nemen water goed op, worden na het wassen wat stug. 3/5
0 r pl De handleiding is in zes talen en de montage duurt met twee personen ongeveer een uur.
0 r mi Het is een prima hondenmand. De hond ligt er soms in en soms op de bank. 3 sterren.
0 r mi Weinig over te zeggen. Een standaard usb-hub met drie poorten, hij werkt.
0 r mx Mooi ontwerp, matige accu. Drie sterren lijkt me terecht.
0 r pl Het filter na drie maanden vervangen, zoals de handleiding aanraadt.
0 r mi Prima voor de prijs, maar niks om over naar huis te schrijven. ★★★☆☆
0 r pl De fiets werd in een grote doos geleverd. Stuur en pedalen moesten nog zelf gemonteerd worden.
0 r mi Een doorsnee strijkijzer. Strijkt, lekt niet, maar het gaat ook niet sneller dan mijn oude. 3 sterren.
0 r mx Het matras is lekker stevig, maar de geur van de eerste week was flink. Ik weet nog niet wat ik ervan vind.
0 r pl Geleverd met een stekker voor Nederland en een losse adapter voor het Verenigd Koninkrijk.
0 r mi Ordinaire wekker, doet wat een wekker doet. Drie sterren.
0 r pl De kleur wijkt iets af van de foto op de website, maar dat staat ook in de productbeschrijving.
0 r mi Het stofzuigertje is oké voor kruimels op tafel, niet meer dan dat. 3/5.
0 r mx Goede zuigkracht, maar de accu is na twintig minuten leeg. Dat weegt voor mij tegen elkaar op.
0 r pl Ik heb het product drie weken gebruikt op een houten vloer en een kleed.
0 r mi Het koffiezetapparaat is gewoon gemiddeld. De koffie is niet slecht, niet bijzonder.
0 r pl De garantie is twee jaar, registreren kan via de website van de fabrikant.
# ---------------------------------------------------------------- negative
- r pl 2/5. De waterkoker begon na zes weken te lekken aan de onderkant.
- r ng ★★☆☆☆ Helemaal niet comfortabel. De sneakers schuren aan mijn hiel, welke sokken ik ook draag.
- r pl Eén ster. De blender ging de tweede keer kapot toen ik er ijs in deed.
- r pl Teleurstellende bureaulamp. Flikkert constant en het knopje voelt alsof het elk moment afbreekt. 2 sterren.
- r ng Het geld niet waard. De airfryer doet er langer over dan mijn oven en de coating bladdert al af.
- r pl ★☆☆☆☆ De oordopjes laden na drie weken niet meer op en de verkoper reageert niet.
- r pl Het telefoonhoesje brak bij de eerste val al op de hoek. 1/5
- r ng Niet warm genoeg voor de winter, ondanks wat er op het etiket staat. Teruggestuurd. 2 sterren.
- r pl De koekenpan is na een paar keer gebruik op de inductieplaat krom getrokken. Twee sterren.
- r pl 2/5. De stofzuiger verliest na een paar minuten zuigkracht en de accu haalt nauwelijks één kamer.
- r ng ★★☆☆☆ De handleiding slaat nergens op en twee panelen pasten niet op elkaar. Niet blij.
- r pl Goedkope paraplu, klapte om en knakte op de eerste winderige dag. 1 ster.
- r pl De koffiemolen maakt ontzettend veel herrie en laat de helft van de bonen heel. Twee sterren.
- r pl De yogamat begon na twee weken al te scheuren. Echt slechte kwaliteit.
- r pl ★★☆☆☆ De babyfoon verliest 's nachts steeds de verbinding, en dat is nou net het moment dat je hem nodig hebt.
- r pl Wandelschoenen lieten bij de eerste wandeling al water door. Voor deze prijs onacceptabel. Eén ster.
- r pl De speaker kraakt zodra je hem harder dan half zet. 2 sterren.
- r pl De fiets kwam aan met een krom wiel en de remmen waren niet gemonteerd. Twee sterren omdat het frame in orde is.
- r co Veel slechter dan het vorige model. Trager, luidruchtiger en de accu is zwakker. ★★☆☆☆
- r pl De printer zegt steeds dat de inkt op is terwijl de cartridge nieuw is. 1 ster.
- r pl De broodrooster verbrandt de ene kant en laat de andere kant wit. Twee sterren.
- r pl 1 ster. De föhn rook de eerste keer naar verbrand plastic.
- r pl ★☆☆☆☆ De pannenset kwam binnen met twee gedeukte deksels en de klantenservice bood 5 procent korting aan. Nee, dank je.
- r ng Niet zoals beschreven. De kleur is totaal anders dan op de foto en het is veel dunner. 2 sterren.
- r pl Het horlogebandje brak na een maand en een nieuw kost de helft van het horloge. 2/5.
- r pl De fietstas scheurde al bij de naad na een week woon-werkverkeer. 1/5
- r pl Het tosti-ijzer sluit niet goed, waardoor de kaas er aan alle kanten uit loopt. Twee sterren.
- r ng De matras-topper is veel te dun en biedt nauwelijks extra comfort. Niet aan te raden, 2 sterren.
"""
