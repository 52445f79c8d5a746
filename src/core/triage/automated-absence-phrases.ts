import { stem, words } from './rule.js';

/**
 * How people's mail programs say "I am away" (out of office, leave, left the company, unmonitored
 * mailbox), in the seven languages with full rules. Each constant is one *kind* of evidence; an
 * auto-reply is recognised by an announcement at the top plus a second, independent kind (a return
 * date, limited e-mail access, who to contact meanwhile, "I will reply when I'm back"), so no single
 * phrase decides. See `automated-content.ts`.
 */

export const APOS = "[’']";

/** Up to `n` characters within a sentence; a period after a number is a date ("vom 3. bis 14. März"), not an end. */
const GAP = (n: number): string => `(?:[^.\\n]|(?<=\\d)\\.){0,${n}}?`;

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec' +
  '|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember' +
  '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre' +
  '|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre' +
  '|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre' +
  '|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro' +
  '|januari|februari|maart|mei|augustus';
const DAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri' +
  '|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag' +
  '|lunes|martes|miércoles|jueves|viernes|sábado|domingo' +
  '|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche' +
  '|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica' +
  '|segunda|terça|quarta|quinta|sexta' +
  '|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
/** The start of a date: a number, a month or weekday, or "next week", "the end of", "Ende", "fin", ... */
const DATE = `(?:\\d|${MONTHS}|${DAYS}|next|the end|end of|early|mid|late|tomorrow|nächste|Ende|Anfang|Mitte|morgen|próxim|final|finales|principios|mediados|mañana|prochain|fin|début|mi-|demain|prossim|fine|inizio|metà|domani|início|meados|amanhã|volgende|eind|begin|half|medio|morgen)`;

/** "I am out of the office", "ich bin im Urlaub", "estoy de vacaciones", "je suis absent", ... */
export const ABSENCE_STATE = words(
  [
    `(?:i${APOS}?m|i am|(?:and|but|so) am|i will be|i${APOS}ll be|i shall be) (?:currently |presently |now |temporarily |unfortunately |still |also )?(?:out of (?:the )?office|ooo|away from (?:the office|my desk|work|my computer|my e-?mail|e-?mail)|away (?:on|until|till|from|and|for|this|next|with)|absent|(?:out |off |away )?on (?:annual |parental |maternity |paternity |sick |medical |study |family |bereavement |extended |adoption |compassionate |long[- ]term |educational )?(?:leave|vacation|holidays?|sabbatical|furlough)|on (?:a )?(?:business trip|business travel|work trip|training course|retreat|secondment)|on jury (?:service|duty)|offline|off the grid|unplugged|off (?:sick|work|on (?:leave|holiday|vacation))|out sick|travel(?:l)?ing|attending (?:a|an|the) (?:conference|training|event|course|workshop|seminar|trade (?:show|fair))|at (?:a|an|the) (?:conference|training|trade (?:show|fair)|offsite|off-site)|not (?:in the office|in office|at (?:my desk|work|the office)|available|reachable)|unavailable|working (?:remotely|from home))`,
    `(?:she|he|they|\\p{L}+ \\p{L}+|\\p{L}+) (?:is|are|will be) (?:currently |presently |now |temporarily )?(?:out of (?:the )?office|on (?:annual |parental |maternity |paternity |sick |medical |extended )?(?:leave|vacation|holidays?|sabbatical)|away from (?:the office|work)|absent from (?:the office|work)|not in the office)`,
    `(?:our|the) (?:office|offices|practice|clinic|team|support team|customer service|help\\s?desk|company|business) (?:is|are|will be|remains?) (?:currently |now |temporarily )?(?:closed|out of (?:the )?office|unavailable|on (?:holiday|vacation|leave|a break))`,
    `(?:ich bin|bin ich|befinde ich mich|ich befinde mich|ich werde)${GAP(50)}(?:nicht im Büro|nicht erreichbar|abwesend|außer Haus|im Urlaub|in Urlaub|offline|auf (?:Dienst|Geschäfts)reise|in Elternzeit|im Mutterschutz|in Mutterschutz|krankgeschrieben|erkrankt|krank|in Karenz|nicht (?:im Haus|anwesend|verfügbar)|auf (?:einer )?(?:Fortbildung|Schulung|Konferenz|Messe))`,
    `(?:\\p{L}+\\.? ){1,3}?(?:ist|befindet sich)${GAP(40)}(?:nicht im Büro|abwesend|im Urlaub|in Elternzeit|im Mutterschutz|außer Haus|in Karenz|krankgeschrieben)`,
    `(?:unser|unsere|das|die) (?:Büro|Praxis|Team|Sekretariat|Kanzlei|Geschäftsstelle) (?:ist|bleibt)${GAP(40)}(?:geschlossen|nicht besetzt|nicht erreichbar)`,
    `(?:estoy|estaré|me encuentro|me encontraré)${GAP(40)}(?:fuera de (?:la )?oficina|ausente|de vacaciones|de permiso|de viaje|de licencia|desconectad[oa]|de baja (?:médica|maternal|por maternidad|por paternidad)|de baja|en (?:una )?(?:conferencia|formación)|fuera del país|fuera de la ciudad)`,
    `(?:nuestra|la) (?:oficina|clínica|consulta) (?:está|estará|permanecerá) cerrada`,
    `(?:je suis|je serai|je me trouve)${GAP(40)}(?:absente?|en congés?|en vacances|en déplacement|en télétravail|déconnectée?|en congé (?:maternité|paternité|parental|maladie)|en arrêt(?: maladie)?|hors du bureau|en formation|en séminaire|indisponible)`,
    `(?:notre|le) (?:bureau|cabinet|service|équipe|clinique) (?:est|sera) (?:fermée?|absente?|en congés?)`,
    `(?:sono|sarò|mi trovo|mi troverò)${GAP(40)}(?:fuori (?:ufficio|sede)|assente|in ferie|in vacanza|disconness[oa]|offline|in congedo|in maternità|in paternità|in malattia|in trasferta|in viaggio|non disponibile|in permesso)`,
    `(?:il nostro |lo |l${APOS})(?:ufficio|studio) (?:è|sarà|resterà|rimarrà) chiuso`,
    `(?:estou|estarei|encontro-me|me encontro)${GAP(40)}(?:fora do escritório|ausente|de férias|em férias|de recesso|em recesso|de licença|em licença|de baixa|em viagem|fora do país|indisponível|desconectad[oa])`,
    // Only ahead: "estou sem internet desde sábado" is a customer's outage, not an absence.
    `estarei${GAP(40)}sem (?:internet|rede)`,
    `(?:o nosso|nosso|o) (?:escritório|consultório) (?:está|estará) fechado`,
    `(?:ik ben|ben ik|ik zal)${GAP(40)}(?:afwezig|niet aanwezig|niet op kantoor|met vakantie|op vakantie|met verlof|op reis|ziek|met zwangerschapsverlof|met ouderschapsverlof|niet bereikbaar|beperkt bereikbaar|buiten kantoor|niet beschikbaar|offline)`,
    `(?:ons|het|onze) (?:kantoor|praktijk|team) is (?:gesloten|afwezig)`,
  ].join('|'),
);

