# Dutch (nl): book reviews by readers, 3-8 sentences, ending positive or
# negative overall, plus some neutral summaries. Hand-written for repwatch;
# original text, not taken from any review site. No real reviewers named.
DATA = """
# ---------------------------------------------------------------- positive
+ r pl Wat een heerlijk boek. Het verhaal over twee zussen die na de dood van hun moeder het ouderlijk huis moeten leeghalen raakte me diep. De schrijfster heeft een droge humor die het verdriet draaglijk maakt. Ik heb het in twee avonden uitgelezen en meteen doorgegeven aan mijn eigen zus.
+ r mx In het begin moest ik even wennen aan de korte hoofdstukken en de wisselende vertellers. Na een stuk of vijftig bladzijden viel alles op zijn plek. De ontknoping had ik totaal niet zien aankomen. Zeker een aanrader voor wie van spanning houdt.
+ r pl Dit is precies het soort thriller waar ik van hou: strak geschreven, geloofwaardige personages en een plot dat klopt. De politieagente is geen superheld maar een vermoeide moeder met een hypotheek, en dat maakt het echt. Vier sterren, en ik wacht op deel twee.
+ r in Absoluut het beste boek dat ik dit jaar heb gelezen. De taal is prachtig zonder gekunsteld te worden. Elke zin klopt. Ik heb hele passages overgeschreven in mijn notitieboekje.
+ r pl Een ontroerend verhaal over een jongen die opgroeit in een arbeidersgezin in de jaren zestig. Het Brabantse dorpsleven wordt zo levendig beschreven dat je de kermis bijna kunt ruiken. Het einde is bitterzoet en heel mooi. Ik heb er echt van genoten.
+ r ng Ik ben normaal geen fan van fantasy, maar dit boek viel me helemaal niet tegen. De wereld is origineel en de magie heeft duidelijke regels. Vooral de humor tussen de twee hoofdpersonen maakte het de moeite waard. Ik ga het vervolg zeker lezen.
+ r pl Mijn leesclub was unaniem enthousiast, en dat gebeurt zelden. Het boek roept veel vragen op over schuld en vergeving zonder dat de schrijver ze voor je beantwoordt. We hebben er een hele avond over gepraat. Dat zegt genoeg.
+ r pl Eindelijk een non-fictieboek over klimaat dat niet alleen somber is. De auteur legt ingewikkelde zaken helder uit en laat zien wat er wel werkt. Ik heb veel geleerd en ben er zelfs een beetje hoopvol van geworden. Verplichte kost wat mij betreft.
+ r mx De eerste helft is wat traag en er zijn veel bijpersonen om te onthouden. Toch bleef ik doorlezen, want de sfeer is ongelooflijk goed getroffen. In de tweede helft komt alles samen en toen kon ik het niet meer wegleggen. Uiteindelijk een prachtig boek.
+ r pl Voorgelezen aan mijn dochter van zeven en we hebben allebei hardop gelachen. De tekeningen zijn grappig en vol details. Ze wil het nu elke avond opnieuw horen. Een schot in de roos.
+ r pl Deze biografie leest als een roman. De schrijver heeft duidelijk jaren onderzoek gedaan, maar je merkt daar niets zwaars van. Het leven van deze vergeten verzetsvrouw wordt eindelijk recht gedaan. Indrukwekkend en belangrijk.
+ r co Veel beter dan haar vorige roman, die ik eerlijk gezegd wat vlak vond. Dit keer zijn de personages gelaagd en de dialogen scherp. Het verhaal over een familiebedrijf dat uit elkaar valt is herkenbaar en spannend. Ik raad het iedereen aan.
+ r pl Een klein boekje, maar wat een impact. In nog geen honderd bladzijden weet de schrijver een heel huwelijk op te roepen. Ik moest het na afloop even laten bezinken. Prachtig.
+ r pl Heerlijke vakantielectuur. Luchtig, romantisch en met een vleugje humor. De setting op een Grieks eiland maakte dat ik meteen wilde boeken. Precies wat ik zocht voor aan het zwembad.
+ r mi Een prima detective, goed in elkaar gezet en lekker vlot geschreven. Niet wereldschokkend, maar ik heb me geen moment verveeld. Ik zou een volgend deel zeker lezen.
+ r pl Dit boek heeft mijn kijk op de geschiedenis van mijn eigen stad veranderd. De auteur vertelt over gewone mensen in plaats van over koningen en generaals. Veel foto's en kaarten maken het extra levendig. Een aanrader voor iedere Amsterdammer.
+ r pl Ik kreeg dit cadeau en had er weinig verwachtingen van. Wat een verrassing! Het is een slimme, warme roman over vriendschap op latere leeftijd. De twee hoofdpersonen van in de tachtig zijn onvergetelijk.
+ r in Een ontzettend spannende young adult-roman die ook voor volwassenen prima te lezen is. Mijn zoon van vijftien en ik hebben hem om de beurt gelezen. We wilden allebei weten hoe het afliep. Echt een topboek.
+ r pl De vertaling is vloeiend en de Noorse sfeer komt goed over. Het verhaal over een vissersdorp dat wordt opgeschrikt door een verdwijning is spannend tot het laatste hoofdstuk. Ook de natuurbeschrijvingen zijn prachtig. Vijf sterren.
+ r mx Soms wat te lang uitgesponnen, en één verhaallijn had er wat mij betreft uit gemogen. Maar de hoofdpersoon is zo goed neergezet dat ik haar nog weken bij me droeg. Een boek dat blijft hangen, en dat is het grootste compliment.
+ r pl Eerlijk, grappig en soms pijnlijk herkenbaar. Deze essaybundel over het moederschap zou in elke kraamkamer moeten liggen. Ik heb gelachen en gehuild, soms op dezelfde bladzijde.
+ r pl Het kookboek is mooi vormgegeven en de recepten zijn goed te doen op een doordeweekse avond. Alles wat ik tot nu toe gemaakt heb, lukte in één keer. Vooral de soepen zijn een succes in ons gezin. Blij mee.
+ r ng Historische romans zijn niet echt mijn ding, maar deze vond ik allesbehalve saai. De schrijfster laat de zeventiende eeuw tot leven komen met kleine details over eten, kleding en geur. Ik heb veel geleerd zonder dat het als een les voelde.
+ r pl Met dit boek heeft de schrijver bewezen dat zijn debuut geen toevalstreffer was. Het is donkerder dan zijn eerste roman, maar ook rijker en dieper. De laatste zin kwam keihard binnen. Ik kijk uit naar alles wat hij hierna schrijft.
+ r pl Een prachtig geschreven roman over migratie, thuis en taal. De hoofdpersoon groeit op tussen Rotterdam en Marokko en voelt zich nergens helemaal thuis. Heel herkenbaar voor veel mensen, denk ik. Dit boek verdient veel lezers.
+ r pl Zelden zo gelachen om een boek. De schrijver beschrijft zijn jaar als leraar op een middelbare school met zoveel zelfspot dat ik hardop zat te proesten in de trein. Tegelijk zit er een serieuze ondertoon in over het onderwijs. Aanrader!
+ r mi Leuk boek voor tussendoor. Geen literair hoogstandje, wel prettig om te lezen en met een goed einde. Drie en een halve ster.
+ r pl Dit is geen makkelijk boek, maar wel een heel belangrijk. De auteur beschrijft haar herstel na een burn-out zonder zelfmedelijden en met veel praktische inzichten. Ik herkende veel van mezelf. Het heeft me echt geholpen.
+ r pl Wat een vondst om het verhaal te vertellen vanuit het perspectief van een oud huis. Dat klinkt misschien gek, maar het werkt geweldig. Je ziet generaties komen en gaan. Origineel en ontroerend.
+ r co Het tweede deel van de reeks is nog spannender dan het eerste. De schrijver durft risico's te nemen met zijn personages en dat maakt het onvoorspelbaar. Ik heb het in één ruk uitgelezen. Snel het derde deel bestellen.
+ r pl De gedichten zijn toegankelijk zonder oppervlakkig te zijn. Veel gaan over kleine dagelijkse dingen: de afwas, een fietstocht, een hond in de regen. Juist daardoor raken ze. Ik lees er elke ochtend een paar bij mijn koffie.
+ r pl Geweldig boek over de geschiedenis van voetbal in Nederland. Vol anekdotes die ik nog nooit had gehoord, en heel vlot geschreven. Ook mijn vrouw, die niets met voetbal heeft, heeft het met plezier gelezen. Dat zegt iets.
+ r ng De schrijfster valt niet in clichés, wat bij dit onderwerp een hele prestatie is. De liefdesgeschiedenis is eerlijk en onsentimenteel. Het einde is niet het happy end dat je verwacht, maar wel het juiste. Ik vond het prachtig.
+ r pl Als liefhebber van wandelen heb ik genoten van deze reisverhalen door de Ardennen. De auteur neemt je mee over kleine paadjes en vertelt onderweg over de geschiedenis van de streek. Ik heb al drie routes uit het boek gelopen.
+ r pl Een spannende roman die zich afspeelt in de wereld van de topsport. Het gaat over een jonge schaatsster die alles opoffert voor een medaille. De trainingen, de druk en de eenzaamheid worden heel geloofwaardig beschreven. Ik zat op het puntje van mijn stoel.
+ r mx De schrijfstijl is wat kaal en de dialogen soms wat houterig. Toch heeft dit boek me gegrepen door het verhaal zelf, dat op ware gebeurtenissen is gebaseerd. Ik heb er veel van geleerd. Een aanrader, ondanks de stijl.
+ r pl Mijn nieuwe favoriete schrijver! Ik heb inmiddels al haar boeken besteld. Deze roman over een bakkerij in een Zeeuws dorp is warm, grappig en slim. Precies wat ik nodig had.
+ r pl Een fantastisch prentenboek over een beer die niet kan slapen. De tekst rijmt en leest heerlijk voor. Onze peuter zegt de laatste zinnen inmiddels mee. Een klassieker in wording.
+ r in Onwijs goed geschreven thriller. Elke keer als ik dacht te weten wie de dader was, gooide de schrijver alles weer om. Tot de laatste bladzijde spannend. Ik ben fan.
+ r pl Dit boek over de Tweede Wereldoorlog in Indië vult een gat in mijn kennis. Het verhaal van de grootouders van de schrijver is aangrijpend en met veel liefde opgeschreven. Ik heb het aan mijn vader gegeven, die er ook erg van onder de indruk was.
+ r pl Ik lees niet vaak graphic novels, maar deze was een openbaring. De tekeningen zijn sober en sfeervol, en de weinige tekst zegt alles. Een verhaal over rouw dat je niet snel vergeet.
+ r pl Voor een debuut is dit opvallend volwassen. De schrijver heeft een eigen stem en een scherp oog voor details. Het verhaal over een zomer op een camping in de jaren negentig is nostalgisch zonder zoetsappig te worden. Ik ben benieuwd naar meer.
+ r mi Degelijk boek over beleggen voor beginners. Niet heel spannend geschreven, maar wel duidelijk en eerlijk. Ik weet nu in elk geval waar ik moet beginnen. Doet wat het belooft.
+ r pl Wat een sfeer! De roman speelt zich af in een grauw Rotterdam net na de oorlog en je voelt de kou en de honger. De hoofdpersoon, een jonge weduwe, is sterk en kwetsbaar tegelijk. Ik heb het boek met tegenzin dichtgeslagen, ik wilde meer.
+ r pl Heel prettig geschreven boek over slaap. De auteur is wetenschapper maar schrijft voor gewone lezers. Ik heb er al een paar tips uit toegepast en slaap echt beter. Aanrader voor iedereen die 's nachts ligt te piekeren.
+ r co Dit is de beste roman in deze reeks tot nu toe. De personages zijn gegroeid, de plot is strakker en het einde is verrassend. Ook als je de eerdere delen niet gelezen hebt, kun je hier prima instappen.
+ r pl Voor mijn verjaardag gekregen en binnen een week uit. Het gaat over een vrouw die na haar pensioen een boekwinkel begint in een klein dorp. Dat klinkt misschien tuttig, maar het is vooral een slim boek over tweede kansen. Ik werd er heel vrolijk van.
+ r ng Ik dacht eerst dat het een typisch Scandinavisch misdaadverhaal zou zijn, maar het is zoveel meer. Er zit ook een mooie lijn in over vader en zoon. Zeker niet het zoveelste kloontje in het genre. Vier sterren.
+ r pl Een rijk en gelaagd boek over de geschiedenis van de Nederlandse slavernij. Pijnlijk, maar noodzakelijk om te lezen. De auteur laat de mensen zelf aan het woord via brieven en archiefstukken. Dit had ik op school moeten leren.
+ r pl De schrijver heeft een heel eigen, beetje melancholische toon die ik erg mooi vind. Er gebeurt niet veel, maar dat hoeft ook niet. Het is een boek om langzaam te lezen, op een regenachtige zondag. Ik ga het zeker herlezen.
+ r pl Wat een heerlijke jeugdherinneringen. Ik herkende zoveel uit mijn eigen kindertijd in de jaren zeventig: de Sinterklaasavonden, de eerste kleurentelevisie, de vakanties in een bungalowpark. Met een glimlach uitgelezen.
+ r mx Sommige verhalen in deze bundel zijn zwakker dan andere. Maar de beste drie zijn zo sterk dat ze het hele boek de moeite waard maken. Het titelverhaal alleen al is goud.
+ r pl Dit kinderboek over een meisje dat haar opa met dementie helpt, is zacht en wijs. Het legt uit wat dementie is zonder eng te worden. Mijn dochter had veel vragen en het boek hielp ons erover te praten. Heel waardevol.
+ r pl Een stevige pil van zevenhonderd bladzijden, maar geen bladzijde te veel. De familiegeschiedenis beslaat een hele eeuw en je leeft echt met de personages mee. Ik heb het boek in de zomervakantie gelezen en het was mijn beste vakantiebeslissing.
+ r in Ongelooflijk grappig boek. De hoofdpersoon is een mopperende gepensioneerde die per ongeluk influencer wordt. Ik heb tranen gelachen. Perfect cadeau voor je ouders.
+ r pl Deze spannende roman speelt zich af in de advocatuur en is geschreven door iemand die het vak duidelijk kent. De rechtszaak in het laatste deel is meesterlijk opgebouwd. Ik heb het boek al aan drie collega's aanbevolen.
+ r pl Een fijne, informatieve gids voor moestuinders. Duidelijke schema's, eerlijke tips en mooie foto's. Mijn tomaten hebben het nog nooit zo goed gedaan. Een aanrader voor beginners en gevorderden.
+ r pl Zo mooi om een boek te lezen dat over mijn eigen provincie gaat. De schrijfster beschrijft het Friese landschap met zoveel liefde. Het verhaal over een boerenfamilie in crisis is actueel en ontroerend. Een van mijn favorieten dit jaar.
+ r ng Ondanks het zware onderwerp is het allerminst een deprimerend boek. Er zit veel humor en hoop in. De hoofdpersoon leert na een ongeluk opnieuw lopen, en je juicht voor elke stap. Heel knap gedaan.
+ r pl Ik heb dit boek als luisterboek beluisterd en de voorlezer is fantastisch. Hij geeft elk personage een eigen stem. Het verhaal zelf is spannend en goed opgebouwd. Ik kijk uit naar het volgende deel.
+ r pl Geweldige roman over een Surinaamse familie in de Bijlmer. Warm, grappig en soms hartverscheurend. Elk hoofdstuk wordt verteld door een ander familielid en dat werkt heel goed. Dit boek moet iedereen lezen.
+ r pl Wat fijn dat er eindelijk een leesbaar boek over de Nederlandse politiek is verschenen. De schrijver legt uit hoe het echt werkt, zonder jargon. Ik volg het nieuws nu met andere ogen. Heel informatief.
+ r mx Het plot is soms wat vergezocht, dat geef ik toe. Maar de personages zijn zo leuk en de dialogen zo grappig dat ik het de schrijver graag vergeef. Heerlijk ontspannen leesvoer.
+ r pl Een bijzonder mooi boek over vogels in de stad. Ik kijk nu heel anders naar de merels en meeuwen bij mij in de straat. De illustraties zijn prachtig. Een mooi cadeau voor natuurliefhebbers.
+ r pl De schrijfster weet de spanning tot het einde vast te houden. Ook de psychologie van de personages is goed uitgewerkt. Ik snap nu waarom iedereen het over dit boek heeft. Terecht een bestseller.
+ r pl Dit is literatuur van het hoogste niveau. Elke alinea is met zorg geschreven. De roman gaat over een man die terugkijkt op een jeugdvriendschap die verkeerd afliep. Ingetogen en prachtig.
+ r co Ik vond dit boek beter dan de verfilming, en dat zegt veel, want de film vond ik al goed. De innerlijke gedachten van de hoofdpersoon geven het verhaal zoveel meer diepte. Lees eerst het boek!
+ r pl Een lieve, grappige roman over een hond die verteld wordt vanuit de hond zelf. Het klinkt misschien kinderachtig, maar het is heel slim gedaan. Ik heb gelachen en aan het eind ook een traantje weggepinkt.
+ r pl Als docent geschiedenis gebruik ik dit boek nu in mijn lessen. De auteur weet de Gouden Eeuw kritisch en toch toegankelijk te beschrijven. Mijn leerlingen vinden het ook interessant, en dat is een compliment.
+ r mi Aardige roman, goed om in de trein te lezen. Het verhaal is niet heel origineel, maar het is lekker geschreven en ik wilde wel weten hoe het afliep. Geen spijt van de aankoop.
+ r pl Wat een kracht heeft dit boek. Het gaat over een jonge vrouw die na een lange ziekte haar leven opnieuw opbouwt. Geen zoetsappig herstelverhaal, maar een eerlijk en rauw portret. Ik ben er stil van geworden.
+ r pl Dit fotoboek over de Waddeneilanden is adembenemend. Bij elke foto staat een korte, mooie tekst. Het ligt nu op onze salontafel en iedereen die langskomt bladert erin.
+ r pl Spannend, ontroerend en goed geschreven: deze jeugdroman over een jongen die vlucht uit Syrië zou op elke school gelezen moeten worden. Mijn zoon heeft het in een weekend uitgelezen en er veel vragen over gesteld.
+ r pl Een heerlijk boek vol verhalen over de zee. De schrijver was zelf jarenlang zeeman en dat merk je. Zijn anekdotes zijn grappig en soms ontroerend. Ideaal om in kleine stukjes te lezen.
+ r ng Het is zeker geen lichte kost, maar je krijgt er veel voor terug. De filosofische vragen over vrije wil worden helder uitgelegd aan de hand van alledaagse voorbeelden. Ik heb er lang over nagedacht.
+ r pl Eindelijk weer een detective die niet overdreven bloederig is. Het draait om de puzzel en de psychologie, niet om geweld. De rechercheur is een sympathieke, wat verstrooide vijftiger. Ik heb me uitstekend vermaakt.
+ r pl Met dit boek neemt de schrijfster je mee naar het Parijs van de jaren twintig. Schrijvers, schilders en feesten tot diep in de nacht. Alles wordt zo levendig beschreven dat je er bijna zelf bij bent. Genoten van begin tot eind.
+ r pl Wat een prachtige roman over een zwijgzame vader en zijn dochter. De relatie tussen de twee ontwikkelt zich langzaam en heel geloofwaardig. Het einde heeft me tot tranen geroerd. Een boek om te koesteren.
+ r mx De schrijver gebruikt veel Engelse woorden, wat me soms stoorde. Maar het verhaal over jonge mensen op de Zuidas is scherp en grappig, en het zegt veel over onze tijd. Al met al heb ik het met plezier gelezen.
+ r pl Mooi, klein boekje met korte verhalen die allemaal spelen in hetzelfde flatgebouw. Elk verhaal staat op zichzelf, maar samen vormen ze een geheel. Heel knap gedaan en fijn om te lezen.
+ r pl Mijn opa van 88 heeft dit boek in een paar dagen uitgelezen en wilde er daarna alleen nog maar over praten. Het gaat over de watersnoodramp van 1953 en roept bij hem veel herinneringen op. Een indrukwekkend en zorgvuldig geschreven boek.
+ r pl Een verrassend leuk boek over wiskunde. Ik was altijd slecht in wiskunde, maar de schrijver weet het spannend en grappig te maken. Ik heb zelfs de puzzels achterin opgelost. Een aanrader voor nieuwsgierige lezers.
+ r in Wat een ontzettend mooi en wijs boek. Elke bladzijde zit vol kleine wijsheden over het leven, maar nergens wordt het belerend. Ik heb het meerdere keren cadeau gegeven.
+ r pl De roman speelt zich af in een ziekenhuis en is geschreven door een verpleegkundige. Je proeft de ervaring in elk hoofdstuk. De werkdruk, de humor tussen collega's en de momenten van verdriet zijn heel echt. Een aangrijpend boek.
+ r pl Goed geschreven thriller met een verrassende wending halverwege. Ik had niet verwacht dat de schrijver het verhaal zo zou omgooien. Dat maakt het extra spannend. Ik ga zeker meer van deze auteur lezen.
+ r pl Heerlijk boek over reizen met de trein door Europa. De schrijver vertelt over de mensen die hij onderweg ontmoet en over de landschappen. Ik wil nu zelf met de nachttrein naar Wenen.
+ r co Ik vond dit nog beter dan het eerste boek van de schrijfster, dat al een bestseller was. Ze heeft zich als schrijver echt ontwikkeld. Het verhaal is complexer en de personages zijn scherper getekend.
+ r pl Eindelijk een boek over opvoeden dat je niet het gevoel geeft dat je alles fout doet. De schrijfster is eerlijk over haar eigen twijfels en geeft praktische, nuchtere adviezen. Ik voelde me na het lezen een stuk rustiger.
+ r pl Dit is een heel bijzonder boek over een kunstenaar die doof werd. De schrijver beschrijft hoe de wereld van geluid verdwijnt en wat ervoor in de plaats komt. Het is poëtisch en tegelijk heel concreet. Ik heb veel geleerd.
+ r pl Deze roman heeft alles: liefde, spanning, humor en een prachtige setting aan het Gardameer. Ik heb het boek in de vakantie gelezen en wil er nu zelf naartoe. Heerlijk!
+ r ng Ik had eerlijk gezegd niet verwacht dat een boek over belastingen zo boeiend kon zijn. De schrijver vertelt het als een detectiveverhaal. Geen moment saai.
+ r pl De schrijfster vertelt het verhaal van haar oma die als jonge vrouw uit Turkije naar Nederland kwam. Het is liefdevol, eerlijk en soms heel grappig. Ik heb er veel van geleerd over een geschiedenis die ik niet kende.
+ r pl Dit spannende boek over een zeiltocht rond de wereld heb ik in twee dagen uitgelezen. De stormen, de eenzaamheid en de prachtige momenten op zee: alles komt tot leven. Een echte aanrader.
+ r pl Een fijn kinderboek over een meisje dat een draak vindt in de schuur. Grappig, spannend en met prachtige illustraties. Mijn zoon van acht wilde elke avond een hoofdstuk extra.
+ r mx Het boek heeft een paar langdradige stukken in het midden. Maar het begin en het einde zijn zo sterk dat ik het toch met een goed gevoel dichtsloeg. Een mooie, intelligente roman.
+ r pl De schrijver beschrijft zijn jaren als huisarts op het platteland met veel humor en warmte. Elk hoofdstuk is een klein verhaal over een patiënt. Ontroerend en grappig tegelijk. Heerlijk om voor het slapengaan te lezen.
+ r pl Een sterk debuut over een jonge vrouw die opgroeit in een streng gelovig gezin op de Veluwe. Het is geen afrekening, maar een genuanceerd en liefdevol portret. Ik was erg onder de indruk.
+ r pl Ik heb zelden een boek gelezen met zulke levensechte dialogen. De personages praten precies zoals mensen in het echt praten. Het verhaal over een uit de hand gelopen verjaardagsfeest is hilarisch en pijnlijk tegelijk.
+ r pl Heel mooi en ingetogen boek over de laatste maanden van een moeder. De dochter schrijft zonder drama, maar elke zin doet ertoe. Een boek dat troost biedt aan iedereen die iemand verloren heeft.
+ r in Echt een geweldig spannend boek. Ik was 's nachts nog aan het lezen omdat ik moest weten hoe het afliep. De schrijver is een meester in cliffhangers.
+ r pl Dit boek over de geschiedenis van de fiets in Nederland is leuker dan je zou denken. Vol grappige weetjes en mooie oude foto's. Ideaal cadeau voor elke fietsliefhebber.
+ r pl Wat een prachtig geschreven reisverhaal door IJsland. De natuur, de stilte en de eigenzinnige bewoners komen heel mooi tot leven. Ik kreeg er reiskriebels van.
+ r pl De roman gaat over een vluchteling die in een Nederlands dorp komt wonen en de spanningen die dat oplevert. Het is een genuanceerd boek dat niemand de maat neemt. Belangrijk en goed geschreven.
+ r mi Best een aardig boek, al had het wat korter gekund. De hoofdpersoon is sympathiek en het einde is mooi. Ik heb het met plezier gelezen.
+ r pl Met veel plezier gelezen, deze roman over een koor in een klein dorp. De repetities, de ruzies en de liefdes tussen de koorleden zijn heerlijk beschreven. Een feelgoodboek met inhoud.
+ r pl Dit is een prachtig boek om voor te lezen aan kleuters. Het verhaal over een muisje dat een huis zoekt is eenvoudig, maar de tekeningen zijn zo mooi dat je er steeds iets nieuws in ziet.
+ r pl Indrukwekkend boek over de Nederlandse mijnen in Limburg. De schrijver laat oud-mijnwerkers zelf vertellen en dat maakt het heel persoonlijk. Een stuk geschiedenis dat niet vergeten mag worden.
+ r pl De schrijfster heeft een talent voor het beschrijven van kleine momenten die veel zeggen. Deze roman over een huwelijk dat langzaam stukloopt is stil maar krachtig. Ik blijf eraan denken.
+ r pl Ik heb dit boek gelezen voor mijn studie en ben blij dat het verplicht was. Anders had ik het nooit opgepakt, en dat zou zonde zijn geweest. Een slimme en verrassend spannende roman over macht en corruptie.
+ r pl Het verhaal over drie generaties vrouwen in een Gronings dorp is rijk en warm. Elke generatie heeft haar eigen stem en haar eigen strijd. Ik heb het boek met een brok in mijn keel dichtgeslagen. Prachtig.
# ---------------------------------------------------------------- negative
- r pl Wat een teleurstelling. Na alle lovende recensies had ik veel verwacht, maar het verhaal kabbelt maar voort zonder ergens naartoe te gaan. De personages bleven voor mij vlak. Na tweehonderd bladzijden heb ik het opgegeven.
- r mx De eerste hoofdstukken zijn veelbelovend en de sfeer is goed neergezet. Daarna zakt het helemaal in. De ontknoping is onlogisch en voelt afgeraffeld. Jammer, want het begin was sterk.
- r pl Ik snap de hype niet. De schrijfstijl is gekunsteld, met zinnen die drie keer zo lang zijn als nodig. Het verhaal zelf is eigenlijk heel dun. Niet mijn ding.
- r sa Fijn boek als je graag tweehonderd bladzijden leest over iemand die nadenkt over de vraag of hij zal verhuizen. Er gebeurt letterlijk niets. Ik heb het uitgelezen uit pure koppigheid.
- r ng Deze thriller is helaas helemaal niet spannend. Al na vijftig bladzijden wist ik wie de dader was. De politie in het boek gedraagt zich bovendien volstrekt ongeloofwaardig. Twee sterren.
- r pl De vertaling is slordig, met rare zinsconstructies en letterlijk vertaalde Engelse uitdrukkingen. Dat haalt je steeds uit het verhaal. Misschien is het origineel beter, maar deze versie kan ik niemand aanraden.
- r pl Dit is het derde deel van de reeks en het is duidelijk dat de schrijver geen ideeën meer heeft. Hetzelfde plot, dezelfde ruzies, dezelfde clichés. Voor mij hoeft er geen vierde deel te komen.
- r co Veel slechter dan haar eerdere romans, die ik allemaal met plezier heb gelezen. Dit boek voelt gehaast en onaf. De dialogen zijn houterig en het einde komt uit het niets.
- r pl Het onderwerp is interessant, maar het boek is veel te langdradig. Elk punt wordt drie keer herhaald. Dit had een artikel van tien pagina's kunnen zijn. Zonde van mijn tijd.
- r in Echt een van de slechtste boeken die ik ooit heb gelezen. Clichématige personages, voorspelbaar plot en een schrijfstijl die aan een middelbareschoolopstel doet denken. Ik begrijp niet hoe dit een uitgever heeft gevonden.
- r pl De hoofdpersoon is zo onsympathiek dat het me niets kon schelen wat er met hem gebeurde. Hij zeurt, liegt en doet niets om zijn leven te veranderen. Misschien is dat de bedoeling, maar ik vond het vooral irritant.
- r mx Mooie cover en een intrigerende achterflaptekst. Helaas maakt het verhaal die belofte niet waar. Veel losse eindjes en een einde dat vragen oproept in plaats van beantwoordt. Ik ben teleurgesteld.
- r pl Dit kookboek ziet er prachtig uit, maar de recepten kloppen niet. De hoeveelheden zijn vaak verkeerd en de bereidingstijden veel te kort. Twee keer een mislukt gerecht, daarna heb ik het boek weggelegd.
- r pl Een saai en warrig boek. De schrijver springt van de hak op de tak en verliest zelf ook de draad. Ik heb de laatste honderd pagina's alleen nog maar gebladerd.
- r ng Voor mij was dit boek niet grappig, terwijl het zo wordt aangeprezen. De humor is flauw en gedateerd. Ik heb niet één keer gelachen.
- r pl Het boek belooft een eerlijke kijk op de geschiedenis, maar het is vooral een eenzijdig verhaal. Tegenargumenten worden weggewuifd of genegeerd. Als bron vind ik het niet betrouwbaar.
- r pl De romance in dit boek is vreselijk voorspelbaar. Vanaf de eerste ontmoeting weet je precies hoe het afloopt. Ook de bijpersonen zijn karikaturen. Niet aan beginnen.
- r sa Prachtige uitgave, stevig papier, mooie letter. Jammer van de inhoud. Het verhaal is zo dun dat je erdoorheen kunt kijken.
- r pl Ik heb me door dit boek heen geworsteld voor mijn leesclub. Niemand van ons vond het goed. De bespreking duurde tien minuten, daarna hebben we over iets anders gepraat.
- r pl Veel te veel personages met bijna dezelfde namen. Ik moest steeds terugbladeren om te snappen wie wie was. Het verhaal zelf had potentie, maar het is verdronken in details.
- r mx De schrijfster kan mooi schrijven, dat staat vast. Maar in deze roman gebeurt zo weinig dat zelfs de mooiste zinnen het niet kunnen redden. Voor mij een gemiste kans.
- r pl Het kinderboek is bedoeld voor zes- tot achtjarigen, maar de taal is veel te moeilijk. Mijn dochter haakte na twee bladzijden af. De tekeningen zijn ook nogal donker. Niet aan te raden.
- r pl De schrijver wil te veel tegelijk: een liefdesverhaal, een thriller en een maatschappijkritische roman. Geen van die drie komt goed uit de verf. Het boek is daardoor rommelig en oppervlakkig.
- r ng Ik ben zeker geen fan geworden van deze schrijver. Zijn personages praten allemaal precies hetzelfde en zijn opvattingen over vrouwen zijn op zijn zachtst gezegd ouderwets.
- r pl Dit managementboek bevat weinig nieuws. Vooral open deuren en voorbeelden uit grote Amerikaanse bedrijven die voor de gemiddelde lezer weinig zeggen. Ik heb er niets van opgestoken.
- r pl Het einde heeft het hele boek voor mij verpest. Alles wat daarvoor was opgebouwd, wordt in twee bladzijden weggewuifd. Ik voelde me eerlijk gezegd bedrogen als lezer.
- r in Ontzettend langdradig boek. Bladzijden lang beschrijvingen van landschappen en nauwelijks handeling. Ik ben halverwege gestopt en heb er geen spijt van.
- r pl De biografie leest als een opsomming van feiten. Jaartallen, namen, plaatsen, maar nergens krijg je een idee van wie deze man nu echt was. Een droog en afstandelijk boek.
- r pl De spanning uit het eerste deel is in dit vervolg volledig verdwenen. Het verhaal herhaalt zichzelf en de nieuwe personages voegen niets toe. Ik ben erg teleurgesteld.
- r pl Het is me een raadsel waarom deze roman een literaire prijs heeft gewonnen. De taal is pretentieus en het verhaal nauwelijks te volgen. Ik heb me vooral verveeld.
- r mx De eerste helft vond ik nog wel aardig, met een paar grappige scènes. Maar daarna wordt het steeds voorspelbaarder en melodramatischer. Uiteindelijk kan ik dit boek niet aanbevelen.
- r pl Het boek bevat veel feitelijke fouten over de geschiedenis van Amsterdam. Straatnamen kloppen niet en jaartallen worden door elkaar gehaald. Voor een historische roman is dat echt onvergeeflijk.
- r co Deze thriller is een slap aftreksel van de Scandinavische klassiekers. Alles wat daar goed werkt, is hier overdreven of weggelaten. Lees liever de originelen.
- r pl Ik had gehoopt op een luchtige vakantieroman, maar dit was vooral zeurderig. De hoofdpersoon klaagt over alles en iedereen. Na honderd bladzijden had ik er genoeg van.
- r pl Het luisterboek is ingesproken door een voorlezer met een monotone stem. Ik viel elke keer in slaap. Misschien is het boek zelf prima, maar zo is het niet te doen.
- r sa Geweldig, nog een boek waarin een vrouw van veertig haar leven omgooit en verhuist naar een wijngaard in Italië. Origineel hoor.
- r pl Het boek is slecht geredigeerd: spelfouten, herhalingen en zelfs een personage dat halverwege van naam verandert. Dat haalt je echt uit het verhaal.
- r pl De spanning wordt continu onderbroken door lange uitweidingen over het privéleven van de rechercheur. Die interesseren me niet. Hierdoor kwam het verhaal nooit op gang.
- r ng De beloofde plotwending is niet verrassend, niet slim en niet geloofwaardig. Ik zag hem van mijlenver aankomen.
- r pl Zelden zo'n oppervlakkig boek over een serieus onderwerp gelezen. Depressie wordt afgedaan met een paar adviezen over wandelen en goed eten. Daar heeft niemand met echte klachten iets aan.
- r pl De schrijver lijkt het verhaal onderweg te verzinnen. Draden worden opgepakt en weer vergeten. Het einde sluit nergens op aan. Een rommelig geheel.
- r pl Dit jeugdboek staat vol met clichés over pubers. Niemand van vijftien praat zo. Mijn zoon vond het ongemakkelijk om te lezen en heeft het snel weggelegd.
- r mx Ik wilde dit boek echt goed vinden, want het onderwerp ligt me na aan het hart. Maar de schrijfster verliest zich in details en herhalingen. Uiteindelijk heb ik het niet uitgelezen.
- r pl Wat een saai boek. Het gaat over een familiereünie waar de hele tijd over vroeger wordt gepraat. Er komt geen conflict, geen spanning, geen ontwikkeling. Ik snap niet wat de schrijver wilde zeggen.
- r pl Het reisboek is verouderd. De helft van de genoemde restaurants en hotels bestaat niet meer en de prijzen kloppen niet. Ik voelde me misleid.
- r in Verschrikkelijk slecht vertaald. Soms moest ik een zin drie keer lezen om te snappen wat er bedoeld werd. Zonde van het geld.
- r pl Het idee achter het boek is origineel, maar de uitwerking is zwak. De personages blijven schimmen en de dialogen zijn stijf. Jammer van een goed idee.
- r pl De hoofdpersoon doet voortdurend domme dingen die nergens op slaan, alleen om het verhaal vooruit te helpen. Dat vond ik steeds ongeloofwaardiger worden.
- r ng Dit is niet het meesterwerk dat de uitgever belooft. Het is een gemiddeld boek met een paar goede momenten en veel vulling. Ik had er meer van verwacht.
- r pl Het boek wil grappig zijn, maar de grappen zijn flauw en vaak ten koste van anderen. Dat vond ik niet leuk om te lezen.
- r pl De roman is veel te lang. Met driehonderd bladzijden minder was het misschien een goed boek geweest. Nu moest ik me er doorheen worstelen.
- r co Het boek is een stuk minder goed dan de televisieserie die erop gebaseerd is. Wie de serie gezien heeft, kan dit boek rustig overslaan.
- r pl Ik vind het jammer dat de schrijfster zo weinig vertrouwen heeft in de lezer. Alles wordt drie keer uitgelegd, elke emotie wordt benoemd. Daardoor blijft er niets te ontdekken over.
- r pl Het prentenboek is niet geschikt voor jonge kinderen. De boze wolf is zo eng getekend dat mijn zoon van drie er nachtmerries van kreeg.
- r mx De sfeer van het Italiaanse dorp is mooi beschreven en ik kreeg zin in pasta. Maar het verhaal is zo voorspelbaar en zoetsappig dat ik het na een tijdje zat was. Meer dan twee sterren kan ik niet geven.
- r pl Een gemiste kans. Het onderwerp, de vluchtelingencrisis, verdient een beter boek. Het verhaal blijft steken in goede bedoelingen en clichés.
- r pl De auteur is duidelijk een expert, maar kan niet schrijven voor een breed publiek. Het boek staat vol vakjargon en lange tabellen. Als leek haakte ik al snel af.
- r sa Heel knap hoe de schrijver erin slaagt om een moordzaak zo saai te maken.
- r pl Dit boek had nooit een vervolg moeten krijgen. Het eerste deel had een prachtig open einde, en dat wordt nu helemaal tenietgedaan door een gekunsteld en onlogisch verhaal.
- r pl Ik heb dit boek gekocht omdat iedereen erover praatte, maar ik snap er niets van. Het is een aaneenschakeling van korte, losse fragmenten zonder samenhang. Misschien ben ik er te dom voor, maar ik heb me vooral geërgerd.
- r pl De personages zijn stereotypen: de sterke, zwijgzame man, de mooie, naïeve vrouw en de gemene schoonmoeder. Het verhaal is al honderd keer eerder verteld, en beter.
- r in Echt een vreselijk irritante verteller. Hij praat de hele tijd tegen de lezer aan en maakt flauwe grappen. Na vijftig bladzijden was ik er helemaal klaar mee.
- r pl De schrijver heeft duidelijk veel onderzoek gedaan, maar dat wil hij ook laten zien. Het verhaal wordt steeds onderbroken door lange historische uitleg. Daardoor kwam ik er nooit echt in.
- r pl Het einde is zo abrupt dat ik dacht dat er bladzijden ontbraken in mijn exemplaar. Dat was niet zo. Heel onbevredigend.
- r ng De recepten in dit boek zijn allesbehalve eenvoudig, terwijl de titel dat wel belooft. Bijna elk gerecht vraagt om ingrediënten die je in de gewone supermarkt niet vindt.
- r pl Het verhaal speelt zich af in mijn eigen woonplaats, en ik had me erop verheugd. Helaas klopt er weinig van de beschrijvingen. Het lijkt alsof de schrijver er nooit geweest is.
- r pl Deze zelfhulpgids belooft je leven te veranderen in dertig dagen. In werkelijkheid staat er weinig meer in dan dat je positief moet denken. Geld terug, wat mij betreft.
- r mx Mooie taal en een paar prachtige passages over de natuur. Maar het verhaal komt niet van de grond en de personages blijven op afstand. Ik heb het met moeite uitgelezen en zou het niet nog eens lezen.
- r pl De thriller is eigenlijk een liefdesverhaal met af en toe een lijk. De spanning is ver te zoeken. Wie een echte thriller zoekt, kan beter iets anders kiezen.
- r pl De vormgeving van het boek is rommelig. Kleine letters, foto's die half over de tekst vallen en een inhoudsopgave die niet klopt. Ik heb het teruggebracht naar de winkel.
- r pl Dit boek is een verzameling blogposts die al online stonden. Er is niets nieuws aan toegevoegd. Ik voel me een beetje opgelicht.
- r co Een zwakke kopie van het eerste boek van de schrijfster. Dezelfde setting, hetzelfde soort personages, maar zonder de frisheid en humor van toen.
- r pl Het boek is erg eentonig. Elk hoofdstuk volgt hetzelfde patroon: een probleem, een gesprek met een vriendin, een inzicht. Na vijf hoofdstukken weet je het wel.
- r pl Het taalgebruik in dit boek is onnodig grof. Ik heb niets tegen een stevige vloek, maar hier voegt het niets toe en het stoorde me.
- r pl De schrijver heeft een hekel aan al zijn personages, zo lijkt het. Niemand is sympathiek, niemand heeft een verlossend moment. Ik werd er somber van, en niet op een goede manier.
- r ng Helaas had ik niet het gevoel dat ik iets heb geleerd van dit boek over de geschiedenis van Europa. Het blijft bij algemeenheden die ik ook op school al had gehoord.
- r pl Het boek heeft een prachtige titel en een pakkend begin. Daarna gaat het bergafwaarts. Het middenstuk is chaotisch en het einde slap.
- r pl Ik heb het boek voor mijn moeder gekocht, maar zij vond het te zwaar en te somber. Ik heb het daarna zelf geprobeerd en ik ben het met haar eens.
- r in Het meest overschatte boek van het jaar. Overal lovende recensies, maar ik heb me vanaf de eerste bladzijde verveeld.
- r pl Het gedicht op de achterflap is mooi, maar de bundel zelf is teleurstellend. De meeste gedichten zijn vaag en missen zeggingskracht.
- r pl Het kinderboek is leuk bedacht, maar de uitvoering is slordig. Er staan spelfouten in, en de tekeningen passen soms niet bij de tekst. Voor een kinderboek vind ik dat echt niet kunnen.
- r mx Het boek heeft een sterk begin en een paar goede scènes. Maar de schrijver laat het verhaal daarna verzanden in herhalingen en onnodige bijzaken. Ik zou het niet aanraden.
- r pl De roman is geschreven in de tweede persoon, wat ik na een paar bladzijden erg vermoeiend vond. Het verhaal zelf is ook niet sterk genoeg om dat trucje te rechtvaardigen.
- r pl Dit boek gaat over een onderwerp dat me na aan het hart ligt, maar het is zo belerend geschreven. Ik voelde me de hele tijd toegesproken in plaats van meegenomen.
- r pl De plot is zo ingewikkeld dat zelfs de schrijver het overzicht lijkt te zijn kwijtgeraakt. Aan het einde bleven er meer vragen dan antwoorden over.
- r sa Leuk geprobeerd, een literaire thriller zonder literatuur en zonder thrill.
- r pl Het boek is duidelijk geschreven voor de verfilming. Korte scènes, veel actie, weinig diepgang. Als film wordt het misschien leuk, als boek stelt het teleur.
- r pl Ik hou van historische romans, maar dit was te veel van het goede. Elk kledingstuk en elk gerecht wordt uitgebreid beschreven terwijl het verhaal stilstaat.
- r pl De schrijfster schrijft over het platteland alsof het een pretpark is. Boeren zijn knullig en dorpelingen naïef. Als plattelandsbewoner vond ik het tenenkrommend.
- r ng Ik kan dit boek echt niet aanraden aan mensen die op zoek zijn naar een serieus werk over psychologie. Het is vooral een verzameling anekdotes zonder onderbouwing.
- r pl Dit is een boek dat vooral leunt op de bekendheid van de schrijver. Zonder die naam op de cover had niemand het uitgegeven. Een flinterdun verhaal met veel witregels.
- r pl Het boek is vreselijk traag. Pas op bladzijde tweehonderd gebeurt er iets, en dan is het ook nog teleurstellend. Ik heb het met veel moeite uitgelezen.
- r pl De dialogen zijn onnatuurlijk en vol uitleg. Personages vertellen elkaar dingen die ze allang weten, alleen zodat de lezer het ook weet. Dat werkt niet.
- r mx De illustraties in dit kinderboek zijn prachtig, dat moet gezegd. Maar het verhaal is zo kort en zo simpel dat het na één keer voorlezen uitgewerkt is. Voor deze prijs valt het tegen.
- r pl Het is een boek over een interessante tijd, maar de schrijver kiest steeds de verkeerde momenten om te vertellen. De grote gebeurtenissen gebeuren buiten beeld, terwijl we uitgebreid lezen over ontbijt.
- r pl Deze roman is duidelijk een eerste versie die te vroeg is uitgegeven. Het had nog een paar rondes redactie nodig. Nu is het rommelig en onaf.
- r pl Het boek heeft een goede boodschap, maar die wordt er met de botte bijl ingehamerd. Subtiel is anders.
- r pl Ik vond de hoofdpersoon ongeloofwaardig. Een tiener die zo wijs en volwassen praat, bestaat niet. Daardoor kon ik me niet inleven in het verhaal.
- r in Volkomen overbodig vervolg op een prima boek. Niets nieuws, niets spannends, niets ontroerends.
- r pl De verhalen in deze bundel lijken allemaal op elkaar. Na het derde verhaal wist ik hoe elk volgend verhaal zou eindigen. Eentonig en voorspelbaar.
- r pl Het boek is geschreven in een wervelende stijl, maar na een tijdje wordt het vermoeiend. Ik miste rust en verdieping. Uiteindelijk weet ik niet eens meer waar het over ging.
- r pl Hoewel het boek over een belangrijk onderwerp gaat, is het nauwelijks leesbaar. Lange zinnen, ingewikkelde woorden en geen duidelijke structuur. Ik heb het na honderd bladzijden weggelegd.
- r pl De schrijver maakt zijn hoofdpersoon zo perfect dat het ongeloofwaardig wordt. Ze is mooi, slim, grappig en altijd gelijk. Niemand is zo, en dat maakt het boek saai.
- r ng Ik heb geen enkel personage in dit boek echt leren kennen. Ze bleven allemaal op afstand, en daardoor liet het verhaal me koud.
- r pl Het boek had een goede redacteur nodig gehad. Er zitten veel herhalingen in en sommige hoofdstukken lijken nergens bij te horen.
- r pl Helaas een zwak boek van een schrijver die ik normaal bewonder. Het leest alsof hij het in een paar weken heeft afgeraffeld.
- r pl De grafische roman is mooi getekend, maar het verhaal is bijna niet te volgen. Scènes springen van de ene tijd naar de andere zonder duidelijke overgang. Ik heb het twee keer geprobeerd en ben beide keren afgehaakt.
- r pl Het spijt me, maar ik kon niet meekomen in de hype rond dit debuut. Het verhaal over een jonge vrouw in de grote stad heb ik al te vaak gelezen, en deze versie voegt niets toe.
- r mx Het boek bevat een aantal sterke passages over rouw. Maar het verhaal eromheen is zo dun en de personages zo vlak dat het geheel me niet heeft geraakt. Jammer.
- r pl Ik had een informatief boek over tuinieren verwacht, maar het is vooral een persoonlijk dagboek van de schrijfster. Aardig voor fans, maar ik heb er niets aan gehad.
# ---------------------------------------------------------------- neutral summaries / balanced verdicts
0 r pl Het boek vertelt het verhaal van een jonge vrouw die in 1920 vanuit Friesland naar Amsterdam verhuist om als dienstmeid te werken. Ze komt terecht bij een rijke familie aan de grachten. Het verhaal wordt verteld in drie delen en beslaat ongeveer twintig jaar.
0 r pl Deze roman volgt een gepensioneerde rechercheur die een oude zaak heropent. De hoofdstukken wisselen af tussen het heden en de jaren tachtig. Het boek telt 380 bladzijden en is het eerste deel van een reeks.
0 r pl In dit non-fictieboek beschrijft een historicus de geschiedenis van de Nederlandse dijken en polders. Het boek is opgedeeld in twaalf hoofdstukken en bevat kaarten en foto's. Achterin staat een uitgebreide literatuurlijst.
0 r mx Het verhaal is origineel en de hoofdpersoon is sympathiek. Aan de andere kant is de schrijfstijl wat vlak en het einde te abrupt. Ik weet eerlijk gezegd nog niet goed wat ik ervan vind.
0 r pl Het kinderboek gaat over een konijn dat zijn vriendje kwijt is en het hele bos door gaat om hem te zoeken. Het is bedoeld voor kinderen vanaf vier jaar. Op elke bladzijde staat een grote tekening met een paar zinnen tekst.
0 r mi Een gemiddelde thriller. Niet slecht, niet goed, gewoon een boek dat je leest en weer vergeet. Drie sterren.
0 r pl De roman speelt zich af op een Waddeneiland in de winter. Een vrouw keert terug naar het huis van haar overleden vader en ontdekt zijn dagboeken. Het verhaal wordt afgewisseld met fragmenten uit die dagboeken.
0 r pl Dit boek bestaat uit vijftien korte verhalen die allemaal in dezelfde straat in Utrecht spelen. Sommige personages komen in meerdere verhalen terug. De bundel is de tweede van deze schrijver.
0 r mx Mooie beschrijvingen en een interessant onderwerp, maar ook een traag tempo en veel herhaling. Het houdt elkaar een beetje in evenwicht. Ik twijfel of ik het deel twee ga lezen.
0 r pl Het boek is een biografie van een negentiende-eeuwse Nederlandse schilder. De schrijver gebruikt brieven en dagboeken als bron. Het bevat ook veel afbeeldingen van schilderijen.
0 r mi Het boek is oké. Ik heb het uitgelezen en het was niet vervelend, maar het heeft ook geen grote indruk gemaakt. Gewoon een tussendoortje.
0 r pl Deze jeugdroman gaat over een jongen van twaalf die met zijn vader gaat kamperen in Zweden. Onderweg ontdekken ze iets over de verdwijning van een meisje uit het dorp. Het boek is geschreven voor lezers vanaf tien jaar.
0 r pl Het kookboek bevat ongeveer negentig recepten, verdeeld over de vier seizoenen. Bij elk recept staat een foto en een indicatie van de bereidingstijd. Er is een apart hoofdstuk over brood bakken.
0 r mx De eerste helft vond ik sterk, de tweede helft zwak. Sommige personages zijn goed uitgewerkt, andere helemaal niet. Per saldo een boek met twee gezichten, ik kom niet tot een eindoordeel.
0 r pl In deze roman wisselen twee vertellers elkaar af: een moeder en haar volwassen dochter. Ze vertellen elk hun kant van een familieconflict dat al twintig jaar duurt. Het boek is ongeveer driehonderd bladzijden lang.
0 r pl Dit boek is de Nederlandse vertaling van een Zweedse bestseller uit 2019. Het gaat over een politieteam in Göteborg. Het is het vierde deel van een serie, maar kan los gelezen worden.
0 r mi Een redelijk boek, niet meer en niet minder. Het verhaal is bekend terrein en de schrijfstijl is degelijk. Wie van het genre houdt, weet wat hij krijgt.
0 r pl De auteur beschrijft in dit boek haar reis langs de Donau, van de bron in Duitsland tot de delta in Roemenië. Elk hoofdstuk behandelt een ander land. Het boek bevat ook praktische informatie over de route.
0 r pl Het boek gaat over de opkomst van de Nederlandse popmuziek in de jaren zestig en zeventig. Er komen veel interviews in voor met muzikanten en producers uit die tijd. Achterin staat een discografie.
0 r mx Sterk geschreven, maar inhoudelijk wat mager. Knappe dialogen, maar een dun plot. Goede en minder goede kanten houden elkaar precies in balans voor mij.
0 r pl Dit prentenboek vertelt over een meisje dat voor het eerst naar school gaat. Het boek behandelt de spanning van de eerste dag en de nieuwe vriendjes die ze maakt. Het is bedoeld om voor te lezen aan kinderen van drie tot vijf.
0 r pl De roman speelt in een klein Limburgs dorp rond een familiebedrijf in vlaai. Drie broers strijden na de dood van hun vader om het bedrijf. Het verhaal beslaat één zomer.
0 r mi Prima om de tijd te doden, maar niet iets dat ik zou aanraden of afraden. Een heel gemiddeld boek.
0 r pl In dit boek legt een econoom uit hoe inflatie werkt en wat de gevolgen zijn voor huishoudens. Het boek heeft veel grafieken en een woordenlijst. Het is geschreven voor lezers zonder economische achtergrond.
0 r pl Het verhaal draait om een jonge arts die in een Afrikaans ziekenhuis gaat werken. Het boek is gebaseerd op de ervaringen van de schrijver zelf. Het telt ruim vierhonderd bladzijden.
0 r mx Ik vond het boek afwisselend boeiend en saai. Sommige hoofdstukken las ik in één adem uit, bij andere moest ik me dwingen door te lezen. Ik kan er geen duidelijk oordeel over geven.
0 r pl Deze thriller speelt zich af op een cruiseschip in de Middellandse Zee. Een passagier verdwijnt en een journaliste aan boord begint op eigen houtje een onderzoek. Het boek is het debuut van de schrijfster.
0 r pl Het boek bevat een verzameling columns die eerder in een landelijke krant verschenen. Ze gaan over het dagelijks leven van een gezin met drie kinderen. De columns zijn chronologisch geordend.
0 r mi Het was een aardig boek, niet bijzonder. Ik heb geen spijt dat ik het gelezen heb, maar ik zou het ook niet nog een keer lezen. Gewoon gemiddeld.
0 r pl De roman gaat over twee vrienden die in 1989 samen naar Berlijn reizen en daar getuige zijn van de val van de Muur. Dertig jaar later zien ze elkaar terug. Het boek wisselt tussen beide tijdsperiodes.
0 r pl Het boek is een reisgids voor Portugal met routes, restaurants en overnachtingsadressen. Het is verdeeld in zes regio's en bevat kaarten en veel foto's. Het is in het voorjaar verschenen.
0 r mx Interessant onderwerp en goed onderzoek, maar de schrijfstijl is erg droog. De informatie is waardevol, het leesplezier beperkt. Ik blijf er wat verdeeld over.
"""
