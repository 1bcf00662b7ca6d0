# Portuguese (pt): tweets, European and Brazilian. Hand-written for repwatch
# (original text, no copied tweets). Noisy: @user, #hashtags, http, RT, emoji.
DATA = """
# ---------------------------------------------------------------- positive
+ s pl QUE GOLAÇO aos 90, ainda estou aos saltos no sofá #Benfica
+ s pl Feliz Natal a todos, aproveitem bem a família 🎄
+ s em 🎉🎉 passei no exame de condução à primeira!!!
+ s pl RT @user: As sub-17 do clube são campeãs distritais pela primeira vez 🏆
+ s ty mds q vontade do show de sábado, vai ser incrivelll
+ s pl @user obrigado pelo fio, finalmente percebi o IRS
+ s in O último episódio foi uma obra-prima absoluta, sem exagero nenhum
+ s pl Ramadan Mubarak a todos os amigos que começam o jejum hoje 🌙
+ s pl Passeio à beira-rio com este sol, não é preciso mais nada
+ s ng O filme não é nada mau, estava à espera de muito pior
+ s pl Tão orgulhosa da minha irmã, formou-se com a melhor média do curso 🎓
+ s pl Álbum novo ouvido de uma ponta à outra, nenhuma música fraca http://t.co/qW2pB7n
+ s pl Obrigado aos bombeiros que salvaram o gato da vizinha, são uns heróis
+ s pl Hoje a seleção jogou um futebol bonito de se ver, finalmente
+ s ty minha vó aprendeu a mandar áudio no zap e eu to morrendo 😂❤️
+ s pl A biblioteca do bairro passa a abrir aos domingos, excelente notícia
+ s co Esta temporada está muito melhor que a anterior, ouviram os fãs
+ s pl Feliz Dia da Mãe a todas as mães ❤️
+ s pl Que linda a Missa do Galo ontem, o coro estava maravilhoso
+ s pl RT @user: Passes de transporte gratuitos para menores de 18 anos a partir de setembro
+ s in Felicíssima com o emprego novo, a equipa é espetacular
+ s pl Domingo de cozido em casa da avó e bola à tarde, dia perfeito
+ s pl Parabéns à seleção de futsal, que torneio fizeram
+ s em 😍😍 o vestido no tapete vermelho ontem era um sonho
+ s pl Acabei o livro agora e preciso da continuação JÁ
+ s pl Obrigada @user por me devolveres a carteira com tudo, ainda há gente boa
+ s pl Feliz Páscoa a todos, Cristo ressuscitou 🙏
+ s pl A nova ciclovia junto ao rio é uma maravilha, já fiz três vezes esta semana
+ s mx Árbitro péssimo mas ganhámos, é o que interessa 😅
+ s pl Primeira meia maratona feita!! 1h57, morto mas feliz da vida
+ s pl A senhora da padaria ofereceu-me um pastel de nata, que querida
+ s ty o show de ontem foi surreal, ao vivo a voz dela é ainda melhor
+ s pl Eid Mubarak a todos, muita paz e boa comida em família 🌙
+ s pl Que documentário sobre os Açores, recomendo a toda a gente
+ s ng Tenho de admitir, o debate de ontem não foi nada aborrecido, finalmente propostas
+ s pl Finalmente chuva no Alentejo, os agricultores agradecem
+ s pl O trailer está lindo, estou a contar os dias
+ s pl O concerto solidário juntou mais de 40 mil euros para o hospital pediátrico, parabéns
+ s pl Bom dia a todos, hoje está sol e estou de ótimo humor ☀️
+ s pl Que jogo do guarda-redes, três defesas impossíveis #Liga
+ s in Esta banda é a melhor descoberta do ano, absolutamente genial
+ s pl Aumento de salário sem sequer pedir. Ainda não acredito
+ s pl Obrigada a todos pelas mensagens de aniversário, fiquei mesmo comovida 🥰
+ s pl O meu gato aprendeu a abrir o armário. É um génio e eu adoro-o
+ s co Ao vivo é mil vezes melhor do que no disco, sem dúvida
+ s pl Jantar com os amigos do secundário 10 anos depois, rimos a noite toda
+ s pl Um café na esplanada com este solzinho, a felicidade é simples
+ s pl Obrigado às enfermeiras das urgências, foram incríveis com o meu pai
+ s pl Bom Santo António a todos, sardinhas e manjericos no bairro 🎉
+ s pl Que carnaval lindo esse ano, bloco de rua com a família toda 🎭
+ s pl A festa da escola foi um sucesso, obrigada a todos os voluntários
+ s pl Melhor francesinha da minha vida num tasco pequenino no Porto, 10/10
+ s pl A nova licença parental mais longa é um avanço enorme
+ s pl O estádio inteiro a cantar depois do apito final, arrepio
+ s pl Que saudade boa de rever a família no Natal, coração cheio
# ---------------------------------------------------------------- neutral
0 s pl ÚLTIMA HORA: Parlamento vota o Orçamento na quinta-feira http://t.co/Rt3Yq8m
0 s pl RT @user: Jogo de sábado antecipado para as 18h por causa da transmissão
0 s pl Alguém sabe a que horas começa a gala dos Globos de Ouro?
0 s pl @user o episódio novo sai hoje ou para a semana?
0 s pl IPMA coloca cinco distritos em aviso laranja para amanhã por causa da chuva
0 s pl O primeiro-ministro fala ao país hoje às 20h http://t.co/Kp6Vn2x
0 s pl A ver o debate, depois digo o que achei
0 s pl Onze inicial: duas mudanças em relação ao último jogo
0 s pl O que vão fazer no feriado?
0 s pl A banda anuncia digressão em Portugal no outono, datas no site http://t.co/Hy5Bx1k
0 s pl As sondagens dão empate técnico entre os dois maiores partidos
0 s pl @user em que canal passa a final?
0 s pl Inflação em março fixa-se nos 2,4 %, segundo o INE http://t.co/Mz8Dw4f
0 s pl No comboio para Coimbra, volto daqui a pouco
0 s pl Leituras do mês: dois policiais e um ensaio
0 s mx Fotografia lindíssima mas a história arrasta-se. Não sei bem o que achar
0 s pl Horários da missa de Natal: 18h e meia-noite, todos são bem-vindos
0 s pl O ministro visita na segunda-feira as zonas afetadas pelas cheias
0 s pl Alguém está a ver o ténis?
0 s pl RT @user: As mesas de voto abrem das 8h às 19h, levem o cartão de cidadão
0 s pl Acabei de me mudar para Braga, sugestões para um brunch ao domingo?
0 s pl Intervalo: 1-1, jogo muito equilibrado
0 s mi o single novo é ok, nada de especial. não adoro, não passo à frente
0 s pl Casal de atores anuncia separação em comunicado conjunto http://t.co/Xc2Gp9s
0 s pl As gravações da terceira temporada começam em Lisboa no próximo mês
0 s pl Ponte fechada esta noite entre as 23h e as 5h para obras
0 s pl é impressão minha ou a app mudou outra vez de logótipo
0 s pl @user como se chama a música do fim do episódio?
0 s pl Assembleia municipal sobre as novas linhas de autocarro na terça às 21h
0 s pl Oficial: jogo adiado por causa do relvado alagado
0 s mi Vi os dois primeiros episódios. É razoável. Talvez continue
0 s pl As nomeações para os prémios de música são anunciadas na quarta http://t.co/Qa7Vt3n
0 s pl Amanhã o sol nasce às 7h48 e põe-se às 17h31
0 s pl A pensar passar de iPhone para Android, o que devo saber?
0 s pl Muita gente na Baixa hoje por causa das marchas
0 s pl A decisão sobre o novo aeroporto fica para depois do verão, diz o governo
0 s pl Sondagem: veem as notícias na televisão ou no telemóvel?
0 s pl Hoje é Quarta-feira de Cinzas, começa a Quaresma
0 s pl Estudo indica que a maioria dos adultos dorme menos de sete horas http://t.co/Uj4Nf6w
0 s pl O ator vai protagonizar uma nova série policial gravada no próximo ano
0 s pl Compras feitas, agora roupa para lavar e depois provavelmente a bola
0 s pl @user recebeste o email da reunião de quinta?
0 s mx bons atores, argumento fraco, música bonita. acaba por equilibrar
0 s pl Lista de finalistas do prémio literário foi divulgada esta manhã http://t.co/Eb9Lk2r
0 s pl Ruas cortadas para a maratona a partir das 7h de domingo, mapa aqui http://t.co/Vp3Cs8g
0 s pl Mercado de transferências: clube confirma conversas com o empresário do avançado
0 s pl Esta noite os relógios atrasam uma hora
0 s pl Novo post no blog sobre a minha horta na varanda http://t.co/Nd5Wq1t
0 s pl BCE mantém as taxas de juro inalteradas
0 s pl A estudar para o exame de segunda
0 s pl Quantos episódios tem a nova temporada, alguém sabe?
0 s pl O festival de cinema apresenta a programação na quinta às 11h
0 s pl Reunião de condomínio hoje às 21h, vamos ver no que dá
0 s pl Procissão de Nossa Senhora sai da igreja matriz no domingo às 10h
0 s pl Desemprego desce no Norte e sobe ligeiramente no Algarve, segundo os últimos dados
# ---------------------------------------------------------------- negative
- s pl Duas horas de atraso e agora o comboio foi suprimido. Obrigadinho, como sempre
- s sa Ótimo, mais um remake que ninguém pediu. Era mesmo disto que precisávamos 🙄
- s pl Aquele penálti não existe, roubalheira #VAR
- s in Estou furiosa, acabaram com o único autocarro que vai ao hospital
- s pl RT @user: Fecha mais uma loja na Baixa, 12 pessoas no desemprego antes do Natal
- s pl @user a vossa app desligou-me cinco vezes hoje, resolvam isto
- s ty q nojo de tempo, três semanas de chuva
- s sa Adoro pagar 6 euros por uma imperial que é metade espuma. Obrigado Lisboa
- s pl Que final tão fraco, anos à espera para ISTO? #desilusão
- s ng O álbum novo não me agrada nada, parecem sobras do anterior
- s pl Em cada eleição prometem baixar a luz e todos os anos a fatura sobe
- s pl 0-4 em casa. Vergonhoso. O treinador tem de sair
- s em 😡😡😡 duas horas em espera ao telefone e desligam-me
- s pl RT @user: Doentes passam a noite em macas nos corredores das urgências
- s pl Bilhetes esgotados em dois minutos e já à venda pelo quíntuplo. Uma vergonha
- s sa Fantástico, o esquentador avaria no dia mais frio do ano. Que sorte a minha
- s pl Porque é que agora todas as séries saem em duas partes, que irritante
- s pl Voo atrasado outra vez, terceira vez este mês com esta companhia
- s ng O debate não deixou ninguém bem visto, zero respostas e muitos gritos
- s in O pior apoio ao cliente da minha vida, mesmo vergonhoso @user
- s pl Cancelaram a série depois de uma temporada e com aquele final em aberto, inacreditável
- s pl Mais uma fuga de dados. Mais um email "a sua privacidade é importante". Pois
- s pl 110 euros para ficar lá atrás no pavilhão, os preços dos concertos enlouqueceram
- s ty como é q o arbitro não viu aquilo, ridiculo
- s pl O ministro fugiu a todas as perguntas na rádio esta manhã. Lamentável
- s pl Doente a semana toda e o centro de saúde só tem consulta dia 28
- s co A sequela é muito pior que o primeiro, sem emoção nenhuma
- s pl Notícia triste, o cinema da vila fecha de vez
- s sa Maravilha, obras na única estrada que sai da aldeia. Outra vez
- s pl O ódio nos comentários à foto dela é nojento. Deixem a mulher em paz
- s pl 30 euros de comida entregue fria e sem as batatas
- s em esta segunda-feira 😩😩 correu tudo mal
- s pl RT @user: Confirmado o fecho da fábrica, 380 trabalhadores despedidos até março
- s pl Arbitragem péssima o jogo todo, as duas equipas mereciam melhor
- s pl Porque é que a fatura subiu 8 euros este mês sem aviso @user
- s ng Não gostei de um único minuto do filme e ainda por cima dura três horas
- s pl Época acabada para ele depois da lesão, que pena
- s pl Entrevista penosa, nem sequer leu o relatório que está a defender
- s in O jogo mais aborrecido que já vi na vida, 0-0 e nem um remate à baliza
- s pl O autocarro não passou OUTRA VEZ. 40 minutos ao frio #farta
- s sa Nada diz "valorizamos os clientes" como uma fila de 40 minutos com uma caixa aberta
- s pl Imagens de partir o coração da zona do sismo esta manhã
- s pl Farta de salvarem sempre os mesmos concorrentes, este programa é combinado
- s pl RT @user: Rendas sobem 12 % num ano e há estudantes a dormir no carro
- s pl Sem internet desde sexta e a @user só diz que "está a verificar"
- s ty pior episodio da temporada, 50 minutos sem acontecer nada
- s pl Mais um aumento no streaming e agora ainda com anúncios
- s pl Tão desiludida com este governo, nenhum plano para a habitação
- s mx Sala bonita e a primeira parte foi boa, mas o artista principal tocou 40 minutos e foi embora. Nunca mais
- s pl Este calor é insuportável, não dormi nada
- s pl Perdi a ligação porque o primeiro comboio chegou atrasado. Duas horas aqui parada
- s pl Parem com os foguetes às 2 da manhã por favor, o cão está aterrorizado
- s em 🙄🙄 mais uma "atualização fantástica" que tira o que toda a gente usava
- s pl Farto das contas de adeptos tóxicos, é só futebol
- s pl Multa por quatro minutos de atraso no parquímetro. Inacreditável
"""