/**
 * An absence told without its usual words: "I'm walking the Camino until 3 June", "ich bin bis zum
 * 16.03. auf Sylt", "Ik zit tot 20 maart op Texel", "I'll be back on the 22nd", "Rientro il 28". The
 * writer is somewhere until a date, or back on one; it stands as an announcement only with a second
 * kind of evidence beside it (who to turn to meanwhile, limited access, "I'll reply when I'm back").
 */
export const IMPLIED_ABSENCE = stem(
  [
    `(?:i${APOS}m|i am|i${APOS}ll be|i will be)${GAP(80)} (?:until|till|til|through|thru) (?:the )?${DATE}`,
    `(?:i${APOS}ll|i will|i shall) be back(?: in the office| at work| at my desk| online| home)? (?:on |from |after |by |in )?(?:the )?${DATE}`,
    `(?:ich bin|bin ich)${GAP(80)} bis (?:zum |zur |einschließlich |inklusive )?${DATE}`,
    `(?:ich bin|bin ich)${GAP(40)} wieder (?:da|im Büro|erreichbar|zurück|online|für Sie da)`,
    `(?:estoy|estaré)${GAP(80)} hasta (?:el |la )?${DATE}`,
    `(?:estaré de vuelta|volveré|regresaré|vuelvo|regreso|me reincorporo)(?: a la oficina)? (?:el |a partir del |después del )?${DATE}`,
    `(?:je suis|je serai)${GAP(80)} jusqu${APOS}(?:au|à|a)(?: la| le)? ${DATE}`,
    `(?:je serai de retour|je reviens|je rentre|de retour)(?: au bureau)? (?:le |à partir du |dès le )?${DATE}`,
    `(?:sono|sarò)${GAP(80)} fino (?:al|a|all${APOS}) ?${DATE}`,
    `(?:rientro|rientrerò|tornerò|sarò di nuovo (?:in ufficio|disponibile|operativ[oa]))(?: in ufficio)? (?:il |dal |a partire dal )?${DATE}`,
    `(?:estou|estarei)${GAP(80)} até (?:o |a |ao |dia )?${DATE}`,
    `(?:estarei de volta|volto|voltarei|regresso|retorno)(?: ao escritório)? (?:a |em |no |dia |na )?${DATE}`,
    `(?:ik (?:ben|zit)|ben ik|zit ik)${GAP(80)} (?:tot|t/m|tot en met) ${DATE}`,
    `(?:ik ben|ben ik|ben er)${GAP(40)} weer(?: terug| op kantoor| aanwezig| bereikbaar)? (?:op |vanaf )?${DATE}`,
  ].join('|'),
);

