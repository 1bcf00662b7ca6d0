# Spanish (es). Hand-written for repwatch. Format: <label> <register> <case> <text>
DATA = """
# ---------------------------------------------------------------- reviews: positive
+ r pl Pedí la bici el martes y el jueves ya estaba en casa, montada y lista para usar.
+ r pl Cena estupenda en esta pequeña trattoria, pasta fresca y un trato encantador.
+ r pl Los auriculares son comodísimos incluso tras horas de uso, y la cancelación de ruido funciona de maravilla.
+ r pl Hotel limpio, habitación amplia y un desayuno buffet de los que no se olvidan.
+ r pl Por fin una app del banco que se entiende. Todo a dos toques.
+ r pl El paquete llegó un día antes de lo previsto y muy bien embalado. ¡Gracias!
+ r pl No pude soltar el libro, me lo terminé en un fin de semana.
+ r pl Qué película tan bonita, una fotografía preciosa y una banda sonora perfecta.
+ r pl El técnico llegó puntual, lo explicó todo y la fibra funcionó a la primera.
+ r pl El vuelo salió puntual, la tripulación fue muy atenta y tenía sitio para las piernas.
+ r pl Devolverlo fue facilísimo: imprimí la etiqueta, dejé el paquete y en dos días tenía el dinero.
+ r pl Desde la última actualización la app va muchísimo más fluida. Buen trabajo.
+ r pl Nuestra bici eléctrica tiene un año y ni un solo problema. La batería aguanta genial.
+ r pl El dependiente se tomó su tiempo para enseñarme varios portátiles sin ninguna prisa.
+ r pl Buen café, tarta casera riquísima y un ambiente muy acogedor. Mi nuevo sitio de los sábados.
+ r pl El AVE llegó puntual, limpio y con un wifi que funcionaba de verdad.
+ r pl La atención al cliente de la eléctrica resolvió mi problema en una sola llamada.
+ r pl Tela de muy buena calidad, el abrigo sienta perfecto y no cala con la lluvia.
+ r pl A los niños les encantó el espectáculo, no paramos de reír.
+ r pl La mejor lavadora que hemos tenido: silenciosa, eficiente y la ropa sale limpísima.
+ r pl Me activaron la nueva SIM por chat en diez minutos. Rápido y amable.
+ r pl El sushi estaba fresco, bien aliñado y llegó antes de lo que decían.
+ r pl Instrucciones claras, el armario estaba montado en menos de una hora.
+ r pl Mecánico de bicis majísimo, precio justo y la cadena va como nueva.
+ r pl La asesora del banco lo explicó todo con claridad y sin intentar venderme nada.
+ r pl Mi peluquera me escuchó de verdad y el corte quedó exactamente como quería.
+ r pl El seguro me pagó en una semana sin tener que reclamar nada.
+ r pl La casa rural estaba impecable, muy bien equipada y con unas vistas preciosas.
+ r pl La dentista tuvo una paciencia enorme con mi hijo, ¡y ahora quiere volver!
+ r pl La librería del barrio me pidió el libro y me llamó el mismo día que llegó.
# mild
+ r mi Aspiradora correcta, cumple su función.
+ r mi Zapatillas decentes para lo que cuestan. Nada del otro mundo, pero estoy contento.
+ r mi Hotel correcto, habitación pequeña pero limpia. Para una noche, bien.
+ r mi Funciona bien, de momento ninguna queja.
+ r mi Llegó tal como se describía. Cumple.
+ r mi La app no es ninguna maravilla, pero es fiable y es lo que necesito.
+ r mi Comida aceptable, bocadillos frescos y servicio rápido. Volvería.
+ r mi No es un restaurante de estrella Michelin, pero para cenar entre semana está bien.
+ r mi Conexión estable y la velocidad que prometen. Poco más que decir, y eso es buena señal.
# negation -> positive
+ r ng Nada mal para el precio, la verdad.
+ r ng No esperaba gran cosa, pero la comida no estaba nada mal.
+ r ng Nunca he tenido ningún problema con esta tienda, y llevo años comprando.
+ r ng Ni un solo problema con la instalación, todo funcionó a la primera.
+ r ng No tengo ninguna queja: rápidos, cuidadosos y amables.
+ r ng La batería ya no se gasta tan rápido desde la actualización. ¡Genial!
+ r ng Tenía mis dudas, pero no me arrepiento para nada.
+ r ng Para nada una mala compra, uso la freidora de aire casi a diario.
# comparative / intensifier
+ r co Mucho más rápido que mi antiguo operador, y encima más barato.
+ r co La nueva versión de la app es muchísimo mejor que la anterior.
+ r co Prefiero este chubasquero al de marca: sienta mejor y cuesta la mitad.
+ r co La segunda parte es aún más emocionante que la primera.
+ r in Servicio absolutamente impecable, ¡cuidaron hasta el último detalle!!
+ r in Sin duda la mejor pizza de la ciudad.
+ r in Hotel espectacular, la habitación con vistas al mar era sencillamente increíble.
+ r in Súper contenta con mi nueva bici de carretera, es ligerísima.
# mixed -> positive
+ r mx La entrega se retrasó una semana, pero el sofá es precioso y comodísimo. Mereció la pena esperar.
+ r mx Es algo caro, pero se come tan bien que lo pago con gusto.
+ r mx El check-in fue eterno, pero después todo perfecto: buena habitación, buena cama, buen desayuno.
# emoji / typo
+ r em Zapatillas nuevas en casa 😍👟 ¡me quedan perfectas!
+ r em La mejor hamburguesa de Valencia 🤤🔥
+ r em 👍👍 envío rápido, producto genial
+ r ty muy buena tienda, el personal es super majo y te aconsejan bien
+ r ty envio rapido y bien embalado, volveria a comprar sin dudarlo
# ---------------------------------------------------------------- reviews: negative
- r pl A las dos semanas dejó de funcionar el auricular izquierdo. Dinero tirado.
- r pl Comida fría, café templado y tuvimos que pedir la cuenta tres veces.
- r pl La habitación olía a tabaco y la ducha estaba atascada. No vuelvo a este hotel.
- r pl El seguimiento dice «entregado», pero no he recibido nada. Atención al cliente no contesta.
- r pl Película aburrida. Dos horas en las que no pasa prácticamente nada.
- r pl Desde la última actualización la app se cuelga cada vez que intento subir una foto.
- r pl El técnico no apareció y nadie llamó. Un día de vacaciones perdido.
- r pl Perdieron mi maleta en una escala en Madrid y cinco días después sigo sin noticias.
- r pl El colchón se hundió por un lado al mes. Garantía rechazada.
- r pl La aspiradora hace un ruido infernal y la batería se acaba a los diez minutos.
- r pl Me mandaron la talla equivocada y encima tuve que pagar yo la devolución.
- r pl Recepcionista borde que ni siquiera levantó la vista de la pantalla.
- r pl Internet se cae todas las noches entre las ocho y las diez, justo cuando estamos todos en casa.
- r pl La pizza llegó a la hora y media, fría y con los ingredientes equivocados.
- r pl Precios altos, raciones diminutas y nos sentaron al lado del baño. Para no volver.
- r pl Las zapatillas se despegaron de la suela tras usarlas tres veces.
- r pl Solo se puede dar de baja por teléfono, y después de media hora esperando no te atiende nadie.
- r pl El cercanías cancelado tres mañanas seguidas y las pantallas sin información.
- r pl El banco me cobró el pago dos veces y la devolución va a tardar semanas.
- r pl La lámpara parpadea desde el primer día y la de sustitución hace exactamente lo mismo.
- r pl El mueble llegó sin tornillos y tardaron dos semanas en mandármelos.
# negation
- r ng No es gran cosa, la calidad no está a la altura del precio.
- r ng El hotel no se parecía en nada a las fotos.
- r ng No pienso volver a pedir aquí.
- r ng Nunca había visto una atención al cliente tan mala.
- r ng La película no era tan buena como decía todo el mundo. Ni de lejos.
- r ng Los plazos de entrega de la web no se cumplen para nada.
# sarcasm
- r sa Genial, otras tres semanas esperando una pieza 🙄
- r sa Estupendo, un cargador que se derrite a los dos días. Qué calidad.
- r sa Vaya servicio: dos horas en espera y luego te cuelgan.
- r sa Gracias por el «envío exprés», el paquete llegó a los nueve días.
- r sa Ah, qué bien, otra actualización que lo vuelve todo más lento. Bravo.
- r sa Riquísima la comida del avión, si te gusta el cartón.
# mixed -> negative
- r mx El personal fue amable, pero la habitación estaba sucia y la cama crujió toda la noche. No repetiré.
- r mx Bonito diseño, eso sí, pero al mes la mitad de los botones ya no funcionan.
- r mx Buena cámara, pero la batería es tan mala que hay que cargarla antes de comer. Me arrepiento de la compra.
# comparative / intensifier
- r co Peor que la versión anterior, que ya de por sí no era buena.
- r co En la competencia pagas menos y tienes el doble de datos.
- r co El envase es más pequeño, pero el precio ha subido.
- r in Sin duda la peor empresa de mensajería, tiran los paquetes por encima de la valla.
- r in App malísima, ¡se cierra constantemente!!!
- r in Carísimo y encima malísimo.
# emoji / typo
- r em El paquete llegó destrozado 📦💥😡
- r em 👎👎 nunca más
- r ty pesimo servicio, nadie coge el telefono y los correos no los contestan
- r ty el repartidor dejo el paquete bajo la lluvia, todo empapado
# ---------------------------------------------------------------- reviews: neutral
0 r pl Pedido el lunes, entregado el miércoles. El producto es igual que en las fotos.
0 r pl La chaqueta viene en tres colores; elegí la azul marino en talla M.
0 r pl El hotel está a diez minutos andando de la estación. El desayuno no está incluido.
0 r pl Uso la app sobre todo para mirar el saldo y pasar dinero a la cuenta de ahorro.
0 r pl La bici tiene siete marchas, freno de contrapedal y portaequipajes para dos alforjas.
0 r pl La película dura unas dos horas y diez minutos, con subtítulos en español e inglés.
0 r pl Éramos seis y habíamos reservado para las nueve y media.
0 r pl Hice el pedido por la app, pagué con tarjeta y lo recogí en un punto de recogida.
0 r pl Es el tercer libro de una saga, pero se puede leer por separado.
0 r pl Elegí la tarifa de 20 GB sin permanencia.
0 r pl Habitación en la cuarta planta, con ascensor. Aparcamiento en el garaje de al lado.
0 r pl La casa rural tiene capacidad para seis personas y chimenea.
0 r pl Alquilamos las bicis tres días y las devolvimos en la oficina de turismo.
0 r mi Normalita. Ni bien ni mal.
0 r mi Una pizzería del montón, como hay diez en cada ciudad.
0 r mi Cumple, pero hay opciones más baratas que hacen lo mismo.
0 r mi El hotel estaba bien sin más, nada que destacar y nada de qué quejarse.
0 r mi Algunos capítulos son buenos, otros se hacen largos. En general, un libro del montón.
0 r mi No sé si lo recomendaría, depende mucho de lo que busques.
0 r mi Ni mejor ni peor que la versión anterior de la app.
0 r mx La comida era excelente, el servicio en cambio lentísimo. Una cosa compensa la otra.
0 r mx Buena ubicación, habitaciones anticuadas. Tienes lo que pagas.
0 r mx El envío fue rápido, pero el producto en sí me decepcionó un poco. Todavía no sé si me lo quedo.
0 r mx Buenos actores, guion flojo. La verdad es que no sé qué pensar.
0 r co Más o menos igual de rápido que mi portátil anterior, solo que algo más ligero.
0 r co Exactamente el mismo precio que en las otras tiendas de la zona.
0 r ty pedido el viernes, llego el lunes por correos, en una caja con papel alrededor
0 r ty la habitacion tenia dos camas individuales y un escritorio pequeño junto a la ventana
# ---------------------------------------------------------------- complaints
- c pl Llevo cuatro semanas esperando el reembolso de un pedido devuelto. Ruego una respuesta.
- c pl He llamado tres veces por la avería y siempre me dicen que «lo están mirando».
- c pl Me han renovado la suscripción sin mi consentimiento. Exijo la baja inmediata.
- c pl El autobús pasó de largo aunque le hice señas en la parada. Es la tercera vez este mes.
- c pl Me han cobrado 49 euros por un servicio que nunca contraté.
- c pl Su repartidor dejó mi paquete en una dirección a dos calles. ¿Cómo lo soluciono ahora?
- c pl Presenté una reclamación por el formulario hace tres semanas y no he recibido respuesta.
- c pl Nos cancelaron el vuelo y el bono que nos dieron no funciona en la web.
- c pl Desde que me cambié a ustedes, la factura de la luz casi se ha duplicado sin ninguna explicación.
- c pl Nevera nueva y la puerta no cierra bien. El técnico no puede venir hasta dentro de cuatro semanas.
- c pl ¿Por qué tengo que subir el DNI por tercera vez? Es absurdo.
- c pl Me rechazan la garantía porque supuestamente «hice un mal uso del aparato». Eso es mentira.
- c pl Desde la mudanza llevo diez días sin internet y nadie sabe decirme cuándo lo arreglarán.
- c pl Mi reclamación aparece como «resuelta» sin que nadie se haya puesto en contacto conmigo.
- c pl Atención al cliente me manda a la tienda y la tienda me manda otra vez a atención al cliente.
- c pl Había un trozo de cristal en mi ensalada. Espero una respuesta seria.
- c pl Pago por 500 megas y apenas me llegan 40. Esto es un incumplimiento de contrato.
- c pl Segundo lavavajillas defectuoso que me traen seguido. Estoy harta.
- c pl El restaurante había perdido nuestra reserva y tuvimos que irnos con dos niños pequeños.
- c pl Hace cinco días que no pasa el camión de la basura por nuestra calle.
- c ng Nadie me ha devuelto la llamada, a pesar de tres promesas.
- c ng Sigo sin respuesta a mi correo de hace dos semanas. Esto no puede ser.
- c ng Ni me ha llegado el artículo ni me han devuelto el dinero.
- c sa Enhorabuena, han conseguido mandar el mismo paquete a la dirección equivocada tres veces.
- c sa Muchas gracias por la suscripción «gratuita» que ahora pago todos los meses.
- c in Estoy indignadísimo. Es la empresa más hostil con sus clientes que conozco.
- c in Profundamente decepcionada, ¡totalmente inaceptable que esto dure ya dos meses!
- c ty he llamado 3 veces y cada vez me pasan con otro y se corta, que es esto
- c ty el paquete llego dañado y la caja estaba claramente abierta, quiero que me lo cambien
- c mx Se agradece que el agente pidiera disculpas, pero cuatro semanas después el problema sigue sin resolverse.
- c em 45 minutos en espera ☎️😤😤
- c co El año pasado esto tardaba unos días, ahora llevo meses esperando.
0 c pl Quisiera informar de una farola estropeada en el cruce junto al colegio.
+ c pl Reclamé un error en mi factura y lo corrigieron en un día. Gracias por la rapidez.
# ---------------------------------------------------------------- social
+ s pl Por fin finde y hace un sol espectacular, qué más se puede pedir #felicidad
+ s pl Un aplauso para el repartidor que me subió el paquete a un cuarto sin ascensor bajo la lluvia 🙏
+ s pl Probé la nueva cafetería de la esquina, ¡qué alegría para el barrio!
+ s pl @tallerdebicis gracias por el arreglo exprés, va como la seda
+ s pl Súper orgullosos del equipo, ¡hemos ganado el hackathon de Bilbao! #teamwork
+ s pl Mi abuela ha hecho hoy su primera videollamada y le ha encantado
+ s pl Todo el día en bici por la costa. Reventado pero feliz #asturias
+ s pl ¡¡¡Carnet aprobado a la primera!!! 🎉
+ s pl Mi vecino me arregló el pinchazo esta mañana sin que se lo pidiera. Un sol
+ s pl Gracias a urgencias por la atención tan rápida y cariñosa de anoche
+ s pl Primera media maratón terminada, no siento las piernas pero estoy orgullosísima
+ s pl Pequeña panadería en Lavapiés con las mejores napolitanas de Madrid, en serio
+ s ng No pensaba que me fuera a gustar esa serie, pero no está nada mal
+ s ng Nunca había pasado el control de seguridad tan rápido, cero colas
+ s ng No suelo hablar bien del tren, pero hoy ni un minuto de retraso
+ s em 😍😍😍
+ s em Vacaciones reservadas ✈️🌴☀️ ¡¡solo quedan 23 días!!
+ s em Fresas del mercado 🍓🍓 ya es verano
+ s em 🙌🙌 ¡¡qué golazo!!
+ s ty que contenta con mi movil nuevo, por fin una camara que hace buenas fotos
+ s ty gracias @tiendaonline por el envio tan rapido, pedido ayer y hoy en casa
+ s in El concierto del año, una auténtica locura. Todavía tengo la piel de gallina
+ s in Contentísima con la nueva biblioteca del barrio, ha quedado preciosa 😊
+ s mi El gimnasio nuevo no está mal, las máquinas están limpias y no hay mucha gente
+ s co Tarifa nueva más barata y más rápida que la anterior, así sí
+ s mx La semana empezó fatal, pero esta noche hemos ganado la final así que todo perdonado 🏆
- s sa Genial, otras tres semanas esperando respuesta 🙄 #atencionalcliente
- s sa Qué fiesta en el andén otra vez. 25 min de retraso y las pantallas sin decir nada #cercanías
- s sa Estupendo, mi paquete está «entregado». Pero no a mí. Muy bien @mensajeria
- s sa Ay qué bien, han «mejorado» la app. Ahora no puedo entrar. Gracias, chicos
- s sa Qué maravilla, 14 grados y lluvia en julio. Viva el verano
- s sa Qué ilusión, han vuelto a subir el precio. Tercera vez este año. #suscripcion
- s pl Estoy hasta las narices de que se me corte internet todas las noches @operador
- s pl Vuelo cancelado y nadie en el mostrador. Menudo caos hoy en el aeropuerto
- s pl Cuánta publicidad en esa app ya, la acabo de borrar
- s pl En serio, cinco días esperando al técnico y viene sin las piezas
- s pl El nuevo logo del ayuntamiento es feísimo, quién aprueba estas cosas
- s ng No vuelvo a pedir en esa web, nunca más
- s ng No me lo creo, el ascensor de la estación OTRA VEZ estropeado
- s em 😡😡😡 @mensajeria
- s em Lluvia ☔️ atasco 🚗🚗🚗 y tarde al curro 😩
- s ty tampoco ha pasado el bus esta mañana y nadie avisa, una vergüenza
- s in Sin duda el peor partido que he visto en mi vida, qué desastre
- s mx Buena peli, pero 10 euros la entrada y 8 las palomitas es un robo
- s co Antes podías hablar con una persona, ahora solo hay un chatbot
0 s pl Mañana desde las 9 en directo desde la feria de Barcelona, pasad por el stand 12 #feria
0 s pl Nuevo post en el blog: cómo cuidar la cadena de la bici en invierno http://t.co/m2Jd2xX
0 s pl ¿Alguien sabe si el mercadillo del sábado se mantiene con las obras?
0 s pl A partir de la semana que viene cerramos los miércoles, el resto de días horario normal #horarios
0 s pl ¿Alguien tiene fibra en Zaragoza? Dudo entre dos compañías
0 s pl Mañana voy en tren a Sevilla, ¿algún sitio para comer cerca de la estación?
0 s pl Primer día en el curro nuevo. A ver qué tal.
0 s pl RT @ayuntamiento: Desde el lunes a las 8 el puente del canal estará cerrado al tráfico durante dos semanas.
0 s pl Hilo sobre las nuevas normas de aparcamiento en el centro, el mapa está más abajo 👇
0 s pl En plena mudanza, no me ponen internet hasta la semana que viene, así que estaré poco localizable
0 s pl Encuesta: ¿hacéis la compra online o preferís ir al súper?
0 s pl Primeras nieves del año en el Pirineo, la AEMET prevé heladas esta noche
0 s pl ¿Alguien sabe si el ferry a Menorca sale mañana con este viento?
0 s em 📦 en reparto, entrega prevista entre las 14:00 y las 16:00
0 s em ☕️ + 💻 = lunes por la mañana
0 s mi Instalada la actualización de la app, de momento no noto ninguna diferencia
0 s mi La serie nueva de la que habla todo el mundo, pues ni fu ni fa, sigo viéndola pero no me engancha
0 s mx Hoy buen tiempo, mañana lluvia otra vez. Típico de Bilbao
0 s ty alguien sabe a que hora sale el ultimo bus del centro los domingos
0 s ty una pregunta rapida, se puede pagar con tarjeta de credito?
# ---------------------------------------------------------------- news
0 n pl La tienda online abrirá el mes que viene un nuevo centro logístico cerca de Zaragoza con unos 300 empleos.
0 n pl Los billetes de tren subirán de media un 4,5 % a partir del 1 de enero.
0 n pl El ayuntamiento empezará en abril las obras de un nuevo carril bici entre el centro y la estación.
0 n pl El banco fija la remuneración de su cuenta de ahorro en el 2,25 % a partir del 1 de marzo.
0 n pl La cadena de supermercados inaugura el sábado una nueva tienda en la plaza de la Estación.
0 n pl La empresa publicará sus resultados trimestrales el 24 de octubre.
0 n pl La aerolínea añade tres nuevos destinos en el sur de Europa a partir del verano.
0 n pl El museo permanecerá cerrado por obras hasta el 15 de mayo incluido.
0 n pl Según el INE, el año pasado se compró más ropa de segunda mano que el anterior.
0 n pl Con el nuevo horario circularán más trenes entre Madrid y Toledo en hora punta.
0 n pl La aplicación ya está disponible también en catalán, gallego y euskera.
0 n pl Los grandes almacenes se trasladarán en septiembre a un local más pequeño en la misma calle.
0 n pl La librería organiza una firma de libros con la autora del superventas el 12 de noviembre.
0 n pl Nota de prensa: la aseguradora anunciará sus tarifas del próximo año el 12 de noviembre.
0 n pl El festival de cine presentará su programación completa el jueves.
0 n pl Correos solo repartirá cartas tres días a la semana en algunas zonas rurales, según la empresa.
0 n pl La línea de ferry tendrá nuevos horarios desde el 1 de abril, con dos salidas más por la tarde.
0 n pl El miércoles será seco, con intervalos de sol y máximas de 17 grados.
0 n pl La atención telefónica estará cerrada el lunes de Pascua; el chat seguirá disponible.
0 n pl La fusión de las dos tiendas online aún debe recibir el visto bueno de la autoridad de competencia.
0 n pl La comunidad presentará el proyecto del nuevo hospital en una reunión abierta la próxima semana.
0 n pl La empresa tenía alrededor de 1,2 millones de clientes en España y Portugal a finales del año pasado.
0 n pl La biblioteca amplía su horario y abrirá hasta las 20:00 los jueves a partir del otoño.
0 n mx La facturación de la cadena creció un 3 %, mientras que el beneficio bajó ligeramente por el aumento de los costes salariales.
0 n ty nuevo horario desde el 1 de sept: lun-vie 9-18, sab 10-17, domingo cerrado
+ n pl El banco elimina las comisiones por pagar con tarjeta fuera de Europa. Buena noticia para los viajeros.
+ n pl El hospital informa de que la lista de espera para operaciones de rodilla se ha reducido a la mitad.
+ n pl Desde el año que viene, los menores de doce años viajarán gratis en el transporte público de la región.
+ n pl Buenas noticias para la plantilla: la fábrica sigue abierta y se crearán cincuenta empleos.
+ n in La panadería del pueblo ha ganado el premio nacional al mejor pan, un reconocimiento fantástico.
+ n pl La nueva pasarela peatonal se terminó antes de plazo y por debajo del presupuesto.
- n pl La compañía recorta 400 puestos de trabajo y cierra dos centros en el norte.
- n pl Una caída masiva impidió durante horas a los clientes del banco pagar o entrar en su cuenta.
- n pl Una filtración ha dejado expuestos los datos de más de 200.000 clientes de la tienda online.
- n pl La cadena ha entrado en concurso de acreedores y sus tiendas seguirán cerradas.
- n in Caos ferroviario: el tráfico de trenes quedó totalmente paralizado en torno a Madrid durante toda la hora punta de la mañana.
- n co La satisfacción de los clientes de la eléctrica ha caído con fuerza respecto al año pasado.
# ---------------------------------------------------------------- questions
0 q pl ¿Puedo cambiar el pedido aunque ya se haya enviado?
0 q pl ¿Qué horario tiene vuestra tienda los sábados?
0 q pl ¿Cuánto suele tardar en tramitarse una devolución?
0 q pl ¿Se puede añadir una maleta facturada después de hacer el check-in?
0 q pl ¿Qué talla debería pedir si normalmente estoy entre la 42 y la 43?
0 q pl ¿Este cargador sirve para el modelo antiguo de la tableta?
0 q pl ¿Podemos hacer el check-in a las 11 o solo a partir de las 15?
0 q pl ¿Cómo desactivo los pagos recurrentes en la app?
0 q pl ¿Tenéis platos sin gluten en la carta?
0 q pl ¿Necesito un router nuevo si me mudo dentro de la misma ciudad?
0 q pl ¿Cuándo sale en español el segundo libro de la saga?
0 q pl ¿Hay que pedir cita para una reparación o puedo pasarme sin más?
0 q pl ¿Dónde encuentro la factura de mi último pedido?
0 q pl ¿La oferta vale también para los pedidos hechos desde la app?
0 q pl ¿El restaurante es accesible en silla de ruedas?
0 q pl ¿Puedo llevar una batería externa en el equipaje de mano?
0 q pl ¿A partir de qué importe el envío es gratuito?
0 q pl ¿Podéis enviarlo a un punto de recogida en vez de a casa?
0 q pl ¿Dónde puedo dejar mi móvil viejo para reciclarlo?
0 q pl Hola, pedí una silla la semana pasada. ¿Sabéis cuándo me llegará?
0 q pl ¿Hay trenes extra para Nochevieja?
0 q pl ¿Puedo reservar mesa para ocho personas el viernes por la noche?
0 q pl ¿Cuánta garantía tiene la batería de la bici eléctrica?
0 q pl ¿Se puede subir la bici al cercanías?
0 q ty como restablezco la contraseña si ya no tengo acceso a mi correo antiguo
0 q ty hay aparcamiento cerca de la tienda?
0 q em ¿Ha llegado ya la nueva colección? 👗👀
0 q co ¿Qué sale más barato, el abono mensual o billetes sencillos si viajo dos veces por semana?
- q pl ¿Por qué se tarda tres semanas en tramitar un simple reembolso?
- q pl ¿Cuántas veces más tengo que llamar para que alguien solucione de una vez mi problema?
- q pl ¿Por qué nadie contesta a mis correos? Llevo diez días esperando.
- q pl ¿Cómo es posible que me llegue un producto roto por tercera vez?
- q sa ¿Es normal que un «envío exprés» tarde dos semanas, o es una broma vuestra?
- q in ¿¿Pero qué demonios le pasa a vuestra atención al cliente??
- q ng ¿Por qué no ha venido nadie si la cita era la semana pasada?
- q em ¿¿Dónde está mi paquete?? 😤 12 días en tránsito
+ q pl ¿Vendéis tarjetas regalo? La última vez todo fue tan bien que me gustaría regalar una.
+ q in ¿Cuándo abrís en Málaga? ¡Sería genial!
# ---------------------------------------------------------------- politics / opinion / daily life
+ p pl Por fin el ayuntamiento invierte en carriles bici seguros alrededor de los colegios. Muy bien.
+ p pl Acertada decisión del Gobierno de abaratar el transporte público para los jóvenes.
+ p pl Qué partidazo de la selección, por fin fútbol ofensivo.
+ p pl Qué alegría que la biblioteca del pueblo siga abierta, es el corazón del barrio.
+ p pl Día de primavera precioso, el parque lleno de gente sonriente.
+ p pl Olé por todos los voluntarios que han limpiado la playa hoy.
+ p pl La nueva alcaldesa escucha de verdad a los vecinos, y se nota.
+ p pl Las fiestas del pueblo, tan entrañables como siempre, jóvenes y mayores bailando juntos.
+ p pl Qué buena iniciativa, clases de natación gratis para todos los niños del municipio.
+ p pl Los juveniles han ganado la liga y medio pueblo salió a felicitarlos.
+ p ng El nuevo plan para el centro no es ni de lejos tan disparatado como dice la oposición.
+ p ng No soy del partido, pero esta propuesta sobre las residencias no está nada mal.
+ p mi El acuerdo no es la panacea, pero es un paso razonable en la buena dirección.
+ p co El debate de anoche fue mucho más serio que el anterior, bien hecho.
+ p in Qué final de temporada tan increíble, ¡emoción hasta el último minuto!
+ p em España a semifinales 🇪🇸🇪🇸🔥
+ p mx El tiempo no acompañó, pero las fiestas de la ciudad fueron un éxito rotundo.
+ p ty bien que vaya mas dinero a los colegios, ya era hora
- p pl Vergonzoso que el ayuntamiento vuelva a recortar en servicios para jóvenes.
- p pl Todos esos aerogeneradores pegados a la urbanización y nadie preguntó a los vecinos.
- p pl Los alquileres en esta ciudad son directamente imposibles para la gente joven.
- p pl Otro partido desastroso, la defensa era un coladero.
- p pl Cuarto sábado seguido lloviendo. Me tiene de bajón.
- p pl Ridículo que la piscina municipal cierre por mantenimiento en pleno agosto.
- p pl Música a todo volumen de los vecinos toda la noche, y es martes. Ya no puedo más.
- p pl Cierran el paritorio del comarcal y ahora las mujeres de la zona tienen que hacer dos horas de carretera para dar a luz.
- p sa Muy listo levantar todas las calles a la vez en hora punta. Gran planificación, ayuntamiento.
- p sa Verano en Galicia: trece grados, viento y lluvia de lado. Una delicia.
- p ng Las viviendas prometidas siguen sin construirse, y no creo que lleguen nunca.
- p in Qué tristeza ver el centro juvenil completamente abandonado. Nadie se hace responsable.
- p co El cruce es aún más peligroso desde las «mejoras».
- p mx Una plaza nueva está bien, pero talar cincuenta árboles centenarios para hacerla me parece inaceptable.
- p em Vuelven a subir los impuestos 💸💸😩
- p ty los precios del super estan por las nubes, llenar el carro ya es un lujo
0 p pl El pleno municipal vota el jueves el nuevo plan de aparcamiento.
0 p pl Según la última encuesta, los dos principales partidos están prácticamente empatados.
0 p pl Mañana, cielos nubosos con chubascos en el norte y tiempo seco en el sur.
0 p pl El debate sobre la vivienda se retomará después del verano.
0 p pl El equipo juega el domingo a las 18:30 en el campo del tercer clasificado.
0 p pl La ministra dará mañana una rueda de prensa sobre las nuevas medidas.
0 p pl Cualquier vecino puede opinar sobre el proyecto del nuevo parque hasta el 1 de marzo.
0 p pl Me he leído los dos programas y sigo sin saber a quién votar.
0 p pl Esta semana se está debatiendo mucho si las tiendas deberían abrir los domingos.
0 p pl Mi vecino vota a la izquierda y yo a la derecha, y seguimos tomando café juntos los sábados.
0 p pl Mañana termina el plazo para entregar las firmas de la consulta popular.
0 p mx La nueva normativa tiene ventajas e inconvenientes, y su efecto variará mucho de un barrio a otro.
0 p mi Sinceramente, la nueva medida no cambia gran cosa para mí.
0 p co La participación es más o menos la misma que hace cuatro años, según la junta electoral.
0 p ty mañana reunion vecinal sobre el nuevo plan urbanistico en el centro cívico, empieza a las 19h
0 p em 🌧️🌧️☀️ previsión para el finde: primero lluvia, el domingo se despeja
"""
