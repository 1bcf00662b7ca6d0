# Swedish (sv): longer and very short texts. Hand-written for repwatch.
DATA = """
+ r pl Vi lät ett litet lokalt företag renovera hela badrummet och jag har bara gott att säga. De höll tidsplanen, städade efter sig varje dag, ringde direkt när något oväntat dök upp och slutfakturan stämde exakt med offerten. Sällan varit med om ett så smidigt samarbete.
+ p pl Igår hade vi grannfest i parken och vilken kväll det blev. Grannar som annars bara hälsar stod och grillade tillsammans, barnen hade en hoppborg och någon hade till och med ordnat ett litet band. Sådana kvällar påminner mig om hur lyckligt lottade vi är som bor här.
+ r mx Det började dåligt: köket kom tre veckor för sent och en skåplucka saknades. Men montörerna som till slut kom var riktiga yrkesmänniskor, de fixade allt på en dag och resultatet blev jättefint. Så här i efterhand är jag mycket nöjd och rekommenderar dem gärna till vänner.
- c pl Jag beställde en tvättmaskin den 3 mars med leverans den 10 mars. Nu är det den 2 april, jag har ringt fyra gånger, mejlat två gånger och fått tre olika leveransdatum. Ingen kan säga var maskinen är. Jag kräver leverans inom fem arbetsdagar eller hela beloppet tillbaka.
- p pl Det är helt obegripligt att regionen vill lägga ner den enda busslinjen i vår by. Många äldre här har ingen bil och är helt beroende av bussen för att ta sig till vårdcentralen, affären och släkten. Med det här beslutet lämnas de helt enkelt åt sitt öde, och det tycker jag är skamligt.
- r mx Jag ville verkligen gilla den här telefonen, för skärmen är snygg och den ligger bra i handen. Men batteriet räcker knappt till eftermiddagen, kameran tar korniga bilder på kvällen och sedan senaste uppdateringen hänger den sig hela tiden. För det priset förväntar jag mig mycket mer. Den går tillbaka.
0 n pl Kedjan meddelade idag att samtliga butiker i Sverige ska byggas om under de kommande två åren. Det blir självskanningskassor, en egen disk för upphämtning av webbeställningar och en större avdelning för färskvaror. Enligt ledningen håller butikerna öppet som vanligt medan arbetet pågår.
0 q pl Hej, vi planerar att komma till er camping med familjen en vecka i juni. Vi har en husvagn på ungefär sex meter och två hundar. Går det att boka en plats med el, och är hundar tillåtna på hela området eller bara på vissa delar?
0 p mx Det nya sophämtningssystemet har uppenbart två sidor. Å ena sidan sorteras det mycket bättre på vår gata och det står färre soppåsar ute. Å andra sidan måste de som inte har bil gå en bra bit till containrarna. Det ska bli intressant att se vad kommunen kommer fram till efter ett år.
+ r pl Grym service, rekommenderas!
- r pl Aldrig mer härifrån.
0 r pl Paketet kom igår.
"""