/** "I no longer work at ...", "ist nicht mehr im Unternehmen", "ya no trabajo en ...". */
export const DEPARTURE = words(
  [
    `i (?:no longer|not longer) work(?:ing)? (?:at|for|with|in)|i${APOS}?m no longer (?:with|at|employed|working|part of|in (?:this|that) (?:role|position))|i am no longer (?:with|at|employed|working|part of|in (?:this|that) (?:role|position))|i (?:left|quit) (?:the company|the organi[sz]ation|the firm|the practice|the team)|i(?: have|${APOS}ve) (?:left|moved on from|departed) (?:the company|the organi[sz]ation|the firm|the practice|the team|\\p{L}+)`,
    `(?:she|he|they|\\p{L}+ \\p{L}+|\\p{L}+) (?:is|are) no longer (?:with|at|employed|working|part of)|(?:she|he|they|\\p{L}+ \\p{L}+) (?:has|have) (?:left|departed) (?:the company|the organi[sz]ation|the firm|the practice|\\p{L}+)|no longer (?:works|working|employed) (?:at|for|with|here)`,
    `(?:ich bin|ist) nicht mehr (?:bei|für|im Unternehmen|in der Firma|tätig|beschäftigt|angestellt)|(?:habe|hat|haben) (?:das Unternehmen|die Firma|uns|die Kanzlei|die Praxis|die Klinik|das Team)(?: (?:zum|am|per|mit|Ende|Anfang|im|seit) [\\p{L}\\d./]+(?: [\\p{L}\\d./]+)?)? verlassen`,
    `ya no (?:trabajo|formo parte|estoy) (?:en|de|con|para)|ya no trabaja (?:en|con|para)|(?:ha|he) dejado (?:la empresa|de trabajar|la compañía)`,
    `je ne (?:fais|travaille) plus (?:partie|chez|pour|au sein)|(?:a|ai) quitté (?:l${APOS}entreprise|la société|le cabinet|nos services)|ne fait plus partie|n${APOS}est plus (?:en poste|chez|dans|employée?)`,
    `non (?:lavoro|faccio) più (?:parte|presso|per|con)|ha lasciato (?:l${APOS}azienda|la società|lo studio)|non (?:è|sono) più (?:in servizio|presso|parte|dipendente)`,
    `(?:já )?não (?:trabalho|faço parte) (?:mais )?(?:na|no|da|do|com|para)|deixou (?:a empresa|de trabalhar)|não (?:trabalha|faz parte) mais`,
    `(?:ik ben|is) niet (?:meer|langer) (?:werkzaam|in dienst|actief|verbonden)|werk(?:t)? niet (?:meer|langer) (?:bij|voor)|(?:heeft|heb) (?:het bedrijf|de organisatie|ons|de praktijk)(?: (?:per|op|sinds|in|eind|begin) [\\p{L}\\d./-]+(?: [\\p{L}\\d./-]+)?)? verlaten`,
  ].join('|'),
);

