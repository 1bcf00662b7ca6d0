# Italian (it): tweets. Hand-written for repwatch (original text, no copied
# tweets). Noisy on purpose: @user, #hashtags, http links, RT, emoji, caps.
DATA = """
# ---------------------------------------------------------------- positive
+ s pl CHE GOL al 93esimo, sto ancora urlando #ForzaInter
+ s pl Buon Natale a tutti, godetevi le persone che amate 🎄
+ s em 🎉🎉 patente presa al primo colpo!!!
+ s pl RT @user: Le ragazze dell'under 17 vincono il campionato regionale 🏆
+ s ty nn vedo l'ora del concerto di sabato, sara pazzescoooo
+ s pl @user grazie per il thread, finalmente ho capito come funziona il 730
+ s in L'ultima puntata è stata un capolavoro assoluto, senza esagerare
+ s pl Ramadan Mubarak a tutti gli amici che iniziano il digiuno stasera 🌙
+ s pl Passeggiata sul lungomare con questo sole, non serve altro
+ s ng Il film non è affatto male, mi aspettavo molto peggio
+ s pl Orgogliosissima di mia sorella, laureata con 110 e lode 🎓
+ s pl Nuovo album ascoltato tutto d'un fiato, nessuna canzone da saltare http://t.co/aK3pT7v
+ s pl Grazie ai vigili del fuoco che hanno salvato il gatto della vicina, siete grandi
+ s pl Stasera la squadra ha giocato un calcio bellissimo, finalmente
+ s ty mia nonna ha imparato a mandare i vocali e io muoio 😂❤️
+ s pl La biblioteca comunale apre anche la domenica, notizia bellissima
+ s co Questa stagione è molto meglio della precedente, si vede che hanno ascoltato i fan
+ s pl Auguri a tutte le mamme, siete fantastiche ❤️
+ s pl Bellissima la messa di mezzanotte, il coro era da brividi
+ s pl RT @user: Da settembre trasporti gratis per gli under 14 in tutta la regione
+ s in Felicissima del nuovo lavoro, colleghi stupendi
+ s pl Domenica pranzo dalla nonna e partita in tv, giornata perfetta
+ s pl Complimenti alla Nazionale di pallavolo, che torneo ragazze
+ s em 😍😍 il vestito sul red carpet ieri sera era un sogno
+ s pl Appena finito il libro e voglio il seguito SUBITO
+ s pl Grazie @user per avermi riportato il portafoglio con tutto dentro, esiste ancora gente onesta
+ s pl Buona Pasqua a tutti, Cristo è risorto 🙏
+ s pl La nuova ciclabile lungo il Po è meravigliosa, già fatta tre volte
+ s mx Arbitro disastroso ma abbiamo vinto, e questo conta 😅
+ s pl Prima mezza maratona finita!! 1h59, distrutto ma felicissimo
+ s pl Il fornaio sotto casa mi ha regalato una fetta di pastiera, che gentile
+ s ty il live di ieri era una roba assurda, dal vivo la sua voce è ancora meglio
+ s pl Eid Mubarak a tutti, pace e tanto buon cibo in famiglia 🌙
+ s pl Che documentario sulle Dolomiti ieri sera, consigliatissimo
+ s ng Devo ammetterlo, il dibattito di ieri non è stato per niente noioso
+ s pl Finalmente piove in Sicilia, i campi ne avevano un bisogno enorme
+ s pl Il trailer è bellissimo, conto i giorni
+ s pl Il concerto di beneficenza ha raccolto 50mila euro per l'ospedale pediatrico, bravi tutti
+ s pl Buongiorno a tutti, oggi c'è il sole e sono di ottimo umore ☀️
+ s in Questa band è la scoperta più bella dell'anno, assolutamente geniale
+ s pl Aumento di stipendio senza nemmeno chiederlo. Ancora non ci credo
+ s pl Grazie a tutti per gli auguri di compleanno, mi avete commosso 🥰
+ s pl Il mio gatto ha imparato ad aprire l'armadio. È un genio e lo adoro
+ s co Dal vivo mille volte meglio che su disco, non c'è paragone
+ s pl Rimpatriata con gli amici del liceo dopo 10 anni, abbiamo riso tutta la sera
+ s pl Caffè al bar in piazza con questo sole, la felicità è fatta di poco
+ s pl Grazie alle infermiere del pronto soccorso, siete state meravigliose con mio padre
+ s pl Buon Ferragosto a tutti, che sia una giornata di mare e relax ☀️
+ s pl Sanremo quest'anno mi sta piacendo un sacco, canzoni finalmente belle
+ s pl Che partita del portiere, tre parate incredibili #SerieA
+ s pl La sagra del paese è stata un successo, grazie a tutti i volontari
+ s pl Miglior pizza della mia vita in una pizzeria minuscola a Napoli, 10 e lode
+ s pl Il nuovo congedo di paternità più lungo è un passo avanti enorme
+ s pl Tutto lo stadio che canta dopo il fischio finale, pelle d'oca
+ s pl Buon onomastico a tutti i Giuseppe e buona festa del papà 🎉
# ---------------------------------------------------------------- neutral
0 s pl ULTIM'ORA: la Camera vota giovedì la riforma delle pensioni http://t.co/h5Kp9Tr
0 s pl RT @user: Il calcio d'inizio di sabato anticipato alle 18 per la diretta tv
0 s pl Qualcuno sa a che ora inizia la finale di Sanremo?
0 s pl @user la nuova puntata esce oggi o la settimana prossima?
0 s pl Allerta meteo arancione in Liguria per domani, previsti forti temporali
0 s pl Il presidente del Consiglio interviene stasera alle 20:30 in tv http://t.co/Bz2Wr6n
0 s pl Guardando il dibattito, vi dico dopo
0 s pl Formazione: due cambi rispetto alla partita di coppa
0 s pl Cosa fate per il ponte del 25 aprile?
0 s pl La band annuncia un tour in Italia in autunno, date sul sito http://t.co/Dx8Lm1q
0 s pl Secondo l'ultimo sondaggio i due partiti principali sono appaiati
0 s pl @user su che canale danno la finale?
0 s pl Inflazione al 2,7 % a marzo secondo l'Istat http://t.co/Nq4Cv7s
0 s pl In treno per Bologna, mi ricollego dopo
0 s pl Letture del mese: due gialli e un saggio
0 s mx Fotografia stupenda ma la storia si trascina. Non so bene cosa pensarne
0 s pl Orari delle messe di Natale: 18 e 24, tutti sono benvenuti
0 s pl Il ministro visiterà lunedì i comuni colpiti dall'alluvione
0 s pl Qualcuno sta guardando il Giro?
0 s pl RT @user: Seggi aperti domenica dalle 7 alle 23, portate la tessera elettorale
0 s pl Appena trasferita a Torino, consigli per un brunch la domenica?
0 s pl Fine primo tempo: 1-1, partita molto equilibrata
0 s mi il nuovo singolo è carino, niente di più. non lo amo, non lo salto
0 s pl La coppia di attori annuncia la separazione con un comunicato congiunto http://t.co/Pk7Hs3m
0 s pl Le riprese della terza stagione iniziano a Bari il mese prossimo
0 s pl Tangenziale chiusa stanotte tra le uscite 5 e 7 per lavori
0 s pl sono io o l'app ha cambiato di nuovo logo
0 s pl @user come si chiama la canzone alla fine della puntata?
0 s pl Consiglio comunale sulla nuova linea del tram martedì alle 18
0 s pl Ufficiale: partita rinviata per il campo impraticabile
0 s mi Viste le prime due puntate. Carina. Forse continuo, forse no
0 s pl Le candidature ai premi della musica saranno annunciate mercoledì http://t.co/Tm9Lq2w
0 s pl Domani alba alle 7:15, tramonto alle 17:02
0 s pl Sto pensando di passare da iPhone ad Android, cosa devo sapere?
0 s pl Tanta gente in centro oggi per il carnevale
0 s pl La decisione sull'ampliamento dell'aeroporto arriverà dopo l'estate
0 s pl Sondaggio: le notizie le guardate in tv o sul telefono?
0 s pl Oggi inizia la Quaresima per chi la osserva
0 s pl Uno studio dice che la maggior parte degli adulti dorme meno di sette ore http://t.co/Fy3Ks8b
0 s pl L'attore sarà il protagonista di una nuova serie poliziesca girata l'anno prossimo
0 s pl Spesa fatta, ora lavatrice e poi probabilmente la partita
0 s pl @user ti è arrivata la mail per la riunione di giovedì?
0 s mx attori bravi, sceneggiatura debole, musica bella. alla fine si compensa
0 s pl La cinquina del premio letterario è stata annunciata stamattina http://t.co/Gw1Rd5j
0 s pl Strade chiuse per la maratona dalle 7 di domenica, mappa qui http://t.co/Lv6Nt0c
0 s pl Calciomercato: il club conferma i contatti con l'agente dell'attaccante
0 s pl Stanotte torna l'ora solare, alle 3 saranno le 2
0 s pl Nuovo post sul blog: come organizzo l'orto sul balcone http://t.co/Xs2Bm8h
0 s pl La BCE lascia i tassi invariati
0 s pl Ripassando per l'esame di lunedì
0 s pl Quante puntate ha la nuova stagione, qualcuno lo sa?
0 s pl La Mostra del Cinema di Venezia presenta il programma giovedì alle 11
0 s pl Riunione di condominio stasera alle 21, vediamo che succede
0 s pl Processione del santo patrono domenica alle 10 dalla chiesa madre
0 s pl Disoccupazione in calo al Nord e in leggero aumento al Sud secondo gli ultimi dati
# ---------------------------------------------------------------- negative
- s pl Due ore di ritardo e adesso il treno è soppresso. Grazie come sempre
- s sa Fantastico, un altro remake che nessuno aveva chiesto. Proprio quello che serviva 🙄
- s pl Quel rigore non c'era proprio, vergogna #VAR
- s in Sono furiosa, hanno tolto l'unico autobus che porta all'ospedale
- s pl RT @user: Chiude un altro negozio in centro, 10 persone a casa prima di Natale
- s pl @user la vostra app mi ha disconnesso cinque volte oggi, sistematela
- s ty che schifo sto tempo, tre settimane di pioggia
- s sa Adoro pagare 7 euro una birra che è metà schiuma. Grazie Milano
- s pl Che finale deludente, anni di attesa per QUESTO? #delusa
- s ng Il nuovo album non mi piace per niente, sembrano scarti del precedente
- s pl A ogni elezione promettono bollette più basse e ogni anno aumentano
- s pl 0-4 in casa. Vergognoso. L'allenatore deve andarsene
- s em 😡😡😡 due ore di attesa al telefono e poi mi chiudono in faccia
- s pl RT @user: Pazienti in barella nei corridoi del pronto soccorso per tutta la notte
- s pl Biglietti esauriti in due minuti e già in rivendita a cinque volte il prezzo. Vergogna
- s sa Meraviglioso, si rompe la caldaia nel giorno più freddo dell'anno. Che fortuna
- s pl Perché ora ogni serie esce in due parti, che nervi
- s pl Volo di nuovo in ritardo, terza volta questo mese con questa compagnia
- s ng Il dibattito non ha fatto fare bella figura a nessuno, zero risposte e tante urla
- s in Il peggior servizio clienti della mia vita, davvero vergognoso @user
- s pl Hanno cancellato la serie dopo una stagione e con quel finale aperto, assurdo
- s pl Un'altra fuga di dati. Un'altra mail "la vostra privacy è importante". Certo
- s pl 120 euro per stare in fondo al palazzetto, i prezzi dei concerti sono impazziti
- s ty ma come fa l'arbitro a non vederlo, ridicolo
- s pl Il ministro ha evitato tutte le domande in radio stamattina. Penoso
- s pl Malato tutta la settimana e il medico di base non mi riceve prima del 28
- s co Il sequel è molto peggio del primo, nessuna emozione
- s pl Triste notizia, chiude per sempre il cinema del paese
- s sa Splendido, lavori sull'unica strada che esce dal paese. Di nuovo
- s pl L'odio nei commenti sotto la sua foto fa schifo. Lasciatela in pace
- s pl 30 euro di cibo a domicilio arrivato freddo e senza le patatine
- s em sto lunedì 😩😩 è andato storto tutto quello che poteva
- s pl RT @user: Confermata la chiusura dello stabilimento, 450 lavoratori a casa entro marzo
- s pl Arbitraggio pessimo tutta la partita, le due squadre meritavano di meglio
- s pl Perché la bolletta è aumentata di 8 euro senza avviso @user
- s ng Non mi è piaciuto neanche un minuto del film e dura pure tre ore
- s pl Stagione finita per lui dopo l'infortunio, che peccato
- s pl Intervista imbarazzante, non ha nemmeno letto il rapporto che difende
- s in La partita più noiosa che abbia mai visto, 0-0 e zero tiri in porta
- s pl Il bus non è passato DI NUOVO. 40 minuti al freddo #basta
- s sa Niente dice "teniamo ai clienti" come 40 minuti di fila con una sola cassa aperta
- s pl Immagini strazianti dalla zona del terremoto stamattina
- s pl Salvano sempre gli stessi concorrenti, questo programma è truccato
- s pl RT @user: Affitti su del 12 % in un anno, studenti costretti a dormire in macchina
- s pl Senza internet da venerdì e @user risponde solo "stiamo verificando"
- s ty peggior puntata della stagione, 50 minuti e non succede niente
- s pl Ennesimo aumento dell'abbonamento streaming e adesso anche con la pubblicità
- s pl Delusissima da questo governo, nessun piano per la casa
- s mx Bel posto e gruppo di apertura bravo, ma l'artista principale ha suonato 40 minuti e via. Mai più
- s pl Questo caldo è insopportabile, non ho chiuso occhio
- s pl Perso la coincidenza perché il primo treno era in ritardo. Due ore qui ad aspettare
- s pl Basta botti alle 2 di notte per favore, il cane è terrorizzato
- s em 🙄🙄 l'ennesimo "fantastico aggiornamento" che toglie le funzioni che tutti usavano
- s pl Stufo degli account di tifosi tossici, è solo calcio
- s pl Multa per quattro minuti oltre il parcheggio. Incredibile
"""
