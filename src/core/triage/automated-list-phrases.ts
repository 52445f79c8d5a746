import { APOS } from './automated-absence-phrases.js';
import { words } from './rule.js';

/**
 * A mailing list's confirmation that an address left it, in the second person a list writes in:
 * "You've been unsubscribed", "Sie wurden erfolgreich abgemeldet", "Has sido dado de baja", "Vous
 * avez bien été désinscrit", "Sei stato disiscritto", "Você foi descadastrado", "Je bent
 * uitgeschreven". A person writes "I unsubscribed" or "I was unsubscribed but", never "you have
 * been" about themselves; answering the list would mail a machine (RFC 3834 section 2).
 */
export const UNSUBSCRIBED = words(
  [
    `you(?:${APOS}ve| have)? (?:now )?(?:been |now been )?(?:successfully )?unsubscribed|you${APOS}?re (?:now )?unsubscribed|you are (?:now )?unsubscribed|(?:your|the) (?:e-?mail )?address (?:\\S+@\\S+ )?(?:has|was) (?:been )?(?:successfully )?(?:unsubscribed|removed from)|(?:we${APOS}ve|we have) (?:successfully )?removed (?:you|your (?:e-?mail )?address) from|your (?:unsubscribe|opt-?out) (?:request )?(?:has been|was|is) (?:processed|confirmed|complete|successful)|unsubscribe (?:confirmed|successful|confirmation)`,
    `(?:Sie|du) (?:wurden|wurdest|sind|bist) (?:nun |jetzt )?(?:erfolgreich )?(?:vom Newsletter |von (?:der|allen) [\\p{L}-]+ )?abgemeldet|(?:Ihre|deine) Abmeldung (?:war erfolgreich|ist bestätigt|wurde (?:bestätigt|durchgeführt|verarbeitet))|Abmeldung (?:bestätigt|erfolgreich)|(?:Ihre|deine) E-Mail-Adresse wurde (?:erfolgreich )?(?:aus|von) [\\p{L} -]{0,30}?(?:entfernt|ausgetragen)`,
    `(?:has sido|ha sido|se ha) (?:dad[oa] de baja|eliminad[oa] de|borrad[oa] de)|(?:tu|su) (?:solicitud de )?baja (?:se ha (?:procesado|completado|confirmado)|ha sido (?:procesada|confirmada|completada)|está confirmada)|baja (?:confirmada|realizada|completada)|(?:tu|su) (?:dirección|correo|email) (?:\\S+@\\S+ )?(?:ha sido|fue) (?:eliminad[oa]|dad[oa] de baja|retirad[oa])`,
    `(?:vous|tu) (?:avez|as) (?:bien )?été (?:correctement )?désinscrit\\p{L}*|(?:vous êtes|tu es) (?:bien )?désinscrit\\p{L}*|(?:votre|ta) désinscription (?:a (?:bien )?été|est) (?:prise en compte|confirmée|effectuée|enregistrée)|désinscription (?:confirmée|effectuée|réussie)|(?:votre|ton) adresse (?:\\S+@\\S+ )?a (?:bien )?été (?:retirée|supprimée) de`,
    `(?:sei|è) stat[oa] (?:correttamente )?(?:disiscritt[oa]|rimoss[oa] da|cancellat[oa] da(?:lla|lle|i)?)|(?:la tua|la sua) (?:disiscrizione|cancellazione dalla (?:newsletter|lista|mailing list)) (?:è stata|è) (?:confermata|completata|registrata|effettuata)|disiscrizione (?:confermata|completata|avvenuta)|(?:il tuo|il suo) indirizzo (?:\\S+@\\S+ )?è stato (?:rimosso|cancellato) da`,
    `(?:você|voce|foi|foste) (?:foi |está )?(?:descadastrad[oa]|removid[oa] d[aeo]s?)|(?:o seu|seu|o teu) (?:pedido de )?(?:cancelamento|descadastro) (?:d[ae] (?:subscrição|inscrição|newsletter|lista) )?(?:foi|está) (?:confirmado|concluído|processado)|(?:subscrição|inscrição) cancelada com sucesso|descadastro (?:confirmado|realizado|concluído)|o (?:seu |teu )?endereço (?:\\S+@\\S+ )?foi removido d`,
    `(?:je|u) (?:bent|is|werd|werdt) (?:nu |succesvol |met succes )*(?:uitgeschreven|afgemeld)|(?:je|uw) (?:uitschrijving|afmelding) is (?:bevestigd|verwerkt|gelukt|voltooid)|(?:uitschrijving|afmelding) (?:bevestigd|gelukt|voltooid)|(?:je|uw) (?:e-?mail)?adres (?:\\S+@\\S+ )?is (?:verwijderd|uitgeschreven) (?:uit|van)`,
    // The list speaking of itself: "we have removed the address x@y from", "Hemos dado de baja la dirección".
    `(?:we(?:${APOS}ve| have) )?(?:unsubscribed|removed) (?:the|your) (?:e-?mail )?address|wir haben (?:Ihre|deine|die) (?:E-Mail-)?Adresse (?:\\S+@\\S+ )?(?:aus|von) [\\p{L} -]{0,30}?(?:entfernt|ausgetragen|abgemeldet)|hemos dado de baja (?:la|tu|su) (?:dirección|correo|e-?mail)|nous avons (?:bien )?(?:désinscrit|retiré) (?:l${APOS}adresse|votre adresse|ton adresse)|abbiamo (?:rimosso|disiscritto) (?:l${APOS}indirizzo|il tuo indirizzo|il suo indirizzo)|(?:removemos|descadastramos) (?:o (?:seu |teu )?endereço|seu endereço)|(?:we|wij) hebben (?:het|uw|je) (?:e-?mail)?adres (?:\\S+@\\S+ )?(?:uitgeschreven|verwijderd|afgemeld)`,
    // The address in the third person: "the address x@y will no longer receive the newsletter".
    `(?:the|this) (?:e-?mail )?address \\S+@\\S+ will no longer receive|(?:die|Ihre) (?:E-Mail-)?Adresse \\S+@\\S+ (?:erhält|bekommt) (?:ab sofort |ab jetzt |nun )?keine|la dirección \\S+@\\S+ ya no recibirá|l${APOS}adresse \\S+@\\S+ ne recevra plus|l${APOS}indirizzo \\S+@\\S+ non riceverà più|o endereço \\S+@\\S+ (?:não receberá mais|deixará de receber)|het (?:e-?mail)?adres \\S+@\\S+ ontvangt (?:vanaf nu |voortaan |nu )?geen`,
  ].join('|'),
);