/** "This mailbox is not monitored", "dieses Postfach wird nicht mehr gelesen", ... */
export const UNMONITORED = words(
  [
    `this (?:e-?mail |mail )?(?:address|mailbox|inbox|account) (?:is|will be|has been) (?:no longer|not) (?:being )?(?:monitored|in use|active|checked|read|staffed|attended|maintained|valid)|this (?:e-?mail |mail )?(?:address|mailbox|inbox) (?:is|has been) (?:unmonitored|unattended|inactive|closed|deactivated|discontinued|retired)|(?:e-?mails?|messages?) (?:sent )?to this (?:e-?mail |mail )?(?:address|mailbox|inbox) (?:are|is|will) not (?:be )?(?:read|monitored|answered|forwarded|checked)`,
    `(?:dieses|das|diese) (?:E-Mail-)?(?:Postfach|Konto|Adresse|Mailadresse|E-Mail-Adresse) (?:wird|ist) (?:nicht mehr|nicht) (?:überwacht|gelesen|genutzt|bearbeitet|abgerufen|aktiv|gültig|in Gebrauch|besetzt)|E-Mails an diese Adresse werden nicht|(?:ich )?(?:lese|bearbeite|nutze) (?:dieses|das|diese) (?:E-Mail-)?(?:Postfach|Konto|Adresse|Mailadresse|E-Mail-Adresse) nicht mehr`,
    `(?:esta|este) (?:dirección|buzón|cuenta)(?: de correo(?: electrónico)?)? (?:ya )?no (?:está|es|se) (?:monitorizad[oa]|supervisad[oa]|revisad[oa]|activ[oa]|atendid[oa]|en uso|revisa|monitoriza|utiliza|lee)`,
    `(?:cette|cet) (?:adresse|boîte|boite)(?: (?:e-?mail|mail|électronique|aux lettres|de messagerie))? n${APOS}est (?:plus |pas )(?:consultée|surveillée|active|utilisée|lue|relevée)`,
    `(?:questa|questo) (?:casella|indirizzo)(?: (?:di posta|e-?mail|email))?(?: elettronica)? non (?:è più|viene più|è|viene) (?:monitorat[oa]|controllat[oa]|attiv[oa]|lett[oa]|utilizzat[oa]|presidiat[oa])`,
    `(?:este|esta) (?:endereço|caixa|conta)(?: de (?:e-?mail|correio))?(?: eletrónico| eletrônico)? não (?:é|está) (?:mais )?(?:monitorad[oa]|verificad[oa]|ativ[oa]|lid[oa]|utilizad[oa])`,
    `(?:dit|deze) (?:e-?mail\\s?adres|mailadres|mailbox|adres|postvak|inbox) wordt niet (?:meer )?(?:gelezen|gemonitord|bekeken|gebruikt)|(?:dit|deze) (?:e-?mail\\s?adres|mailadres|mailbox|adres) is niet (?:meer )?(?:in gebruik|actief)`,
  ].join('|'),
);

/** A return date or period: "until 5 May", "bis zum 14.03.", "hasta el lunes", "jusqu'au 3 juin", ... */
export const PERIOD = stem(
  [
    `(?:until|till|til|through|thru|returning(?: on)?|back(?: in the office| at work| in office| at my desk)?(?: on| from| after| in)?|return(?:ing)? (?:on|to the office on|to work on)|(?:re-?opens?|re-?opening|will re-?open|opens? again|resumes?|resuming) (?:on|from|after)?|from|between|as of|starting(?: on)?) (?:the |on )?(?:(?:${DAYS}),? )?${DATE}`,
    `(?:bis(?: zum| einschließlich| inklusive| inkl\\.)?|ab(?: dem| kommenden)?|vom|(?:wieder|zurück) (?:ab|am|im Büro am|im Büro ab)|voraussichtlich (?:bis|ab)) (?:dem |den |zum )?(?:(?:${DAYS}),? (?:den )?)?${DATE}`,
    `(?:hasta(?: el)?|desde(?: el)?|del|a partir del?|(?:regreso|regresaré|volveré|vuelvo|estaré de vuelta|de vuelta|me reincorporo|me incorporaré)(?: a la oficina)?(?: el)?) (?:(?:${DAYS}),? )?(?:el |día )?${DATE}`,
    `(?:jusqu${APOS}(?:au|à|a)(?: la| le)?|du|à partir du|dès le|(?:de retour|retour|je serai de retour|je reviendrai|je rentre)(?: au bureau)?(?: le| à partir du| dès le)?) (?:(?:${DAYS}) )?(?:le )?${DATE}`,
    `(?:fino (?:al|a|all${APOS})|dal|a partire dal|(?:rientro|rientrerò|tornerò|torno|di ritorno|sarò di nuovo in ufficio)(?: in ufficio)?(?: il| dal| a partire dal)?) (?:(?:${DAYS}) )?${DATE}`,
    `(?:até(?: (?:o|a|ao|dia))?|de|desde|a partir d[eo]|(?:regresso|retorno|volto|voltarei|regressarei|retornarei|estarei de volta)(?: ao escritório)?(?: a| em| no| dia| na)?) (?:(?:${DAYS})(?:-feira)?,? )?(?:dia )?${DATE}`,
    `(?:tot(?: en met)?|t/m|vanaf|van|(?:terug|weer aanwezig|weer op kantoor|weer bereikbaar|ben ik (?:weer|terug)|(?:pas )?weer na)(?: op| vanaf)?) (?:(?:${DAYS}) )?${DATE}`,
    // A stretch counted from today ("for the next two weeks", "die nächsten drei Tage", "les deux prochaines semaines").
    `(?:for |over )?the (?:next|coming) (?:\\d+|a few|few|couple of|two|three|four|five|six) (?:days|weeks|months)|(?:für )?die (?:nächsten|kommenden) (?:\\d+|paar|zwei|drei|vier|fünf|sechs) (?:Tage|Wochen|Monate)|(?:durante )?(?:los|las) próxim[oa]s (?:\\d+|dos|tres|cuatro|cinco|seis) (?:días|semanas|meses)|(?:pendant )?les (?:\\d+|deux|trois|quatre|cinq|six) prochain(?:e)?s (?:jours|semaines)|(?:per )?(?:i|le) prossim[ei] (?:\\d+|due|tre|quattro|cinque|sei) (?:giorni|settimane|mesi)|(?:durante )?(?:os|as) próxim[oa]s (?:\\d+|dois|duas|três|quatro|cinco|seis) (?:dias|semanas|meses)|(?:de )?komende (?:\\d+|twee|drie|vier|vijf|zes) (?:dagen|weken|maanden)`,
  ].join('|'),
);

