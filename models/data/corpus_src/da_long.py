# Danish (da): longer and very short texts. Hand-written for repwatch.
DATA = """
+ r pl Vi fik renoveret hele badeværelset af et lille lokalt firma, og jeg kan kun sige godt om dem. De overholdt tidsplanen, ryddede op hver eneste dag, ringede med det samme, hvis noget uventet dukkede op, og slutregningen svarede præcis til tilbuddet. Sjældent oplevet et så gnidningsfrit samarbejde.
+ p pl I går var der gadefest i vores kvarter, og sikken en aften. Naboer, der normalt bare hilser, stod og grillede sammen, børnene havde en hoppeborg, og nogen havde endda skaffet et lille band. Den slags aftener minder mig om, hvor heldige vi er at bo her.
+ r mx Det startede skidt: køkkenet kom tre uger for sent, og en skabslåge manglede. Men montørerne, der til sidst kom, var dygtige håndværkere, de fiksede det hele på én dag, og resultatet er smukt. Bagefter er jeg rigtig tilfreds og anbefaler dem gerne til venner og familie.
- c pl Jeg bestilte en vaskemaskine den 3. marts med levering den 10. marts. Nu er det den 2. april, jeg har ringet fire gange, skrevet to mails og fået tre forskellige leveringsdatoer. Ingen kan fortælle mig, hvor maskinen er. Jeg kræver levering inden for fem hverdage eller hele beløbet retur.
- p pl Det er helt ubegribeligt, at regionen vil nedlægge den eneste buslinje i vores landsby. Mange ældre her har ikke bil og er helt afhængige af bussen for at komme til lægen, købmanden og familien. Med den beslutning bliver de simpelthen ladt i stikken, og det synes jeg er skammeligt.
- r mx Jeg ville virkelig gerne kunne lide den her telefon, for skærmen er flot, og den ligger godt i hånden. Men batteriet holder knap til eftermiddagen, kameraet tager grynede billeder om aftenen, og efter seneste opdatering fryser den hele tiden. Til den pris forventer jeg meget mere. Den ryger retur.
0 n pl Kæden oplyste i dag, at alle butikker i Danmark skal ombygges i løbet af de næste to år. Der kommer selvbetjeningskasser, en særskilt disk til afhentning af netordrer og en større afdeling med friske varer. Ifølge ledelsen holder butikkerne åbent som normalt, mens arbejdet står på.
0 q pl Hej, vi planlægger at komme på jeres campingplads med familien en uge i juni. Vi har en campingvogn på cirka seks meter og to hunde. Er det muligt at reservere en plads med strøm, og må hunde være på hele pladsen eller kun i bestemte områder?
0 p mx Den nye affaldsordning har tydeligvis to sider. På den ene side bliver der sorteret meget bedre i vores gade, og der står færre skraldeposer ude. På den anden side skal folk uden bil nu gå et godt stykke til containerne. Det bliver spændende at se, hvad kommunen konkluderer efter et år.
+ r pl Super service, kan anbefales!
- r pl Aldrig mere herfra.
0 r pl Pakken kom i går.
"""
