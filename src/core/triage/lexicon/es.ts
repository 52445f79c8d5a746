import { ask, chase, newDetail, stem, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

const MIS = '(?:mis|mi|sus|su|todos (?:mis|los)|toda (?:mi|la)|cualquier|los|la|el)';
const REQUEST_ES = '(?:solicito|solicitando|solicitar|pido|pidiendo|ejerzo|ejercer|ejercicio del|reclamo|exijo|requiero)';
const DATOS = '(?:datos|dato|información|informacion|cuenta|perfil|historial|expediente|registros|correo|teléfono)';

/** Spanish: RGPD/LOPDGDD (and Latin American ARCO) wording, plus everyday phrasing. */
export const ES_RULES: Rule[] = [
  // Bare nouns name the topic; a first-person request verb in front makes it a request.
  // A formal petition: "SOLICITA:" / "Chiedo pertanto:" and the requests listed under it ("a) la rettifica …; b) la cancellazione …", "1. La rectificación …").
  // Leave to delete, with nothing after it ("Podem excluir, por favor.", round 99): a request.
  ask('deletion', words('(?:pueden|puede|podéis) (?:borrar|eliminar|suprimir)(?:lo|la|los|las)?(?:,? (?:por favor|sí))?(?=\\s*(?:[.!,;\\n]|$))')),
  ask('deletion', words('(?:solicita|solicito|pido|pide|exijo|suplica)\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:supresi[óo]n|cancelaci[óo]n)')),
  ask('correction', words('(?:solicita|solicito|pido|pide|exijo|suplica)\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:rectificaci[óo]n)')),
  // "Solo quiero que ya no me lleguen más SMS de promociones".
  ask('opt_out', words('(?:que )?(?:ya )?no me (?:lleguen|llegue|manden|mande|envíen|envien|sigan mandando|sigan enviando) (?:más |mas )?(?:[\\p{L}]+ ){0,2}?(?:sms|mensajes|correos|mails|e-?mails|promociones|promos|publicidad|ofertas|notificaciones|newsletters?|boletines)')),
  // "Dejen de perfilarme", "no quiero que me perfilen": an objection to profiling (GDPR Art. 21(2)).
  ask('opt_out', words('(?:dejen|deje|dejad|dejéis|dejar) de (?:perfilar(?:me)?|rastrear(?:me)?|hacerme perfiles|elaborar perfiles)|no (?:quiero|deseo) (?:que me (?:perfilen|rastreen)|ser perfilad\\p{L}*)|(?:sin|nada de|basta de) (?:perfilado|perfilamiento|elaboración de perfiles)')),
  ask('opt_out', words('(?:solicita|solicito|pido|pide|exijo|suplica)\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:oposici[óo]n|limitaci[óo]n)')),
  ask('disclosure', words('(?:solicita|solicito|pido|pide|exijo|suplica)\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:acceso|copia)')),
  topic('deletion', 2, stem('supresi[óo]n|derecho al olvido|derecho de cancelaci[óo]n')),
  // "Procedan con la supresión cuanto antes": the go-ahead names the erasure (it.ts has "procedete con la cancellazione").
  ask('deletion', words('(?:procedan|proceda|prosigan|prosiga|continúen|continuen|sigan|sigan adelante) (?:ya |entonces |pues |por favor |cuanto antes )?con (?:la|el) (?:supresión|supresion|eliminación|eliminacion|borrado|cancelación de (?:mi|la) cuenta|cancelacion de (?:mi|la) cuenta)')),
  // "Dale para adelante con la baja de todo, cuenta, tarjetas guardadas" (round 101): the whole account let go.
  ask('deletion', words('(?:proced(?:a|an|ed)|sig(?:a|an)|adelante) (?:ya |entonces )?con (?:el borrado|la eliminaci[óo]n|la supresi[óo]n|la cancelaci[óo]n|la baja(?= de (?:todo|mi cuenta|la cuenta|mis datos)))|pueden? proceder (?:ya )?con (?:el borrado|la eliminaci[óo]n|la supresi[óo]n)')),
  // "tu pedido de eliminación de datos", the team's words quoted under an answer (Latin American "pedido").
  ask('deletion', words('(?:solicitud|pedido|petición|peticion) de (?:eliminaci[óo]n|borrado) (?:de )?(?:mis |los |tus |sus )?(?:datos|cuenta|información|informacion)')),
  ask('deletion', words(`${REQUEST_ES}[^.?!\\n]{0,50}?(?:supresi[óo]n|cancelaci[óo]n|olvido)`)),
  // "eliminar mi correo de sus listas" is an opt-out, handled below.
  ask('deletion', words(`(?:eliminaci[óo]n|borrado|cancelaci[óo]n|eliminar|borrar|suprimir|dar de baja) (?:inmediata |inmediato |definitiva |definitivo |completa |completo )?(?:de )?${MIS} (?:[\\p{L}-]+ ){0,3}?${DATOS}(?! de (?:sus|vuestras|vuestra|la|las) (?:listas?|newsletter|boletín))`)),
  // Bloqueado mientras se comprueba la rectificación (RGPD art. 18.1.a).
  // "Que no me vuelvan a llamar": contact stopped, whichever way it came.
  ask('opt_out', words('no me (?:vuelvan|volváis|vuelva) a (?:llamar|contactar|escribir|enviar|mandar|molestar)')),
  ask('opt_out', words('(?:hasta que|mientras (?:se|lo|no))[^.!?\\n]{0,80}?(?:no (?:[\\p{L}-]+ ){0,3}?(?:compartan|compartáis|envíen|enviéis|usen|uséis|utilicen|cedan|comuniquen|remitan|manden|pasen|den|comparta|envíe|use|utilice|ceda|comunique|remita|mande|pase|(?:sea|sean) (?:usad|utilizad|enviad|compartid|cedid|comunicad|remitid)\\p{L}*)|bloqueen|bloqueéis|bloquead|bloquearlos|bloquearlo|limiten|limitad|suspendan|suspended)')),
  ask('opt_out', words('(?:eliminar|borrar|quitar|sacar)(?:me)? (?:mi (?:correo|email|e-mail|número|teléfono) )?de (?:sus|vuestras|vuestra|la|las|todas (?:sus|las)) (?:listas?|newsletter|boletín|envíos)')),
  ask('deletion', words('(?:bórren|elimínen|supríman|borrad|eliminad)(?:lo|la|los|las)')),
  ask('deletion', words(`(?:eliminen|eliminad|elimine|eliminéis|eliminaran|borren|borrad|borre|borréis|borraran|supriman|suprimieran|suprimid|suprima|suprimáis|cancelen|cancele) (?:por favor )?(?:toda |todos )?${MIS} (?:[\\p{L}-]+ ){0,3}?${DATOS}`)),
  ask('deletion', words('(?:cerrar|cierren|cerréis|cerrad|den de baja|dar de baja) (?:mi|la) cuenta|(?:borrar|eliminar|borren|eliminen|borrad|eliminad|borréis|eliminéis) todo')),
  ask('deletion', words('(?:que )?(?:los|las|lo|la|me) (?:eliminen|borren|supriman|eliminéis|borréis|suprimáis|eliminaran|borraran)|(?:eliminen|borren|eliminad|borrad)(?:me| todo)|(?:eliminar|borrar|suprimir|cancelar)(?:los|las)')),

  ask('disclosure', words('acceso a (?:todos )?(?:mis|los) (?:datos|información)|solicitud de acceso|derecho de acceso|(?:solicit\\p{L}*|pido|pidiendo|ejercer) (?:el )?acceso')),
  ask('disclosure', words(`copia de ${MIS} (?:[\\p{L}-]+ ){0,3}?${DATOS}`)),
  ask('disclosure', words('qu[ée] (?:datos|información|informacion)(?: personal(?:es)?)? (?:[\\p{L}]+ ){0,2}?(?:tienen|tenéis|tiene|guardan|guardáis|guarda|almacenan|almacenáis|conservan|conserváis|tratan|tratáis|procesan|manejan)')),
  ask('disclosure', words('qu[ée] (?:saben|sabéis|tienen|tenéis|guardan|guardáis) (?:ustedes |vosotros )?(?:de|sobre) m[íi]')),
  ask('disclosure', words('si (?:tienen|tenéis|guardan|guardáis|conservan|tratan|disponen de) (?:algún |algunos |mis )?(?:datos|información)|datos (?:míos|sobre mí)')),
  ask('disclosure', words('(?:mandar|enviar|mandarme|enviarme|mandadme|enviadme|mándenme|envíenme|facilitar|facilitarme|facilítenme)(?: por favor)? (?:una copia de )?(?:la totalidad de |todos )?(?:los |mis )?(?:datos|información|informacion)')),
  ask('disclosure', words('(?:siguen teniendo|todavía tienen|aún tienen|tienen|guardan|conservan) (?:todavía |aún )?(?:mis datos|datos (?:míos|mios|de mí|sobre mí))|(?:consultar|ver|acceder a) (?:mi )?(?:historia clínica|historia clinica|historial(?: clínico| médico)?|expediente)')),
  ask('disclosure', words('con qui[ée]n (?:han|habéis|ha|hemos) (?:compartido|cedido|vendido|comunicado) (?:mis|mi)')),
  ask('deletion', words('(?:que )?(?:sean|sea) (?:definitivamente )?(?:eliminad[oa]s?|borrad[oa]s?|suprimid[oa]s?)')),
  ask('deletion', words(`(?:que )?(?:desaparezcan|desaparezca|hagan desaparecer|hacer desaparecer) (?:todos |toda )?${MIS} (?:[\\p{L}-]+ ){0,3}?${DATOS}`)),
  ask('deletion', words('(?:borren|borrad|eliminen|eliminad|supriman|suprimid) (?:[\\p{L}@.-]+ ){0,4}?de (?:su|sus|vuestra|vuestras|la|las|los) (?:base de datos|bases de datos|sistemas?|registros|archivos|ficheros)(?! de (?:correo|envíos|marketing|publicidad|newsletter))')),
  // Where the data came from (GDPR Art. 15(1)(g)): "de dónde han sacado mi número", "quién les dio mi correo".
  // Not "no sé de dónde sacaron mi número": a rhetorical question asks nothing.
  ask('disclosure', words("(?<!(?:no sé|no se|ni idea de|no entiendo) )(?:de )?d[óo]nde (?:(?:han|habéis|ha|hayan|hayáis) )?(?:obtuvieron|sacaron|consiguieron|sacado|obtenido|conseguido|sacasteis|obtuvisteis|conseguisteis) (?:mis|mi)|(?<!(?:no sé|no se|ni idea de) )qui[ée]n (?:les|os|le) (?:dio|ha dado|pasó|ha pasado|facilitó|ha facilitado|vendió|ha vendido) (?:mis|mi)")),
  topic('disclosure', 2, stem('portabilidad')),

  topic('correction', 2, stem('rectificaci[óo]n')),
  topic('correction', 1, words('(?:la|el|mi) (?:dirección|número|teléfono|celular|móvil|correo|e-?mail|nombre|apellido|fecha de nacimiento) (?:correct[oa]|buen[oa]|nuev[oa]|actual|verdader[oa]) es|(?:la|el|mi) (?:nueva|nuevo) (?:dirección|número|teléfono|celular|móvil|correo|e-?mail|nombre|apellido) es')),
  ask('correction', words('(?<!(?:logré|pude|conseguí|ya|he podido|acabo de) )(?:(?:cambiar|cambien|cambie|cambiad|modificar|modifiquen|modifique|actualizar|actualicen|actualice) (?:mi|mis|el|la) (?:(?:dirección|direccion|domicilio|teléfono|telefono|celular|móvil|movil|correo(?: electrónico)?|e-?mail|nombre|apellidos?|fecha de nacimiento)|datos (?:de contacto|personales)))(?! (?:de (?:mi|mis|su|sus|tu) (?:padre|madre|hij[oa]|espos[oa]|marido|mujer|herman[oa]|abuel[oa]|pareja)|del (?:paciente|cliente)))')),
  ask('correction', stem('rectifi(?:quen|cad|que|car)|corregir|corrijan|corregid')),
  ask('correction', words(`${REQUEST_ES}[^.?!\\n]{0,50}?rectificaci[óo]n`)),
  newDetail(ask('correction', words('mi nuev[oa] (?:dirección|direccion|teléfono|telefono|correo|número|numero|apellido) es|he cambiado de (?:dirección|direccion|teléfono|telefono|correo|número|numero)'))),
  ask('correction', words('mi (?:nombre|apellido|dirección|direccion|fecha de nacimiento|teléfono|correo) (?:es|está|esta|aparece) (?:[\\p{L}-]+ ){0,2}?(?:incorrect[oa]|mal escrit[oa]|err[óo]ne[oa]|equivocad[oa]|desactualizad[oa])')),
  // The detail named first, then changed by its pronoun: "mi apellido es González, con Z … ¿me lo pueden cambiar?".
  ask('correction', words("mi (?:nombre|apellido|dirección|direccion|domicilio|fecha de nacimiento|teléfono|telefono|correo)[^\\n]{0,300}?(?:(?:me )?(?:lo|la) (?:pueden|podrían|puedan|podrán) (?:cambiar|corregir|modificar|actualizar)|cámbien(?:me)?(?:lo|la))")),
  ask('correction', words('corríj(?:an|ame)lo|corríjanla|corregidlo|(?:que )?no es m[íi]o|mi (?:fecha de nacimiento|nombre|apellido|dirección|direccion|teléfono|correo|diagnóstico) (?:está|esta) mal|(?:tienen|tenéis)(?: ustedes| vosotros)? mal (?:mi|mis)|actualíc(?:en|e)lo|actualizadlo|actualicen (?:mis|mi)|actualizar (?:mis datos|mi (?:nombre|apellido|dirección|teléfono))')),
  // "¿Pueden cambiarlo por este?": the wrong detail named before, the right one given now.
  ask('correction', words('(?:cámbienlo|cambienlo|cámbienla|cambienla|cambiarlo|cambiarla|cambien|cambiar|actualícenlo|actualicenlo|actualizarlo|actualizarla|sustitúyanlo|sustituyanlo|sustituirlo|sustituirla|reemplácenlo|reemplacenlo|reemplazarlo|reemplazarla) (?:a|por|con) (?:este|esta|el nuevo|la nueva|mi nuevo|mi nueva)(?: (?:de aquí|aquí|aqui|correo|e-?mail|número|numero|teléfono|telefono|dirección|direccion|domicilio))?(?=\\s*(?:[.,;:!?()<\\n]|$))')),
  newDetail(topic('correction', 1, words('(?:uso|tengo) otro apellido|desde que me casé|me he casado'))),
  newDetail(topic('correction', 1, words('ahora vivo en|me he mudado|mi (?:antigua|vieja) dirección|mi (?:antiguo|viejo) (?:teléfono|correo|número)'))),
  topic('correction', 1, words('datos (?:err[óo]neos|incorrectos|inexactos|desactualizados)')),

  ask('opt_out', stem('derecho de oposici[óo]n|me opongo|oposici[óo]n al|objetando|darme de baja|darse de baja|dejar de recibir|cancelar (?:la |mi )?suscripci[óo]n|lista robinson')),
  ask('opt_out', words('(?:me )?(?:doy|dé|dar|darme|darse) de baja|no quiero recibir(?:las|los|la|lo)? más')),
  ask('opt_out', words('(?:sáquenme|sacadme|quítenme|quitadme|bórrenme|borradme|sacarme|quitarme) de (?:su|vuestra|la|sus|vuestras|las) (?:lista|listas|base de datos de (?:correo|envíos))')),
  // "Que me saquen de las listas de mensajes de texto": the writer taken off the lists.
  ask('opt_out', words('(?:que )?me (?:saquen|saquéis|quiten|quitéis|borren|borréis|eliminen|eliminéis) de (?:su|vuestra|la|sus|vuestras|las|todas (?:sus|las)) (?:listas?|bases? de datos (?:de|para) (?:correo|envíos|publicidad|promociones|marketing))')),
  // "No quiero que se compartan más con ninguna aseguradora": the sharing refused, the data understood.
  ask('opt_out', words('no (?:quiero|deseo|acepto) que (?:se )?(?:compartan|cedan|vendan|pasen|transmitan|comuniquen|envíen) (?:más )?(?:con|a) (?:ningun[ao]?|nadie|terceros|otras? (?:empresas?|entidades)|(?:la|las|los|el|mi|su) (?:aseguradoras?|empresas?|prepagas?|obras? sociales?|mutuas?|seguros?))')),
  // "Quitad su correo de vuestras listas": an address taken off the lists, the writer's or their child's.
  ask('opt_out', words('(?:saquen|sacad|quiten|quitad|borren|borrad|eliminen|eliminad) (?:mi|su|el|este) (?:correo|e-?mail|número|numero|teléfono|telefono|dirección de correo)(?: electrónico)? de (?:su|vuestra|la|sus|vuestras|las) (?:lista|listas|base de datos de (?:correo|envíos))')),
  ask('opt_out', words('no quiero que (?:usen|utilicen|uséis|utilicéis|compartan|vendan) (?:mis|mi) (?:datos|información|informacion)|no (?:vendan|compartan)(?: ni (?:vendan|compartan))? (?:mis|mi)')),
  // "no quiero que se comparta con mi empresa ningún dato que me identifique": the sharing refused, whoever it is with.
  ask('opt_out', words('no (?:quiero|deseo|acepto) que (?:se )?(?:comparta|compartan|ceda|cedan|venda|vendan|pase|pasen|transmita|transmitan)(?: (?:con|a) [\\p{L}]+(?: [\\p{L}]+){0,2}?)? (?:ningún|ningun|ninguna|mis|mi|ni un) (?:[\\p{L}]+ )?(?:dato|datos|información|informacion)')),
  ask('opt_out', words('no quiero que me (?:mandéis|manden|enviéis|envíen|llaméis|llamen|escribáis|escriban|contactéis|contacten) más')),
  // "Os pido que no me mandéis más folletos publicitarios": the same stop, asked, with what it stops.
  ask('opt_out', words('no me (?:mandéis|manden|mande|enviéis|envíen|envíe) más (?:[\\p{L}-]+ ){0,2}?(?:publicidad|folletos|catálogos|ofertas|promociones|correos|mensajes|newsletters?|boletines|cartas)')),
  ask('opt_out', words('basta de (?:correos|mensajes|publicidad|llamadas|sms|emails)')),
  ask('opt_out', words('dejen de (?:enviarme|mandarme|llamarme|contactarme)|dejad de (?:enviarme|mandarme)')),
  // "Dejen de usar mis datos para publicidad": oposición / limitación (RGPD arts. 18 y 21).
  ask('opt_out', words('(?:dejen|dejad|deje|dejar) de (?:usar|utilizar|tratar|vender|compartir|procesar)|no (?:usen|utilicen|traten) (?:más )?(?:mis|mi|los|la|esos|esa)')),
  ask('opt_out', words('(?:ya )?no quiero (?:seguir )?recibir|no me (?:contacten|llamen|escriban) m[áa]s')),
  ask('opt_out', words('no (?:me )?(?:env[íi]en|envi[ée]is|manden|mand[ée]is) (?:m[áa]s )?(?:publicidad|correos|mensajes|comunicaciones|ofertas)|no vendan mis|no compartan mis')),
  ask('opt_out', words('(?:revoco|retiro|revocar|retirar) (?:mi |el )?consentimiento (?:[\\p{L}-]+ ){0,6}?(?:publicidad|marketing|mercadotecnia|comunicaciones comerciales|boletines)')),
  // Out of a programme the sender joined: a study, a panel, a list.
  ask('opt_out', words("(?:s[áa]ca(?:me|dme|nme)|qu[íi]t(?:ame|adme|enme)|excl[úu]y(?:ame|adme|anme)|d(?:adme|enme|ame) de baja) (?:de|del|de la|de los|de las) (?:[\\p{L}-]+ ){0,3}?(?:estudios?|investigaci[óo]n|programas?|ensayos?|panel|encuestas?|lista|listas|bolet[íi]n|boletines|newsletter|proyecto|registro)")),
  // Consent taken back (GDPR Art. 7(3)) stops the processing it allowed, whatever it was for (a study, photos, analytics):
  // the sender's own first-person withdrawal, never a notice's "puede retirar su consentimiento".
  ask('opt_out', words('(?:revoco|retiro) (?:(?:expresamente|formalmente|también|tambien|además|ademas|asimismo|igualmente|por la presente|por este medio|desde ya|definitivamente|de forma expresa) ){0,3}(?:mi |el |todo )?consentimiento|(?:quiero|deseo|quisiera|solicito|me gustar[íi]a) (?:(?:también|tambien|además|ademas|asimismo|igualmente) ){0,2}(?:retirar|revocar) (?:mi |el |todo )?consentimiento|revocaci[óo]n (?:de mi|del) consentimiento')),
  topic('opt_out', 1, stem('mercadotecnia|publicidad|comunicaciones comerciales|marketing directo|elaboraci[óo]n de perfiles')),

  chase('complaint', words('(?:quiero|quisiera|deseo) (?:poner una |presentar una )?(?:queja|reclamaci[óo]n)|(?:quiero|quisiera|deseo) quejarme')),
  chase('complaint', stem('(?:presentar|presentando|presentado|presenté|presento|interponer|interpuesto|interpuse|interpongo|puse|poner) (?:una )?(?:queja|reclamaci[óo]n|denuncia)')),
  chase('complaint', words('(?:por|es la) (?:segunda|tercera) vez|(?:segunda|tercera) (?:solicitud|petición|reclamación|vez)|plazo [^.?!\\n]{0,60}?(?:vencido|expirado|pasado|superado|excedido)')),
  chase('complaint', words('no (?:han|habéis|ha) (?:atendido|respondido|contestado)|sigo sin (?:respuesta|noticias)|todavía no (?:he recibido|tengo) (?:ninguna )?respuesta|no he tenido (?:ninguna )?respuesta')),
  ask('opt_out', words('(?:solicitud|petición) de baja|baja de (?:la |su |vuestra )?(?:lista|newsletter|boletín|publicidad|comunicaciones)')),
  chase('complaint', stem('no (?:he|hemos) recibido (?:una |ninguna )?respuesta|amonestaci[óo]n|sin obtener respuesta|plazo [^.\\n]{0,60}?(?:excedido|superado|vencido)')),
  // "Me parece desproporcionado": a demand the person objects to.
  chase('complaint', words('(?:es|me parece|resulta|considero) (?:\\p{L}+ ){0,2}?(?:totalmente |completamente |claramente )?(?:desproporcionad[oa]|excesiv[oa])')),
  ask('complaint', words('(?:enviado|enviaron|mandado|mandaron|recibido|recibí|llegó|llegaron)[^.\\n]{0,60}?de otr[oa] (?:paciente|persona|cliente|usuari[oa])')),
  topic('complaint', 1, words('sin (?:mi )?(?:consentimiento|permiso|autorización)')),
  ask('complaint', words('(?:enviado|enviaron|dado|dieron|pasado|pasaron|comunicado|comunicaron)[^.?!\\n]{0,60}? a (?:mi empresa|mi jefe|mi empleador|otra persona|otro paciente)')),
  ask('complaint', words('visibles? para otr[oa]s|(?:miró|consultó|revisó|accedió a) mi (?:expediente|historial|historia|ficha) sin (?:motivo|permiso|autorización)')),
  ask('complaint', words('(?:violación|vulneración) de (?:mi|mis) (?:privacidad|intimidad|confidencialidad|datos)')),
  topic('complaint', 1, words('(?:violación|vulneración) de la (?:privacidad|intimidad|confidencialidad)')),
  // "Me llegan SMS de citas de otra persona": someone else's appointments reach the writer (a disclosure to them).
  ask('complaint', words('(?:me llegan|me están llegando|me estan llegando|me ha llegado|me han llegado|recibo|estoy recibiendo)[^.?!\\n]{0,80}?(?<!apellido|nombre|dirección|direccion|letra|firma) (?:de|a nombre de|para|dirigid[oa]s a) (?:otra persona|otro paciente|otra paciente|un desconocido|una desconocida)')),
  ask('complaint', stem('brecha de (?:datos|seguridad)|filtraci[óo]n de (?:mis )?datos|enviaron (?:mis|mi) [^.\\n]{0,40}?a otra persona')),
  // A complaint to the supervisory authority made now (GDPR Art. 77); a threat of one is masked (masks.ts).
  ask('complaint', words("(?:he presentado|presenté|he puesto|puse|he interpuesto|interpuse|acabo de (?:presentar|poner|interponer)|presento|he registrado|hemos presentado) (?:(?:hoy|ya|ayer|esta mañana|formalmente) )*(?:una |la |mi )?(?:queja|reclamaci[óo]n|denuncia) (?:[\\p{L}-]+ ){0,4}?(?:ante|a|en) (?:la )?(?:AEPD|Agencia Española de Protecci[óo]n de Datos|Agencia de Protecci[óo]n de Datos|autoridad de control|APDCAT|Autoritat Catalana de Protecci[óo] de Dades|AVPD)")),
  topic('complaint', 1, stem('queja|reclamaci[óo]n')),
  topic('complaint', 1, stem('recordatorio|segundo aviso')),

  topic('child_data', 1, words('(?:soy )?(?:la )?(?:madre|mamá|mama|el padre|el papá|la tutora|el tutor) de|tiene ' + MINOR_AGE + ' años')),
  topic('child_data', 1, words('(?:uno de |una de )?mis (?:alumnos|alumnas|estudiantes)|(?:mi|un|una) (?:alumno|alumna)|(?:primaria|colegio|escuela) (?:de|del) (?:mi|nuestro)')),
  ask('child_data', words('mi (?:hijo|hija) (?:de |tiene |que tiene )?' + MINOR_AGE + ' años|menor de (?:edad|13|14|16)|consentimiento (?:de los padres|parental)')),
  topic('child_data', 1, words('mi (?:hijo|hija|niño|niña|hijos)')),

  topic('other', 2, words('regístrese|inscríbase|seminario web|webinar|ofrecemos|le interesa(?:ría)? (?:una|un) (?:demo|llamada|reunión)|nuestra plataforma|(?:agendar|reservar) una demo|prueba gratuita|nuestra (?:plataforma|solución) (?:ayuda|automatiza)|verifique su cuenta|su cuenta (?:será|ha sido) (?:suspendida|bloqueada)')),
  topic('other', 1, words('(?:cambiar|cancelar) (?:mi |la )?cita|factura|reembolso|contraseña')),
];