/** Limited access to e-mail while away. */
export const LIMITED_ACCESS = words(
  [
    `(?:limited|no|restricted|intermittent|sporadic|occasional|irregular|little|minimal) (?:or no )?access to (?:my |the )?(?:e-?mails?|inbox|mail|messages|phone|internet|computer|laptop)|(?:without|with no) (?:access to )?(?:my )?(?:e-?mails?|inbox)(?: access)?|(?:check(?:ing)?|read(?:ing)?|respond(?:ing)? to) (?:my )?(?:e-?mails?|messages|mail|inbox) (?:only )?(?:occasionally|intermittently|periodically|sporadically|infrequently|rarely|irregularly|once a day|with (?:a )?delays?)|(?:responses?|replies|answers) (?:may|will|might) be (?:delayed|slower|slow)|(?:delayed|slower) (?:responses?|replies)|(?:will not|won${APOS}t|cannot|can${APOS}t|will be unable to|am unable to) (?:be able to )?(?:check|read|access|respond to|reply to|answer) (?:my )?(?:e-?mails?|messages|mail)`,
    `(?:eingeschränkt(?:en|em)?|keine[nm]?|begrenzt(?:en|em)?|nur sporadisch(?:en)?|nur unregelmäßig(?:en)?|nur gelegentlich(?:en)?) (?:Zugriff|Zugang) (?:auf|zu) (?:meine |mein |das |die )?(?:E-Mails?|Postfach|Mails?|Nachrichten)|(?:nur )?(?:eingeschränkt|sporadisch|unregelmäßig|begrenzt) (?:per E-Mail |telefonisch )?erreichbar|E-Mails? (?:werden )?(?:nicht|nur unregelmäßig|nur sporadisch|nur eingeschränkt) (?:gelesen|abgerufen|bearbeitet|beantwortet)|(?:kann|werde) (?:meine )?E-Mails? (?:nicht|nur unregelmäßig|nur sporadisch|nur eingeschränkt) (?:lesen|abrufen|bearbeiten|beantworten)`,
    `acceso (?:limitado|restringido|esporádico|ocasional) (?:a|al) (?:mi |mis |el |los )?(?:correos?|e-?mails?|buzón|internet)|sin acceso (?:a|al) (?:mi |mis |el |los )?(?:correos?|e-?mails?|buzón)|no (?:podré|tendré|voy a poder) (?:acceso a|revisar|leer|consultar|contestar|responder) (?:mi |mis |el |los |a )?(?:correos?|e-?mails?|mensajes)|(?:revisaré|leeré|consultaré) (?:mi |mis |el )?(?:correos?|e-?mails?) (?:de forma |de manera )?(?:esporádica|ocasional|limitada)`,
    `accès (?:limité|restreint|réduit|occasionnel|ponctuel) (?:à|a|aux) (?:mes |ma |mon |la |les )?(?:e-?mails?|courriels?|messagerie|boîte mail|mails?)|(?:sans|pas d${APOS}|peu d${APOS})accès (?:à|a|aux) (?:mes |ma |mon |la |les )?(?:e-?mails?|courriels?|messagerie|mails?)|(?:consulterai|lirai) (?:mes |ma )?(?:e-?mails?|courriels?|messagerie|mails?) (?:de (?:manière|façon) )?(?:occasionnelle|irrégulière|ponctuelle|limitée|occasionnellement)|ne (?:pourrai|serai) pas (?:en mesure de )?(?:consulter|lire|répondre)`,
    `accesso (?:limitato|ridotto|saltuario|occasionale) (?:alla|alle|al|ai) (?:mia |mie |mio )?(?:posta|e-?mails?|mail|casella)|senza accesso (?:alla|alle|al) (?:posta|e-?mail|mail)|non (?:potrò|avrò modo di|sarò in grado di) (?:leggere|consultare|controllare|rispondere|accedere)|(?:leggerò|consulterò|controllerò) (?:la posta|le e-?mails?|le mail) (?:saltuariamente|occasionalmente|raramente)`,
    `acesso (?:limitado|restrito|esporádico|ocasional) (?:ao|aos|à|a) (?:meu |meus |minha )?(?:e-?mails?|correio|caixa|internet)|sem acesso (?:ao|aos|à|a) (?:meu |meus |minha )?(?:e-?mails?|correio|caixa)|não (?:poderei|terei|vou poder) (?:acesso a|ler|consultar|verificar|responder)|(?:lerei|consultarei|verificarei) (?:o |os |meu |meus )?(?:e-?mails?|correio) (?:esporadicamente|ocasionalmente|raramente)`,
    `(?:beperkt|geen|weinig|sporadisch) (?:toegang tot|bereikbaar via) (?:mijn |de )?(?:e-?mail|mail|mailbox|inbox)|(?:beperkt|slecht|niet) bereikbaar|(?:lees|bekijk|controleer) (?:mijn )?(?:e-?mail|mail) (?:niet|beperkt|sporadisch|slechts sporadisch|af en toe)|(?:mijn |de )?(?:e-?mail|mail) (?:wordt )?(?:niet|beperkt|sporadisch) (?:gelezen|bekeken)`,
  ].join('|'),
);