/**
 * What such a confirmation goes on to say: join again if it was a mistake, mail about the account
 * itself still comes, the change takes a day or two.
 */
export const UNSUBSCRIBED_DETAIL = words(
  [
    `re-?subscribe|subscribe again|sign up again|changed your mind|by mistake|in error|(?:you${APOS}ll|you will) (?:still|continue to) (?:receive|get)|(?:up to|within) \\d+ (?:hours|days)|sorry to see you go|jammer dat (?:je|u) (?:gaat|vertrekt)|schade, dass (?:Sie|du) (?:gehen|gehst)|(?:lamentamos|sentimos) (?:que te vayas|verte (?:partir|marchar))|dommage de vous voir partir|nous sommes désolés de vous voir partir|ci dispiace (?:vederti|vederla) (?:andare|partire)|(?:que pena|lamentamos) (?:ver-te|vê-lo|vê-la) (?:partir|ir)|no longer receive`,
    `erneut (?:an)?melden|wieder (?:an)?melden|versehentlich|aus Versehen|(?:weiterhin|trotzdem) (?:\\p{L}+ ){0,4}?erhalten|bis zu \\d+ (?:Stunden|Tage)|keine (?:weiteren )?(?:Newsletter|E-Mails|Nachrichten) mehr`,
    `volver a suscribirte|suscribirte de nuevo|suscribirse de nuevo|por error|(?:seguirás|seguirá|continuarás|continuará) recibiendo|hasta \\d+ (?:horas|días)|ya no (?:recibirás|recibirá)`,
    `réabonne\\p{L}*|vous réabonner|vous réinscrire|te réinscrire|par erreur|(?:vous continuerez|tu continueras) (?:à|de) recevoir|jusqu${APOS}à \\d+ (?:heures|jours)|ne (?:recevrez|recevras) plus`,
    `iscriverti di nuovo|iscriverti nuovamente|reiscriverti|per errore|(?:continuerai|continuerà) a ricevere|fino a \\d+ (?:ore|giorni)|non riceverai più|non riceverà più`,
    `voltar a (?:subscrever|inscrever|assinar)|subscrever novamente|inscrever novamente|por engano|(?:continuará|continuarás) a receber|(?:continuará|vai continuar) recebendo|até \\d+ (?:horas|dias)|deixará de receber|não receberá mais|já não receberá`,
    `opnieuw (?:aanmelden|inschrijven|abonneren|aan te melden|in te schrijven)|per ongeluk|per vergissing|(?:je blijft|u blijft|blijf je|blijft u) (?:\\p{L}+ ){0,4}?ontvangen|tot \\d+ (?:uur|dagen)|(?:ontvang je|ontvangt u) geen`,
  ].join('|'),
);

/** "This message is sent to all RicettaWeb account administrators": a mailing says whom it went to. */
export const SENT_TO_ALL = new RegExp(
  `(?<!\\p{L})(?:(?:this|the) (?:e-?mail|message|notice|newsletter) (?:is|was|has been) (?:being )?(?:automatically )?sent to all|(?:diese|die) (?:E-Mail|Nachricht|Mitteilung|Information) (?:wird|wurde|geht) an alle|(?:ce|cet|le) (?:message|e-?mail|courriel) (?:est|a été) (?:envoyé|adressé) à (?:tous|toutes)|(?:este|el) (?:mensaje|correo|e-?mail|aviso) (?:se )?(?:ha )?(?:envía|enviado|enviamos) a (?:todos|todas)|(?:questo|questa|il|la presente|il presente) ?(?:messaggio|e-?mail|comunicazione|avviso)? (?:è|viene|è stat[oa]) (?:inviat[oa]|invia) (?:automaticamente )?a (?:tutti|tutte)|(?:esta|este|a|o) (?:mensagem|e-?mail|comunicação|aviso) (?:é|foi) enviad[oa] (?:a|para) (?:todos|todas)|(?:dit|deze|het) (?:bericht|e-?mail|mail) (?:is|wordt|werd) (?:verstuurd|verzonden|gestuurd) (?:aan|naar) alle)(?!\\p{L})`,
  'iu',
);
