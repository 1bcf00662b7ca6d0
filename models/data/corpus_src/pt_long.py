# Portuguese (pt): longer texts. Hand-written for repwatch.
DATA = """
+ r pl Remodelámos a casa de banho toda com uma pequena empresa cá da zona e só tenho coisas boas a dizer. Cumpriram os prazos, deixaram tudo limpo todos os dias, ligavam logo que surgia algum imprevisto e a fatura final bateu certo ao cêntimo com o orçamento. Raramente tive uma experiência tão boa com obras.
- c pl No dia 3 de março encomendei uma máquina de lavar com entrega prevista para 10 de março. Hoje é dia 2 de abril, já liguei quatro vezes, mandei dois emails e deram-me três datas de entrega diferentes. Ninguém me sabe dizer onde está a máquina. Exijo a entrega em cinco dias úteis ou o reembolso total.
0 q pl Olá, estamos a pensar ir ao vosso parque de campismo uma semana em junho com a família. Temos uma caravana com cerca de seis metros e dois cães. É possível reservar um lugar com eletricidade, e os cães podem andar por todo o parque ou só em algumas zonas?
"""