/** Who to turn to meanwhile: "for urgent matters", "in meiner Abwesenheit", "mi compañera", ... */
export const MEANWHILE = words(
  [
    `(?:for|in case of|in|with|regarding|concerning|if you have) (?:any )?(?:urgent|pressing|immediate|time[- ]sensitive|emergency|critical) (?:matters?|issues?|enquir(?:y|ies)|inquir(?:y|ies)|requests?|questions?|cases?|concerns?|needs|business|items)|if (?:it is|it${APOS}s|this is|your (?:matter|request|enquiry|inquiry|question|message) is) (?:urgent|time[- ]sensitive|pressing)|if urgent|anything urgent|(?:in my absence|during my absence|while i${APOS}?m away|while i am (?:away|out))|(?:my colleague|my deputy|my assistant|my back-?up|my cover)|(?:is|are) covering (?:for me|my)`,
    `(?:in|bei) (?:dringenden|eiligen) (?:Fällen|Angelegenheiten|Anliegen|Fragen|Anfragen)|(?:in|im) (?:dringenden )?Notf(?:a|ä)ll(?:en)?|wenn es dringend ist|falls (?:es )?dringend|meine Vertretung|vertreten (?:durch|von)|in meiner Abwesenheit|während meiner Abwesenheit|(?:meine|mein) (?:Kollegin|Kollege|Kolleginnen|Kollegen|Stellvertret\\p{L}*|Vertreter\\p{L}*)`,
    `(?:para|en) (?:asuntos|temas|casos|consultas|cuestiones|solicitudes) urgentes|en caso de (?:urgencia|emergencia)|si (?:es|su (?:consulta|asunto|solicitud) es) (?:urgente|importante)|si es algo urgente|si urge|durante mi ausencia|en mi ausencia|mi (?:compañer[oa]|colega|sustitut[oa]|suplente)`,
    `pour (?:toute|les|toutes les) (?:demandes?|questions?|affaires?) urgentes?|pour toute urgence|en cas d${APOS}urgence|si (?:c${APOS}est|votre (?:demande|question|message) est) (?:urgent|pressé|pressant)|si urgence|en cas d${APOS}urgence|pendant mon absence|en mon absence|durant mon absence|mon (?:collègue|remplaçant)|ma (?:collègue|remplaçante)`,
    `per (?:questioni|richieste|comunicazioni|pratiche|casi|necessità) urgenti|in caso di (?:urgenza|emergenza|necessità)|(?:se|qualora) (?:urgente|(?:è|fosse) urgente|la (?:richiesta|questione) (?:è|fosse) urgente)|se la questione non può aspettare|durante la mia assenza|in mia assenza|(?:il mio|la mia|un mio|una mia) (?:collega|sostitut[oa])`,
    `para (?:assuntos|questões|casos|pedidos|situações) urgentes|em caso de (?:urgência|emergência)|se (?:for|o assunto for|é) urgente|durante a minha ausência|na minha ausência|(?:o meu|a minha|meu|minha) (?:colega|substitut[oa])`,
    `voor (?:dringende|spoedeisende|urgente) (?:zaken|vragen|kwesties|verzoeken)|in (?:dringende|spoedeisende) gevallen|bij (?:spoed|dringende zaken)|spoed\\?|als het dringend is|(?:tijdens|gedurende) mijn afwezigheid|in mijn afwezigheid|mijn (?:collega|vervanger)|(?:wordt|word) (?:ik )?vervangen door`,
  ].join('|'),
);

