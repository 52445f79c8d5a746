import { ask, chase, newDetail, stem, tail, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

const MIJN = '(?:mijn|al mijn|alle|de|mij betreffende|zijn|haar|hun)';
const REQUEST_NL = '(?:verzoek|verzoeken|vraag|gevraagd|wil graag|wil ik|wens|ik wil)';
const GEGEVENS = '(?:\\p{L}*(?:gegevens|account|profiel|dossier)|data|informatie|info)';

/** Dutch: AVG wording (inzage, verwijdering, rectificatie, bezwaar) and everyday phrasing. */
export const NL_RULES: Rule[] = [
  // Bare nouns name the topic; "ik verzoek om ..." in front makes it a request.
  topic('deletion', 2, stem('verwijdering|recht op (?:vergetelheid|gegevenswissing)|verwijderverzoek')),
  // Telemarketing: "ik wil NIET meer gebeld worden. haal mijn nummer van jullie lijst" (round 102).
  ask('opt_out', words('niet meer (?:gebeld|benaderd) (?:te )?worden|bel (?:me|mij) niet meer|stop met (?:mij |me )?(?:te )?bellen|(?:haal|verwijder) (?:mijn|me) (?:telefoon)?nummer (?:van|uit) (?:jullie|uw|de|je) (?:bel)?lijst')),
  // Leave to delete, with nothing after it ("Podem excluir, por favor.", round 99): a request.
  ask('deletion', words('(?:jullie mogen|u mag|je mag|jullie kunnen|u kunt) (?:het |alles |ze )?(?:verwijderen|wissen)(?=\\s*(?:[.!,;\\n]|$))')),
  ask('deletion', words('(?:ga(?:at)?|gaan) (?:u |jullie )?(?:maar |gerust )?(?:door|verder) met (?:het verwijderen|de verwijdering)|voer(?:t)? (?:de|die) verwijdering (?:maar |gerust )?uit')),
  ask('deletion', words(`${REQUEST_NL}[^.?!\\n]{0,50}?(?:verwijdering|vergetelheid|gegevenswissing)`)),
  ask('deletion', words(`(?:verwijder|verwijdert|verwijderen|wis|wist|wissen) (?:alstublieft |aub |a\\.u\\.b\\. )?${MIJN} (?:[\\p{L}-]+ ){0,3}?${GEGEVENS}`)),
  ask('deletion', words('(?:\\p{L}*gegevens|data|informatie|account|profiel|dossier)[^.?!\\n]{0,50}? (?:worden|wordt) (?:verwijderd|gewist)')),
  // Compounds too: "klantaccount", "gebruikersprofiel".
  ask('deletion', words('(?:mijn|het) \\p{L}*(?:account|profiel|lidmaatschap) (?:te )?(?:sluiten|opzeggen|opheffen|beëindigen)|(?:sluit|zeg|hef) (?:mijn|het) \\p{L}*(?:account|profiel)')),
  ask('deletion', words('(?:dat|dit|het|die|deze|ze|alles) (?:te )?verwijderen|graag (?:alles )?verwijderen|(?:verwijder|wis) (?:dat|die|het|deze|dit|ze|hem|alles)|(?:account|profiel) (?:op)?heffen|(?:ze|deze|die) (?:te )?(?:verwijderen|wissen)')),
  ask('deletion', words(`${MIJN} (?:[\\p{L}-]+ ){0,4}?${GEGEVENS}(?: [\\p{L}-]+){0,8}? (?:te )?(?:verwijderen|verwijdert|wissen|wist)`)),
  // "mijn account in de app mag ook weg, met alles erop": "may go" is how people say "delete it".
  ask('deletion', words(`${MIJN} (?:[\\p{L}-]+ ){0,4}?${GEGEVENS}(?: [\\p{L}-]+){0,6}? (?:mag|mogen|kan|kunnen) (?:(?:ook|dus|gerust|wat mij betreft|voortaan|nu|meteen|allemaal) ){0,3}(?:weg|verdwijnen)(?![\\p{L}])`)),
  // "Ja, ga maar je gang, alles mag weg.": everything of theirs, as a yes to erasing it.
  ask('deletion', words('(?:alles|het allemaal|dat allemaal|alles van mij) (?:mag|mogen|kan) (?:(?:ook|dus|gerust|wat mij betreft|nu|meteen|allemaal|er) ){0,3}(?:weg|verdwijnen|verwijderd worden)(?![\\p{L}])')),
  // The verb first after "dan", "nu", "ja": "Dan mag alles nu weg, zoals gevraagd."
  ask('deletion', words('(?:mag|mogen|kan) (?:(?:dus|gerust|nu|dan) )?(?:alles|het allemaal|dat allemaal|alles van mij) (?:(?:ook|dus|gerust|wat mij betreft|nu|meteen|allemaal|er) ){0,3}(?:weg|verdwijnen|verwijderd worden)(?![\\p{L}])')),
  // "gelieve … alle gegevens die jullie daarvoor verzameld hebben (vragenlijst, …) te verwijderen": the verb at the end of a long clause.
  ask('deletion', words('(?:gelieve|graag|verzoek|vraag|wil)(?: [\\p{L}-]+){0,12}? (?:alle |al mijn |mijn |de )?(?:\\p{L}*gegevens|data)(?: [^.?!\\n]{0,150}?)? te (?:verwijderen|wissen|vernietigen)')),
  // "Ik wil het account verwijderen", "dat ik het profiel wil laten verwijderen": the article as the possessive.
  ask('deletion', words('(?:het|dat|dit) (?:account|profiel|dossier|lidmaatschap)(?: [\\p{L}-]+){0,4}? (?:te )?(?:laten )?(?:verwijderen|wissen|opheffen)')),
  ask('deletion', words('(?:verwijder|wis|haal) (?:[\\p{L}@.-]+ ){0,4}?uit (?:jullie|uw|de|het|je) (?:database|databank|systeem|systemen|bestand|bestanden|administratie|dossier)(?! (?:voor|van) (?:marketing|reclame|nieuwsbrie\\p{L}*))')),
  ask('disclosure', words('met wie (?:hebben jullie|heeft u|hebt u|jullie|u|we|wij) (?:mijn )?(?:\\p{L}*gegevens|data) (?:hebben |heeft |hebt )?(?:gedeeld|verkocht|doorgegeven)')),
  // Where the data came from (AVG art. 15 lid 1 sub g): "waar jullie mijn nummer vandaan hebben", "hoe komen jullie aan mijn adres".
  ask('disclosure', words("(?<!(?:geen idee|weet niet|snap niet) )waar (?:u|jullie|je) (?:mijn|m['’]n) (?:[\\p{L}-]+ ){0,2}?vandaan (?:heeft|hebben|hebt|heb)|(?<!(?:geen idee|weet niet|snap niet) )hoe (?:komt u|komen jullie|kom je|bent u|zijn jullie) (?:ooit )?aan (?:mijn|m['’]n)|van wie (?:heeft u|hebben jullie|heb je) (?:mijn|m['’]n)")),
  ask('disclosure', words('aan (?:welke|wat voor) (?:bedrijven|partijen|derden|organisaties|instanties|partners) (?:hebben )?(?:jullie|u|we|wij) (?:mijn )?(?:\\p{L}*gegevens|data) (?:[\\p{L}]+ ){0,2}?(?:gegeven|doorgegeven|verkocht|verstrekt|gedeeld)')),

  topic('disclosure', 2, stem('inzage|recht op toegang')),
  ask('disclosure', stem('(?:verzoek|vraag) (?:ik )?(?:hierbij )?om toegang')),
  // "Ik zou graag een afschrift willen van mijn medisch dossier": a copy of one's own file.
  ask('disclosure', words("(?:afschrift|kopie|kopieën|uitdraai|inzage)(?: [\\p{L}-]+){0,3}? (?:van|in) mijn (?:[\\p{L}-]+ )?(?:\\p{L}*dossier|\\p{L}*gegevens|status|uitslagen)")),
  ask('disclosure', words(`${REQUEST_NL}[^.?!\\n]{0,50}?(?:inzage|toegang)`)),
  ask('disclosure', words(`kopie van ${MIJN} (?:[\\p{L}-]+ ){0,3}?${GEGEVENS}`)),
  ask('disclosure', words('(?:hebben|bewaren) (?:jullie|u) (?:nog )?(?:\\p{L}*gegevens|data|informatie) (?:van|over) (?:mij|me)|dossier inzien|inzage in (?:mijn )?(?:medisch )?dossier')),
  ask('disclosure', words('(?:mij|me) (?:alle |al |een kopie van )?(?:mijn |de )?(?:\\p{L}*gegevens|data|informatie) (?:[\\p{L}]+ ){0,2}?(?:sturen|toesturen|opsturen|geven|mailen|bezorgen)')),
  ask('disclosure', words('wat (?:weten|hebben|bewaren) (?:jullie|u) (?:[\\p{L}]+ ){0,2}?(?:van|over) (?:mij|me)')),
  ask('disclosure', words('welke (?:persoonlijke |persoons)?(?:gegevens|informatie|data) (?:[\\p{L}]+ ){0,3}?(?:van mij|over mij|van me|over me)')),
  topic('disclosure', 2, stem('overdraagbaarheid|dataportabiliteit')),

  topic('correction', 2, stem('rectificatie|correctie|verbetering van')),
  topic('correction', 1, words('(?:het|de|mijn) (?:juiste|correcte|goede|nieuwe|huidige)s? (?:adres|nummer|telefoonnummer|gsm-nummer|naam|achternaam|geboortedatum|e-?mailadres|spelling) (?:is|luidt)')),
  ask('correction', words('(?:mijn|het|de) (?:nieuwe )?(?:adres|telefoonnummer|gsm-nummer|mobiele nummer|naam|achternaam|e-?mailadres|geboortedatum|contactgegevens) (?:(?:graag|even|ook|nu|eindelijk|alsnog|toch|dan|snel|nog) ){0,3}(?:wijzigen|aanpassen|veranderen|bijwerken|corrigeren|updaten)|(?:wijzig|verander|corrigeer|update) (?:graag |even |ook )?(?:mijn|het) (?:adres|telefoonnummer|gsm-nummer|naam|achternaam|e-?mailadres|geboortedatum)')),
  ask('correction', stem('corrigeren')),
  ask('correction', words(`${REQUEST_NL}[^.?!\\n]{0,50}?(?:rectificatie|correctie|verbetering)`)),
  newDetail(topic('correction', 1, words('heet ik (?:nu )?|sinds mijn huwelijk|mijn nieuwe naam'))),
  topic('correction', 1, words('(?:dat|dit|het) (?:aanpassen|wijzigen|bijwerken)')),
  ask('correction', words('mijn (?:naam|achternaam|adres|geboortedatum|telefoonnummer|e-mailadres|nummer) klopt niet|graag (?:corrigeren|aanpassen|wijzigen)|verkeerde (?:diagnose|naam|geboortedatum|gegevens)')),
  newDetail(ask('correction', words('mijn (?:naam|achternaam|adres|telefoonnummer|e-mailadres|nummer) is (?:veranderd|gewijzigd)|(?:het |mijn )?nieuwe (?:nummer|adres|e-mailadres|telefoonnummer|naam) is'))),
  ask('correction', words('mijn (?:naam|achternaam|adres|geboortedatum|telefoonnummer|e-mailadres) (?:is|staat) (?:[\\p{L}-]+ ){0,2}?(?:onjuist|fout|verkeerd|niet juist|verouderd)')),
  // "Kunnen jullie het veranderen naar dit adres?": the wrong detail named before, the right one given now.
  ask('correction', words('(?:(?:veranderen|wijzigen|aanpassen|vervangen|omzetten|verander|wijzig|vervang)(?: het| hem| dat| dit)?(?: aan)? (?:in|naar|door) (?:dit|deze|het nieuwe|mijn nieuwe)(?: (?:adres|nummer|e-?mailadres|e-?mail|telefoonnummer|hier))?(?=\\s*(?:[.,;:!?()<\\n]|$))|(?:in|naar|door) (?:dit|deze|het nieuwe|mijn nieuwe) (?:adres|nummer|e-?mailadres|e-?mail|telefoonnummer) (?:veranderen|wijzigen|aanpassen|vervangen|omzetten))')),
  topic('correction', 1, stem('onjuist\\p{L}* (?:persoons)?gegevens|aanvulling')),

  // Even niet delen zolang een correctie wordt uitgezocht (AVG art. 18 lid 1 sub a).
  // "Neem geen contact meer met mij op": contact stopped, whichever way it came.
  // "dat ik jullie nieuwsbrief en die "gezondheidstips" niet meer krijg": what comes, and that it should
  // stop coming; not a footer's "Wil je deze nieuwsbrief niet meer ontvangen?".
  ask('opt_out', words(`(?<!(?:deze|onze|dit|wil je|wilt u) )(?:nieuwsbrie(?:f|ven)|mails|e-?mails|mailtjes|reclame|reclamemails|aanbiedingen|acties|folders|sms(?:['’]?jes)?|tips|promoties)(?: [\\p{L}"“”„'’-]+){0,4}? niet meer (?:krijgen|krijg|ontvangen|ontvang|toegestuurd krijgen|te ontvangen|te krijgen)`)),
  // "Stop met het profileren", "ik wil niet geprofileerd worden": an objection to profiling (AVG art. 21 lid 2).
  ask('opt_out', words('(?:stop|stopt|stoppen) (?:nu )?met (?:het )?(?:profileren|tracken|volgen) van (?:mij|me)|(?:stop|stopt|stoppen) met (?:mij|me) te (?:profileren|volgen|tracken)|(?:wil|wens) (?:niet|niet langer|niet meer) (?:te worden |worden )?(?:geprofileerd|getrackt|gevolgd)(?: (?:te )?worden)?|geen profilering (?:meer)?')),
  ask('opt_out', words('(?:neem|neemt|neemen) (?:geen|nooit meer|niet meer) contact (?:meer )?(?:met (?:mij|me) )?op|(?:mij|me) niet (?:meer|langer) (?:benaderen|contacteren|bellen)')),
  ask('opt_out', words('(?:zolang|totdat|tot|in afwachting van)[^.!?\\n]{0,60}?(?:uitzoeken|uitzoekt|uitgezocht|gecorrigeerd|corrigeren|corrigeert|rechtgezet|rechtzetten|aangepast|opgelost|controleren|controleert|gecontroleerd|nakijken|nakijkt|nagekeken|onderzoeken|onderzoekt|onderzocht|verifiëren|verifieert|geverifieerd)[^.!?\\n]{0,100}?(?:niet|bevriezen|blokkeren|tegenhouden)')),
  ask('opt_out', words('(?:stuur|mail|bel|app) (?:me|mij) (?:geen|niet) (?:[\\p{L}]+ )?meer|(?:stuur|mail|bel) (?:me|mij) niet meer')),
  ask('opt_out', words('(?:haal|verwijder) (?:mij|me) (?:van|uit) (?:jullie|uw|de|die|deze|dat|het|al die|al jullie) (?:[\\p{L}-]+ )?(?:mailinglijst|verzendlijst|lijst|nieuwsbrief|mailing)|(?:stop|stopt|stoppen) (?:(?:ook|nu|alsjeblieft|aub|meteen|direct|nou) )?met (?:het )?(?:sturen|mailen|bellen|sms(?:en|\'en|’en)|appen)')),
  // "ik wil van alle mailinglijsten af", "mij van alle mailinglijsten halen".
  ask('opt_out', words('(?:mij|me) van (?:alle |al |jullie |uw |de |die |deze |dat |het )?(?:[\\p{L}-]+ )?(?:mailinglijst(?:en)?|verzendlijst(?:en)?|nieuwsbrie(?:f|ven)|mailings?|lijst(?:en)?) (?:af|halen|afhalen|schrappen)|(?<!(?:niet|niet alleen) )van (?:alle |al |jullie |uw |de |die |deze |dat |het )?(?:[\\p{L}-]+ )?(?:mailinglijst(?:en)?|verzendlijst(?:en)?|nieuwsbrie(?:f|ven)|mailings?|lijst(?:en)?) af')),
  ask('opt_out', stem('recht (?:van|op) bezwaar|bezwaar (?:tegen|maken)|maak (?:ik )?(?:hierbij )?bezwaar|afmelden|uitschrijven|geen (?:reclame|nieuwsbrief|nieuwsbrieven|mails|e-mails) meer')),
  // The separable verb around its object: "meld me af voor de nieuwsbrief", "schrijf mij uit".
  ask('opt_out', words('(?:meld|schrijf) (?:me|mij|ons) (?:graag |maar |even |dan )?(?:af|uit)(?= |[.,!]|$)')),
  ask('opt_out', words('(?:wil|wens) niet dat (?:mijn|m\'n) (?:\\p{L}*gegevens|data|informatie) (?:[\\p{L}]+ ){0,2}?(?:gebruikt|gedeeld|verkocht)')),
  ask('opt_out', words('geen \\p{L}*(?:mails?|berichten|reclame|nieuwsbrieven|nieuwsbrief|sms) meer')),
  // "ik wil niet dat hij nog reclamemails van jullie krijgt": a parent or the person, of mail to come.
  ask('opt_out', words(`(?:wil|wens) (?:niet|niet meer) dat (?:hij|zij|ze|ik|we|wij|mijn \\p{L}+)(?: \\p{L}+)? (?:nog|langer|meer)(?: [\\p{L}-]+){0,3}? (?:\\p{L}*mails?|\\p{L}*berichten|sms(?:['’]?je)?s?|reclame\\p{L}*|nieuwsbrie(?:f|ven)|folders)(?: [\\p{L}-]+){0,4}? (?:krijgt|krijgen|ontvangt|ontvangen)`)),
  // "zodat ik nooit meer marketingmail ontvang": the word order of a wish, not a footer's "wil je nooit meer mails ontvangen?".
  ask('opt_out', words(`(?<!(?:wil je|wilt u|als je|als u|wil jij) )(?:nooit|niet) meer (?:[\\p{L}-]+ )?(?:\\p{L}*mails?|nieuwsbrie(?:f|ven)|reclame|aanbiedingen|sms(?:['’]?je)?s?|folders)(?: [\\p{L}'’-]+){0,4}? (?:ontvang(?:en|t)?|krijg(?:en|t)?)`)),
  ask('opt_out', words('stop met (?:het )?(?:gebruiken|verkopen|delen|verwerken)')),
  ask('opt_out', tail('(?:gegevens|data|informatie) (?:[\\p{L}]+ ){0,4}?(?:niet meer|niet langer) (?:te )?(?:gebruiken|verkopen|delen|verwerken)')),
  ask('opt_out', words('(?:trek|intrekken|trek ik) (?:mijn |de )?toestemming (?:[\\p{L}-]+ ){0,6}?(?:marketing|reclame|nieuwsbrief)|toestemming (?:[\\p{L}-]+ ){0,6}?(?:marketing|reclame|nieuwsbrief) in')),
  // Consent taken back (AVG art. 7 lid 3) stops the processing it allowed, whatever it was for; not a request withdrawn.
  // "stoppen met het sturen van reclamefolders en e-mails".
  ask('opt_out', words("(?:stoppen|stop|ophouden|stopt) (?:(?:per direct|direct|meteen|nu|alstublieft|aub|graag|dan) ){0,2}met (?:het )?(?:sturen|versturen|toesturen|mailen|sms'?en|bellen)(?: van)? (?:[\\p{L}'-]+ ){0,3}?(?:reclame\\p{L}*|nieuwsbrie\\p{L}*|e-?mails|mails|folders|sms'?(?:je)?s|aanbiedingen|berichten|herinneringen)")),
  // Out of a programme the sender joined: a study, a panel, a list.
  ask('opt_out', words("haal (?:me|mij) (?:[\\p{L}]+ )?uit (?:het|de|dat|dit|die|jullie) (?:[\\p{L}-]+ ){0,3}?(?:onderzoek|studie|programma|panel|enquêtes?|lijst|mailinglijst|nieuwsbrief|project|register|trial)")),
  ask('opt_out', words('(?:trek|trekken) (?:(?:ik|we|wij|hierbij|bij deze|ook|dan|toch|nu|daarom|tevens|eveneens|meteen|direct|bovendien|per direct|graag) ){0,4}(?:mijn |onze |de )?\\p{L}*toestemming(?: [\\p{L}\\d.’\'-]+){0,8}? in')),
  ask('opt_out', words('(?:mijn|onze) \\p{L}*toestemming(?: [\\p{L}\\d.’\'-]+){0,8}? (?:wil|willen) (?:ik |we |wij )?(?:graag )?(?:intrekken|herroepen)|(?:wil|willen) (?:(?:ik|we|wij|graag|ook|dan|daarom|tevens|hierbij|bij deze|nu|bovendien) ){0,4}(?:mijn |onze |de )?\\p{L}*toestemming(?: [\\p{L}\\d.’\'-]+){0,8}? (?:intrekken|herroepen)|intrekking van (?:mijn|de) \\p{L}*toestemming')),
  topic('opt_out', 1, stem('direct marketing|reclame')),

  chase('complaint', words('(?:ik )?(?:wil|zou graag) (?:een )?klacht (?:indienen|doen)|(?:ik )?wil (?:graag )?klagen over')),
  topic('complaint', 1, words('schending van de (?:privacy|privésfeer)|privacyschending')),
  topic('complaint', 1, words('zonder (?:mijn )?(?:toestemming|medeweten)')),
  ask('complaint', words('zichtbaar voor (?:andere|anderen|derden)|zonder (?:reden|aanleiding|toestemming) in mijn (?:dossier|gegevens) (?:gekeken|gezien)')),
  ask('complaint', words('aan (?:mijn werkgever|een ander|iemand anders|de verkeerde persoon) (?:[\\p{L}-]+ )?(?:gegeven|gestuurd|doorgegeven|verstrekt|gemaild|laten zien)')),
  ask('complaint', words('schending van mijn (?:privacy|privésfeer)|schending van de geheimhoudingsplicht|naar de verkeerde (?:persoon|patiënt|adres)')),
  chase('complaint', stem('(?:dien|indienen|ingediend) (?:ik )?(?:hierbij )?(?:een )?klacht|klacht in')),
  ask('complaint', stem('datalek')),
  chase('complaint', words('(?:tweede|derde|laatste) (?:verzoek|herinnering|mail(?!-?adres)|e-mail(?!-?adres)|keer)|termijn [^.?!\\n]{0,60}?(?:verstreken|verlopen|overschreden|voorbij)')),
  chase('complaint', stem('geen (?:antwoord|reactie) (?:ontvangen|gekregen)|nog (?:steeds )?(?:niets|niks) (?:gehoord|ontvangen)|nog (?:steeds )?geen (?:antwoord|reactie)')),
  // "Dat vind ik buitenproportioneel": a demand the person objects to.
  chase('complaint', words('(?:is|vind ik|lijkt me) (?:\\p{L}+ ){0,2}?(?:totaal |volledig |echt |duidelijk )?(?:buitenproportioneel|disproportioneel|onevenredig|overdreven)')),
  topic('complaint', 1, stem('klacht')),
  topic('complaint', 1, stem('herinnering|aanmaning')),

  topic('child_data', 1, words('(?:ik ben )?(?:de )?(?:moeder|mama|vader|papa|ouder|voogd) van|(?:hij|zij|ze) is ' + MINOR_AGE + '(?: jaar)?')),
  topic('child_data', 1, words('(?:een van )?mijn (?:leerlingen|leerling)|(?:basisschool|groep [3-8])')),
  ask('child_data', words('mijn (?:zoon|zoontje|dochter|dochtertje|kind|kindje) (?:van|is) ' + MINOR_AGE + '(?: jaar)?')),
  topic('child_data', 1, words('mijn (?:zoon|dochter|kind|kinderen)|' + MINOR_AGE + ' jaar oud')),
  ask('child_data', words('minderjarig\\p{L}*|jonger dan (?:13|16) jaar|toestemming van (?:de )?ouders')),

  topic('other', 2, words('meld (?:je|u) (?:nu )?aan|schrijf (?:je|u) (?:nu )?in|webinar|wij bieden|heeft u interesse|ons platform|kort gesprek|gratis proefperiode|plan een demo|ons platform (?:helpt|automatiseert)|verifieer uw account')),
  topic('other', 1, words('afspraak|factuur|terugbetaling|wachtwoord')),
];
