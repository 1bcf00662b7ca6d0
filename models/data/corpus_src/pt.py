# Portuguese (pt; mostly European Portuguese, some Brazilian usage). Hand-written for repwatch.
# Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- positive
+ r pl Encomendei a bicicleta na terça e na quinta já estava em casa, montada e pronta a andar.
+ r pl Jantar excelente neste pequeno restaurante, peixe fresquíssimo e um atendimento muito simpático.
+ r pl Os auscultadores são confortáveis mesmo ao fim de horas e o cancelamento de ruído é impressionante.
+ r pl Hotel limpo, quarto espaçoso e um pequeno-almoço muito completo. Voltaremos de certeza.
+ r pl Finalmente uma app do banco simples de usar, faz-se tudo em dois toques.
+ r pl A encomenda chegou um dia antes do previsto e muito bem embalada.
+ r pl O técnico chegou a horas, explicou tudo e a fibra ficou logo a funcionar.
+ r pl A devolução foi facílima e o reembolso chegou em dois dias.
+ r pl O comboio chegou a horas, limpo e com wifi que funcionava mesmo.
+ r pl O mecânico arranjou as mudanças no próprio dia e cobrou um preço justo.
+ r pl A cabeleireira ouviu mesmo o que eu queria e o corte ficou perfeito.
+ r pl A casa de turismo rural era lindíssima, quartos impecáveis e uma vista incrível sobre o Douro.
+ r mi Aspirador razoável, faz o que tem a fazer.
+ r mi Hotel normal, quarto pequeno mas limpo. Para uma noite serve perfeitamente.
+ r mi A app não é nada de especial, mas é fiável e é disso que preciso.
+ r ng Nada mau para o preço, a sério.
+ r ng Não esperava grande coisa, mas a comida não estava nada má.
+ r ng Nunca tive um problema com esta loja online, e compro lá há anos.
+ r ng Tinha as minhas dúvidas, mas não me arrependo nada.
+ r co Muito mais rápido do que o meu antigo operador, e ainda por cima mais barato.
+ r co A sequela é ainda mais viciante do que o primeiro livro.
+ r in Serviço absolutamente impecável, cuidaram de cada pormenor!!
+ r in Sem dúvida a melhor pizza da cidade.
+ r mx A entrega atrasou uma semana, mas o sofá é lindo e confortabilíssimo. Valeu a pena esperar.
+ r em Ténis novos chegaram 😍👟 servem na perfeição!
+ r ty loja top, os funcionarios sao super simpaticos e aconselham muito bem
+ s pl Finalmente fim de semana e está sol, o que mais se pode pedir #felicidade
+ s pl Obrigado ao estafeta que me subiu a encomenda até ao quarto andar debaixo de chuva 🙏
+ s pl A minha avó fez hoje a primeira videochamada e adorou
+ s pl Carta de condução tirada à primeira!!! 🎉
+ s ng Achei que não ia gostar da série, mas afinal não é nada má
+ s em 🙌🙌 que golaço!!
+ s in Concerto do ano, absolutamente brutal. Ainda estou arrepiado
+ s co Tarifário novo mais barato e mais rápido do que o antigo, assim sim
+ n pl O banco acaba com as comissões nos pagamentos com cartão fora da Europa. Boa notícia para quem viaja.
+ n pl A partir do próximo ano, as crianças até aos doze anos viajam de graça nos transportes públicos da região.
+ n in A padaria da vila ganhou o prémio nacional do melhor pão, um reconhecimento fantástico.
+ p pl Já era tempo de a câmara investir em ciclovias seguras junto às escolas.
+ p pl Que jogo da seleção, finalmente futebol ofensivo.
+ p pl Parabéns a todos os voluntários que limparam a praia hoje.
+ p ng O novo plano para a baixa não é nada tão absurdo como a oposição diz.
+ q pl Vendem cartões-oferta? Da última vez correu tudo tão bem que gostava de oferecer um.
# ---------------------------------------------------------------- negative
- r pl Ao fim de duas semanas o auricular esquerdo deixou de funcionar. Dinheiro deitado fora.
- r pl Comida fria, café morno e tivemos de pedir a conta três vezes.
- r pl O quarto cheirava a tabaco e o chuveiro estava entupido. Nunca mais fico neste hotel.
- r pl O seguimento diz entregue, mas não recebi nada. O apoio ao cliente não responde.
- r pl Desde a última atualização a app bloqueia sempre que tento carregar uma foto.
- r pl O técnico não apareceu e ninguém ligou. Um dia de férias perdido.
- r pl Perderam-me a mala numa escala em Lisboa e cinco dias depois continuo sem notícias.
- r pl Preços altos, doses minúsculas e uma mesa ao lado da casa de banho. A evitar.
- r pl O comboio suprimido três manhãs seguidas e nenhum aviso.
- r ng Não é grande coisa, a qualidade não justifica o preço.
- r ng Não volto a encomendar aqui.
- r ng O filme não era tão bom como toda a gente dizia. Nem de perto.
- r sa Fantástico, mais três semanas à espera de uma peça 🙄
- r sa Que serviço: duas horas em espera e depois desligam a chamada.
- r sa Obrigado pela «entrega expresso», a encomenda chegou ao fim de nove dias.
- r mx O pessoal foi simpático, mas o quarto estava sujo e a cama rangeu a noite toda. Não volto.
- r co Pior do que a versão anterior, que já não era grande coisa.
- r in App completamente inútil, fecha sozinha a toda a hora!!!
- r em Encomenda chegou desfeita 📦💥😡
- r ty pessimo serviço, ninguem atende o telefone e os emails ficam sem resposta
- c pl Estou há quatro semanas à espera do reembolso de uma encomenda devolvida. Peço uma resposta.
- c pl Cobraram-me 49 euros por um serviço que nunca contratei.
- c pl O vosso estafeta deixou a encomenda numa morada duas ruas abaixo. Como resolvo isto?
- c pl Pago 500 mega e mal chegam 40. Isto é incumprimento do contrato.
- c ng Ninguém me ligou de volta, apesar de três promessas.
- c sa Parabéns, conseguiram mandar a mesma encomenda para a morada errada três vezes.
- c in Estou mesmo furioso, é a empresa que pior trata os clientes que conheço.
- c em 45 minutos em espera ☎️😤😤
- s sa Boa, mais três semanas à espera de resposta 🙄 #apoioaocliente
- s sa Que festa na plataforma outra vez. 25 minutos de atraso e os painéis não dizem nada #metro
- s pl Já não aguento a internet a ir abaixo todas as noites @operador
- s pl Voo cancelado e ninguém no balcão. Que caos hoje no aeroporto
- s ng Nunca mais encomendo naquele site, nunca mais
- s em Chuva ☔️ trânsito 🚗🚗🚗 e atrasado para o trabalho 😩
- s mx Bom filme, mas 8 euros o bilhete e 6 as pipocas é um roubo
- n pl A empresa corta 400 postos de trabalho e fecha duas fábricas no Norte.
- n pl Uma falha enorme impediu durante horas os clientes do banco de pagar ou aceder à conta.
- p pl As rendas nesta cidade estão simplesmente impossíveis para os jovens.
- p sa Brilhante abrir todas as ruas ao mesmo tempo em hora de ponta. Parabéns à câmara.
- p ng As casas prometidas ainda não foram construídas e acho que nunca vão ser.
- q pl Porque é que demora três semanas a tratar de um simples reembolso?
- q in Mas o que é que se passa com o vosso apoio ao cliente??
# ---------------------------------------------------------------- neutral
0 r pl Encomendado na segunda, entregue na quarta. O produto é igual às fotos.
0 r pl O casaco existe em três cores, escolhi o azul-marinho no tamanho M.
0 r pl O hotel fica a dez minutos a pé da estação. O pequeno-almoço não está incluído.
0 r pl O filme dura cerca de duas horas e dez, com legendas em português e inglês.
0 r pl É o terceiro livro de uma saga, mas pode ler-se sozinho.
0 r mi Mais ou menos. Nem bom nem mau.
0 r mi Uma pizzaria banal, como há dez em cada cidade.
0 r mx Comida ótima, serviço lentíssimo. No fim, uma coisa compensa a outra.
0 r co Mais ou menos tão rápido como o meu portátil antigo, só um pouco mais leve.
0 r ty encomendado na sexta, chegou segunda pelos ctt, numa caixa com papel à volta
0 c pl Gostaria de comunicar um candeeiro de rua avariado no cruzamento junto à escola.
0 s pl Amanhã a partir das 9 em direto da feira em Lisboa, passem pelo stand 12 #feira
0 s pl Alguém sabe se a feira de sábado se mantém com as obras?
0 s pl Primeiro dia no trabalho novo. Vamos ver como corre.
0 s pl Sondagem: fazem as compras online ou preferem ir ao supermercado?
0 s mi Instalei a atualização da app, para já não notei diferença nenhuma
0 s em 📦 em distribuição, entrega prevista entre as 14:00 e as 16:00
0 s ty alguem sabe a que horas sai o ultimo autocarro do centro ao domingo
0 n pl A loja online vai abrir no próximo mês um novo centro logístico perto de Leiria, com cerca de 300 postos de trabalho.
0 n pl A partir de 1 de janeiro, os bilhetes de comboio sobem em média 4,5 por cento.
0 n pl O museu vai estar fechado para obras até 15 de maio, inclusive.
0 n pl A companhia aérea acrescenta três novos destinos no sul da Europa a partir do verão.
0 n pl Comunicado de imprensa: a empresa divulga os resultados trimestrais a 24 de outubro.
0 n pl Quarta-feira com tempo seco, períodos de sol e máximas de 17 graus.
0 n mx A faturação da cadeia cresceu 3 por cento, enquanto o lucro desceu ligeiramente devido ao aumento dos custos salariais.
0 q pl Ainda posso alterar a encomenda se já tiver sido enviada?
0 q pl Qual é o horário da vossa loja ao sábado?
0 q pl Quanto tempo demora normalmente a processar uma devolução?
0 q pl Têm pratos sem glúten no menu?
0 q pl Onde encontro a fatura da minha última encomenda?
0 q pl O restaurante tem acesso para cadeira de rodas?
0 q pl Posso levar um powerbank na bagagem de mão?
0 q pl Podem entregar num ponto de recolha em vez de ser em casa?
0 q em A nova coleção já chegou? 👗👀
0 q co O que compensa mais, o passe mensal ou bilhetes simples se eu viajar duas vezes por semana?
0 p pl A assembleia municipal vota na quinta-feira o novo plano de estacionamento.
0 p pl Segundo a última sondagem, os dois maiores partidos estão praticamente empatados.
0 p pl Li os dois programas e ainda não sei em quem votar.
0 p mx A nova regra tem prós e contras, e o efeito vai variar muito de bairro para bairro.
0 p mi Sinceramente, a nova medida não muda grande coisa para mim.
0 p em 🌧️🌧️☀️ previsão para o fim de semana: primeiro chuva, domingo com abertas
"""