/** A verb that sends the reader elsewhere; counts only with an address or a colleague in the same sentence. */
export const CONTACT_VERB = words(
  [
    `(?:please )?(?:contact|e-?mail|write to|reach|call|get in touch with|reach out to|send (?:your (?:e-?mail|message|request|enquiry|inquiry|query) )?to|(?:send|direct|address|forward|redirect|resend) (?:all |any |your )?(?:future |further |new )?(?:correspondence|e-?mails?|enquir(?:y|ies)|inquir(?:y|ies)|messages?|requests?|questions|queries|mail) to|forward (?:your (?:e-?mail|message) )?to)(?! (?:me|us)(?![\\p{L}]))`,
    `wenden Sie sich|kontaktieren Sie|schreiben Sie (?:bitte )?an|erreichen Sie|richten Sie|(?:senden|schicken) Sie (?:bitte )?(?:Ihre |Ihr )?(?:\\p{L}+ )?an`,
    `contacte con|póngase en contacto con|escriba a|diríjase a|contactar con|puede contactar|comuníquese con|envíe (?:su |sus )?(?:\\p{L}+ )?a`,
    `contactez|veuillez contacter|merci de contacter|vous pouvez contacter|écrivez à|adressez-vous à|joindre|(?:envoyez|adressez|transmettez) (?:votre |vos )?(?:\\p{L}+ )?à|merci d${APOS}écrire à|veuillez écrire à`,
    `contattare|contatta|contattate|scrivere a|scrivete a|rivolgersi a|rivolgetevi a|(?:inviare|inviate|invii) (?:il suo |la sua |le sue )?(?:\\p{L}+ )?a`,
    `contacte|entre em contato com|entre em contacto com|contactar|escreva para|envie (?:a sua |sua |o seu |seu )?(?:\\p{L}+ )?para|fale com`,
    `neem contact op met|contact opnemen met|mail naar|wend u tot|kunt u terecht bij|bel|(?:stuur|zend|richt) (?:uw |je )?(?:\\p{L}+ )?(?:voortaan )?(?:naar|aan)|schrijf naar`,
  ].join('|'),
);
export const ADDRESS_OR_PHONE = /[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}\.|\+?\d[\d ()/-]{6,}\d/u;

/** "I will reply when I'm back", "nach meiner Rückkehr", "à mon retour", "your mail will not be forwarded". */
export const ON_RETURN = words(
  [
    `(?:i will|i${APOS}ll|i shall|we will|we${APOS}ll) (?:\\p{L}+ ){0,3}?(?:respond|reply|get back|answer|read|deal with|attend to|follow up|be in touch|address|action|look at|go through|review|contact you)${GAP(60)}(?:(?:when|once|as soon as|after|upon|on) (?:i|my|we) (?:return|am back|get back|${APOS}m back|come back|returning)|(?:upon|on|after|following) (?:my|our) return|as soon as (?:possible|i can|i am able))|(?:upon|on|after|following) my return|when i (?:return|am back|get back|come back)|(?:as soon as|once) i${APOS}?m back|(?:your|this) (?:e-?mail|message|mail) (?:will|won${APOS}t|will not) (?:not )?be (?:forwarded|read|answered|actioned|monitored|deleted)|(?:e-?mails?|messages) (?:will not|won${APOS}t|are not|aren${APOS}t) (?:be )?(?:forwarded|read|monitored)|(?:any |all )?(?:e-?mails?|messages|enquiries|inquiries|requests) (?:received )?(?:will be|are) (?:answered|dealt with|processed|handled|read|responded to) (?:after|when|once|on|from|upon|in the order)|(?:please )?(?:re-?send|send (?:it|this|your (?:e-?mail|message)) again)|(?:on|by) my next (?:working|business|office|work) day|when i${APOS}?(?:m| am) next in|next time i${APOS}?(?:m| am) in`,
    `nach meiner Rückkehr|bei meiner Rückkehr|sobald ich (?:wieder )?(?:zurück|im Büro|da|erreichbar) bin|(?:werde|melde) (?:mich|ich)${GAP(60)}(?:nach|bei) meiner Rückkehr|(?:werde|melde) (?:mich|ich) (?:schnellstmöglich|baldmöglichst|umgehend|so bald wie möglich|zeitnah)|(?:Ihre|Deine) (?:E-Mail|Nachricht|Mail) wird (?:nicht )?(?:weitergeleitet|gelesen|bearbeitet|beantwortet)|(?:E-Mails|Nachrichten) werden (?:nicht|während meiner Abwesenheit nicht) (?:weitergeleitet|gelesen|bearbeitet)|wieder (?:erreichbar|im Büro|für Sie da) (?:ab|am)`,
    `a mi (?:regreso|vuelta|retorno|reincorporación)|(?:cuando|en cuanto|tan pronto como) (?:regrese|vuelva|me reincorpore|esté de vuelta)|(?:le |te |les )?(?:responderé|contestaré|atenderé)|(?:su|tu) (?:correo|mensaje|e-?mail) (?:no )?(?:será|va a ser) (?:reenviado|leído|atendido)|(?:los )?(?:correos|mensajes) no (?:serán|se) (?:reenviados|leídos|reenviarán)`,
    `(?:à|dès) mon retour|(?:lorsque|quand|dès que) je (?:serai|reviendrai|rentrerai)|je (?:vous |te )?(?:répondrai|recontacterai|reviendrai vers vous|traiterai)|votre (?:message|e-?mail|courriel|mail) (?:ne )?sera (?:pas )?(?:transféré|lu|traité)|(?:les )?(?:messages|e-?mails|courriels) ne (?:seront|sont) pas (?:transférés|lus)`,
    `al mio (?:rientro|ritorno)|(?:appena|quando|non appena) (?:rientrerò|tornerò|sarò di ritorno|sarò rientrat[oa])|(?:le |ti |vi )?risponderò|(?:la sua|la tua|la vostra|il suo|il tuo) (?:e-?mail|mail|messaggio) (?:non )?(?:sarà|verrà) (?:inoltrat[oa]|lett[oa]|gestit[oa])|(?:le )?(?:e-?mail|mail|messaggi) non (?:saranno|verranno) (?:inoltrat[ie]|lett[ie])`,
    `(?:no|ao|após o|depois do) meu (?:regresso|retorno)|(?:quando|assim que|logo que) (?:eu )?(?:regressar|voltar|retornar)|(?:lhe |te )?responderei|(?:a sua|sua|o seu|seu) (?:e-?mail|mensagem) (?:não )?(?:será|vai ser) (?:encaminhad[oa]|lid[oa]|reencaminhad[oa])|(?:os )?(?:e-?mails|mensagens) não (?:serão|são) (?:encaminhad[oa]s|lid[oa]s|reencaminhad[oa]s)`,
    `na (?:mijn )?terugkeer|bij (?:mijn )?terugkomst|zodra ik (?:weer )?(?:terug|aanwezig|op kantoor|bereikbaar) ben|(?:uw|je|jouw) (?:e-?mail|mail|bericht) wordt (?:niet )?(?:doorgestuurd|gelezen|behandeld)|(?:e-?mails|berichten) worden niet (?:doorgestuurd|gelezen)|(?:reageer|antwoord|beantwoord)${GAP(40)} (?:zo snel mogelijk|na terugkomst|zodra ik)`,
  ].join('|'),
);

