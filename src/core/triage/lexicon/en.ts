import { ask, chase, newDetail, rule, stem, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

/** What a person's own data is called in requests, from statute wording to everyday speech. */
// Common misspellings too: people type these on a phone.
const DATA_NOUNS = 'data|info|information|infomation|informaton|infromation|details|records?|files?|account|acount|acct|profile|history|notes|chart|e-?mail address|phone number|number|address|everything|pii';
const OWNER = "(?:my|our|me|his|her|their|all(?: of)?(?: the| my| our| his| her| their)?|any(?: of)?(?: the| my)?|the|whatever|everything) (?:[\\p{L}'-]+ ){0,4}?";
const MY_DATA = `${OWNER}(?:${DATA_NOUNS})`;
/** Only the writer's own data: "send me the pricing information" must not read as an access request. */
const MINE = `(?:(?:my|our|his|her|their|all(?: of)? (?:my|his|her|their)|any(?: of)? my) (?:[\\p{L}'-]+ ){0,4}?(?:${DATA_NOUNS})|(?:all )?(?:of )?(?:the )?(?:personal )?(?:data|info|information|details) (?:that |which )?(?:you(?: guys)? (?:have |had )?(?:have|hold|store|keep|process|collect|collected|retain|maintain|gathered|obtained|stored|kept) )?(?:on (?:file|record) )?(?:on|about|for|concerning|relating to|regarding) (?:me|him|her|them|my client|our client)|everything you (?:have|hold|know) (?:on|about) me)`;
/** Fields people ask to have fixed. */
const MY_FIELDS = `${OWNER}(?:name|surname|last name|first name|date of birth|birth ?date|dob|spelling|gender|pronouns|${DATA_NOUNS})`;

/** English: GDPR/UK GDPR, CCPA/CPRA and US state-law wording, plus plain consumer phrasing. */
/**
 * While a correction is checked (GDPR Art. 18(1)(a)): "until it is corrected", "while you look into
 * this", "pending your review", "until you have verified it".
 */
const PENDING_CHECK =
  "(?:until|till|while|before|as long as) (?:(?:this|it|that) |the (?:[\\p{L}-]+ ){1,2}?)(?:is|has been|gets|are|is being|have been) (?:corrected|fixed|sorted(?: out)?|cleared up|checked|resolved|investigated|looked into|amended|updated|verified|reviewed)|(?:until|till|while|before|as long as) (?:it|that)['’]s (?:corrected|fixed|sorted(?: out)?|cleared up|checked|resolved|investigated|amended|verified)|(?:until|till|while|before) you(?:['’]ve| have|['’]re| are)? (?:check|verify|look into|investigate|review|correct|fix|sort out|look at|looking into|sorting out)\\p{L}* (?:it|this|that|them|the (?:error|mistake|entry|record|matter|data|information|details|dispute|claim))(?!\\p{L})|pending (?:the|your|an?|my) (?:investigation|review|correction|verification|outcome|check)";
/** Passing a record on or using it: what a restriction stops. */
const PASSING_ON = "(?:share|send|use|using|pass(?:ing)? (?:it |them )?on|forward|disclose|release|report|reporting|process|processing|rely on|relying on|give)";

export const EN_RULES: Rule[] = [
  // deletion
  // "Yes it's me, pls go ahead w the deletion": the person tells us to carry out the erasure they asked for.
  ask('deletion', words('(?:please |pls |plz |kindly |you (?:can|may) |feel free to )?(?:go ahead|proceed|carry on|continue|move forward|get on) (?:with|w/?) (?:(?:the |my |our )?(?:deletion|erasure|removal|account (?:deletion|closure))(?! request)|(?:deleting|erasing|closing) (?:my|the|our) (?:account|data|profile|records|details))')),
  // "remove my number from your call list" is an opt-out, handled below.
  ask('deletion', words(`(?:please |kindly |can you |could you |i want you to |i'd like you to |i would like you to )?(?:delete|delet|erase|remove|purge|wipe|destroy|scrub|get rid of) (?!(?:the|this|that|a) (?:[\\p{L}'-]+ ){0,3}?(?:from|off) (?:my|our) )${MY_DATA}(?! from (?:your|the|this|all|any) (?:[\\p{L}-]+ ){0,2}?(?:lists?|mailings?|newsletters?)(?![a-z]))(?![^.\\n]{0,60}(?:instead|use this|replace it))`)),
  // Causative: "I want my therapy notes erased", "get all the information you hold about me deleted", "I want it all gone",
  // "I want that account gone and all his stuff deleted" (a parent on a voicemail).
  ask('deletion', words(`(?:have|get|want|like|need) (?:that|this|the) (?:[\\p{L}'-]+ ){0,2}?(?:account|acct|profile|data|information|info|records?|files?|notes|history)(?: (?:permanently|completely|fully|entirely))? (?:deleted|erased|removed|destroyed|wiped|closed|purged|scrubbed|gone)`)),
  ask('deletion', words(`(?:and|also|plus) (?:all )?my (?:[\\p{L}'-]+ ){0,2}?(?:${DATA_NOUNS}|stuff) (?:deleted|erased|removed|destroyed|wiped|purged|gone)(?=[ ,.;:!?]|$)`)),
  ask('deletion', words(`(?:have|get|want|like|need) (?:it|them|this|that|everything|it all|all of it|${MINE}|(?:all (?:of )?)?(?:my|his|her|their) (?:[\\p{L}'-]+ ){0,3}?(?:${DATA_NOUNS}|stuff)) (?:permanently |completely |fully |entirely )?(?:deleted|erased|removed|destroyed|wiped|closed|purged|scrubbed|gone)`)),
  ask('deletion', words(`(?:make sure|ensure|see to it) (?:that )?(?:it|they|everything|${MINE}|(?:all (?:of )?)?(?:my|the) (?:[\\p{L}'-]+ ){0,3}?(?:${DATA_NOUNS}))[^.?!\\n]{0,40}? (?:is|are|gets|get|has been|have been|will be) (?:permanently |completely |fully )?(?:deleted|erased|removed|destroyed|wiped|purged)`)),
  ask('deletion', words(`(?:delete|erase|remove|purge|wipe) (?:it|them|everything|me) (?:all |completely |entirely |permanently )?(?:from your (?:systems?|database|records|files|servers))`)),
  ask('deletion', words('(?:deletion|erasure|removal|destruction) of (?:all )?(?:of )?(?:my|our|any|the) (?:[\\p{L}-]+ ){0,3}?(?:data|information|account|records?|details|profile)')),
  ask('deletion', words('(?:request(?:ing)?|ask(?:ing)?|want|demand(?:ing)?) (?:for )?(?:the )?(?:immediate |permanent |complete )?(?:deletion|erasure|removal)')),
  ask('deletion', words('(?:i|we) (?:would like|want|wish|need) to (?:delete|erase|remove) (?:my|our|all)')),
  ask('deletion', words('my right (?:of|to) (?:erasure|deletion|delete|be forgotten)')),
  topic('deletion', 2, words('right (?:of|to) (?:erasure|deletion|delete)|right to be forgotten|erasure request|deletion request|request to delete')),
  ask('deletion', words('(?:close|cancel|terminate|delete|remove)(?: out)? (?:my|our|the) (?:[\\p{L}-]+ ){0,2}?(?:account|profile|membership|file|records|chart)')),
  ask('deletion', words('(?:confirm|verify) (?:that )?you (?:have )?(?:deleted|erased|removed|destroyed) my')),
  ask('deletion', words('(?:remove|delete|erase) me (?:completely |entirely |permanently )?from (?:your|all|the) (?:[\\p{L}-]+ ){0,2}?(?:systems?|databases?|records|files|servers|platform|site|app)')),
  ask('deletion', words("get (?:my|all my|me|everything) (?:[\\p{L}'-]+ ){0,3}?(?:off|out of) (?:your|the) (?:system|systems|database|records|files|servers|list|lists|platform)|take (?:my|all my|me|everything) (?:[\\p{L}'-]+ ){0,3}?(?:off|out of) (?:your|the) (?:system|systems|database|records|files|servers|platform)|(?:delete|erase|remove) (?:it|them|that|this) please")),
  ask('deletion', words("forget (?:that )?i (?:ever )?(?:signed up|existed|was (?:a )?(?:client|patient|customer))|wipe (?:it|them|everything) (?:all|out|clean)|wipe it")),
  ask('deletion', words('forget (?:about )?me|delete me|erase me|(?:remove|delete|erase|wipe) (?:everything|whatever|anything|all that|all of it|it all|all of them|them all)(?: you (?:have|hold|keep|store|know))?')),
  // Leave to delete whatever is lost: "please delete anyway", "go ahead and erase it all the same".
  ask('deletion', words('(?:delete|erase|remove|wipe)(?: it| them| everything| it all)? (?:anyway|anyhow|regardless|all the same|nonetheless)(?![^.!\\n]{0,40}\\?)')),
  // Passive: "I'd like everything you have on file for me to be wiped".
  ask('deletion', words("(?:everything|all (?:of )?(?:my|the) (?:[\\p{L}'-]+ ){0,3}?(?:data|information|info|details|records|files?)|my (?:[\\p{L}'-]+ ){0,3}?(?:data|information|info|details|records|account|file|profile))[^.?!\\n]{0,60}? (?:to be|be|being|get|gets|to get) (?:permanently |completely |fully )?(?:wiped|deleted|erased|removed|destroyed|purged)(?![^.!\\n]{0,40}\\?)")),
  ask('deletion', words('(?:please|pls|plz|kindly|can you|could you|can u) (?:delete|delet|erase|remove) (?:it|them|that|this account)')),
  ask('deletion', words('(?:then|and) (?:delete|erase|remove|destroy) (?:it|them|all of it|everything)')),
  topic('deletion', 1, words('(?:just )?(?:delete|erase|remove) (?:it|them|that|this account)')),
  topic('deletion', 1, words('data deletion|account deletion|delete(?:d)? account|erase(?:d)? data')),

  // disclosure
  ask('disclosure', words(`(?:a |an )?(?:full |complete |electronic )?(?:copy|copies|export|download|printout) of (?:all )?(?:of )?(?:${MINE}|the (?:personal )?(?:data|information|records|notes) (?:that |which )?(?:you|your (?:company|clinic|practice)) (?:hold|have|keep|store|process|collected))`)),
  ask('disclosure', words(`(?:send|give|provide|email|show|forward|mail|supply|furnish|disclose|fax|transfer|release) (?:me |to me )?(?:with )?(?:a (?:summary|list) of )?${MINE}`)),
  ask('disclosure', words('(?:what|which|whatever) (?:kind of |kinds of |sort of |types of |categories of )?(?:personal )?(?:data|info|information|details|records) (?:do |does |did )?(?:you|u|ya|your company|your organi[sz]ation|you guys|your (?:app|website|site|service|platform|clinic|practice|system)) (?:have|has|had|hold|holds|held|store|stores|stored|keep|keeps|kept|collect|collects|collected|process|processes|retain|retains|possess|share|shares)')),
  ask('disclosure', words('(?:do|does) (?:you|your company) (?:have|hold|store|keep|collect|process|retain) (?:any )?(?:personal )?(?:data|info|information|records|details) (?:on|about|of|relating to|concerning) me')),
  ask('disclosure', words('(?:what|which) (?:personal )?(?:information|data|info|details|records) (?:about|on|of) me|(?:need|want|would like|request|requesting) (?:a copy of |copies of )?my (?:[\\p{L}-]+ ){0,2}?(?:records|chart|file|notes|results|history)')),
  ask('disclosure', words('(?:do|does) (?:you|your company) (?:still )?(?:have|hold|store|keep|retain) (?:any (?:of )?)?my (?:[\\p{L}-]+ )?(?:data|info|information|details|records)')),
  ask('disclosure', words('(?:how|where) did you (?:get|obtain|find|collect|source|buy) my (?:[\\p{L}-]+ ){0,3}?(?:data|info|information|details|email|number|address|name)')),
  ask('disclosure', words('(?:know|tell me|find out|confirm) (?:if|whether) (?:you|your company) (?:sell|sold|share|shared|have|hold|store|keep|collect|process)|accounting of disclosures|(?:is|are|was|were|has|have) my (?:[\\p{L}-]+ ){0,2}?(?:data|information|records|details) (?:been |being )?(?:shared|sold|disclosed|passed on|given)')),
  ask('disclosure', words('what (?:exactly )?(?:is|are|gets|has been) (?:kept|stored|held|recorded|saved|collected) (?:in|on|about) (?:my|me)|who (?:else )?(?:you |we )?(?:have )?(?:shared|sold|disclosed|given|gave|passed|sent) (?:my|it|them|this)|(?:with )?whom (?:you |we )(?:have )?(?:shared|disclosed|passed) (?:my|it|them)|what (?:do |did )?you (?:have|hold|keep|store|know) (?:on|about) (?:me|him|her|them|my)')),
  ask('disclosure', words('who (?:has|have|had|can|could) (?:access to|seen|see|view|viewed|read) my|who (?:has |have )?(?:accessed|viewed|looked at|opened|read) my|(?:do|will) you (?:share|sell|disclose|give|pass) (?:them|it|my (?:[\\p{L}-]+ ){0,3}?(?:data|information|info|details|records|notes|results)) (?:with|to)|(?:do|does|did) (?:you|your company|your clinic) (?:ever )?(?:sell|share|disclose|give|pass on|rent) (?:any )?(?:patient|customer|client|user|personal|my|people\'s) (?:[\\p{L}-]+ )?(?:data|information|info|details|records)')),
  ask('disclosure', words('disclose (?:to me )?(?:the |all )?(?:categories|specific pieces|what|which|any)|(?:which|what) third parties (?:have )?(?:received|got|were given|have access|had access)|confirm(?:ation)? (?:of )?(?:whether|if) (?:or not )?you (?:are )?(?:process|processing|hold|holding|have|collect|collecting)')),
  ask('disclosure', words('my right (?:to know|of access|to access|to data portability|to portability)|(?:i am |i\'m |i )?request(?:ing)? access')),
  topic('disclosure', 2, words('right (?:to know|of access|to access|to data portability|to portability)|subject access request|data access request|request to know|request for access')),
  // "my", not "the": "I can't access the portal information page" is a support question.
  ask('disclosure', words('access to (?:all )?(?:of )?my (?:[\\p{L}-]+ ){0,3}?(?:data|information|records)|access (?:all )?(?:of )?my (?:[\\p{L}-]+ ){0,2}?(?:data|information|records)')),
  topic('disclosure', 2, words('access (?:to|of) (?:my |the )?(?:protected health information|PHI|medical records?|health records?|patient records?)')),
  // The recipients (GDPR Art. 15(1)(c), CCPA 1798.115): "which companies you sold my data to".
  ask('disclosure', words("(?:which|what) (?:other )?(?:companies|third parties|parties|partners|organi[sz]ations|firms|businesses|insurers|advertisers|brokers|vendors) (?:you |you have |you've |have you |did you |we have )?(?:shared|sold|given|passed|disclosed|sent|transferred) (?:my|it|them|our)")),
  // "just send me the copy first": the copy a thread is about, not an invoice's.
  ask('disclosure', words('send (?:me|over) (?:the|my) (?:full |complete )?(?:copy|export|data export)(?! of (?!my |all my ))')),
  // Where the data came from (GDPR Art. 15(1)(g)): "I want to know how you got my cell number", "where you got it".
  // Not "I have no idea where you got my number, stop calling": a rhetorical question asks nothing.
  ask('disclosure', words("(?<!(?:don['’]t|do not|didn['’]t|no idea|never|not sure|care) )(?:know|tell me|explain|find out|wondering|ask you|understand) (?:[\\p{L}'’]+ ){0,2}?(?:how|where) (?:exactly )?(?:did )?(?:you|your company|your clinic|they) (?:got|get|obtain(?:ed)?|found|find|came by|come by|sourced) (?:hold of )?(?:my|it|them|this number|this address|that number)")),
  // "get my details off your system" is a deletion, not an access request.
  ask('disclosure', words(`(?:download|export|obtain|receive|get|see|view|review|access|(?:can|could|may) i have) (?:a (?:full |complete )?(?:copy|list|summary|record|printout|report|overview) of )?${MINE}(?! (?:off|out of|removed|deleted|erased|wiped))`)),
  ask('disclosure', words('(?:have|has|did) you (?:ever )?(?:shared|sold|disclosed|given|passed on|sent) my (?:[\\p{L}-]+ ){0,2}?(?:data|information|info|details|records|notes|results) (?:with|to)')),
  ask('disclosure', words('(?:what|which) (?:categories|kinds|types|sorts) of (?:personal )?(?:data|information|info)')),
  // CCPA 1798.110's right to know, asked by the consumer or for them: "Morgan asks to know the categories and specific pieces of personal information".
  ask('disclosure', words('(?:ask|asks|asked|asking|request|requests|requesting|wish|wishes|want|wants|like) to know (?:the |which |what )?(?:categories|specific pieces|(?:personal )?(?:data|information|info)(?! about (?:it|this|that)))')),
  ask('disclosure', words(`(?:a |the )?(?:full |complete )?(?:list|summary|overview|report) of ${MINE}`)),
  ask('disclosure', words(`(?:asked|requested|applied|sent a request) for (?:a copy of |access to )?${MINE}`)),
  ask('disclosure', words('(?:i|we) (?:would like|want|wish|need) to (?:know|see|find out|access|review|obtain) (?:what|which|my|all|the) (?:[\\p{L}-]+ ){0,3}?(?:data|info|information|records|details)')),
  topic('disclosure', 1, words('(?:data|record) portability|machine[- ]readable format|access request|categories of personal (?:data|information)|specific pieces of personal information|DSAR|SAR')),

  // correction
  // A formal letter's passive: "I request that: (i) the marker be removed and my records corrected; (ii) … the processing of the disputed data be restricted".
  ask('correction', words('(?:request|ask|require|demand) that[^.?!]{0,120}?(?:my|the) (?:records?|data|file|details|entry|information) (?:be |are |is )?(?:corrected|rectified|amended|updated)')),
  ask('opt_out', words('(?:processing|use) of (?:my|the|this|the disputed|the contested) (?:personal |disputed |contested )?(?:data|information|details|records?) (?:be|is|to be|should be) (?:restricted|suspended|limited)')),
  ask('correction', words("(?:the |my )?(?:home |postal |mailing |e-?mail )?(?:address|phone number|mobile number|mobile|phone|number|e-?mail|name|surname|date of birth|birthday|details|information|info) (?:you have |you hold )?(?:in|on) (?:your|the|my) (?:[\\p{L}-]+ )?(?:system|records?|file|account|chart|portal|profile|database) (?:is|are) (?:still |now )?(?:out of date|outdated|wrong|incorrect|old|not (?:right|correct|current))")),
  ask('correction', words("you (?:still )?(?:have|hold|use|list) my (?:old|previous|former|wrong|incorrect|outdated) (?:[\\p{L}-]+ )?(?:address|number|mobile|phone|e-?mail|name|surname|details)")),
  ask('correction', words(`(?:please |kindly )?(?:correct|rectify|fix|amend) ${MY_FIELDS}`)),
  ask('correction', words('(?:please )?(?:update|change|correct|fix) my (?:[\\p{L}-]+ )?(?:gender|pronouns|sex|title|legal name|surname|last name|first name|name)|(?:has|have|lists?|listed|shows?|recorded|registered) me as (?:a )?(?:male|female|man|woman|non-binary|deceased|[\\p{L}-]+ instead of)|please (?:update|change) my (?:[\\p{L}-]+ )?(?:address|e-?mail address|email|phone number|number)')),
  ask('correction', words('(?:shows?|lists?|has|have|records?|displays?) my (?:[\\p{L}-]+ ){0,2}?(?:name|surname|birthday|date of birth|birth date|address|gender|age|e-?mail(?: address)?|number) as')),
  topic('correction', 1, words("(?:it's|it is|is) actually|(?:it|this) should (?:say|be|read)|the correct (?:one|date|spelling|name|address|number) is")),
  topic('correction', 1, words('(?:can|could) (?:someone|you) (?:please )?(?:fix|correct|update) (?:this|that|it)')),
  newDetail(ask('correction', words('my (?:legal |full |last |first )?(?:name|surname|address|e-?mail(?: address)?|phone number|number) (?:has|have) (?:been )?changed'))),
  ask('correction', words("(?:please )?update (?:your|the|my) (?:records|file|files|system|details|information)|(?:please )?(?:correct|amend|rectify) (?:your|the|my) (?:records?|file|files|details|information|data)|(?:an |a )?(?:error|errors|mistake|mistakes) (?:in|on) my (?:file|record|records|chart|details|account|data|information|profile)|(?:have|has|got) my (?:[\\p{L}-]+ ){0,2}?(?:wrong|incorrect|misspelled|misspelt)")),
  topic('correction', 1, words('(?:is|are) not mine')),
  ask('correction', words('(?:your|the) (?:records?|file|system|chart|portal) (?:says?|shows?|lists?|has) (?:[\\p{L}/-]+ ){0,2}?(?:but|instead|when|whereas)')),
  // "Please fix it." ends support mail too ("the app keeps crashing"), so alone it is only a hint.
  topic('correction', 1, words('please (?:fix|correct|update|change)(?: (?:it|this|that))?[.!]?$')),
  topic('correction', 1, words('(?:your|the) (?:records?|file|system|chart|portal) (?:says?|shows?|lists?)|my (?:pronouns|gender|legal name) (?:are|is)')),
  // "Please remove the deceased marker from my account": a wrong flag on the record, not the record erased.
  ask('correction', words('(?:remove|delete|take off|clear|lift) (?:the|this|that|a) (?:[\\p{L}-]+ ){0,2}?(?:marker|flag|note|status|label|alert|warning|block|hold) (?:from|on|off) my (?:account|file|record|records|profile|chart)')),
  ask('correction', words('(?:change|update|correct|fix) the (?:address|name|surname|e-?mail(?: address)?|phone number|number|date of birth|birthday) (?:on|in|for) my (?:account|file|record|records|profile|chart)')),
  ask('correction', words('(?:use|replace it with|update it to|change it to) (?:this|the new|my new) (?:one|number|address|e-?mail)(?: instead)?|instead of (?:my|the) old (?:number|address|e-?mail|name)')),
  ask('correction', words('(?:fix|correct|update|amend|change) (?:it|this|that|them) (?:in|on) (?:your|the|my) (?:records?|system|file|files|database|chart|account|profile|portal)')),
  ask('correction', words('(?:like|want|need|have|get) (?:my|the) (?:[\\p{L}-]+ ){0,2}?(?:record|records|chart|file|information|details|data|name|address|entry) (?:amended|corrected|updated|rectified|fixed|changed)')),
  newDetail(ask('correction', words("(?:i(?:'ve| have)? )?(?:just |recently )?(?:changed|updated) my (?:[\\p{L}-]+ ){0,2}?(?:name|surname|address|e-?mail address|phone number|number) (?:to|is now)|my new (?:[\\p{L}-]+ )?(?:address|e-?mail address|email|phone number|number|name|surname) is"))),
  ask('correction', words('(?:rectification|correction|completion) of (?:the |my )?(?:inaccurate |incorrect |incomplete |wrong )?(?:personal )?(?:data|information|records?|details)')),
  ask('correction', words('my right (?:to|of) (?:rectification|correction|correct)|(?:i am |i\'m |i )?request(?:ing)? (?:a )?(?:correction|rectification)')),
  topic('correction', 2, words('right (?:to|of) (?:rectification|correction|correct)|request to correct|correction request|rectification request')),
  ask('correction', words('my (?:[\\p{L}-]+ )?(?:name|surname|address|date of birth|birthday|email address|phone number|details|insurance (?:details|information)|gender|pronouns) (?:is|are|was|were|has been) (?:[\\p{L}-]+ ){0,2}?(?:wrong|incorrect|inaccurate|misspelled|misspelt|out of date|outdated|listed incorrectly|spelled wrong)')),
  ask('correction', words('(?:my|the) (?:[\\p{L}-]+ ){0,3}?(?:is|are|was|were) (?:wrong|incorrect|inaccurate|misspelled|misspelt|out of date|outdated) (?:in|on) (?:your|the) (?:system|records?|file|portal|account|database)')),
  ask('correction', words('(?:update|change) my (?:[\\p{L}-]+ ){0,2}?(?:name|surname|address|date of birth|email address|phone number|details) (?:to|in your|on (?:your|my|the))|amendment (?:to|of) my (?:[\\p{L}-]+ ){0,2}?(?:record|records|chart|file|information)|(?:amend|correct) (?:my|the) (?:[\\p{L}-]+ ){0,2}?(?:record|records|chart|notes?|entry|entries)|correct (?:the |any )?inaccurac(?:y|ies)')),
  topic('correction', 1, words('(?:still )?(?:have|has|using|use|shows?|lists?) my (?:old|previous|former|maiden) (?:address|e-?mail(?: address)?|number|phone number|name|surname)')),
  topic('correction', 1, words("i (?:now )?live (?:at|in) |i(?:'ve| have)? moved (?:to|house)|my (?:current|correct|new) (?:address|e-?mail(?: address)?|number|phone number|name|surname) is")),
  topic('correction', 1, words('(?:inaccurate|incorrect|wrong|outdated) (?:personal )?(?:data|information|records?|details)|(?:update|change) my (?:[\\p{L}-]+ ){0,2}?(?:name|address|date of birth|email address|phone number|details)')),

  // opt_out
  // Held back while a correction is checked (GDPR Art. 18(1)(a)): "until it's corrected, please don't send the report to my GP".
  // "Never call me again", "don't text me anymore": contact stopped, whichever way it came.
  ask('opt_out', words("(?:do not|don't|dont|never) (?:ever )?(?:call|phone|ring|text|contact|email|e-mail|message|bother) me (?:again|anymore|any more|ever again)")),
  ask('opt_out', words(`(?:${PENDING_CHECK})[^.!?\\n]{0,80}?(?:(?:do not|don['’]t|not to|never|stop) (?:[\\p{L}-]+ ){0,2}?${PASSING_ON}|hold (?:it|them|the [\\p{L}-]+) back|(?:put|keep) (?:it|them|the [\\p{L}-]+) on hold|freeze|block)|(?:do not|don['’]t|not to|never|stop) (?:[\\p{L}-]+ ){0,2}?${PASSING_ON}[^.!?\\n]{0,80}?(?:${PENDING_CHECK})`)),
  // "We don't sell it", "they never share them": a statement of what someone does, not a request.
  ask('opt_out', words("(?<!(?:we|they|you|he|she|it|who|which|that) )(?:do not|don't|dont|stop|never) (?:sell|selling|share|sharing|rent|renting|trade) (?:or (?:share|sell) |or (?:sharing|selling) )?(?:my|our|any of my|his|her|their|it|them|the consumer's|personal)")),
  ask('opt_out', words('not (?:to )?(?:sell|share) (?:or (?:share|sell) )?my|limit the use (?:and disclosure )?of my')),
  ask('opt_out', words("(?:stop|quit) (?:adding|putting|subscribing|signing) me (?:to|up|on)|do[- ]not[- ]call list|put me on (?:your|the) (?:do[- ]not|suppression|no[- ]contact)|(?:keep|keeps) calling (?:my (?:cell|phone|mobile|number|home)|me)")),
  ask('opt_out', words("(?:do not|don't|dont) want my (?:[\\p{L}-]+ ){0,2}?(?:data|info|information|details) (?:to be )?(?:used|shared|sold)[^.?!\\n]{0,40}?(?:advertising|ads|marketing|analytics|profiling|promotions?|targeting)|stop using my (?:[\\p{L}-]+ ){0,2}?(?:data|info|information|details) (?:to|for)")),
  ask('opt_out', words('no more (?:[\\p{L}-]+ )?(?:texts|e-?mails|calls|messages|newsletters|marketing|promotions|ads|mail|sms)(?: please)?')),
  // Off a system or database is erased (a deletion above); off a list, out of the mailing.
  ask('opt_out', words('take (?:me|my (?:[\\p{L}-]+ ){0,2}?(?:email|e-mail|address|number|name|details)) off(?! (?:your|the) (?:system|systems|database|records|files|servers|platform))')),
  ask('opt_out', words('do not sell(?: or share)? my(?: personal information)?|opt(?:ing)? me out|opting out|take (?:me|us|my (?:son|daughter|child|kid|boy|girl)) off (?:everything|all|your|the|this|that|every)|take me off|limit the use of my (?:sensitive )?(?:personal )?information')),
  // "how you can opt out" or "unsubscribe at any time" in a company notice is not the sender asking.
  ask('opt_out', words("(?:i|we|please|pls|want to|would like to|wish to|need to|hereby|i'd like to|i am|i'm) (?:hereby )?(?:opt(?:ing)?[- ]?out|un-?sub?s?c?rib(?:e|ing))|un-?sub?s?c?ribe (?:me|us|my)|opt[- ]?out request")),
  topic('opt_out', 1, words('opt[- ]?out|unsubscribe')),
  // An imperative at the start of a line or list item: "2. Opt out of the sale and sharing ...".
  rule('opt_out', 2, 'request', /(?<=^|\n|[.;:]\s)[ \t]*(?:\d{1,2}[.)][ \t]*|[-*•][ \t]*)?(?:please[ \t]+)?(?:opt[- ]?out[ \t]+of|unsubscribe[ \t]+(?:me|from))/gi),
  topic('opt_out', 2, words('do not sell(?: or share)?|right to opt[- ]?out')),
  ask('opt_out', words('remove (?:me|him|her|them|us|my (?:[\\p{L}-]+ ){0,2}?(?:email|address|number|name|details)) from (?:your|the|this|all|any) (?:[\\p{L}-]+ ){0,2}?(?:lists?|mailings?|newsletters?)')),
  ask('opt_out', words("(?:do not|don't|dont|never) (?:contact|email|e-mail|call|text|message|mail) (?:me|us) (?:again|anymore|any more|ever again)|(?:do not|don't|dont) want (?:you|your company) to (?:sell|share)")),
  // "You'll still receive emails about your appointments": a list telling the reader what stays, not a person's chase.
  ask('opt_out', words("(?<!(?:you|u|we)(?:[’']ll| will) )(?:still|keep|continue to|keeps?) (?:getting|receiving|receive|get) (?:your |these |the )?(?:[\\p{L}-]+ ){0,2}?(?:e-?mails|newsletters?|messages|texts|calls|marketing|promotions|ads|mailings)")),
  // "I just want the promo texts to stop", "need these calls stopped".
  ask('opt_out', words('(?:want|need|would like|like) (?:this|it|that|them|(?:the|these|those|your|all (?:the|your|these|those)) (?:[\\p{L}-]+ ){0,2}?(?:e-?mails|newsletters?|messages|texts|calls|marketing|promotions|ads|mailings|offers|promos|mailers|sms|notifications)) (?:to )?(?:stopped|to stop)')),
  ask('opt_out', words('(?:keep|keeps|continue to|still) (?:texting|emailing|e-mailing|calling|messaging|contacting|spamming|mailing|ringing) (?:me|us)')),
  topic('opt_out', 1, words('sign(?:ed)? me up|signed up (?:without|by)')),
  ask('opt_out', words('stop (?:the|these|your|all|all the|all your|sending the) (?:[\\p{L}-]+ )?(?:e-?mails|newsletters?|messages|texts|calls|marketing|promotions|ads|mailings|offers|promos|mailers|leaflets|flyers|brochures|catalogues|catalogs)')),
  ask('opt_out', words("(?:stop|quit|cease) (?:sending|emailing|e-mailing|texting|calling|contacting|spamming|mailing|marketing to|asking|bothering|pestering|messaging) (?:me|us)|(?:do not|don't|dont|no longer) want to be (?:contacted|emailed|e-mailed|called|texted|messaged|marketed to)")),
  ask('opt_out', words("(?:i )?(?:do not|don't|dont|no longer) (?:want|wish|like) (?:to (?:receive|get) )?(?:any )?(?:more |further )?(?:marketing|promotional|advertising|newsletters?|promotions?|communications?|e-?mails|messages|texts|calls|mail|these (?:e-?mails|messages|texts))")),
  // "Stop using all the data you have about me": an objection or restriction (GDPR Art. 18/21, CCPA 1798.120).
  ask('opt_out', words(`(?:stop|quit|cease) (?:selling|sharing|using|processing|disclosing|renting|trading) (?:${MINE}|(?:any of |all (?:of )?)?(?:my|our|the) (?:personal |health |customer )?(?:data|info|information|details|records)|it|them)`)),
  // "I don't want him to get any more marketing emails from you": a parent or the person, of mail to come.
  ask('opt_out', words("(?:i )?(?:do not|don't|dont) want (?:him|her|them|my (?:son|daughter|child|kid|husband|wife|partner|mother|father|mom|mum|dad)) (?:to (?:get|receive) |getting |receiving )(?:any )?(?:(?:more|further) (?:marketing |promotional |promo |advertising |sales )?|(?:marketing|promotional|promo|advertising|sales) )(?:e-?mails|texts|messages|newsletters?|notifications|calls|mail|offers)")),
  // "Stop profiling me", "I don't want to be tracked": an objection to profiling (GDPR Art. 21(2), CCPA 1798.120 cross-context ads).
  ask('opt_out', words("(?:stop|quit|cease) (?:profiling|tracking|targeting) (?:me|us)|(?:do not|don't|dont|no longer) (?:want|wish) to be (?:profiled|tracked|targeted)|no more (?:profiling|tracking)")),
  ask('opt_out', words('(?:object|objecting|objection) to (?:you |your |the |any |that |this |these |such |all |all the |all this )?(?:further )?(?:processing|using|use|direct marketing|profiling|marketing|automated decision(?:[- ]making)?|automated scoring|scoring)')),
  ask('opt_out', words('withdraw(?:ing|n)? (?:my |said )?consent (?:to|for) (?:[\\p{L}-]+ ){0,3}?(?:marketing|advertising|newsletters?|promotional|profiling)')),
  // Out of a programme the sender joined: a study, a panel, a mailing ("please take me out of that", after naming it).
  ask('opt_out', words("(?:take|leave|count|drop|opt) me out of (?:it|that|this)(?=\\s*(?:[.!,;]|$|please\\b|too\\b|as well\\b))|(?:take|leave|remove|drop|count) me (?:out of|off) (?:the|that|this|your|any|all|all your) (?:[\\p{L}'-]+ ){0,3}?(?:research|study|studies|programmes?|programs?|trials?|panels?|surveys?|mailing lists?|mailings?|newsletters?|marketing|projects?|registry|registries)(?! (?:data|records|files|information|results|notes))")),
  // Consent taken back (GDPR Art. 7(3)) stops the processing it allowed, whatever it was for (a study, photos, analytics):
  // the sender's own first-person withdrawal, never a notice's "you may withdraw your consent".
  ask('opt_out', words("(?:i|we)(?: am|'m| are|'re)? (?:(?:hereby|herewith|now|formally|officially|also|therefore|hence|thus|further|additionally|explicitly|expressly|fully|completely|likewise|then|too|hereafter) ){0,3}(?:withdraw|revoke|retract|rescind|take back|withdrawing|revoking|retracting|rescinding|taking back) (?:my|our|any|all|the) (?:[\\p{L}-]+ ){0,2}?consent|(?:i|we)(?:'d)? (?:(?:also|therefore|now|hereby|further|thus|really|would|do|hence|then) ){0,3}(?:like|want|wish|need) to (?:(?:also|hereby|formally|now|officially) ){0,2}(?:withdraw|revoke|retract|rescind|take back|cancel) (?:my|our|the|any|all) (?:[\\p{L}-]+ ){0,2}?consent|(?:my|our) consent (?:[\\p{L}-]+ ){0,6}?(?:is|be|to be|has been|should be) (?:hereby |now )?(?:withdrawn|revoked|rescinded|retracted)|(?:i|we) no longer (?:give (?:my |our )?)?consent")),
  topic('opt_out', 1, words("please stop(?=\\s*(?:[.!]|$|it\\b|this\\b|now\\b))")),
  topic('opt_out', 1, words("(?:never|didn't|did not|have not|haven't) (?:ever )?(?:signed up|sign up|subscribed|subscribe|opted in|opt in|agreed to (?:receive|get))")),
  topic('opt_out', 1, words('withdraw(?:ing|n)? (?:my |that |this |the |said |all )?consent')),
  topic('opt_out', 1, words('newsletters?')),
  topic('opt_out', 1, words("(?:do not|don't|never|no longer) (?:consent|agree) to")),
  topic('opt_out', 1, words('(?:sell|sells|selling|sale of|sold) (?:my |your |our |personal |customer |user |patient |the )?(?:data|information|info)')),
  topic('opt_out', 1, words('targeted advertising|targeted ads|cross-context behavioral advertising|global privacy control|direct marketing|marketing (?:e-?mails|messages|texts|calls)')),

  // complaint
  chase('complaint', words('(?:writing|want|wish|would like|need|have) to (?:make a |file a |lodge a |raise a )?complain|(?:a |my )?complaint (?:about|regarding|concerning) (?:how|the way)')),
  ask('complaint', words('(?:treat|consider|regard) this (?:e-?mail |letter |message )?as (?:a |my )?(?:formal )?complaint')),
  chase('complaint', words('formal complaint')),
  topic('complaint', 1, words("(?:did not|didn't|never) (?:authori[sz]e|consent to|agree to|give (?:you )?(?:permission|consent) (?:for|to)) (?:that|this|it|them|you)")),
  topic('complaint', 1, words('(?:where|so) (?:my )?(?:colleagues|others|anyone|everyone|other patients) could (?:hear|see)')),
  ask('complaint', words('(?:were|was|are|is) visible to (?:anyone|others|everyone|other (?:patients|clients|users|people))')),
  // Filing a complaint is a privacy complaint only in a mail about personal data (else: prices, staff, waiting).
  chase('complaint', words('(?:lodg(?:e|ed|ing)|fil(?:e|ed|ing)|mak(?:e|ing)|made|submit(?:ted|ting)?|rais(?:e|ed|ing)|register(?:ed|ing)?) (?:a |this |my |an official |a formal )?(?:formal )?complaint')),
  chase('complaint', words('(?:had|received|got|have had) no (?:reply|response|answer)')),
  chase('complaint', words("(?:nobody|no one|no-one|none of you) (?:has |have )?(?:replied|responded|answered|got back|gotten back|bothered)|still waiting (?:for|on)|(?:is|are) (?:now )?overdue|past the (?:deadline|time limit)|unanswered|(?:second|third|fourth|fifth|final|last) (?:e-?mail(?![- ]?(?:address|account|inbox)|[^.;\\n]{0,20}? (?:is|was) (?:also )?(?:registered|linked|associated|on file))|request|reminder|time|attempt|letter)|ignored my|escalat(?:e|ing) (?:this|my)")),
  chase('complaint', words("(?:(?:have|has) (?:not|never)|haven't|hasn't) (?:yet )?(?:received|had|got(?:ten)?) (?:a |an |any )?(?:response|answer|reply)|(?:no|without) (?:substantive )?(?:response|answer|reply) (?:so far|yet|to date)")),
  chase('complaint', words("(?:still )?(?:haven't|have not|hasn't|has not) (?:heard back|responded|answered|replied)|you (?:have )?(?:ignored|failed to (?:respond|answer|reply|comply))")),
  chase('complaint', words('(?:period|deadline|time limit)[^.\\n]{0,60}?(?:has )?(?:is |been )?(?:therefore )?(?:exceeded|passed|expired|elapsed|lapsed)|admonition|final notice|second request')),
  // "I find this disproportionate": an identity check or a demand the person objects to.
  chase('complaint', words("(?:is|was|seems|that's|this is|i find (?:this|it|that)) (?:wholly |completely |totally |entirely |clearly )?(?:disproportionate|excessive)")),
  ask('complaint', words('(?:not|never) (?:handled|protected|processed|kept) my (?:[\\p{L}-]+ ){0,2}?(?:data|information|records) (?:properly|securely|safely|lawfully|correctly)')),
  ask('complaint', words("(?:sent|emailed|mailed|faxed|posted|forwarded|disclosed|gave|given|shared|released|leaked|handed|showed) (?:[\\p{L}'-]+ ){0,6}?(?:to the wrong|to someone else|to somebody else|to another (?:patient|person|client|customer|family)|to a stranger|to my (?:employer|ex|boss|neighbou?r|family|husband|wife|partner|parents|colleague|coworker))")),
  ask('complaint', words('(?:they are|these are|it is|it\'s|they\'re|they were|it was) (?:meant |intended )?for (?:someone|somebody) else')),
  ask('complaint', words('(?:addressed|intended) (?:to|for) (?:someone else|somebody else|another (?:patient|person|client|customer)|a different (?:patient|person|client))|you (?:have )?(?:breached|violated) my (?:privacy|confidentiality|data|rights)')),
  ask('complaint', words("(?:sent|mailed|emailed|posted|gave|given|showed|shown) (?:me |to me )?(?:someone else's|somebody else's|another (?:patient|person|client|customer)'s)")),
  ask('complaint', words('(?:have|has|got) me (?:confused|mixed up|mistaken) with|mixed up (?:my|our) (?:records|files|charts)')),
  topic('correction', 1, words('(?:have|has|got) me (?:confused|mixed up|mistaken) with')),
  ask('complaint', words("my (?:[\\p{L}-]+ ){0,2}?(?:notes|records|data|information|results|file|details)(?: [\\p{L}'-]+){0,3}? in (?:another|someone else's|somebody else's|a stranger's) (?:[\\p{L}'-]+ )?(?:account|portal|inbox|file|chart)|(?:someone|somebody|a stranger|an unknown person|my ex) (?:has )?(?:accessed|logged into|hacked|got into|broke into|gained access to) my (?:account|profile|file|records|portal)")),
  ask('complaint', words("(?:another (?:patient|person|client|customer)'s|someone else's|somebody else's) (?:[\\p{L}-]+ ){0,3}?(?:arrived|was|were|is|are|appeared|showed up|turned up|came)")),
  ask('complaint', words("(?:received|got|was sent|were sent) (?:[\\p{L}-]+ ){0,2}?(?:someone else's|somebody else's|another (?:patient|person|client|customer)'s)")),
  ask('complaint', words('(?:you|your (?:company|clinic|staff|app|website)) (?:have |has )?(?:leaked|exposed|lost) my')),
  ask('complaint', words('(?:i (?:have|am going to|will|am) )?(?:report(?:ed|ing)?|complain(?:ed|ing)?|go|going|turn|escalate) (?:you |this |it )?to (?:the )?(?:ico|information commissioner|ftc|hhs|ocr|attorney general|cppa|regulator|supervisory authority|data protection authority|state ag)')),
  ask('complaint', words("(?:violat(?:ed|ion of|ing)|breach(?:ed)? of) (?:my )?(?:privacy|confidentiality|hipaa|gdpr|the gdpr|data protection|patient confidentiality)|(?:privacy|hipaa|gdpr|data protection|confidentiality) violation")),
  ask('complaint', words('(?:looked up|snooped (?:in|on|through)|went through) my (?:[\\p{L}-]+ ){0,2}?(?:file|files|records?|chart|notes|data|information)')),
  ask('complaint', words('(?:looked at|looked into|looked up|accessed|viewed|read|opened|snooped (?:in|on|through)|went through) my (?:[\\p{L}-]+ ){0,2}?(?:file|files|records?|chart|notes|data|information) without (?:any )?(?:reason|permission|consent|authori[sz]ation|need|my knowledge)')),
  ask('complaint', words('(?:my|our) (?:[\\p{L}-]+ ){0,2}?(?:data|information|details|records|notes|results) (?:was|were|has been|have been|got|may have been) (?:leaked|exposed|stolen|breached|compromised|hacked|accessed without|shared without|sold without)')),
  // A feeling about the company is a privacy complaint only when it is about the person's data.
  ask('complaint', words("(?:i am|i'm) (?:concerned|worried|upset|angry|furious|disappointed) (?:that|about how|with how|by how) (?:you|your)(?=[^.!?\\n]{0,80}?(?:data|info|information|details|records|notes|results|privacy|personal|confidential|e-?mail address|file|chart))")),
  // Separate hints, so two of them together make a complaint.
  topic('complaint', 1, words('complaint|reminder|follow[- ]?up')),
  topic('complaint', 1, words('(?:data|privacy|security) breach')),
  ask('complaint', words("treat (?:this|it) as (?:a|the) (?:personal )?(?:data |privacy |security )?breach")),
  topic('complaint', 1, words('without (?:my (?:consent|permission|knowledge)|asking me|telling me|informing me|notifying me)')),
  topic('complaint', 1, words("collected (?:[\\p{L}'-]+ ){0,3}?(?:data|information|names|photos|location|address|addresses)")),
  topic('complaint', 1, words("(?:you )?(?:used|gave|shared|sold|passed on) my (?:[\\p{L}-]+ ){0,2}?(?:data|information|e-?mail(?: address)?|number|details) (?:to|with|for)")),

  // child_data
  topic('child_data', 1, words("(?:i am|i'm) (?:the )?(?:mom|mum|mother|dad|father|parent|legal guardian|guardian) (?:of|to)|(?:'s|s') (?:mom|mum|mother|dad|father)\\)?")),
  topic('child_data', 1, words("(?:one of )?my (?:students|pupils|student|pupil)|(?:\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|kindergarten) grade(?:rs?)?|(?:elementary|primary|middle|grade) school (?:student|pupil|child|kid)s?|(?:a|the) (?:student|pupil|child|kid) (?:at|in|from) (?:our|my|the) school")),
  topic('child_data', 1, words('(?:he|she|they) (?:has|have) been (?:using|on|playing)')),
  ask('child_data', words('my (?:' + MINOR_AGE + '|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)[- ]year[- ]old')),
  ask('child_data', words('(?:under|younger than|below) (?:the age of )?(?:13|thirteen|16|sixteen)|coppa|parental consent')),
  ask('child_data', words("my (?:teenage|teen|minor|underage|young|little|preteen) (?:son|daughter|child|kid|children|kids)|my (?:son|daughter|child|kid), (?:aged |age )?" + MINOR_AGE + "(?!\\d|[.:,]\\d|%)")),
  topic('child_data', 1, words("(?:he|she|they) (?:is|are|was) (?:only |just |barely )?(?:" + MINOR_AGE + "|under \\d{2})(?: years old)?(?!\\d|[.:,]\\d|%)|(?:kid|son|daughter|child|children|kids|teen|teenager) (?:has |have |had )?(?:signed up|created|registered|made an account|joined|downloaded|entered)|(?:through|via|from) (?:their|his|her) school")),
  ask('child_data', words('my (?:son|daughter|child|kid|stepson|stepdaughter) (?:is|was|who is) (?:only |just )?(?:' + MINOR_AGE + '|under|a minor|in (?:middle|elementary|primary) school)')),
  topic('child_data', 1, words("my (?:son|daughter|child|kid|kids|children|minor|stepson|stepdaughter)(?:'s)?|(?:is|was) a minor|underage|minor child")),
  topic('child_data', 1, words('(?:he|she|they|who) (?:has |have |had )?(?:signed up|created an? (?:account|profile)|registered|made an account|has an account|is using|uses|used|downloaded|joined|entered)')),

  // other: not a privacy request
  topic('other', 2, words('book a (?:demo|call|meeting)|schedule a (?:demo|quick call|call|meeting)|(?:free|quick|15[- ]minute|30[- ]minute) (?:trial|demo|call|chat|consultation)|worth a (?:quick )?(?:chat|call)|are you the right person')),
  topic('other', 2, words("i'd love to (?:show|connect|chat|walk you)|our (?:platform|solution|software|tool|product|service) (?:helps|automates|can|lets|makes)|(?:automate|streamline|simplify) (?:your )?(?:dsar|privacy|compliance|data subject)")),
  topic('other', 2, words("(?:i'm|i am) reaching out (?:from|on behalf of|because|to introduce)|we speciali[sz]e in|(?:would you|are you) (?:be )?(?:open|interested) (?:to|in) (?:a )?(?:quick |short |brief )?(?:call|chat|demo|conversation|meeting)|let me know if you(?:'d| would) be (?:interested|open)|(?:hipaa|gdpr|soc ?2)[- ]compliant (?:solution|platform|software|tool)")),
  topic('other', 1, words('i hope (?:this|my) (?:e-?mail|message|note) finds you well|password (?:expires|expired|will expire)|(?:review|sign) (?:the )?(?:attached )?document|shared a (?:file|document) with you|(?:overdue|outstanding) invoice')),
  topic('other', 2, words('(?:increase|boost|grow) your (?:sales|revenue|traffic|leads|rankings)|seo (?:services|audit)|backlinks|guest post|lead generation|partnership opportunity|case study|our clients include|webinar')),
  topic('other', 2, words('verify your (?:account|identity|email|mailbox|password)|confirm your (?:password|credentials|login|account details)|(?:account|mailbox) (?:will be|has been) (?:suspended|deactivated|locked|closed|disabled)')),
  topic('other', 2, words('click (?:here|the link|below|this link) to (?:verify|confirm|avoid|keep|restore|prevent|secure|update|unlock)|unusual (?:sign-in|login) activity|update your (?:payment|billing) (?:information|details)|(?:gift cards?|wire transfer|bitcoin)|within 24 hours|mailbox (?:is )?(?:full|over quota)')),
  topic('other', 1, words("(?:can't|cannot|can not|unable to) (?:log ?in|sign ?in)|(?:reset|forgot|change) (?:my )?password|(?:book|reschedule|cancel|move) (?:my |an |the )?appointment|refund|invoice|billing|insurance claim|prescription|pricing|quote")),
  topic('other', 2, words("in this (?:issue|edition)|read (?:more|the full (?:article|story)) (?:on|at) our|our (?:latest|new) (?:blog|article|post|podcast|episode|guide)|this (?:week|month)'s (?:issue|newsletter|edition|digest)|sign up for our (?:webinar|newsletter|event)|register (?:now|today|here)")),
  topic('other', 2, words("we(?:'ve| have) updated our (?:privacy policy|privacy notice|terms)|we are updating our|(?:changes|updates?) to our (?:privacy policy|privacy notice|terms)|you don't need to do anything|this is an automated (?:message|notification|e-?mail|response)|(?:do not|please don't) reply to this (?:e-?mail|message)")),
  topic('other', 2, stem('you are receiving this (?:e-?mail|message|newsletter) because|view (?:this e-?mail )?in (?:your )?browser')),
];

/** "Data request" says little next to a body, but as the whole message it can only mean one thing. */
export const BARE_DATA_REQUEST: Rule = {
  ...topic('disclosure', 2, /^\s*(?:(?:personal )?data request|information request|records request|data access request|my data|my records)\s*[.!?]*\s*$/giu),
  alone: true,
};
