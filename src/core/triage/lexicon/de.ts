import { ask, chase, newDetail, stem, tail, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

const MEINE = '(?:meine[nmrs]?|mein|ihr(?:e[nmrs]?)?|sein(?:e[nmrs]?)?|sämtliche[nr]?|alle[nr]?|die|der|mich betreffende[nr]?|über mich gespeicherte[nr]?)';
/** "ich bitte um", "ich stelle Antrag auf", "ich beantrage", "Anfrage nach": the writer asks. */
const REQUEST_DE = '(?:bitte|bitten|ersuche|ersuchen|beantrage|beantragen|fordere|fordern|verlange|verlangen|stelle|möchte|wünsche|Antrag|Anfrage|Ersuchen|erteilen Sie)';
const DATEN = '(?:personenbezogenen |persönlichen |gespeicherten )?(?:Daten|Informationen|Angaben|Konto|Kontos|Kundenkonto|Benutzerkonto|Account|Profil|Patientenakte|Akte|Unterlagen|E-Mail-Adresse)';

/** German: DSGVO/BDSG wording (Auskunft, Löschung, Berichtigung, Widerspruch) and everyday phrasing. */
export const DE_RULES: Rule[] = [
  // deletion
  // Bare nouns name the topic (a software pitch uses them too); a request verb in front makes it a request.
  topic('deletion', 2, stem('(?:Recht auf )?(?:unverzügliche |sofortige |vollständige )?L(?:ö|oe)schung')),
  // Telemarketing: "ich will nicht mehr angerufen werden".
  ask('opt_out', words('nicht mehr angerufen (?:zu )?werden|rufen Sie mich (?:bitte )?nicht mehr an|hören Sie (?:bitte )?auf,? mich anzurufen|(?:streichen|löschen|nehmen) Sie meine (?:Telefon|Handy)?nummer (?:aus|von) (?:Ihrer|der) (?:Anruf)?liste')),
  // Leave to delete, with nothing after it ("Podem excluir, por favor.", round 99): a request.
  // Leave to delete whatever is lost: "dann trotzdem löschen", "löschen Sie es trotzdem".
  ask('deletion', words('(?:(?:trotzdem|dennoch) (?:bitte )?(?:alles )?l(?:ö|oe)schen|l(?:ö|oe)schen Sie (?:es |sie |alles |das )?(?:bitte )?(?:trotzdem|dennoch))(?![^.!\\n]{0,40}\\?)')),
  ask('deletion', words('Sie (?:können|dürfen) (?:es |sie |alles |das )?(?:gerne |ruhig )?löschen(?=\\s*(?:[.!,;\\n]|$))')),
  ask('deletion', words('(?:führen|fuehren) Sie (?:die|meine) (?:[\\p{L}-]+ )?L(?:ö|oe)schung (?:[\\p{L}-]+ ){0,2}?durch|(?:fahren Sie|machen Sie) (?:bitte |ruhig |gerne )?mit der L(?:ö|oe)schung (?:fort|weiter)')),
  ask('deletion', words(`${REQUEST_DE}[^.?!\\n]{0,50}?(?:L(?:ö|oe)schung|L(?:ö|oe)sch\\p{L}*antrag)`)),
  ask('deletion', stem(`(?:l(?:ö|oe)schen|entfernen|vernichten) Sie (?:[\\p{L}-]+ ){0,2}?${MEINE}`)),
  // Compounds too: "Behandlungsunterlagen", "Kundenkonto", "Gesundheitsdaten".
  ask('deletion', tail('(?:daten|unterlagen|informationen|angaben|konto|akte|akten)[^.?!\\n]{0,50}? (?:gel(?:ö|oe)scht|vernichtet|entfernt) (?:werden|wird)')),
  ask('deletion', words('bitte (?:alles |alle )?(?:l(?:ö|oe)schen|entfernen)|(?:l(?:ö|oe)schen|entfernen) Sie (?:bitte )?(?:es|das|dies|diese|dieses|alles)|(?:bitte )?alles (?:von mir |über mich )?(?:l(?:ö|oe)schen|entfernen)')),
  ask('deletion', words('(?:diese|sie|die Daten) (?:[\\p{L}-]+ ){0,2}?(?:zu )?l(?:ö|oe)schen')),
  ask('deletion', words(`${MEINE} (?:[\\p{L}-]+ ){0,3}?${DATEN} (?:bitte )?(?:umgehend |unverzüglich |vollständig |endgültig )?(?:zu )?(?:l(?:ö|oe)schen|entfernen|vernichten)`)),
  topic('deletion', 2, stem('L(?:ö|oe)sch(?:antrag|anfrage|ersuchen|ungsantrag|begehren)|Recht auf Vergessen')),
  ask('deletion', words('Konto (?:bitte )?(?:l(?:ö|oe)schen|schließen|kündigen)')),

  // disclosure
  topic('disclosure', 2, stem('Auskunft|Selbstauskunft|Datenauskunft')),
  ask('disclosure', words(`${REQUEST_DE}[^.?!\\n]{0,50}?(?:Auskunft|Selbstauskunft|Datenauskunft|Auskunftsersuchen)`)),
  ask('disclosure', words(`(?:eine )?Kopie ${MEINE} (?:[\\p{L}-]+ ){0,3}?${DATEN}`)),
  ask('disclosure', words('welche (?:personenbezogenen |persönlichen )?(?:Daten|Informationen) [^.?!\\n]{0,40}?(?:über mich|von mir|zu meiner Person)')),
  ask('disclosure', words('(?:schicken|senden|übermitteln|geben|stellen) Sie mir (?:bitte )?(?:eine )?(?:vollständige )?(?:Kopie|Übersicht|Auflistung)')),
  ask('disclosure', words('woher (?:haben Sie|stammen|Sie) (?:meine|die) (?:[\\p{L}-]+ ){0,2}?(?:Daten|Adresse|E-Mail-Adresse|Nummer|Telefonnummer)(?: (?:haben|bekommen|erhalten))?')),
  // "von wem haben Sie meine Adresse", "erklären Sie mir, welche Daten von ihm Sie noch haben" (Art. 15 DSGVO).
  ask('disclosure', words("von wem (?:haben|hat|bekamen|bekommen|erhielten) (?:Sie|ihr|Ihr Unternehmen) (?:meine|die|seine|ihre) (?:[\\p{L}-]+ ){0,2}?(?:Daten|Adresse|E-Mail-Adresse|Nummer|Telefonnummer|Kontaktdaten)|(?:erklären|sagen|teilen|nennen) Sie mir,? (?:(?:bitte|doch|endlich|auch|außerdem),? )?(?:mit,? )?welche (?:Daten|Informationen|Angaben) (?:[\\p{L}-]+ ){0,3}?Sie (?:noch |überhaupt |alles )?(?:haben|speichern|gespeichert haben|besitzen|verarbeiten)")),
  ask('disclosure', words(`Zugang zu ${MEINE} (?:[\\p{L}-]+ ){0,2}?${DATEN}`)),
  ask('disclosure', words('an wen (?:haben Sie |Sie |wir )?(?:meine )?(?:Daten|Informationen) (?:[\\p{L}-]+ )?(?:weitergegeben|verkauft|übermittelt)|mit wem (?:Sie|wir) (?:meine )?(?:Daten|Informationen) (?:[\\p{L}-]+ )?geteilt')),
  ask('disclosure', words('(?:speichern|haben|besitzen|verarbeiten) Sie (?:noch |überhaupt )?(?:[\\p{L}]+ ){0,2}?(?:Daten|Informationen) (?:von|über) (?:mir|mich)|Einsicht in (?:meine |die )?(?:Patientenakte|Akte|Unterlagen|Daten|Befunde|Krankenakte)|Akteneinsicht')),
  ask('disclosure', words('mir (?:bitte )?(?:alle |sämtliche )?(?:meine |die )?(?:Daten|Informationen) (?:[\\p{L}]+ ){0,2}?(?:schicken|senden|zusenden|übermitteln|geben|zukommen lassen)')),
  ask('disclosure', words('was (?:wissen|haben|speichern|sammeln) (?:Sie|ihr) (?:[\\p{L}]+ ){0,2}?(?:über mich|von mir)')),
  topic('disclosure', 2, stem('Datenübertragbarkeit|Datenkopie|maschinenlesbaren Format')),

  // correction
  topic('correction', 2, stem('Berichtigung|Richtigstellung')),
  // "Die richtige Adresse ist: …": the right detail given, as in English "the correct address is".
  topic('correction', 1, words('(?:die|der|das|meine|mein) (?:richtige|korrekte|neue|aktuelle|gültige)n? (?:Adresse|Anschrift|Nummer|Telefonnummer|Handynummer|E-Mail-Adresse|Schreibweise|Name|Nachname|Geburtsdatum|Bankverbindung|IBAN) (?:ist|lautet)')),
  // "bitte meine Adresse korrigieren", "Adresse ändern": the detail, then the verb at the end.
  ask('correction', words('(?<!(?:Ihre[nrs]?|deine[nrs]?|seine[nrs]?|ihre[nrs]?|Ihr|dein|sein) )(?:meine[nrs]? |die |den |das )?(?:neue[nrs]? |aktuelle[nrs]? )?(?:Adresse|Anschrift|Namen?|Nachnamen?|Telefonnummer|Handynummer|Mobilnummer|E-Mail-Adresse|Geburtsdatum|Kontaktdaten|Bankverbindung|IBAN|Schreibweise) (?:bitte |noch |auch )?(?:korrigieren|berichtigen|ändern|aktualisieren|anpassen|richtigstellen)')),
  ask('correction', stem('berichtigen')),
  ask('correction', words(`${REQUEST_DE}[^.?!\\n]{0,50}?(?:Berichtigung|Richtigstellung)`)),
  ask('correction', words(`(?:korrigieren|ändern|aktualisieren|berichtigen) Sie (?:(?:bitte|doch|wenigstens|zumindest|endlich|umgehend|sofort|noch|auch|nur|dann) ){0,3}${MEINE}`)),
  ask('correction', words('(?:ändern|aktualisieren|korrigieren|berichtigen) Sie (?:das|dies|es|ihn|sie|meinen Namen|meine Daten) (?:bitte )?(?:in Ihrem System|in Ihren Unterlagen|bei Ihnen|entsprechend)')),
  ask('correction', words('bitte (?:korrigieren|berichtigen|ändern|richtigstellen)')),
  topic('correction', 1, words('(?<!an (?:eine|die|den) )(?:falsche|fehlerhafte|unrichtige) (?:Diagnose|Eintragung|Schreibweise)')),
  newDetail(topic('correction', 1, words('seit meiner (?:Heirat|Hochzeit|Scheidung)|heiße ich (?:jetzt|nun)?|Namensänderung'))),
  ask('correction', words('(?:Namen|Nachnamen|Vornamen|Adresse|Anschrift|Geburtsdatum|Daten|E-Mail-Adresse) (?:[\\p{L}-]+ ){0,2}?falsch (?:geschrieben|gespeichert|eingetragen|hinterlegt|erfasst|angegeben)')),
  newDetail(ask('correction', words('(?:habe|hab) (?:jetzt )?(?:eine )?neue (?:Handynummer|Telefonnummer|Adresse|Anschrift|E-Mail-Adresse|Nummer)|mein(?:e)? (?:Name|Nachname|Adresse|Anschrift|Telefonnummer|E-Mail-Adresse) hat sich geändert|meine neue (?:Adresse|Anschrift|Telefonnummer|E-Mail-Adresse|Handynummer) (?:ist|lautet)|mein neuer (?:Name|Nachname) (?:ist|lautet)'))),
  ask('correction', words('mein(?:e|en)? (?:Name|Nachname|Vorname|Adresse|Anschrift|Geburtsdatum|Telefonnummer|E-Mail-Adresse|Daten) (?:ist|sind|wurde|wurden) (?:[\\p{L}-]+ ){0,3}?(?:falsch|fehlerhaft|veraltet|nicht korrekt|nicht richtig)')),
  // "Können Sie sie auf diese hier ändern?": the wrong detail named before, the right one given now.
  ask('correction', words('(?:auf|in|durch) (?:diese|diesen|dieses|die neue|den neuen|meine neue|meinen neuen)(?: (?:hier|Adresse|E-?Mail-Adresse|E-?Mail|Nummer|Telefonnummer|Handynummer|Anschrift))? (?:ändern|abändern|umändern|umstellen|aktualisieren|ersetzen|korrigieren|austauschen)')),
  newDetail(topic('correction', 1, words('meine alte (?:Adresse|Anschrift|Telefonnummer|Handynummer|E-Mail-Adresse)|mein alter (?:Name|Nachname)'))),
  newDetail(topic('correction', 1, words('ich wohne (?:jetzt|nun|inzwischen|mittlerweile)|(?:bin|sind) umgezogen'))),
  topic('correction', 1, stem('(?<!an (?:eine|die|den) )(?:unrichtig|falsch|fehlerhaft|veraltet)\\p{L}* (?:personenbezogene |gespeicherte )?(?:Daten|Angaben|Anschrift|Adresse|Namen|Geburtsdatum)|Vervollständigung')),

  // opt_out
  // Zurückgehalten, bis die Berichtigung geklärt ist (DSGVO Art. 18 Abs. 1 lit. a).
  ask('opt_out', words('(?:bis|solange|bis dahin|in der Zwischenzeit)[^.!?\\n]{0,60}?(?:geklärt|korrigiert|berichtigt|geprüft|richtiggestellt|geändert|überprüft|aufgeklärt)(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d)){0,100}?(?:nicht|keine|zurück(?:zu)?halten|sperren)|(?:zurück(?:zu)?halten|sperren|nicht (?:weiter(?:zu)?geben|(?:zu )?übermitteln|(?:zu )?verschicken|(?:zu )?teilen))[^.!?\\n]{0,60}?(?:bis|solange) (?:das|dies|es|der Fehler|die Angabe)[^.!?\\n]{0,30}?(?:geklärt|korrigiert|berichtigt|geprüft|richtiggestellt)')),
  // "Hören Sie auf, mich zu profilieren", "kein Profiling mehr": an objection to profiling (GDPR Art. 21(2)).
  // "Hören Sie bitte auf, aus meinen Käufen ein Profil zu basteln und mir darauf basierende Werbung zu schicken" (round 99).
  ask('opt_out', words('(?:hören Sie|hört|hör) (?:bitte |endlich )?(?:damit )?auf,? [^.!?\\n]{0,100}?(?:Werbung|Newsletter|Profil\\p{L}*|Werbe\\p{L}+|mir \\p{L}+ zu (?:schicken|senden))')),
  ask('opt_out', words('(?:hören Sie|hört|hör) (?:bitte )?(?:damit )?auf,? mich (?:zu )?(?:profilieren|tracken|verfolgen)|(?:kein|keine) (?:Profiling|Profilbildung|Tracking) mehr|nicht (?:mehr )?(?:profiliert|getrackt) werden')),
  ask('opt_out', stem('Widerspruchsrecht|Widerspruch (?:gegen|nach|gemäß|einlegen)|widerspreche|lege (?:ich )?(?:hiermit )?Widerspruch')),
  ask('opt_out', words('(?:Newsletter |E-Mails |Werbung )?(?:abbestellen|abmelden|austragen)|keine (?:weitere |weiteren )?(?:Werbung|Werbe-?[\\p{L}-]*|Newsletter|SMS|Nachrichten|Anrufe|E-Mails|Mails)(?: mehr)?|nicht mehr (?:kontaktieren|anschreiben|anrufen|bewerben)')),
  ask('opt_out', words('(?:bekomme|erhalte) (?:[\\p{L}-]+ ){0,2}?(?:ständig|immer noch|weiterhin|trotzdem|dauernd) (?:[\\p{L}-]+ ){0,2}?(?:Werbe\\p{L}*|Newsletter|Mails|E-Mails|Werbung)|hören Sie damit auf')),
  ask('opt_out', words('(?:Sie|ihr) (?:mich|mir) (?:bitte )?(?:nicht mehr|keine [\\p{L}-]+ mehr)')),
  ask('opt_out', words('(?:möchte|will) nicht,? dass (?:meine|mein) (?:[\\p{L}-]+ )?(?:Daten|Angaben|Informationen)[^.?!\\n]{0,40}?(?:Werbung|Marketing|Werbezwecke|Analyse|Profil\\p{L}*)|(?:verkaufen|teilen|geben|verwenden|nutzen) Sie meine (?:[\\p{L}-]+ )?(?:Daten|Angaben|Informationen) (?:bitte )?(?:nicht|nie)')),
  ask('opt_out', words('hören Sie auf,? mir|schicken Sie mir keine|senden Sie mir keine')),
  // "keine Rundmails mehr erhalten", "keine Infobriefe mehr": the compound's last part is the mailing.
  // "keine "Wir vermissen dich"-Mails mehr": a kind of mail named by its quoted line.
  ask('opt_out', words('keine (?:weiteren? )?(?:["„“‚\'][^"“”‘’\\n]{1,40}["“”‘’\']-?)?[\\p{L}-]*(?:mails|briefe|schreiben|sendungen|newsletter|werbung) mehr|keine (?:weiteren? )?[\\p{L}-]+post mehr')),
  // "keine Kataloge und Werbebriefe mehr per Post": post that advertises, named by its kind.
  ask('opt_out', words('keine (?:[\\p{L}-]+ (?:und|oder) )?(?:Kataloge?|Prospekte?|Flyer|Werbebriefe?|Werbepost|Postwurfsendungen)(?: (?:und|oder) [\\p{L}-]+)? (?:[\\p{L}-]+ ){0,3}?mehr')),
  // "mir nix mehr schicken", "schicken Sie mir nichts mehr".
  ask('opt_out', words('(?:mir|uns) (?:bitte )?(?:nix|nichts|nie wieder was) (?:mehr )?(?:schicken|senden|zusenden|zuschicken|mailen)|(?:schicken|senden|mailen|schreiben) (?:Sie|ihr) (?:mir|uns) (?:bitte )?(?:nix|nichts) mehr')),
  // "Verwenden Sie meine Daten nicht mehr für Werbung", "meine Daten bitte nicht mehr verwenden" (Art. 18/21 DSGVO).
  ask('opt_out', words('(?:verwenden|nutzen|verarbeiten|verkaufen|teilen) Sie [^.?!\\n]{0,80}?(?:nicht mehr|nicht länger|nicht|nie wieder) (?:für|zu) (?:Werb\\p{L}*|Marketing\\p{L}*|personalisierte\\p{L}* Werbung|Profil\\p{L}*|Analyse\\p{L}*)')),
  ask('opt_out', words('(?:Daten|Angaben|Informationen|E-Mail-Adresse|Telefonnummer)[^.?!\\n]{0,60}? (?:nicht mehr|nicht länger) (?:verwenden|nutzen|verarbeiten|weitergeben|verkaufen)|(?:hören Sie auf|aufhören),? (?:meine|die) [^.?!\\n]{0,60}?zu (?:verwenden|nutzen|verarbeiten|verkaufen|teilen)')),
  ask('opt_out', words('(?:aus|von) (?:Ihrem|Ihrer|dem|der|Ihren|allen|sämtlichen) (?:Verteiler(?:n|liste)?|Mailingliste(?:n)?|Newsletter(?:n)?|E-Mail-Verteiler(?:n)?)|nehmen Sie mich (?:bitte )?(?:aus|von)|widerrufe (?:ich )?(?:hiermit )?meine Einwilligung (?:[\\p{L}-]+ ){0,6}?(?:Werbung|Newsletter|Marketing|Werbezwecke)')),
  ask('opt_out', words('(?:Verkauf|Weitergabe|Weiterverkauf) meiner (?:[\\p{L}-]+ )?Daten')),
  ask('opt_out', words('(?:widerrufe|entziehe) (?:ich )?(?:hiermit )?(?:meine )?Einwilligung (?:[\\p{L}-]+ ){0,6}?(?:Werbung|Newsletter|Marketing)')),
  // "nur meine Einwilligung in Werbung widerrufen": the option of the team's question, in the infinitive.
  ask('opt_out', words('(?:meine|die) Einwilligung (?:in|für|zur?) (?:[\\p{L}-]+ ){0,3}?(?:Werbung|Newsletter|Marketing|Werbezwecke|Werbe-?(?:E-?)?Mails)\\p{L}* (?:zu )?(?:widerrufen|zurückziehen|zurücknehmen)')),
  // "melden Sie mich von allen Werbe-E-Mails ab", "mich aus dem Newsletter abmelden".
  ask('opt_out', words("(?:mich|uns) (?:bitte )?(?:von|aus) (?:[\\p{L}-]+ ){0,3}?[\\p{L}-]*(?:E-Mails|Mails|Newslettern?|Verteilern?|Verteilerlisten?|Werbung|Werbemails|SMS|Mailinglisten?|Listen?) (?:ab(?:melden)?|austragen)(?![\\p{L}])")),
  // Consent taken back (GDPR Art. 7(3)) stops the processing it allowed, whatever it was for: 'ich ziehe meine Einwilligung zur
  // Studie zurück' is an opt-out, not a request withdrawn (new-text-phrases.ts WITHDRAWAL leaves consent out).
  ask('opt_out', words('(?:widerrufe|entziehe) (?:(?:ich|hiermit|ausdrücklich|auch|zudem|außerdem|ebenfalls|gleichzeitig|zugleich|daher|deshalb|somit|nun|jetzt|hierdurch|vorsorglich|ferner|weiterhin|sofort|umgehend|vollständig|hiermit auch) ){0,4}(?:meine |die |meine erteilte |die erteilte |die von mir erteilte )?(?:[\\p{L}-]+ )?\\p{L}*(?:Einwilligung|Zustimmung|Einverständniserklärung|Einverständnis)|(?:möchte|will|würde gerne|würde) (?:(?:ich|hiermit|auch|zudem|außerdem|ebenfalls|gleichzeitig|daher|deshalb|nun|jetzt|gerne|gern) ){0,4}(?:meine |die )?(?:[\\p{L}-]+ )?\\p{L}*(?:Einwilligung|Zustimmung|Einverständniserklärung)(?: [\\p{L}\\d.-]+){0,8}? (?:widerrufen|zurückziehen|zurücknehmen)|Widerruf (?:meiner|der) (?:[\\p{L}-]+ )?\\p{L}*(?:Einwilligung|Zustimmung|Einverständniserklärung)')),
  ask('opt_out', words('(?:ziehe|nehme) (?:(?:ich|hiermit|auch|zudem|außerdem|ebenfalls|gleichzeitig|zugleich|daher|deshalb|somit|nun|jetzt|vorsorglich|ferner|sofort|umgehend|vollständig) ){0,4}(?:meine |die )?(?:[\\p{L}-]+ )?\\p{L}*(?:Einwilligung|Zustimmung|Einverständniserklärung)(?: [\\p{L}\\d.-]+){0,8}? zurück')),
  topic('opt_out', 1, words('(?:SMS|Nachrichten|E-Mails|Mails|Anrufe|Werbung|Newsletter) (?:[\\p{L}]+ )?nerv\\p{L}*')),
  topic('opt_out', 1, words('will (?:das|die|diese [\\p{L}]+) nicht mehr')),
  topic('opt_out', 1, stem('Direktwerbung|Werbezwecke|personalisierte Werbung')),

  // complaint
  chase('complaint', words('(?:möchte|will|muss) mich (?:hiermit )?(?:offiziell )?beschweren|(?:meine |eine )?Beschwerde (?:über|wegen|bezüglich) (?:die Art|den Umgang|wie)')),
  ask('complaint', stem('Beschwerde (?:beim|bei der|bei dem)|Beschwerde (?:nach|gemäß)')),
  chase('complaint', stem('(?:reiche|reichen|lege) (?:ich )?(?:hiermit )?(?:eine )?Beschwerde|Beschwerde [^.?!\\n]{0,60}?(?:eingereicht|erhoben|eingelegt)|Beschwerde (?:gegen|über|einreichen|ein)')),
  chase('complaint', words('(?:zweite|dritte|erneute|letzte) (?:Anfrage|Erinnerung|Mail|E-Mail|Aufforderung)(?!-?(?:Adresse|Konto|Account|Postfach))|erinnere (?:ich )?Sie (?:hiermit )?an')),
  chase('complaint', words('(?:warte|warten) (?:[\\p{L}-]+ ){0,3}?(?:auf|seit) (?:[\\p{L}-]+ ){0,3}?(?:Antwort|Rückmeldung|Reaktion)|(?:noch|immer noch|bis heute|bislang) keine (?:Antwort|Rückmeldung|Reaktion)')),
  chase('complaint', stem('Mahnung|(?:leider )?(?:erhielt|habe) ich (?:bisher|bislang|noch) keine Antwort|keine Antwort erhalten|Frist [^.\\n]{0,60}?überschritten')),
  // "Das ist für eine Kontolöschung völlig unverhältnismäßig": a demand the person objects to.
  chase('complaint', words('(?:ist|finde ich|halte ich für|wäre) (?:\\p{L}+ ){0,3}?(?:völlig |total |absolut |klar )?(?:unverhältnismäßig|überzogen|lächerlich)')),
  topic('complaint', 1, words('ohne (?:meine )?(?:Einwilligung|Zustimmung|Erlaubnis|mein Wissen)')),
  ask('complaint', words('an (?:meinen Arbeitgeber|eine andere Person|jemand anderen|meinen Chef) (?:[\\p{L}-]+ )?(?:weitergegeben|geschickt|gesendet|übermittelt|gegeben|gezeigt)')),
  ask('complaint', words('(?:sichtbar|einsehbar|zugänglich) für (?:andere|fremde|Dritte)|ohne (?:Grund|Anlass|Berechtigung) in meine (?:Akte|Unterlagen|Daten|Befunde)|(?:möchte|will) mich (?:darüber )?beschweren|beschwere mich')),
  ask('complaint', words('Verstoß gegen (?:den )?Datenschutz|Verletzung meiner Privatsphäre|Verletzung der Schweigepflicht|Bruch der Schweigepflicht')),
  ask('complaint', words('(?:Datenpanne|Datenleck|Datenschutzverletzung|Datenschutzverstoß)')),
  ask('complaint', words('an (?:eine|einen|die) falsche\\p{L}* (?:Person|Adresse|Empfänger\\p{L}*|Patient\\p{L}*) (?:geschickt|gesendet|versandt|geschrieben)')),
  topic('complaint', 1, stem('Beschwerde')),
  topic('complaint', 1, stem('erneut an Sie|Erinnerung')),

  // child_data
  topic('child_data', 1, words('(?:ich bin )?(?:die |der )?(?:Mutter|Mama|Vater|Papa|Erziehungsberechtigte[rn]?) (?:von|des|der)|(?:er|sie) ist ' + MINOR_AGE + '(?: Jahre alt)?')),
  topic('child_data', 1, words('(?:eine[rsm]? )?(?:meiner |unserer )?(?:Schüler(?:in|innen)?|Grundschüler(?:in)?)|(?:\\d|erste|zweite|dritte|vierte)n? Klasse')),
  ask('child_data', words('(?:mein|meine) (?:' + MINOR_AGE + ')[- ]?jährige\\p{L}*|(?:unter|jünger als) (?:13|16) Jahr\\p{L}*|minderjährig\\p{L}*|Einwilligung der Eltern')),
  ask('child_data', words('(?:mein Sohn|meine Tochter|mein Kind) (?:ist|wird) (?:erst )?' + MINOR_AGE + '')),
  topic('child_data', 1, words('(?:hat|haben) sich (?:[\\p{L}-]+ ){0,5}?(?:angemeldet|registriert)|ohne (?:mein|unser) (?:Wissen|Einverständnis|Zustimmung)')),
  topic('child_data', 1, words('(?:mein(?:e|es)?) (?:Sohn|Tochter|Kind|Kinder|Sohnes)')),

  // other
  topic('other', 2, words('melden Sie sich (?:jetzt )?an|jetzt anmelden|Webinar|In dieser Ausgabe|Wir bieten Ihnen|Haben Sie Interesse an|(?:kurzen|unverbindlichen) (?:Gespräch|Austausch|Termin)|unsere Software|Demo (?:buchen|vereinbaren)|kostenlose\\p{L}* (?:Testversion|Beratung|Demo)|unsere (?:Plattform|Lösung|Software) (?:hilft|automatisiert)|Passwort (?:bestätigen|zurücksetzen)|Konto (?:wird|wurde) gesperrt')),
  topic('other', 1, words('Termin (?:verschieben|absagen|vereinbaren)|Rechnung|Rückerstattung|Passwort vergessen|Rezept')),
];