/** "Please update your address book": a departed person's or retired mailbox's notice. */
export const UPDATE_CONTACTS = words(
  `update your (?:address book|contacts?|contact (?:list|details|information)|distribution list)|(?:aktualisieren|ändern) Sie (?:bitte )?Ihr(?:e)? (?:Adressbuch|Kontakte|Kontaktdaten|Verteiler)|actualice su (?:libreta de direcciones|lista de contactos|agenda)|(?:mettez à jour|modifiez) votre (?:carnet d${APOS}adresses|liste de contacts)|aggiorn(?:i|ate) (?:la sua |la vostra )?(?:rubrica|lista (?:dei )?contatti)|atualize (?:a sua |o seu )?(?:livro de endereços|lista de contatos|agenda)|(?:pas|werk) (?:uw|je) (?:adresboek|contactgegevens|contactenlijst) (?:aan|bij)`,
);

/**
 * A departed colleague's notice asks to drop the address itself from lists ("Bitte entfernen Sie diese
 * Adresse aus Ihren Verteilern"): the notice's own wording, not the sender asking to opt out.
 */
export const DROP_THIS_ADDRESS = words(
  `(?:remove|delete|take|drop) (?:this|the above) (?:e-?mail )?address|this (?:e-?mail )?address (?:from|off) (?:your|all)|(?:diese|die obige) (?:E-Mail-)?Adresse (?:[\\p{L}-]+ ){0,4}?(?:entfernen|löschen|austragen|streichen)|(?:entfernen|löschen|streichen) Sie (?:bitte )?diese (?:E-Mail-)?Adresse|(?:eliminen|eliminar|borren|borrar|quiten|quitar|retiren|retirar|den de baja) (?:esta|la presente) direcci[óo]n|(?:supprimer|supprimez|retirer|retirez|enlever|enlevez|radier|radiez) cette adresse|(?:rimuovere|rimuovete|eliminare|eliminate|cancellare|cancellate|togliere|togliete) (?:questo |quest${APOS})indirizzo|(?:remover|removam|remova|eliminar|eliminem|apagar|apaguem|retirar|retirem) (?:este|o presente) endereço|(?:verwijder|verwijderen|haal) (?:dit|het) (?:e-?mail)?adres`,
);
