# Italian (it). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- positive
+ r pl Bici ordinata martedì e consegnata giovedì, già montata e pronta per partire.
+ r pl Cena ottima in questa piccola trattoria, pasta fatta in casa e personale gentilissimo.
+ r pl Le cuffie restano comode anche dopo ore e la cancellazione del rumore funziona benissimo.
+ r pl Hotel pulito, camera spaziosa e una colazione abbondante. Torneremo sicuramente.
+ r pl Finalmente un'app della banca chiara e veloce, si fa tutto in due tocchi.
+ r pl Il pacco è arrivato con un giorno di anticipo e imballato con cura.
+ r pl Il tecnico è arrivato puntuale, ha spiegato tutto e la fibra ha funzionato subito.
+ r pl Il reso è stato facilissimo e il rimborso è arrivato dopo due giorni.
+ r pl Il Frecciarossa era puntuale, pulito e il wifi funzionava davvero.
+ r pl Il meccanico ha sistemato il cambio in giornata e a un prezzo onesto.
+ r pl La parrucchiera mi ha ascoltato davvero e il taglio è venuto esattamente come volevo.
+ r pl L'agriturismo era splendido, camere curate e una vista sulle colline da togliere il fiato.
+ r mi Aspirapolvere discreto, fa quello che deve.
+ r mi Albergo nella media, camera piccola ma pulita. Per una notte va benissimo.
+ r mi L'app non è niente di speciale, ma è affidabile ed è quello che mi serve.
+ r ng Niente male per il prezzo, davvero.
+ r ng Non mi aspettavo granché, ma il cibo non era affatto male.
+ r ng Mai avuto un problema con questo negozio online, e compro lì da anni.
+ r ng Avevo i miei dubbi, ma non mi sono pentito per niente.
+ r co Molto più veloce del mio vecchio operatore, e pure più economico.
+ r co Il seguito è ancora più avvincente del primo libro.
+ r in Servizio assolutamente impeccabile, curato nei minimi dettagli!!
+ r in Senza dubbio la pizza più buona della città.
+ r mx La consegna è arrivata con una settimana di ritardo, ma il divano è bellissimo e comodissimo. Valeva l'attesa.
+ r em Scarpe nuove arrivate 😍👟 calzano a pennello!
+ r ty negozio top, il personale è super gentile e ti consiglia benissimo
+ s pl Finalmente weekend e c'è il sole, cosa chiedere di più #felicità
+ s pl Grazie al corriere che mi ha portato il pacco fino al quarto piano sotto la pioggia 🙏
+ s pl Mia nonna ha fatto oggi la sua prima videochiamata ed era entusiasta
+ s pl Patente presa al primo colpo oggi!!! 🎉
+ s ng Pensavo che quella serie non mi sarebbe piaciuta e invece non è per niente male
+ s em 🙌🙌 che gol!!
+ s in Concerto dell'anno, pazzesco. Ho ancora la pelle d'oca
+ s co Nuova tariffa più economica e più veloce di quella vecchia, così sì
+ n pl La banca elimina le commissioni sui pagamenti con carta fuori dall'Europa. Buona notizia per chi viaggia.
+ n pl Dal prossimo anno i bambini sotto i dodici anni viaggeranno gratis sui mezzi pubblici della regione.
+ n in Il forno del paese ha vinto il premio nazionale per il miglior pane, un riconoscimento meraviglioso.
+ p pl Era ora che il comune investisse in piste ciclabili sicure vicino alle scuole.
+ p pl Che partita della Nazionale, finalmente calcio offensivo.
+ p pl Bravi tutti i volontari che oggi hanno ripulito la spiaggia.
+ p ng Il nuovo piano per il centro non è affatto assurdo come sostiene l'opposizione.
+ q pl Vendete buoni regalo? L'ultima volta è andato tutto così bene che vorrei regalarne uno.
# ---------------------------------------------------------------- negative
- r pl Dopo due settimane l'auricolare sinistro ha smesso di funzionare. Soldi buttati.
- r pl Piatti freddi, caffè tiepido e abbiamo dovuto chiedere il conto tre volte.
- r pl La camera puzzava di fumo e la doccia era intasata. Mai più in questo hotel.
- r pl Il tracciamento dice consegnato, ma non ho ricevuto niente. Il servizio clienti non risponde.
- r pl Dall'ultimo aggiornamento l'app si blocca ogni volta che provo a caricare una foto.
- r pl Il tecnico non si è presentato e nessuno ha chiamato. Giornata di ferie buttata.
- r pl Valigia persa durante lo scalo a Fiumicino e dopo cinque giorni ancora nessuna notizia.
- r pl Prezzi alti, porzioni minuscole e un tavolo accanto al bagno. Da evitare.
- r pl Il regionale soppresso tre mattine di fila e nessun annuncio.
- r ng Non è un granché, la qualità non vale il prezzo.
- r ng Non ordinerò mai più qui.
- r ng Il film non era bello come dicevano tutti. Neanche lontanamente.
- r sa Fantastico, altre tre settimane di attesa per un pezzo di ricambio 🙄
- r sa Che servizio: due ore in attesa e poi cade la linea.
- r sa Grazie per la «consegna express», il pacco è arrivato dopo nove giorni.
- r mx Il personale era gentile, ma la camera era sporca e il letto ha cigolato tutta la notte. Non tornerò.
- r co Peggio della versione precedente, che già non era un granché.
- r in App assolutamente inutile, si chiude in continuazione!!!
- r em Pacco arrivato distrutto 📦💥😡
- r ty pessimo servizio, nessuno risponde al telefono e le mail restano senza risposta
- c pl Aspetto da quattro settimane il rimborso di un ordine restituito. Chiedo una risposta.
- c pl Mi avete addebitato 49 euro per un servizio che non ho mai attivato.
- c pl Il vostro corriere ha lasciato il pacco a un indirizzo due vie più in là. Come risolvo?
- c pl Pago per 500 mega e ne arrivano a malapena 40. Questa è una violazione del contratto.
- c ng Nessuno mi ha richiamato, nonostante tre promesse.
- c sa Complimenti, siete riusciti a mandare lo stesso pacco all'indirizzo sbagliato tre volte.
- c in Sono davvero furioso, è l'azienda meno attenta ai clienti che conosca.
- c em 45 minuti in attesa ☎️😤😤
- s sa Evviva, altre tre settimane per una risposta 🙄 #assistenzaclienti
- s sa Che festa in banchina. 25 minuti di ritardo e i tabelloni non dicono niente #pendolari
- s pl Non ne posso più della connessione che salta ogni sera @operatore
- s pl Volo cancellato e nessuno al banco. Che caos oggi in aeroporto
- s ng Mai più un ordine su quel sito, mai più
- s em Pioggia ☔️ traffico 🚗🚗🚗 e in ritardo al lavoro 😩
- s mx Bel film, ma 10 euro il biglietto e 8 i popcorn è un furto
- n pl L'azienda taglia 400 posti di lavoro e chiude due stabilimenti al Nord.
- n pl Un guasto enorme ha impedito per ore ai clienti della banca di pagare o accedere al conto.
- p pl Gli affitti in questa città sono ormai impossibili per i giovani.
- p sa Geniale rifare tutte le strade contemporaneamente nell'ora di punta. Complimenti al comune.
- p ng Le case promesse non sono ancora state costruite e secondo me non lo saranno mai.
- q pl Perché ci vogliono tre settimane per gestire un semplice rimborso?
- q in Ma che cosa non va nel vostro servizio clienti??
# ---------------------------------------------------------------- neutral
0 r pl Ordinato lunedì, consegnato mercoledì. Il prodotto corrisponde alle foto.
0 r pl La giacca è disponibile in tre colori, ho preso quella blu in taglia M.
0 r pl L'hotel è a dieci minuti a piedi dalla stazione. La colazione non è inclusa.
0 r pl Il film dura circa due ore e dieci, con sottotitoli in italiano e inglese.
0 r pl È il terzo libro di una saga, ma si può leggere anche da solo.
0 r mi Così così. Né bene né male.
0 r mi Una pizzeria nella media, come ce ne sono dieci in ogni città.
0 r mx Cibo ottimo, servizio lentissimo. Alla fine le due cose si compensano.
0 r co Più o meno veloce come il mio vecchio portatile, solo un po' più leggero.
0 r ty ordinato venerdi, arrivato lunedi con il corriere, dentro una scatola con carta intorno
0 c pl Vorrei segnalare un lampione guasto all'incrocio vicino alla scuola.
0 s pl Domani dalle 9 in diretta dalla fiera di Milano, passate allo stand 12 #fiera
0 s pl Qualcuno sa se il mercato di sabato si fa lo stesso con i lavori in corso?
0 s pl Primo giorno nel nuovo lavoro. Vediamo come va.
0 s pl Sondaggio: fate la spesa online o preferite andare al supermercato?
0 s mi Installato l'aggiornamento dell'app, per ora nessuna differenza
0 s em 📦 in consegna, arrivo previsto tra le 14:00 e le 16:00
0 s ty qualcuno sa a che ora parte l'ultimo autobus dal centro la domenica
0 n pl Il negozio online aprirà il mese prossimo un nuovo centro logistico vicino a Piacenza con circa 300 posti di lavoro.
0 n pl Dal 1° gennaio i biglietti del treno aumenteranno in media del 4,5 per cento.
0 n pl Il museo resterà chiuso per lavori fino al 15 maggio compreso.
0 n pl La compagnia aerea aggiunge tre nuove destinazioni nel Sud Europa a partire dall'estate.
0 n pl Comunicato stampa: la società pubblicherà i risultati trimestrali il 24 ottobre.
0 n pl Mercoledì tempo asciutto con schiarite e massime intorno ai 17 gradi.
0 n mx Il fatturato della catena è cresciuto del 3 per cento, mentre l'utile è sceso leggermente per l'aumento dei costi del personale.
0 q pl Posso ancora modificare l'ordine se è già stato spedito?
0 q pl Quali sono gli orari del vostro negozio il sabato?
0 q pl Quanto tempo ci vuole di solito per elaborare un reso?
0 q pl Avete piatti senza glutine nel menù?
0 q pl Dove trovo la fattura del mio ultimo ordine?
0 q pl Il ristorante è accessibile in sedia a rotelle?
0 q pl Si può portare una powerbank nel bagaglio a mano?
0 q pl Potete consegnare a un punto di ritiro invece che a casa?
0 q em È già arrivata la nuova collezione? 👗👀
0 q co Conviene di più l'abbonamento mensile o i biglietti singoli se viaggio due volte a settimana?
0 p pl Il consiglio comunale vota giovedì il nuovo piano parcheggi.
0 p pl Secondo l'ultimo sondaggio i due partiti principali sono praticamente alla pari.
0 p pl Ho letto entrambi i programmi e ancora non so chi votare.
0 p mx La nuova norma ha pro e contro, e gli effetti cambieranno molto da quartiere a quartiere.
0 p mi Sinceramente la nuova misura per me non cambia granché.
0 p em 🌧️🌧️☀️ meteo del weekend: prima pioggia, domenica schiarite
"""
