import { ask, chase, newDetail, stem, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

const MIEI = '(?:i miei|il mio|la mia|della mia|delle mie|degli miei|i suoi|il suo|la sua|suoi|tutti i(?: miei)?|tutte le(?: mie)?|miei|mio|mia|dei miei|del mio|ogni|qualsiasi|qualunque)';
const REQUEST_IT = '(?:chiedo|richiedo|domando|esercito|esercitare|richiesta di|vi chiedo|vi prego)';
const DATI = '(?:dati|dato|informazioni|informazione|account|profilo|cartella|fascicolo|documentazione|referti|esami)';

/** Italian: GDPR/Codice privacy wording (accesso, cancellazione, rettifica, opposizione). */
export const IT_RULES: Rule[] = [
  // Bare nouns name the topic; a first-person request in front, or "my data", makes it a request.
  // A formal petition: "SOLICITA:" / "Chiedo pertanto:" and the requests listed under it ("a) la rettifica …; b) la cancellazione …").
  // Telemarketing: "non voglio più essere chiamato".
  ask('opt_out', words('non (?:voglio|desidero) più (?:essere )?(?:chiamat[oa]|ricevere (?:chiamate|telefonate))|smettete(?:la)? di chiamarmi|non chiamatemi più|(?:togliete|cancellate|rimuovete) il mio numero dalla (?:vostra )?lista')),
  // Leave to delete, with nothing after it ("Podem excluir, por favor.", round 99): a request.
  // Leave to delete whatever is lost: "se sì pazienza, cancellate lo stesso" (round 101).
  ask('deletion', words('(?:cancellate|cancella|cancelli|eliminate|elimina|elimini)(?:lo|la|li|le)?(?: pure| tutto)? (?:lo stesso|comunque|ugualmente|in ogni caso)(?![^.!\\n]{0,40}\\?)')),
  ask('deletion', words('potete (?:cancellar|eliminar)(?:e|lo|la|li|le)(?: pure)?(?:,? (?:grazie|per favore))?(?=\\s*(?:[.!,;\\n]|$))')),
  ask('deletion', words('(?:chiedo|richiedo|chiede|richiede)(?: pertanto| quindi| dunque| altresì)?\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:cancellazione)')),
  ask('correction', words('(?:chiedo|richiedo|chiede|richiede)(?: pertanto| quindi| dunque| altresì)?\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:rettifica)')),
  ask('opt_out', words('(?:chiedo|richiedo|chiede|richiede)(?: pertanto| quindi| dunque| altresì)?\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:opposizione|limitazione)')),
  ask('disclosure', words('(?:chiedo|richiedo|chiede|richiede)(?: pertanto| quindi| dunque| altresì)?\\s*:(?:\\d{1,2}\\.|[^.?!]){0,160}?(?:accesso|copia)')),
  // Where the data came from (GDPR art. 15, par. 1, lett. g): "da dove avete preso il mio numero", "chi vi ha dato i miei dati".
  // Not "non so chi vi ha dato il mio numero": a rhetorical question asks nothing.
  ask('disclosure', words("(?<!(?:non so|non capisco|non ho idea di) )da (?:dove|chi) (?:avete|abbiate|hanno|abbiano) (?:preso|ottenuto|avuto|trovato|recuperato|ricevuto) (?:il mio|la mia|i miei|le mie)|(?<!(?:non so|non capisco|non ho idea di) )chi vi ha (?:dato|passato|fornito|comunicato|ceduto|venduto) (?:il mio|la mia|i miei|le mie)")),
  topic('deletion', 2, stem("diritto all'oblio|diritto alla cancellazione|cancellazione (?:immediata )?(?:di |dei |del )?(?:tutti )?(?:i )?dati")),
  ask('deletion', words('(?:procedete|proceda|procedi|andate avanti|potete procedere) (?:pure |quindi |tranquillamente )?con (?:la|l\') ?(?:cancellazione|eliminazione)')),
  ask('deletion', stem("cancellazione (?:immediata )?(?:di |dei |del |della )?(?:tutti )?(?:i )?(?:miei|mio|mia)")),
  ask('deletion', words(`${REQUEST_IT}[^.?!\\n]{0,50}?(?:cancellazione|oblio)|richiesta (?:di )?cancellazione`)),
  ask('deletion', words("(?:chiudere|chiudete|disattivare e cancellare|cancellare|cancellate|eliminare|eliminate) (?:anche )?(?:il mio |il |la mia |l'|quell'|quello |questo |quel )(?:account|profilo|abbonamento)")),
  ask('deletion', words('cancellarli|eliminarli|cancellarle|eliminarle|cancellatel[oaie]|eliminatel[oaie]')),
  // "Voglio che li CANCELLIATE", "chiedo che cancelliate i miei dati": the wish in the subjunctive.
  ask('deletion', words(`(?:voglio|vorrei|chiedo|desidero|pretendo|esigo) che (?:li |le |lo |la |l['’]|mi |ci )?(?:cancelliate|eliminiate|rimuoviate|distruggiate)`)),
  // "Cancellate pure quello vecchio, con tutti i dati dentro": the thing to delete named before, the data after.
  ask('deletion', words("(?:cancellate|eliminate|rimuovete|cancellatel[oaie]|eliminatel[oaie])(?: pure| anche| quindi| allora)?(?: [\\p{L}'’]+){0,3},? (?:con|e) tutti i (?:miei |relativi |suoi )?dati")),
  ask('deletion', words('(?:cancellate|cancellare|cancellaste|eliminate|eliminare|eliminaste|rimuovete|rimuovere) tutto(?: quello| ciò)?')),
  ask('deletion', words(`(?:cancellate|cancellare|cancellaste|eliminate|eliminare|eliminaste|rimuovete|rimuovere|rimuoveste) (?:immediatamente )?(?:tutti )?${MIEI} (?:[\\p{L}-]+ ){0,3}?${DATI}`)),

  ask('disclosure', stem("(?:richiedo|chiedo|richiesta di|diritto di) accesso|accesso ai (?:miei )?dati|accedere ai (?:miei )?dati")),
  ask('disclosure', words('richiesta (?:di )?(?:copia|accesso)|(?:avere|chiedere|richiedere|ricevere|ottenere) (?:una )?copia')),
  ask('disclosure', words(`copia (?:di |dei )?${MIEI} (?:[\\p{L}-]+ ){0,3}?${DATI}`)),
  ask('disclosure', words('(?:avete|conservate|possedete) (?:ancora )?(?:dei |i )?(?:dati|informazioni) (?:miei|su di me|che mi riguardano)|(?:visionare|consultare|vedere|accedere a(?:lla)?) (?:la mia )?cartella clinica')),
  ask('disclosure', words('sapere se (?:conservate|avete|trattate|possedete) (?:ancora )?(?:i )?(?:miei )?(?:dati|informazioni)|con chi (?:li |le )?(?:avete|hanno|abbiamo) (?:condivis[oi]|cedut[oi]|comunicat[oi])')),
  ask('deletion', words('(?:che )?(?:vengano|siano|venga|sia|fossero|fosse) (?:definitivamente )?(?:cancellat[ioae]|eliminat[ioae]|rimoss[ioae])')),
  ask('deletion', words("(?:cancellate|eliminate|rimuovete|togliete) (?:[\\p{L}@.'’-]+ ){0,4}?(?:dal|dai|dalla|dalle) (?:vostro |vostra |vostri |vostre )?(?:database|banca dati|banche dati|sistema|sistemi|archivi|archivio|registri)(?! (?:di |del |della )?(?:marketing|newsletter|pubblicità))")),
  ask('disclosure', words('(?:mandate|inviate|mandatemi|inviatemi|fornitemi|datemi|mandarmi|inviarmi|fornirmi)(?: per favore)? (?:una copia (?:di|dei) )?(?:l[\'’]insieme dei |la totalità dei |tutti )?(?:i )?(?:miei )?(?:dati|informazioni)')),
  ask('disclosure', words('(?:che|quali) (?:dati|informazioni) (?:personali )?(?:avete|possedete|conservate|trattate|sapete)|cosa sapete (?:di|su di) me')),
  ask('disclosure', words('quali (?:dati|informazioni) (?:personali )?(?:avete|possedete|conservate|trattate)')),
  topic('disclosure', 2, stem('portabilit[àa]')),

  topic('correction', 2, stem('rettifica')),
  topic('correction', 1, words("(?:l['’]indirizzo|il (?:mio )?numero|il (?:mio )?nome|il (?:mio )?cognome|la (?:mia )?data di nascita|la (?:mia )?e-?mail) (?:corrett[oa]|giust[oa]|nuov[oa]|esatt[oa]|attuale) è|(?:il (?:mio )?|la (?:mia )?|l['’])(?:nuovo|nuova|corretto|corretta|giusto|giusta) (?:indirizzo|numero|nome|cognome|e-?mail) è")),
  ask('correction', words("(?<!(?:riuscit[oa] a|potuto|già|appena) )(?:(?:modificare|modificate|modificatemi|cambiare|cambiate|aggiornare|aggiornate) (?:il mio|la mia|i miei|le mie|l['’]|il|la) ?(?:indirizzo|numero|telefono|cellulare|nome|cognome|e-?mail|data di nascita|recapiti|dati anagrafici))(?! (?:di (?:mio|mia|suo|sua) (?:padre|madre|figli[oa]|marito|moglie|fratello|sorella)|del paziente))")),
  ask('correction', stem('correggere|correggete|rettificare|rettificate')),
  ask('correction', words(`${REQUEST_IT}[^.?!\\n]{0,50}?rettifica`)),
  newDetail(ask('correction', words('il mio nuovo (?:indirizzo|numero|cognome) è|ho cambiato (?:indirizzo|numero|cognome)'))),
  ask('correction', words('(?:il mio|la mia) (?:nome|cognome|indirizzo|data di nascita|numero di telefono|email) (?:è|e) (?:[\\p{L}-]+ ){0,2}?(?:sbagliat[oa]|errat[oa]|scritt[oa] male|non corrett[oa]|obsolet[oa])')),
  ask('correction', words("(?:il mio|la mia|i miei) (?:nome|cognome|indirizzo|data di nascita|numero|telefono|email)[^\\n]{0,300}?(?:(?:me )?(?:lo|la|li) (?:potete|potreste|possiate) (?:cambiare|correggere|modificare|aggiornare)|(?:cambiatel|correggetel|modificatel|aggiornatel)[oaie])")),
  // "Potete sostituirlo con questo?": the wrong detail named before, the right one given now.
  ask('correction', words('(?:cambiarlo|cambiarla|cambiatelo|cambiatela|sostituirlo|sostituirla|sostituitelo|sostituitela|aggiornarlo|aggiornarla|aggiornatelo|aggiornatela|modificarlo|modificarla|modificatelo|modificatela)(?: (?:pure|per favore|per cortesia))? (?:con|in) (?:questo|questa|quello nuovo|quella nuova|il nuovo|la nuova|il mio nuovo|la mia nuova)(?: (?:qui|indirizzo|numero|e-?mail|recapito))?(?=\\s*(?:[.,;:!?()<\\n]|$))')),
  topic('correction', 1, words('dati (?:inesatti|errati|sbagliati|incompleti)')),

  // Bloccato finché la rettifica non è verificata (GDPR art. 18, par. 1, lett. a).
  // "smettete di venderli e condividerli con i vostri partner": a sale or sharing stopped (CCPA 1798.120, GDPR Art. 21).
  ask('opt_out', words('(?:smettete|smettere|smettiate|smetta|smettiamo|smetti) (?:soltanto |solo |subito )?di (?:vender|condivider|ceder)\\p{L}*')),
  // "Voglio solo che smettiate di profilarmi", "basta profilazione": an objection to profiling (GDPR Art. 21(2)).
  ask('opt_out', words("(?:smettete|smettere|smettiate|smetta|smetti) (?:soltanto |solo |subito )?di (?:profilar\\p{L}*|tracciar\\p{L}*|analizzare le mie abitudini)|non (?:voglio|desidero) (?:più )?essere (?:profilat[oa]|tracciat[oa])|(?:niente|nessuna|basta con la|basta) profilazione")),
  ask('opt_out', words('(?:finché|fino a quando|nel frattempo|in attesa (?:della|che))[^.!?\\n]{0,80}?(?:non (?:[\\p{L}\'-]+ ){0,3}?(?:condivid|invia|invie|mand|usa|use|utilizz|trasmett|comunic)\\p{L}*|bloccate|bloccatelo|bloccateli|bloccarlo|bloccarli|sospendete|limitate)')),
  ask('opt_out', words('non (?:desidero|voglio|vorrei) (?:più )?ricevere|non ricevere più|(?:revocare|revoco|ritiro|ritirare) (?:il (?:mio )?)?consenso (?:[\\p{L}\'-]+ ){0,6}?(?:marketing|pubblicità|newsletter|comunicazioni commerciali|promozionali)')),
  // "Basta telefonate per le offerte": enough of the calls, the mail, the offers.
  ask('opt_out', words("basta (?:con )?(?:le |i |gli |queste |questi )?(?:telefonate|chiamate|e-?mail|mail|sms|messaggi|newsletter|pubblicità|offerte|promozioni|volantini)")),
  // Out of a programme the sender joined: a study, a panel, a list.
  ask('opt_out', words("(?:toglietemi|toglimi|togliermi|escludetemi|escludermi|rimuovetemi|rimuovermi|cancellatemi|cancellarmi) (?:da|dal|dallo|dalla|dai|dagli|dalle|dall['’])(?: |(?<=['’]))(?:[\\p{L}'’-]+ ){0,3}?(?:studio|studi|ricerca|programma|sperimentazione|panel|sondaggi|sondaggio|lista|liste|newsletter|progetto|registro)")),
  // Off the list by name: "togliete la mia mail dalla newsletter", "rimuovete il mio numero dalle promozioni".
  ask('opt_out', words("(?:togliete|toglietemi|togliere|rimuovete|rimuovere|cancellate|cancellare|eliminate) (?:la mia (?:e-?mail|mail)|il mio (?:indirizzo|numero)(?: di telefono)?|me|mi) (?:[\\p{L}'’-]+ ){0,3}?(?:dalla|dalle|dai|dagli|da|dal) (?:[\\p{L}'’-]+ ){0,2}?(?:newsletter|mailing ?list|lista|liste|comunicazioni|promozioni|sms|messaggi promozionali)")),
  // Consent taken back (GDPR Art. 7(3)) stops the processing it allowed, whatever it was for (a study, photos, analytics):
  // the sender's own first-person withdrawal, never a notice's "può revocare il consenso".
  ask('opt_out', words("(?:revoco|ritiro) (?:(?:formalmente|espressamente|anche|inoltre|altresì|pertanto|quindi|con la presente|definitivamente|da subito|sin da ora|fin da ora) ){0,3}(?:il |il mio |ogni |qualsiasi )?consenso|(?:voglio|vorrei|desidero|intendo|chiedo di) (?:(?:anche|inoltre|altresì|pertanto|quindi) ){0,2}(?:revocare|ritirare) (?:il |il mio |ogni )?consenso|revoca del (?:mio )?consenso")),
  ask('opt_out', words('(?:toglietemi|rimuovetemi|cancellatemi|togliermi|rimuovermi|cancellarmi) (?:dalla|dalle|dai|dal|da) (?:vostra |vostre |vostri |vostro )?(?:mailing list|lista|liste|newsletter|comunicazioni|elenco)')),
  ask('opt_out', words('non voglio che (?:i )?miei (?:dati|informazioni) (?:vengano|siano) (?:usati|utilizzati|condivisi|venduti)')),
  // "Non scrivetemi più", and asked with "vi prego di": "di non scrivermi più".
  ask('opt_out', words('non (?:chiamatemi|mandatemi|scrivetemi|contattatemi|inviatemi) più|di non (?:chiamarmi|mandarmi|scrivermi|contattarmi|inviarmi|telefonarmi|disturbarmi)(?: (?:mai )?più)')),
  ask('opt_out', words('basta (?:con le |con la |con i )?(?:email|e-mail|mail|messaggi|sms|pubblicità|newsletter|chiamate)')),
  ask('opt_out', words('smettete(?:la)? di (?:inviarmi|mandarmi|contattarmi|chiamarmi|scrivermi)')),
  ask('opt_out', words('smettete di (?:inviarmi|mandarmi|contattarmi|chiamarmi)')),
  ask('opt_out', words('(?:smettete|smettere|smettetela) di (?:usare|utilizzare|vendere|condividere|trattare)|non (?:usate|utilizzate|vendete|condividete) più')),
  ask('opt_out', stem('diritto di opposizione|mi oppongo|opposizione al trattamento|disiscri|cancellarmi dalla|non (?:voglio )?più ricevere')),
  // "Desidero oppormi all'invio di comunicazioni promozionali", and the team's own offer read back in a yes ("se desidera opporsi alle chiamate commerciali" / "SI").
  ask('opt_out', words("(?:desidero|desidera|voglio|vuole|intendo|intende|vorrei|vorrebbe) (?:oppormi|opporsi) (?:a(?:ll['’]|l|lla|lle|gli|i) ?)(?:invio|trattamento|uso|utilizzo|chiamate|telefonate|comunicazioni|marketing|pubblicità|profilazione|newsletter)")),
  topic('opt_out', 1, stem('marketing diretto|comunicazioni commerciali|profilazione')),

  chase('complaint', words('(?:voglio|vorrei|desidero) (?:presentare un |fare un |sporgere )?(?:reclamo|lamentarmi|denuncia)')),
  topic('complaint', 1, words('violazione (?:grave )?della (?:privacy|riservatezza)')),
  topic('complaint', 1, words('senza (?:il )?(?:mio )?(?:consenso|permesso|autorizzazione)')),
  ask('complaint', words("visibil[ei] (?:ad|a|per) altri|(?:ha guardato|ha consultato|ha visto|ha aperto) la mia (?:cartella|scheda|pratica) senza (?:motivo|permesso|autorizzazione)")),
  ask('complaint', words("violazione (?:grave )?della mia (?:privacy|riservatezza)|(?:inviato|mandato|spedito|consegnato)[^.?!\\n]{0,60}? (?:a un altro paziente|a un'altra persona|alla persona sbagliata|al mio datore di lavoro)")),
  chase('complaint', stem('(?:presentare|presento|presentato|proporre|propongo|proposto|inoltrato|fare) (?:un )?reclamo')),
  // "Mi arrivano gli SMS degli appuntamenti di un'altra persona": someone else's appointments reach the writer.
  ask('complaint', words("(?:ricevo|sto ricevendo|continuo a ricevere|mi arrivano|mi sono arrivat[ie])[^.?!\\n]{0,80}? (?:di|a nome di|per|destinat[ie] a) (?:un'altra persona|un altro paziente|un'altra paziente|uno sconosciuto|una sconosciuta)")),
  ask('complaint', stem('violazione dei (?:miei )?dati')),
  chase('complaint', words('(?:vi )?(?:scrivo|riscrivo) (?:di nuovo|nuovamente|per la seconda volta)|(?:secondo|terzo|ultimo) sollecito|termine [^.?!\\n]{0,60}?(?:scaduto|superato|trascorso)')),
  chase('complaint', stem('non ho (?:ancora )?avuto (?:nessuna |alcuna )?risposta|nessuna risposta|non ho (?:ancora )?ricevuto (?:nessuna |alcuna )?risposta|ammonizione|diffid[ae](?![a-zà-ú])')),
  // "Mi sembra sproporzionato": a demand the person objects to.
  chase('complaint', words('(?:è|mi sembra|trovo|lo trovo|la trovo|risulta) (?:\\p{L}+ ){0,2}?(?:del tutto |totalmente |chiaramente )?(?:sproporzionat[oa]|eccessiv[oa])')),
  // A complaint to the supervisory authority made now (GDPR Art. 77); a threat of one is masked (masks.ts).
  ask('complaint', words("(?:ho (?:presentato|fatto|inoltrato|sporto|depositato|inviato)|abbiamo presentato|presento|ho appena (?:presentato|fatto|inoltrato)) (?:(?:oggi|ieri|già|formalmente|stamattina) )*(?:un |una |il mio |la mia )?(?:reclamo|segnalazione|esposto|denuncia) (?:[\\p{L}'’-]+ ){0,4}?(?:al|presso il|presso l['’]|all['’]|all[’']Autorità|a) ?(?:Garante|autorità (?:di controllo|garante))")),
  topic('complaint', 1, stem('reclamo')),
  topic('complaint', 1, stem('sollecito')),

  ask('child_data', words('(?:mio figlio|mia figlia|il mio bambino|la mia bambina)(?: [\\p{L}]+)?,? (?:di|ha|che ha) ' + MINOR_AGE + ' anni')),
  topic('child_data', 1, words('(?:sono )?(?:la )?(?:mamma|madre|il papà|il padre|il genitore|la tutrice|il tutore) di')),
  topic('child_data', 1, words('(?:uno dei |una delle )?(?:miei|mie) (?:alunni|alunne|studenti)|(?:un|una|il mio|la mia) (?:alunno|alunna)|scuola (?:elementare|primaria|media)')),
  ask('child_data', words('(?:mio figlio|mia figlia) (?:di|ha) ' + MINOR_AGE + ' anni')),
  topic('child_data', 1, words('mio figlio|mia figlia|i miei figli|ha ' + MINOR_AGE + ' anni')),
  ask('child_data', words('minorenne|minore di (?:14|16) anni|consenso dei genitori')),

  topic('other', 2, words('iscriviti|webinar|offriamo|vi interessa|la nostra piattaforma|breve (?:chiamata|call)|prova gratuita|prenota una demo|la nostra piattaforma (?:aiuta|automatizza)|verifica il tuo account')),
  topic('other', 1, words('appuntamento|fattura|rimborso')),
];
