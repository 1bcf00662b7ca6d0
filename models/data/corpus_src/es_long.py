# Spanish (es): longer and very short texts. Hand-written for repwatch.
DATA = """
+ r pl Reformamos todo el baño con una pequeña empresa del barrio y no tengo más que palabras buenas. Cumplieron los plazos, dejaron todo limpio cada día, llamaban en cuanto surgía cualquier imprevisto y la factura final coincidió al céntimo con el presupuesto. Pocas veces he tenido una experiencia tan buena con una obra.
+ p pl Anoche celebramos la fiesta del barrio en el parque y qué noche. Vecinos que normalmente solo se saludan estaban haciendo la barbacoa juntos, los niños tenían un castillo hinchable y alguien hasta había conseguido un grupo de música. Noches así me recuerdan la suerte que tenemos de vivir aquí.
+ r mx Empezó mal: la cocina llegó con tres semanas de retraso y faltaba una puerta de armario. Pero los montadores que vinieron al final eran unos profesionales, lo arreglaron todo en un día y el resultado es precioso. Visto ahora, estoy muy contenta y los recomendaría sin dudarlo.
- c pl El 3 de marzo compré una lavadora con entrega prevista el 10 de marzo. Hoy es 2 de abril, he llamado cuatro veces, he escrito dos correos y me han dado tres fechas de entrega distintas. Nadie sabe decirme dónde está el aparato. Exijo la entrega en cinco días hábiles o la devolución íntegra del dinero.
- p pl No entiendo cómo la diputación quiere suprimir la única línea de autobús de nuestro pueblo. Muchos mayores aquí no tienen coche y dependen por completo de ese autobús para ir al médico, hacer la compra o visitar a la familia. Con esta decisión simplemente los dejan tirados, y me parece una vergüenza.
- r mx Quería que me gustara este móvil, porque la pantalla es bonita y se sujeta muy bien. Pero la batería apenas llega a media tarde, la cámara hace fotos con mucho ruido por la noche y desde la última actualización se queda colgado cada dos por tres. Por ese precio espero mucho más. Lo devuelvo.
0 n pl La cadena ha anunciado hoy que reformará todas sus tiendas en España durante los próximos dos años. Los planes incluyen cajas de autoservicio, un mostrador para recoger pedidos online y una sección de frescos más amplia. Según la dirección, las tiendas seguirán abiertas con normalidad durante las obras.
0 q pl Hola, tenemos pensado ir a vuestro camping una semana en junio con la familia. Llevamos una caravana de unos seis metros y dos perros. ¿Es posible reservar una parcela con electricidad, y se admiten perros en todo el recinto o solo en algunas zonas?
0 p mx La nueva recogida de basuras tiene claramente dos caras. Por un lado, en nuestra calle se recicla mucho mejor y hay menos bolsas en la acera. Por otro, quien no tiene coche ahora tiene que caminar un buen rato hasta los contenedores. Habrá que ver qué conclusión saca el ayuntamiento dentro de un año.
+ r pl ¡Servicio de diez, muy recomendable!
- r pl Nunca más aquí.
0 r pl Paquete recibido ayer.
"""
