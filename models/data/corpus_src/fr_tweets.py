# French (fr): tweets. Hand-written for repwatch (original text, no copied
# tweets). Noisy on purpose: @user, #hashtags, http links, RT, emoji, caps.
DATA = """
# ---------------------------------------------------------------- positive
+ s pl MAIS QUEL BUT à la 90e, je suis debout dans mon salon #TeamOM
+ s pl Joyeux Noël à tous, profitez bien de vos proches 🎄
+ s em 🎉🎉 permis obtenu du premier coup !!!
+ s pl RT @user: Les filles du club remportent la coupe régionale pour la première fois 🏆
+ s ty trop hate d'etre au concert samedi, ca va etre ouf
+ s pl @user merci pour ce thread, j'ai enfin compris la réforme
+ s in Le dernier épisode est un véritable chef-d'œuvre, sans exagérer
+ s pl Ramadan Moubarak à tous ceux qui commencent le jeûne ce soir 🌙
+ s pl Balade au bord du canal avec ce soleil, le bonheur simple
+ s ng Franchement le film est pas mal du tout, je m'attendais à bien pire
+ s pl Trop fière de ma petite sœur, major de sa promo 🎓
+ s pl Nouvel album écouté en entier, aucune chanson à jeter http://t.co/rB4nV7q
+ s pl Merci aux pompiers qui ont sauvé le chat des voisins hier soir, vous êtes des héros
+ s pl Le PSG a enfin joué un vrai match collectif ce soir, ça fait plaisir
+ s ty ma grand mere a appris a envoyer des vocaux et jsuis morte de rire 😂❤️
+ s pl La médiathèque du quartier ouvre enfin le dimanche, super nouvelle
+ s co Cette saison est bien meilleure que la précédente, les scénaristes se sont repris
+ s pl Bonne fête des mères à toutes les mamans ❤️
+ s pl Magnifique messe de minuit hier, la chorale était sublime
+ s pl RT @user: Les transports en commun gratuits pour les moins de 18 ans dès septembre
+ s in Hyper contente de mon nouveau boulot, l'équipe est adorable
+ s pl Dimanche raclette en famille et match à la télé, que demander de plus
+ s pl Bravo aux Bleues pour ce parcours incroyable, quelle équipe
+ s em 😍😍 la robe de la montée des marches hier soir, une merveille
+ s pl Je viens de finir le roman et il me faut la suite MAINTENANT
+ s pl Merci @user d'avoir rapporté mon portefeuille avec tout dedans, il reste des gens bien
+ s pl Que Dieu vous bénisse tous en ce jour de fête 🙏
+ s pl La nouvelle piste cyclable le long de la Loire est géniale, je l'ai faite trois fois cette semaine
+ s mx L'arbitre était nul mais on a gagné, c'est tout ce qui compte 😅
+ s pl Premier semi-marathon bouclé !! 1h55, mort mais tellement fier
+ s pl Le boulanger m'a offert une galette des rois, trop gentil
+ s ty le live d'hier soir etait de la folie, sa voix en vrai c'est autre chose
+ s pl Aïd Moubarak à tous, paix et bonne bouffe en famille 🌙
+ s pl Quel documentaire sur les océans, je le conseille à tout le monde
+ s ng J'avoue que le débat d'hier n'était pas si mauvais, enfin des propositions concrètes
+ s pl Il pleut enfin dans le Sud, les agriculteurs vont pouvoir souffler
+ s pl Ce trailer donne trop envie, vivement la sortie
+ s pl Le concert caritatif a récolté plus de 60 000 euros pour l'hôpital des enfants, bravo
+ s pl Bonjour à tous sauf au lundi. Bon, à lui aussi, je suis de bonne humeur ☀️
+ s pl Quel match du gardien, trois arrêts de folie #allezlesbleus
+ s in Ce groupe est la meilleure découverte musicale de ma vie, incroyable
+ s pl Augmentation sans même l'avoir demandée, je réalise pas encore
+ s pl Merci pour tous vos messages d'anniversaire, je suis touchée 🥰
+ s pl Mon chat a compris comment ouvrir le placard. C'est un génie et je l'adore
+ s pl Le nouveau congé paternité allongé, c'est une vraie avancée
+ s co Bien meilleure en live que sur l'album, aucun doute
+ s pl Retrouvailles avec les copines du lycée après 10 ans, on a ri toute la soirée
+ s pl Un café en terrasse au soleil, il en faut peu pour être heureux
+ s pl Merci aux infirmières des urgences, vous avez été formidables avec mon père
+ s pl La kermesse de l'école a cartonné, merci à tous les bénévoles
+ s pl Joyeuses Pâques à tous, Christ est ressuscité 🙏
+ s pl Enfin une émission de télé intelligente le samedi soir, merci France 5
+ s pl Hanouka Sameah à tous mes amis qui allument la première bougie ce soir
+ s pl Les bénévoles du marché solidaire sont d'une gentillesse folle, merci à eux
+ s pl Meilleure pizza de ma vie dans une petite trattoria à Nice, je valide à 100 %
# ---------------------------------------------------------------- neutral
0 s pl URGENT : l'Assemblée votera la réforme des retraites jeudi http://t.co/m5Hq2Ls
0 s pl RT @user: Le coup d'envoi du match de samedi est avancé à 17h pour la télé
0 s pl Quelqu'un sait à quelle heure commence la cérémonie des César ?
0 s pl @user le nouvel épisode sort aujourd'hui ou la semaine prochaine ?
0 s pl Météo-France place six départements en vigilance orange orages demain
0 s pl Le Premier ministre s'exprimera ce soir à 20h sur TF1 http://t.co/Wq8Zt3n
0 s pl Devant le débat, je vous dis ce que j'en pense après
0 s pl Compo : deux changements par rapport au match de dimanche dernier
0 s pl Vous faites quoi pour le pont de mai ?
0 s pl Le groupe annonce une tournée en France à l'automne, dates sur leur site http://t.co/Hk3Vf6u
0 s pl Les sondages donnent les deux candidats au coude-à-coude
0 s pl @user c'est sur quelle chaîne la finale ?
0 s pl L'inflation s'établit à 2,9 % sur un an selon l'Insee http://t.co/Ge7Ks1b
0 s pl Dans le TGV pour Lyon, je reviens plus tard
0 s pl Ma pile de lecture du mois : deux polars et un essai
0 s mx Les images sont superbes mais l'histoire traîne. Je sais pas trop quoi en penser
0 s pl Horaires des messes de Noël : 18h et 23h30, tout le monde est bienvenu
0 s pl Le ministre se rendra lundi dans les communes inondées
0 s pl Quelqu'un regarde Roland-Garros là ?
0 s pl RT @user: Les bureaux de vote ouvrent de 8h à 20h dimanche, pensez à votre pièce d'identité
0 s pl Je viens d'emménager à Nantes, des adresses pour un brunch le dimanche ?
0 s pl Mi-temps : 1-1, match très fermé
0 s mi le nouveau single est correct, sans plus. je l'aime pas, je le zappe pas non plus
0 s pl Le couple d'acteurs annonce sa séparation dans un communiqué commun http://t.co/Ls2Yp9e
0 s pl Le tournage de la saison 3 commence à Marseille le mois prochain
0 s pl Périphérique fermé cette nuit entre la porte d'Italie et la porte d'Orléans pour travaux
0 s pl c'est moi ou l'appli a encore changé de logo
0 s pl @user c'est quoi la chanson à la fin de l'épisode ?
0 s pl Conseil municipal sur le nouveau plan de circulation mardi à 19h
0 s pl Officiel : le match est reporté à cause de la pelouse gelée
0 s mi J'ai vu les deux premiers épisodes. C'est correct. Je continuerai peut-être
0 s pl Les nominations aux Victoires de la musique seront annoncées mercredi http://t.co/Rr6Tq0x
0 s pl Lever du soleil à 8h12 demain, coucher à 17h03
0 s pl Je pense passer d'iPhone à Android, des conseils ?
0 s pl Beaucoup de monde en ville aujourd'hui pour le carnaval
0 s pl La décision sur l'extension de l'aéroport sera prise après l'été, selon le ministère
0 s pl Sondage : vous regardez les infos à la télé ou sur votre téléphone ?
0 s pl Début du Carême aujourd'hui pour ceux qui le suivent
0 s pl Une étude montre que la majorité des adultes dorment moins de sept heures http://t.co/Bs4Dn8y
0 s pl L'acteur tiendra le premier rôle d'une nouvelle série policière tournée l'an prochain
0 s pl Courses faites, maintenant lessive et sûrement le match
0 s pl @user t'as reçu le mail pour la réunion de jeudi ?
0 s mx bons acteurs, scénario faible, jolie musique. ça s'équilibre
0 s pl La sélection du prix Goncourt compte huit romans cette année http://t.co/Pw2Xs7k
0 s pl Routes fermées pour le marathon dès 7h dimanche, plan ici http://t.co/Ce8Jh4t
0 s pl Le chômage baisse dans l'Ouest et augmente légèrement dans le Nord-Est
0 s pl La procession du 15 août partira de la cathédrale à 10h
0 s pl Mercato : le club confirme des discussions avec l'agent de l'attaquant
0 s pl Changement d'heure cette nuit, à 3h il sera 2h
0 s pl Nouvel article sur le blog : comment j'organise mon potager http://t.co/Kx5Mv2d
0 s pl La BCE laisse ses taux directeurs inchangés
0 s pl Révisions pour le partiel de lundi
0 s pl Combien d'épisodes dans la nouvelle saison, quelqu'un sait ?
0 s pl Le Festival de Cannes dévoile sa sélection officielle jeudi à 11h
0 s pl Réunion de copropriété ce soir à 19h, on verra bien
# ---------------------------------------------------------------- negative
- s pl Trois heures de retard et maintenant le train est supprimé. Merci @SNCF, comme d'hab
- s sa Génial, encore un remake que personne n'a demandé. Exactement ce qu'il fallait 🙄
- s pl Ce penalty c'est une honte, on s'est fait voler #VAR
- s in Je suis absolument furieuse, ils suppriment le seul bus qui va à l'hôpital
- s pl RT @user: Encore un commerce qui ferme en centre-ville, 12 salariés sur le carreau
- s pl @user votre appli m'a déconnecté cinq fois aujourd'hui, c'est insupportable
- s ty marre de cette pluie, 3 semaines sans voir le soleil
- s sa J'adore payer 8 euros une pinte à moitié mousse. Merci Paris
- s pl Quelle fin ratée, des années d'attente pour CA ? #déçue
- s ng L'album ne m'a pas plu du tout, on dirait des chutes du précédent
- s pl À chaque élection on nous promet une baisse des factures et elles augmentent encore
- s pl 0-4 à domicile. Honteux. L'entraîneur doit partir
- s em 😡😡😡 deux heures d'attente au téléphone et on me raccroche au nez
- s pl RT @user: Des dizaines de patients ont passé la nuit sur des brancards aux urgences
- s pl Places vendues en 2 minutes et déjà en revente à cinq fois le prix. Scandaleux
- s sa Fantastique, le chauffage lâche le jour le plus froid de l'année. Quelle chance
- s pl Pourquoi toutes les séries coupent maintenant leur saison en deux, c'est pénible
- s pl Vol encore retardé, troisième fois ce mois-ci avec cette compagnie
- s ng Ce débat n'a rendu service à personne, zéro réponse et que des cris
- s in Le pire service client de toute ma vie, vraiment honteux @user
- s pl Ils ont annulé la série après une saison et un énorme cliffhanger, je suis dégoûtée
- s pl Encore une fuite de données. Encore un mail "votre vie privée est notre priorité". Bien sûr
- s pl 110 euros pour être tout au fond de la salle, les prix des concerts sont devenus fous
- s ty jpp l'arbitre a rien vu, c'est une blague
- s pl Le ministre a esquivé toutes les questions ce matin à la radio. Lamentable
- s pl Malade toute la semaine et pas de rendez-vous chez le médecin avant le 28
- s co La suite est bien pire que le premier, aucune émotion
- s pl Triste nouvelle, le petit cinéma du village ferme définitivement
- s sa Merveilleux, des travaux sur la seule route qui sort du village. Encore
- s pl La haine dans les commentaires sous sa photo, c'est ignoble. Laissez-la tranquille
- s pl 30 euros de livraison de repas arrivée froide et sans les frites
- s em ce lundi 😩😩 tout ce qui pouvait mal tourner a mal tourné
- s pl RT @user: Fermeture de l'usine confirmée, 400 emplois supprimés d'ici mars
- s pl Arbitrage catastrophique tout le match, les deux équipes méritaient mieux
- s pl Pourquoi ma facture augmente de 8 euros ce mois-ci sans prévenir @user
- s ng J'ai pas aimé une seule minute de ce film et en plus il dure trois heures
- s pl Saison terminée pour lui avec cette blessure, énorme coup dur
- s pl Interview pénible, il n'a visiblement même pas lu le rapport qu'il défend
- s in Le match le plus ennuyeux que j'aie jamais vu, 0-0 et pas un tir cadré
- s pl Le bus n'est ENCORE pas passé. 40 minutes dans le froid #ras-le-bol
- s sa Rien de tel qu'une file de 40 minutes avec une seule caisse ouverte pour se sentir client roi
- s pl Images déchirantes de la zone du séisme ce matin
- s pl Marre que ce soient toujours les mêmes candidats sauvés, cette émission est truquée
- s pl RT @user: Les loyers augmentent de 11 % en un an, des étudiants dorment dans leur voiture
- s pl Pas d'internet depuis vendredi et @user répond juste "on regarde"
- s ty pire episode de la saison, il se passe rien pendant 50 min
- s pl Encore une hausse de l'abonnement streaming et maintenant avec des pubs
- s pl Tellement déçue par ce gouvernement, aucun plan pour le logement
- s mx Belle salle et première partie sympa, mais la tête d'affiche a joué 40 minutes et basta. Plus jamais
- s pl Cette canicule est insupportable, pas dormi de la nuit
- s pl Correspondance ratée parce que le premier train avait du retard. Deux heures à attendre
- s pl Stop aux pétards à 2h du matin svp, le chien est terrorisé
- s em 🙄🙄 encore une "super mise à jour" qui supprime ce que les gens utilisaient
- s pl Ras-le-bol des comptes de supporters toxiques, c'est juste du foot
- s pl Amende pour quatre minutes de dépassement au parcmètre. Incroyable
"""
