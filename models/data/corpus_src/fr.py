# French (fr). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Vélo commandé mardi, livré jeudi, déjà réglé et prêt à rouler. Rien à redire.
+ r pl Excellent dîner dans cette petite trattoria, pâtes fraîches et service adorable.
+ r pl Le casque reste confortable après des heures, et la réduction de bruit est bluffante dans le train.
+ r pl Hôtel propre, chambre spacieuse et un petit-déjeuner vraiment copieux.
+ r pl Enfin une appli bancaire claire et intuitive. Tout se fait en deux clics.
+ r pl Colis arrivé un jour plus tôt que prévu et très bien emballé. Merci !
+ r pl Impossible de lâcher ce roman, je l'ai terminé en un week-end.
+ r pl Quel beau film, une photographie superbe et une musique qui colle parfaitement à l'histoire.
+ r pl Le technicien est arrivé à l'heure, a tout expliqué et la fibre a marché tout de suite.
+ r pl Vol parti à l'heure, équipage aux petits soins et de la place pour les jambes.
+ r pl Retour ultra simple : étiquette imprimée, colis déposé, remboursé deux jours plus tard.
+ r pl Depuis la mise à jour, l'appli est beaucoup plus fluide. Bravo à l'équipe.
+ r pl Notre vélo électrique a un an et pas le moindre souci. La batterie tient toujours très bien.
+ r pl Vendeur très compétent, il a pris le temps de me comparer plusieurs ordinateurs.
+ r pl Bon café, tarte maison délicieuse et ambiance chaleureuse. Ma nouvelle adresse du samedi.
+ r pl Le TGV était à l'heure, propre, et le wifi fonctionnait vraiment. Comme quoi, c'est possible.
+ r pl Le service client de mon fournisseur d'énergie a réglé mon problème en un seul appel.
+ r pl Très belle qualité de tissu, le manteau tombe parfaitement et protège bien de la pluie.
+ r pl Les enfants ont adoré le spectacle, on a ri du début à la fin.
+ r pl Meilleur lave-linge qu'on ait jamais eu : silencieux, économe, et le linge ressort vraiment propre.
+ r pl Ma nouvelle carte SIM activée en dix minutes via le chat. Efficace.
+ r pl Les sushis étaient frais, bien assaisonnés, et la livraison plus rapide que prévu.
+ r pl Notice claire, l'armoire était montée en moins d'une heure.
+ r pl Réparateur de vélos sympa, prix honnête, et ma chaîne tourne comme neuve.
+ r pl La conseillère bancaire a tout expliqué clairement, sans jamais essayer de me vendre quoi que ce soit.
+ r pl Ma coiffeuse a vraiment écouté ce que je voulais, et le résultat est parfait.
+ r pl Remboursement de l'assurance reçu en une semaine, sans avoir à relancer.
+ r pl Le gîte était impeccable, très bien équipé, avec une vue magnifique sur la vallée.
+ r pl La dentiste a été d'une patience incroyable avec mon fils, il veut même y retourner !
+ r pl La petite librairie du quartier m'a commandé le livre et m'a appelé le jour même où il est arrivé.
# mild
+ r mi Aspirateur correct, il fait ce qu'on lui demande.
+ r mi Chaussures honnêtes pour le prix. Rien d'exceptionnel, mais je suis satisfait.
+ r mi Hôtel correct, chambre petite mais propre. Très bien pour une nuit.
+ r mi Fonctionne bien, aucun problème pour l'instant.
+ r mi Reçu comme décrit. Fait le travail.
+ r mi L'appli n'a rien de spectaculaire, mais elle est fiable et c'est tout ce que je demande.
+ r mi Déjeuner sympa, sandwichs frais et service rapide. J'y retournerais.
+ r mi Pas un restaurant étoilé, mais pour un dîner en semaine c'est tout à fait honnête.
+ r mi Connexion stable et débit conforme. Rien de plus à dire, et c'est plutôt bon signe.
# negation -> positive
+ r ng Pas mal du tout pour le prix, franchement.
+ r ng Je n'attendais pas grand-chose, mais ce n'était pas mauvais du tout.
+ r ng Jamais eu le moindre souci avec ce site, et j'y commande depuis des années.
+ r ng Aucun problème à l'installation, tout a marché du premier coup.
+ r ng Je n'ai rien à leur reprocher : rapides, soigneux et aimables.
+ r ng La batterie ne se vide plus aussi vite depuis la mise à jour. Top !
+ r ng J'avais des doutes, mais je ne regrette absolument pas.
+ r ng Pas du tout un mauvais achat, je me sers de la friteuse à air presque tous les jours.
# comparative / intensifier
+ r co Bien plus rapide que mon ancien opérateur, et moins cher en plus.
+ r co La nouvelle version de l'appli est nettement meilleure que l'ancienne.
+ r co Je préfère cet imperméable à celui de la grande marque : il tombe mieux et coûte moitié moins.
+ r co La suite est encore plus prenante que le premier tome.
+ r in Service absolument irréprochable, tout était parfait jusqu'au moindre détail !!
+ r in De loin la meilleure pizza de la ville.
+ r in Hôtel magnifique, la chambre avec vue sur la mer était tout simplement incroyable.
+ r in Trop contente de mon nouveau vélo de route, il est super léger.
# mixed -> positive
+ r mx La livraison a pris une semaine de retard, mais le canapé est superbe et hyper confortable. Ça valait l'attente.
+ r mx Un peu cher, mais la cuisine est tellement bonne que je paie avec plaisir.
+ r mx L'enregistrement a été long, mais ensuite tout était parfait : belle chambre, bon lit, bon petit-déj.
# emoji / typo
+ r em Nouvelles baskets reçues 😍👟 elles taillent parfaitement !
+ r em Meilleur burger de Lyon 🤤🔥
+ r em 👍👍 livraison rapide, produit nickel
+ r ty super boutique, le personnel est vraiment sympa et de bon conseil
+ r ty livraison rapide et bien emballé, je recommanderai sans hésiter
# ---------------------------------------------------------------- reviews: negative
- r pl Au bout de deux semaines, l'écouteur gauche ne marchait plus. De l'argent jeté par les fenêtres.
- r pl Plats froids, café tiède, et il a fallu demander l'addition trois fois.
- r pl La chambre sentait le tabac et la douche était bouchée. Plus jamais cet hôtel.
- r pl Le suivi indique « livré », mais je n'ai rien reçu. Le service client ne répond pas.
- r pl Film ennuyeux. Deux heures où il ne se passe quasiment rien.
- r pl Depuis la dernière mise à jour, l'appli plante dès que j'essaie d'envoyer une photo.
- r pl Le technicien n'est jamais venu et personne n'a appelé. Une journée de congé pour rien.
- r pl Valise perdue lors d'une correspondance à Paris, et cinq jours après, toujours aucune nouvelle.
- r pl Le matelas s'est affaissé sur le côté au bout d'un mois. Garantie refusée.
- r pl L'aspirateur fait un boucan d'enfer et la batterie est vide au bout de dix minutes.
- r pl Mauvaise taille envoyée, et j'ai dû payer les frais de retour moi-même.
- r pl Réceptionniste désagréable qui n'a même pas levé les yeux de son écran.
- r pl Internet coupe tous les soirs entre 20 h et 22 h, pile quand tout le monde est à la maison.
- r pl Pizza arrivée au bout d'une heure et demie, froide et avec la mauvaise garniture.
- r pl Prix élevés, portions minuscules et table juste à côté des toilettes. À éviter.
- r pl Les chaussures se sont décollées au bout de trois sorties.
- r pl Résiliation uniquement par téléphone, et impossible de joindre quelqu'un après une demi-heure d'attente.
- r pl Le RER supprimé trois matins de suite, et les panneaux n'affichaient rien.
- r pl La banque a débité le paiement deux fois et le remboursement va prendre des semaines.
- r pl La lampe clignote depuis le premier jour, et celle de remplacement fait exactement pareil.
- r pl Meuble livré sans les vis, il a fallu deux semaines pour les recevoir.
# negation
- r ng Pas terrible, la qualité n'est pas au rendez-vous pour ce prix.
- r ng L'hôtel ne ressemblait pas du tout aux photos.
- r ng Je ne commanderai plus jamais ici.
- r ng Jamais vu un service client aussi nul.
- r ng Le film n'était pas aussi bien que ce que tout le monde disait. Loin de là.
- r ng Les délais de livraison annoncés sur le site ne sont absolument pas respectés.
# sarcasm
- r sa Génial, encore trois semaines d'attente pour une pièce détachée 🙄
- r sa Super, un chargeur qui fond au bout de deux jours. Quelle qualité.
- r sa Quel service : deux heures d'attente au téléphone et on me raccroche au nez.
- r sa Merci pour la « livraison express », colis reçu au bout de neuf jours.
- r sa Ah bah bravo, encore une mise à jour qui ralentit tout.
- r sa Délicieux, le repas en avion. Si on aime le carton.
# mixed -> negative
- r mx Le personnel était sympa, mais la chambre était sale et le lit a grincé toute la nuit. Je ne reviendrai pas.
- r mx Joli design, je le reconnais, mais au bout d'un mois la moitié des boutons ne marchent plus.
- r mx Bon appareil photo, mais la batterie est si faible qu'il faut recharger avant midi. Je regrette mon achat.
# comparative / intensifier
- r co Pire que la version précédente, qui n'était déjà pas terrible.
- r co Chez le concurrent, on paie moins et on a deux fois plus de données.
- r co L'emballage a rétréci mais le prix a augmenté.
- r in Sans conteste le pire transporteur qui existe, ils jettent les colis par-dessus le portail.
- r in Appli complètement nulle, elle plante sans arrêt !!!
- r in Hyper cher et en plus vraiment mauvais.
# emoji / typo
- r em Colis arrivé écrasé 📦💥😡
- r em 👎👎 plus jamais
- r ty service nul, personne ne repond au telephone et les mails restent sans reponse
- r ty le livreur a laissé le colis sous la pluie, tout était trempé
# ---------------------------------------------------------------- reviews: neutral
0 r pl Commandé lundi, livré mercredi. Le produit correspond aux photos.
0 r pl La veste existe en trois couleurs, j'ai pris la bleu marine en taille M.
0 r pl L'hôtel est à dix minutes à pied de la gare. Le petit-déjeuner n'est pas compris.
0 r pl J'utilise surtout l'appli pour consulter mon solde et faire des virements vers mon livret.
0 r pl Le vélo a sept vitesses, un frein à rétropédalage et un porte-bagages pour deux sacoches.
0 r pl Le film dure environ deux heures dix, avec sous-titres en français et en anglais.
0 r pl Nous étions six et avions réservé pour 19 h 30.
0 r pl Commande passée sur l'appli, payée par carte et retirée en point relais.
0 r pl C'est le troisième tome d'une série, mais il peut se lire indépendamment.
0 r pl J'ai choisi le forfait 20 Go sans engagement.
0 r pl Chambre au quatrième étage, avec ascenseur. Parking dans le garage d'à côté.
0 r pl Le gîte peut accueillir six personnes et dispose d'un poêle à bois.
0 r pl Nous avons loué les vélos pour trois jours et les avons rendus à l'office de tourisme.
0 r mi Bof. Ni bon ni mauvais.
0 r mi Une pizzeria tout à fait moyenne, comme il y en a dix dans chaque ville.
0 r mi Il fait le job, mais il existe des modèles moins chers qui font pareil.
0 r mi Hôtel correct sans plus, rien d'extraordinaire et rien à redire non plus.
0 r mi Certains chapitres sont forts, d'autres traînent. Au final, un livre moyen.
0 r mi Je ne sais pas si je le recommanderais, ça dépend vraiment de ce qu'on cherche.
0 r mi Ni mieux ni moins bien que la version précédente de l'appli.
0 r mx La cuisine était excellente, le service en revanche très lent. Ça s'équilibre.
0 r mx Bien situé, chambres vieillottes. On en a pour son argent.
0 r mx Livraison rapide, mais le produit lui-même m'a un peu déçu. J'hésite encore à le garder.
0 r mx Bons acteurs, scénario faible. Honnêtement, je ne sais pas quoi en penser.
0 r co À peu près aussi rapide que mon ancien ordinateur, juste un peu plus léger.
0 r co Exactement le même prix que dans les autres magasins du coin.
0 r ty commande vendredi, livre lundi par colissimo, dans un carton avec du papier autour
0 r ty la chambre avait deux lits simples et un petit bureau pres de la fenetre
# ---------------------------------------------------------------- complaints
- c pl J'attends depuis quatre semaines le remboursement d'une commande retournée. Merci de me répondre.
- c pl J'ai appelé trois fois pour la panne et on me répond à chaque fois qu'on « s'en occupe ».
- c pl Mon abonnement a été renouvelé sans mon accord. J'exige sa résiliation immédiate.
- c pl Le bus est passé devant moi sans s'arrêter alors que je faisais signe à l'arrêt. Troisième fois ce mois-ci.
- c pl Vous m'avez prélevé 49 euros pour un service que je n'ai jamais souscrit.
- c pl Votre livreur a déposé mon colis à une adresse deux rues plus loin. Comment je fais maintenant ?
- c pl J'ai déposé une réclamation via le formulaire il y a trois semaines et je n'ai eu aucune réponse.
- c pl Notre vol a été annulé et le bon d'achat qu'on nous a donné ne fonctionne pas sur le site.
- c pl Depuis que je suis chez vous, ma facture d'électricité a presque doublé, sans aucune explication.
- c pl Frigo neuf, et la porte ne ferme pas correctement. Le technicien ne peut venir que dans quatre semaines.
- c pl Pourquoi dois-je envoyer ma pièce d'identité pour la troisième fois ? C'est absurde.
- c pl La garantie est refusée sous prétexte que j'aurais « mal utilisé l'appareil ». C'est tout simplement faux.
- c pl Depuis mon déménagement, je suis sans internet depuis dix jours et personne ne sait quand ce sera réparé.
- c pl Ma réclamation a été classée « résolue » sans que personne ne me contacte.
- c pl Le service client me renvoie vers le magasin, et le magasin me renvoie vers le service client.
- c pl Il y avait du verre dans ma salade. J'attends une réponse sérieuse.
- c pl Je paie pour 500 Mbit/s et j'en reçois à peine 40. C'est une rupture de contrat.
- c pl Deuxième lave-vaisselle défectueux livré d'affilée. J'en ai assez.
- c pl Le restaurant avait perdu notre réservation et nous sommes repartis avec deux jeunes enfants.
- c pl Notre rue n'a pas été déneigée depuis cinq jours et les poubelles n'ont pas été ramassées.
- c ng Personne ne m'a rappelé, malgré trois promesses.
- c ng Toujours pas de réponse à mon mail d'il y a deux semaines. Ce n'est pas acceptable.
- c ng Article jamais livré et jamais remboursé.
- c sa Bravo, vous avez réussi à envoyer le même colis à la mauvaise adresse trois fois.
- c sa Merci beaucoup pour l'abonnement « gratuit » que je paie désormais tous les mois.
- c in Je suis absolument furieux. C'est l'entreprise la plus hostile aux clients que je connaisse.
- c in Profondément déçue, totalement inacceptable que cela traîne depuis deux mois !
- c ty jai appelé 3 fois et a chaque fois on me transfere et la ligne coupe, c'est quoi ce bazar
- c ty colis recu abimé et le carton avait clairement deja ete ouvert, je veux un remplacement
- c mx Gentil de la part du conseiller de s'excuser, mais quatre semaines plus tard le problème n'est toujours pas réglé.
- c em 45 minutes en attente ☎️😤😤
- c co L'an dernier ça prenait quelques jours, là j'attends depuis des mois.
0 c pl Je souhaite signaler un lampadaire en panne au croisement près de l'école.
+ c pl J'avais signalé une erreur sur ma facture et elle a été corrigée en un jour. Merci pour la rapidité.
# ---------------------------------------------------------------- social
+ s pl Enfin le week-end et il fait grand soleil, que demander de plus #bonheur
+ s pl Big up au livreur qui a monté mon colis au 4e sous une pluie battante 🙏
+ s pl Testé le nouveau café au coin de la rue, une vraie bonne nouvelle pour le quartier !
+ s pl @atelierduvelo merci pour la réparation express, il roule comme un charme
+ s pl Trop fiers de notre équipe, on a gagné le hackathon de Nantes ! #teamwork
+ s pl Ma grand-mère a fait son premier appel vidéo aujourd'hui et elle a adoré
+ s pl Journée entière à vélo le long de la côte. Crevé mais heureux #bretagne
+ s pl Permis obtenu du premier coup aujourd'hui !!! 🎉
+ s pl Mon voisin a réparé ma crevaison ce matin sans que je lui demande. Une perle
+ s pl Merci aux urgences pour leur aide rapide et bienveillante cette nuit
+ s pl Premier semi-marathon bouclé, les jambes sont mortes mais je suis trop fière
+ s pl Petite boulangerie du Marais avec les meilleurs croissants de Paris, sans exagérer
+ s ng Je pensais pas aimer cette série mais franchement elle est pas mal du tout
+ s ng Jamais passé la sécurité aussi vite à l'aéroport, zéro file
+ s ng Je dis rarement du bien des trains mais aujourd'hui pas une minute de retard
+ s em 😍😍😍
+ s em Vacances réservées ✈️🌴☀️ plus que 23 dodos !!
+ s em Fraises du marché 🍓🍓 l'été est là
+ s em 🙌🙌 quel but !!
+ s ty trop contente de mon nouveau telephone, enfin un appareil photo qui fait de belles photos
+ s ty merci @boutiqueenligne pour la livraison rapide, commandé hier reçu aujourd'hui
+ s in Concert de l'année, complètement dingue. J'ai encore des frissons
+ s in Hyper contente de la nouvelle médiathèque du quartier, elle est magnifique 😊
+ s mi La nouvelle salle de sport est pas mal, les machines sont propres et c'est pas bondé
+ s co Nouveau forfait moins cher et plus rapide que l'ancien, c'est comme ça qu'on aime
+ s mx La semaine a commencé en catastrophe, mais on a gagné la finale ce soir donc tout est pardonné 🏆
- s sa Génial, encore trois semaines pour avoir une réponse 🙄 #serviceclient
- s sa Quelle fête sur le quai encore. 25 min de retard et les écrans n'affichent rien #metroboulotdodo
- s sa Top, mon colis a été « livré ». Pas chez moi, mais bon. Bien joué @transporteur
- s sa Oh chouette, l'appli a été « améliorée ». Maintenant je ne peux plus me connecter. Merci les gars
- s sa Trop bien, 13 degrés et de la pluie en juillet. Vive l'été
- s sa Super, le prix a encore augmenté. Troisième fois cette année. #abonnement
- s pl J'en ai marre que ma box coupe tous les soirs @operateur
- s pl Vol annulé et personne au comptoir. Quel bazar à l'aéroport aujourd'hui
- s pl Tellement de pubs dans cette appli maintenant, je viens de la supprimer
- s pl Sérieux, cinq jours à attendre un technicien et il arrive sans les pièces
- s pl Le nouveau logo de la mairie est vraiment moche, qui valide ce genre de truc
- s ng Plus jamais je commande sur ce site, plus jamais
- s ng C'est pas possible, l'ascenseur de la gare est ENCORE en panne
- s em 😡😡😡 @livraison
- s em Pluie ☔️ bouchons 🚗🚗🚗 et en retard au boulot 😩
- s ty toujours pas de bus ce matin et personne previent, c'est honteux
- s in De loin le pire match que j'aie jamais vu, quelle catastrophe
- s mx Bon film, mais 14 euros la place plus 9 pour le pop-corn, c'est du vol
- s co Avant on pouvait parler à un humain, maintenant c'est juste un chatbot
0 s pl Demain à partir de 9 h, direct depuis le salon de Lyon, passez nous voir au stand 12 #salon
0 s pl Nouvel article sur le blog : comment entretenir sa chaîne de vélo en hiver http://t.co/m1Jd3wX
0 s pl Quelqu'un sait si le marché a lieu samedi malgré les travaux ?
0 s pl À partir de la semaine prochaine, nous serons fermés le mercredi, horaires habituels sinon #horaires
0 s pl Quelqu'un a un avis sur la fibre à Rennes ? J'hésite entre deux opérateurs
0 s pl Je prends le train pour Bordeaux demain, des idées pour déjeuner près de la gare ?
0 s pl Premier jour dans le nouveau boulot. On verra bien.
0 s pl RT @mairie : À partir de lundi 8 h, le pont sur le canal sera fermé aux voitures pendant deux semaines.
0 s pl Thread sur les nouvelles règles de stationnement en centre-ville, la carte est plus bas 👇
0 s pl En plein déménagement, internet ne sera installé que la semaine prochaine, donc peu joignable
0 s pl Sondage : vous faites vos courses en ligne ou vous préférez aller au magasin ?
0 s pl Premiers flocons dans les Vosges, Météo-France annonce des gelées cette nuit
0 s pl Quelqu'un sait si le bateau pour l'île d'Yeu part normalement demain avec ce vent ?
0 s em 📦 en cours de livraison, prévue entre 14h et 16h
0 s em ☕️ + 💻 = lundi matin
0 s mi Installé la mise à jour de l'appli, pas vu de différence pour l'instant
0 s mi La nouvelle série dont tout le monde parle, bof, je continue mais elle m'accroche pas vraiment
0 s mx Beau temps aujourd'hui, pluie demain. Typique de Brest
0 s ty qqn sait a quelle heure part le dernier bus du centre le dimanche
0 s ty petite question, on peut payer par carte de credit chez vous ?
# ---------------------------------------------------------------- news
0 n pl Le site de vente en ligne ouvrira le mois prochain un nouvel entrepôt près de Lille, avec environ 300 emplois à la clé.
0 n pl Les prix des billets de train augmenteront en moyenne de 4,5 % au 1er janvier.
0 n pl La ville lancera en avril les travaux d'une nouvelle piste cyclable entre le centre et la gare.
0 n pl La banque fixe le taux de son livret à 2,25 % à partir du 1er mars.
0 n pl L'enseigne de supermarchés inaugure samedi un nouveau magasin place de la Gare.
0 n pl L'entreprise publiera ses résultats trimestriels le 24 octobre.
0 n pl La compagnie aérienne ajoute trois nouvelles destinations en Europe du Sud dès l'été.
0 n pl Le musée reste fermé pour travaux jusqu'au 15 mai inclus.
0 n pl Selon l'Insee, les Français ont acheté plus de vêtements d'occasion l'an dernier que l'année précédente.
0 n pl Avec la nouvelle grille horaire, davantage de trains circuleront entre Lyon et Grenoble aux heures de pointe.
0 n pl L'application est désormais disponible en breton et en occitan.
0 n pl Le grand magasin déménagera en septembre dans des locaux plus petits de la même rue.
0 n pl La librairie organise une séance de dédicaces avec l'autrice du best-seller le 12 novembre.
0 n pl Communiqué de presse : la mutuelle annoncera ses tarifs pour l'an prochain le 12 novembre.
0 n pl Le festival de cinéma dévoilera sa programmation complète jeudi.
0 n pl La Poste ne distribuera plus le courrier que trois jours par semaine dans certaines zones rurales, selon l'entreprise.
0 n pl La liaison maritime aura de nouveaux horaires à partir du 1er avril, avec deux départs supplémentaires le soir.
0 n pl Mercredi, temps sec avec des éclaircies et jusqu'à 17 degrés.
0 n pl Le service client sera fermé par téléphone le lundi de Pâques, le chat restera ouvert.
0 n pl La fusion des deux sites marchands doit encore être validée par l'Autorité de la concurrence.
0 n pl La région présentera le projet du nouvel hôpital lors d'une réunion publique la semaine prochaine.
0 n pl L'entreprise comptait environ 1,2 million de clients en France et en Belgique fin de l'année dernière.
0 n pl La médiathèque élargit ses horaires et ouvrira jusqu'à 20 h le jeudi à partir de l'automne.
0 n mx Le chiffre d'affaires de l'enseigne a progressé de 3 %, tandis que le bénéfice a légèrement reculé en raison de la hausse des salaires.
0 n ty nouveaux horaires a partir du 1er sept : lun-ven 9h-18h, sam 10h-17h, ferme le dimanche
+ n pl La banque supprime les frais de paiement par carte hors d'Europe. Bonne nouvelle pour les voyageurs.
+ n pl L'hôpital annonce que les délais d'attente pour les opérations du genou ont été divisés par deux.
+ n pl Dès l'an prochain, les enfants de moins de douze ans voyageront gratuitement dans les transports de la région.
+ n pl Bonne nouvelle pour les salariés : l'usine reste ouverte et cinquante emplois vont être créés.
+ n in La boulangerie du village a remporté le prix national de la meilleure baguette, une magnifique récompense.
+ n pl La nouvelle passerelle piétonne a été achevée en avance et sous le budget prévu.
- n pl L'entreprise supprime 400 postes et ferme deux sites dans l'Est.
- n pl Une panne géante a empêché les clients de la banque de payer ou de se connecter pendant des heures.
- n pl Une fuite de données a exposé les informations de plus de 200 000 clients du site marchand.
- n pl L'enseigne a été placée en liquidation judiciaire et ses magasins restent fermés.
- n in Énorme pagaille sur le rail : le trafic a été totalement interrompu autour de Paris pendant toute l'heure de pointe du matin.
- n co La satisfaction des clients du fournisseur d'énergie a fortement reculé par rapport à l'an dernier.
# ---------------------------------------------------------------- questions
0 q pl Est-ce que je peux encore modifier ma commande si elle est déjà expédiée ?
0 q pl Quels sont les horaires de votre magasin le samedi ?
0 q pl Combien de temps faut-il en général pour qu'un retour soit traité ?
0 q pl Peut-on ajouter un bagage en soute après l'enregistrement ?
0 q pl Quelle taille choisir si je fais habituellement entre du 42 et du 43 ?
0 q pl Ce chargeur est-il compatible avec l'ancien modèle de la tablette ?
0 q pl Peut-on faire le check-in à 11 h ou seulement à partir de 15 h ?
0 q pl Comment désactiver les prélèvements automatiques dans l'appli ?
0 q pl Avez-vous des plats sans gluten à la carte ?
0 q pl Ai-je besoin d'une nouvelle box si je déménage dans la même ville ?
0 q pl Quand sort le deuxième tome de la série en français ?
0 q pl Faut-il prendre rendez-vous pour une réparation ou peut-on passer directement ?
0 q pl Où puis-je trouver la facture de ma dernière commande ?
0 q pl L'offre est-elle aussi valable pour les commandes passées dans l'appli ?
0 q pl Le restaurant est-il accessible en fauteuil roulant ?
0 q pl Ai-je le droit d'emporter une batterie externe en bagage cabine ?
0 q pl À partir de quel montant la livraison est-elle offerte ?
0 q pl Pouvez-vous livrer en point relais plutôt qu'à domicile ?
0 q pl Où puis-je déposer mon vieux téléphone pour le recyclage ?
0 q pl Bonjour, j'ai commandé une chaise la semaine dernière. Savez-vous quand elle sera livrée ?
0 q pl Y a-t-il des trains supplémentaires pour le 14 juillet ?
0 q pl Puis-je réserver une table pour huit personnes vendredi soir ?
0 q pl Quelle est la durée de garantie de la batterie du vélo électrique ?
0 q pl Peut-on monter dans le TER avec son vélo ?
0 q ty comment je reinitialise mon mot de passe si j'ai plus acces a mon ancienne adresse mail
0 q ty il y a un parking pres de votre magasin ?
0 q em La nouvelle collection est arrivée ? 👗👀
0 q co Qu'est-ce qui revient le moins cher, un abonnement mensuel ou des tickets à l'unité si je voyage deux fois par semaine ?
- q pl Pourquoi faut-il trois semaines pour traiter un simple remboursement ?
- q pl Combien de fois dois-je encore appeler avant que quelqu'un règle enfin mon problème ?
- q pl Pourquoi personne ne répond à mes mails ? J'attends depuis dix jours.
- q pl Comment se fait-il que je reçoive un produit cassé pour la troisième fois ?
- q sa C'est normal qu'une « livraison express » prenne deux semaines, ou c'est une blague chez vous ?
- q in Mais qu'est-ce qui ne va pas avec votre service client ??
- q ng Pourquoi personne n'est venu alors que le rendez-vous était la semaine dernière ?
- q em Il est où mon colis ?? 😤 12 jours en transit
+ q pl Vendez-vous des cartes cadeaux ? La dernière fois tout était tellement bien que j'aimerais en offrir une.
+ q in Quand ouvrez-vous à Toulouse ? Ce serait génial !
# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Enfin la mairie investit dans des pistes cyclables sécurisées autour des écoles. Très bien.
+ p pl Bonne décision du gouvernement de rendre les transports moins chers pour les jeunes.
+ p pl Quel match des Bleus, enfin du jeu offensif.
+ p pl Quel soulagement que la bibliothèque du village reste ouverte, c'est le cœur de la commune.
+ p pl Magnifique journée de printemps, le parc était plein de gens souriants.
+ p pl Chapeau à tous les bénévoles qui ont nettoyé la plage aujourd'hui.
+ p pl La nouvelle maire écoute vraiment les habitants, et ça se voit.
+ p pl La fête du village était aussi conviviale que d'habitude, jeunes et vieux dansaient ensemble.
+ p pl Belle initiative, des cours de natation gratuits pour tous les enfants de la commune.
+ p pl Nos juniors sont champions et tout le village est venu les féliciter.
+ p ng Le nouveau plan pour le centre-ville n'est pas du tout aussi absurde que le prétend l'opposition.
+ p ng Je ne suis pas fan du parti, mais cette proposition sur les Ehpad n'est pas mauvaise.
+ p mi L'accord n'est pas une solution miracle, mais c'est un pas raisonnable dans la bonne direction.
+ p co Le débat d'hier soir était bien plus sérieux que le précédent, bravo.
+ p in Quelle fin de saison incroyable, un suspense fou jusqu'à la dernière minute !
+ p em La France en demi-finale 🇫🇷🇫🇷🔥
+ p mx Météo capricieuse, mais la fête de la ville a quand même été un grand succès.
+ p ty bien que plus d'argent aille aux ecoles, il etait temps
- p pl Scandaleux que la mairie coupe encore dans les budgets de la jeunesse.
- p pl Toutes ces éoliennes juste à côté du lotissement, et personne n'a demandé l'avis des habitants.
- p pl Les loyers dans cette ville sont devenus inabordables pour les jeunes.
- p pl Encore un match catastrophique, la défense était une vraie passoire.
- p pl Quatrième samedi pluvieux d'affilée. Ça me déprime vraiment.
- p pl Ridicule que la piscine ferme pour travaux en plein milieu des vacances d'été.
- p pl Musique à fond chez les voisins toute la soirée, un mardi. J'en peux plus.
- p pl Ils ferment la maternité, et maintenant les femmes du coin doivent faire une heure et demie de route pour accoucher.
- p sa Vraiment malin d'ouvrir toutes les rues en même temps aux heures de pointe. Bravo la mairie.
- p sa L'été en Normandie : douze degrés, du vent et de la pluie à l'horizontale. Un régal.
- p ng Les logements promis ne sont toujours pas construits, et ils ne le seront sans doute jamais.
- p in Vraiment triste de voir la maison des jeunes laissée à l'abandon. Personne ne se sent responsable.
- p co Le carrefour est devenu encore plus dangereux depuis les « améliorations ».
- p mx Une nouvelle place, pourquoi pas, mais abattre cinquante vieux arbres pour ça, c'est inacceptable pour moi.
- p em Les impôts augmentent encore 💸💸😩
- p ty les prix au supermarché c'est n'importe quoi, un caddie plein c'est devenu un luxe
0 p pl Le conseil municipal vote jeudi sur le nouveau plan de stationnement.
0 p pl Selon le dernier sondage, les deux principaux partis sont au coude-à-coude.
0 p pl Demain, ciel couvert avec des averses au nord, temps sec au sud.
0 p pl Le débat sur le logement reprendra après la pause estivale.
0 p pl L'équipe se déplace chez le troisième du classement dimanche à 15 h.
0 p pl La ministre tiendra une conférence de presse demain sur les nouvelles mesures.
0 p pl Chacun peut donner son avis sur le projet de nouveau parc jusqu'au 1er mars.
0 p pl J'ai lu les deux programmes et je ne sais toujours pas pour qui voter.
0 p pl Cette semaine, on débat beaucoup de l'ouverture des commerces le dimanche.
0 p pl Mon voisin vote à gauche, moi à droite, et on prend toujours le café ensemble le samedi.
0 p pl La date limite pour déposer les signatures du référendum est demain.
0 p mx La nouvelle réglementation a des avantages et des inconvénients, et ses effets varieront beaucoup d'un quartier à l'autre.
0 p mi Honnêtement, la nouvelle mesure ne change pas grand-chose pour moi.
0 p co La participation est à peu près la même qu'il y a quatre ans, selon la préfecture.
0 p ty demain reunion publique sur le nouveau plan d'urbanisme a la salle des fetes, debut 19h
0 p em 🌧️🌧️☀️ météo du week-end : pluie d'abord, éclaircies dimanche
"""
