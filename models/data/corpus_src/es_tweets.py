# Spanish (es): tweets. Hand-written for repwatch (original text, no copied
# tweets). Noisy on purpose: @user, #hashtags, http links, RT, emoji, caps.
DATA = """
# ---------------------------------------------------------------- positive
+ s pl QUE GOLAZO en el último minuto, no me lo creo #HalaMadrid
+ s pl Feliz Navidad a todos, que paséis unos días preciosos en familia 🎄
+ s em 🎉🎉 aprobé el examen de conducir a la primera!!!
+ s pl RT @user: El equipo femenino de la ciudad gana la liga por primera vez en su historia 🏆
+ s ty q ganas tengo del concierto del sabado, va a ser increibleee
+ s pl @user gracias por el hilo, me ha aclarado un montón de dudas
+ s in El último capítulo de la serie es una auténtica obra maestra, sin exagerar
+ s pl Feliz Ramadán a mis amigos musulmanes, que sea un mes lleno de paz
+ s pl Paseo por el Retiro con este solecito, no se puede pedir más
+ s ng La película no está nada mal, me esperaba mucho peor la verdad
+ s pl Que orgullo de mi sobrina, primera de su promoción 🎓
+ s pl Nuevo disco escuchado de principio a fin, temazo tras temazo http://t.co/bV8kQ2m
+ s pl Gracias a los bomberos que sacaron al perro del vecino del incendio, sois unos héroes
+ s pl El Barça ha jugado hoy como hacía años que no lo veía, qué gusto
+ s pl Felices fiestas de San Fermín a todos los pamploneses 🎉
+ s ty mi abuela ha aprendido a mandar audios por whatsapp y estoy muertaaa de amor
+ s pl Por fin abren la biblioteca del barrio por las tardes, muy buena noticia
+ s co Esta temporada es muchísimo mejor que la anterior, se nota que han escuchado a los fans
+ s pl Feliz Día de la Madre a todas las mamás, sois lo más grande ❤️
+ s pl Que bonito el pregón de Semana Santa de este año, me ha emocionado
+ s pl RT @user: El ayuntamiento amplía los horarios del metro en verano hasta la 1:30
+ s in Súper contenta con mi nuevo trabajo, el equipo es majísimo
+ s pl Domingo de paella con la familia y partido por la tarde, plan perfecto
+ s pl Enhorabuena a la selección, se lo han currado muchísimo este mundial
+ s em 😍😍 el vestido de la alfombra roja de anoche era otro nivel
+ s pl Acabo de terminar el libro y necesito la segunda parte YA
+ s pl Gracias @user por devolverme la cartera con todo dentro, queda gente buena
+ s pl Que Dios os bendiga a todos en este día tan especial 🙏
+ s pl La nueva ruta de bici por el río es una maravilla, la he hecho tres veces esta semana
+ s mx El árbitro fatal pero hemos ganado, y eso es lo que cuenta 😅
+ s pl Mañana empieza la nueva temporada de mi serie favorita, que ilusión
+ s pl Mi primer medio maratón terminado!! 1h58, cansadísima pero feliz
+ s pl Los de la panadería de la esquina me han regalado un roscón, que detallazo
+ s ty el directo de anoche fue brutal tio, la voz en directo es mejor q en el disco
+ s pl Feliz Eid a todos los que lo celebran, mucha paz y mucha comida rica 🌙
+ s pl Qué maravilla de documental sobre la Antártida, lo recomiendo muchísimo
+ s pl Hoy el profe de mi hijo nos ha mandado un mensaje solo para decir lo bien que va. Me ha alegrado el día
+ s ng No es por nada pero el debate de anoche no estuvo nada mal, por fin propuestas concretas
+ s pl Ha vuelto la lluvia a Andalucía, los embalses lo agradecen muchísimo
+ s pl Que buena pinta tiene el tráiler, cuento los días
+ s pl El concierto benéfico recaudó más de 50.000 euros para el hospital infantil, enhorabuena
+ s pl Buenos días a todos menos al lunes. Bueno, a él también, hoy estoy de buen humor ☀️
+ s pl Qué partidazo del portero, tres paradas imposibles #vamos
+ s in Este grupo es lo mejor que me ha pasado musicalmente en años, increíble
+ s pl Me han subido el sueldo sin pedirlo. Todavía no me lo creo
+ s pl Gracias a todos por las felicitaciones de cumple, os quiero mucho 🥰
+ s pl RT @user: Los niños de la escuela de música tocan gratis el sábado en la plaza, y lo hacen genial
+ s pl Mi gato ha aprendido a abrir la puerta del armario. Es un genio y le adoro
+ s pl La nueva ley de permisos de paternidad es un avance enorme, por fin
+ s co Mucho mejor la versión en directo que la del disco, sin duda
+ s pl Reencuentro con amigas del instituto después de 10 años, cómo nos hemos reído
+ s pl Qué bien sienta un café en la terraza con este tiempo
+ s pl Gracias a las enfermeras de urgencias del Clínico, un trato de diez
+ s pl El mercadillo solidario de la parroquia ha sido un éxito total
+ s pl Feliz Pascua de Resurrección a todos, Cristo ha resucitado 🙏
# ---------------------------------------------------------------- neutral
0 s pl ÚLTIMA HORA: El Congreso votará la reforma de las pensiones el jueves http://t.co/c2Lp8Xr
0 s pl RT @user: El partido de mañana se adelanta a las 18:30 por la retransmisión
0 s pl Alguien sabe a qué hora empieza la gala de los Goya?
0 s pl @user el capítulo nuevo sale hoy o la semana que viene?
0 s pl La AEMET avisa de lluvias fuertes en el norte a partir del miércoles
0 s pl El presidente comparece mañana en el Senado para hablar de la sequía http://t.co/Gh4nT7y
0 s pl Viendo el debate, luego os cuento
0 s pl Convocatoria: el portero y el capitán vuelven al once titular tras la lesión
0 s pl Qué plan tenéis para el puente?
0 s pl El grupo anuncia gira por España en otoño, fechas en su web http://t.co/Ps9mQ3z
0 s pl Las encuestas dan un empate técnico entre los dos principales partidos
0 s pl @user en qué canal echan la final?
0 s pl El IPC de marzo se sitúa en el 3,2 % según el INE http://t.co/Kq2Rt6v
0 s pl En el tren camino de Valencia, vuelvo a conectarme luego
0 s pl Lista de lecturas para este mes: dos novelas negras y un ensayo
0 s mx La peli tiene una fotografía preciosa pero la historia se alarga. No sé qué pensar la verdad
0 s pl Horarios de misa en Nochebuena: 20:00 y misa del gallo a las 00:00
0 s pl El ministro visitará el lunes las zonas afectadas por la DANA
0 s pl Alguien más viendo el tenis?
0 s pl RT @user: Los colegios electorales abren de 9 a 20 horas. Recordad llevar el DNI
0 s pl Me acabo de mudar a Zaragoza, recomendaciones para comer un domingo?
0 s pl Descanso: 1-1. Partido muy igualado
0 s mi el single nuevo está bien, sin más. ni me encanta ni lo quito
0 s pl La pareja de actores confirma su separación en un comunicado conjunto http://t.co/Vt8wL1d
0 s pl El rodaje de la tercera temporada empieza en Sevilla el mes que viene
0 s pl Corte de tráfico en la M-30 esta noche por obras de asfaltado
0 s pl es cosa mía o la app ha vuelto a cambiar el icono
0 s pl @user cómo se llama la canción del final del episodio?
0 s pl Pleno municipal sobre las nuevas líneas de bus el martes a las 19:00
0 s pl Oficial: se aplaza el partido por el mal estado del césped
0 s mi He visto los dos primeros capítulos. Está bien. Igual sigo, igual no
0 s pl Los nominados a los premios de la música se anuncian el miércoles http://t.co/Fr3oH7q
0 s pl Mañana amanece a las 8:21 y anochece a las 18:05
0 s pl Pensando en pasarme de iPhone a Android, qué debería saber?
0 s pl Mucha gente hoy en el centro por la cabalgata
0 s pl El Gobierno decidirá sobre la ampliación del aeropuerto después del verano
0 s pl Encuesta: veis las noticias en la tele o en el móvil?
0 s pl Hoy empieza la Cuaresma para quienes la siguen
0 s pl Un estudio dice que la mayoría de adultos duerme menos de siete horas http://t.co/Nw6eB2k
0 s pl El actor protagonizará una nueva serie policiaca que se rodará el año que viene
0 s pl Compra hecha, ahora lavadora y luego seguramente el partido
0 s pl @user te llegó el correo de la reunión del jueves?
0 s mx buenos actores, guion flojo, música bonita. se compensa una cosa con otra
0 s pl La lista corta del premio de novela incluye seis títulos este año http://t.co/Ym5cJ4s
0 s pl Cortes de calles por la maratón desde las 7:00 del domingo, mapa aquí http://t.co/Zk1aD8p
0 s pl El paro baja en 20.000 personas en el sur y sube en 15.000 en el norte
0 s pl Mañana se celebra la procesión del Corpus, salida a las 11 desde la catedral
0 s pl Fichajes: el club confirma conversaciones con el agente del delantero
0 s pl Esta noche cambio de hora, a las 3 serán las 2
0 s pl Nuevo post en el blog sobre cómo organizo el huerto http://t.co/Lp0wE3v
0 s pl El Banco Central mantiene los tipos de interés sin cambios
0 s pl Repasando apuntes para el examen del lunes
0 s pl Cuántos capítulos tiene la nueva temporada, alguien lo sabe?
0 s pl El festival de cine de San Sebastián anuncia su cartel mañana a las 12
0 s pl Hoy toca reunión de vecinos a las 8, a ver qué sale
# ---------------------------------------------------------------- negative
- s pl Tres horas de retraso y ahora cancelan el tren. Gracias @Renfe, como siempre
- s sa Genial, otro remake que nadie ha pedido. Justo lo que necesitábamos 🙄
- s pl Ese penalti no era ni de broma, vergüenza de arbitraje #VAR
- s in Estoy indignadísima, han quitado el único autobús que va al hospital
- s pl RT @user: Cierra otra tienda del centro, 15 personas a la calle antes de Navidad
- s pl @user vuestra app me ha echado cinco veces hoy, arregladlo ya
- s ty q asco de tiempo, 3 semanas lloviendo sin parar
- s sa Me encanta pagar 7 euros por una caña que es media espuma. Gracias Madrid
- s pl Qué final más malo, años esperando para ESTO #decepción
- s ng El disco nuevo no me ha gustado nada, suena a descartes del anterior
- s pl Cada elección prometen bajar la luz y cada año la factura sube más
- s pl 0-4 en casa. Vergonzoso. El entrenador tiene que irse ya
- s em 😡😡😡 dos horas esperando al teléfono y me cuelgan
- s pl RT @user: Decenas de pacientes pasan la noche en los pasillos de urgencias
- s pl Entradas agotadas en dos minutos y ya en reventa a cinco veces el precio. Una vergüenza
- s sa Fantástico, se rompe la calefacción el día más frío del año. Qué suerte tengo
- s pl Por qué ahora todas las series sacan la temporada en dos partes, qué manía
- s pl Otra vez retrasado el vuelo, tercera vez este mes con esta compañía
- s ng El debate no dejó en buen lugar a nadie, cero respuestas y muchos gritos
- s in El peor servicio de atención al cliente que he sufrido en mi vida @user
- s pl No puedo creer que hayan cancelado la serie con ese final abierto
- s pl Otra filtración de datos. Otro correo de "nos tomamos muy en serio su privacidad". Ya
- s pl 120 euros por ver el concierto desde la última fila, los precios se han vuelto locos
- s ty no me creo q el arbitro no lo viera, es de risa
- s pl El ministro ha esquivado todas las preguntas en la entrevista. Lamentable
- s pl Llevo una semana mala y el médico de cabecera no me da cita hasta el 28
- s co La segunda parte es muchísimo peor que la primera, sin gracia ninguna
- s pl Triste noticia, cierra para siempre el cine del pueblo
- s sa Maravilloso, obras en la única carretera de salida del pueblo. Otra vez
- s pl El odio en los comentarios a su foto da asco. Dejadla en paz
- s pl 35 euros en comida a domicilio que llega fría y sin las patatas
- s em vaya lunes 😩😩 todo lo que podía salir mal ha salido mal
- s pl RT @user: Confirmado el cierre de la fábrica, 500 trabajadores al paro en marzo
- s pl Arbitraje horrible todo el partido, los dos equipos merecían algo mejor
- s pl Por qué me subís la factura 8 euros este mes sin avisar @user
- s ng No disfruté ni un minuto de la película y encima dura tres horas
- s pl Se acabó la temporada para nosotros con esa lesión, qué pena por el chaval
- s pl Qué entrevista más penosa, se nota que no se ha leído ni el informe que defiende
- s in El partido más aburrido que he visto en mi vida, 0-0 y ni un tiro a puerta
- s pl El bus no ha pasado OTRA VEZ. 40 minutos al frío #harta
- s sa Nada dice "valoramos a nuestros clientes" como una cola de 40 minutos con una caja abierta
- s pl Imágenes desgarradoras de la zona del terremoto esta mañana
- s pl Harta de que salven siempre a los mismos concursantes, este programa está amañado
- s pl RT @user: Los alquileres suben un 12 % en un año y hay estudiantes durmiendo en el coche
- s pl Sin internet desde el viernes y @user solo dice que "lo están revisando"
- s ty el peor capitulo de la temporada, no pasa nada en 50 min
- s pl Otra subida de precio de la plataforma y encima ahora con anuncios
- s pl Qué decepción de gobierno, ni un solo plan serio para la vivienda
- s mx Buen sitio y el telonero bien, pero el cabeza de cartel tocó 40 minutos y se fue. Nunca más
- s pl Este calor es insoportable, no he pegado ojo en toda la noche
- s pl He perdido el enlace porque el primer tren llegó tarde. Dos horas aquí tirada
- s pl Por favor dejad de tirar petardos a las 2 de la mañana, el perro está aterrado
- s em 🙄🙄 otra "emocionante actualización" que quita lo que la gente usaba
- s pl Hartísimo de las cuentas tóxicas de aficionados, es solo fútbol
- s pl Multa por pasarme cuatro minutos del ticket de aparcamiento. Increíble
"""
