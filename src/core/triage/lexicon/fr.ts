import { ask, chase, newDetail, stem, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

const MES = "(?:mes|mon|ma|ses|son|sa|leurs|toutes (?:mes|les)|l'ensemble(?: de| des)?(?: mes)?|les)";
const REQUEST_FR = "(?:je (?:vous )?(?:demande|sollicite|requiers|exige|souhaite)|demander|j'exerce|exercer mon|procéder à|procédiez à)";
const DONNEES = '(?:données|donnees|informations|compte|profil|dossier|coordonnées|adresse)';

/** French: RGPD/CNIL wording (droit d'accès, effacement, rectification, opposition) and everyday phrasing. */
export const FR_RULES: Rule[] = [
  // Bare nouns name the topic; a first-person request in front makes it a request.
  topic('deletion', 2, stem("effacement|droit à l'oubli|droit de suppression")),
  // "Je voudrais qu'on le supprime", "je veux que vous les effaciez": the wish with the object as a pronoun.
  // Telemarketing: "je ne veux plus être appelé".
  ask('opt_out', words("ne (?:veux|souhaite) plus (?:être )?(?:appelée?|démarchée?)|arrêtez de m['’]appeler|ne m['’]appelez plus|(?:retirez|supprimez|enlevez) mon numéro de (?:votre|vos) (?:listes?|fichiers?)")),
  // Leave to delete, with nothing after it ("Podem excluir, por favor.", round 99): a request.
  // Leave to delete whatever is lost: "supprimez quand même".
  ask('deletion', words("(?:supprimez|effacez)(?:-(?:le|la|les|tout))?(?: tout)? (?:quand même|tout de même|malgré tout|de toute façon)(?![^.!\\n]{0,40}\\?)")),
  ask('deletion', words("vous pouvez (?:la |le |les |tout )?(?:supprimer|effacer)(?:,? (?:s'il vous plaît|svp|merci))?(?=\\s*(?:[.!,;\\n]|$))")),
  ask('deletion', words("(?:voudrais|veux|voulais|aimerais|souhaite|souhaiterais|demande) (?:qu['’]on|que vous) (?:le |la |les |l['’])(?:supprime|supprimiez|efface|effaciez|détruise|détruisiez)")),
  ask('deletion', words('(?:vous pouvez |merci de |veuillez )?(?:procédez|procéder|poursuivez|poursuivre|continuez|continuer) (?:donc |bien )?(?:à |avec )?(?:la|ma) suppression|allez-y (?:pour|avec) la suppression')),
  ask('deletion', words(`${REQUEST_FR}[^.?!\\n]{0,50}?(?:effacement|suppression|oubli)`)),
  // "supprimer mon adresse de vos listes" is an opt-out, handled below.
  ask('deletion', words(`(?:supprimer|supprimez|supprimiez|effacer|effacez|effaciez|suppression|deleter|deletez|deletiez|déléter|délétez|délétiez) (?:aussi |également |immédiatement |définitivement )?(?:immédiate |définitive |complète )?(?:de |des |du )?${MES} (?:[\\p{L}-]+ ){0,3}?${DONNEES}(?!(?: [\\p{L}-]+){0,2} (?:de|des) (?:vos|votre|la|les) (?:listes?|newsletter|mailing))`)),
  // Bloqué le temps de la rectification (RGPD art. 18, 1, a).
  // "Ne me recontactez plus": contact stopped, whichever way it came.
  // "Arrêtez de me profiler", "plus de profilage": an objection to profiling (GDPR Art. 21(2)).
  ask('opt_out', words("(?:arrêtez|arrête|cessez|cesse|arrêter|cesser) de me (?:profiler|pister|tracer|traquer|cibler)|(?:ne plus|ne pas) me (?:profiler|pister|cibler)|je ne veux (?:plus|pas) être (?:profilée?|pistée?|ciblée?)|(?:pas de|plus de|aucun) profilage")),
  ask('opt_out', words("ne me (?:re)?(?:contactez|appelez|sollicitez|démarchez|écrivez|téléphonez) plus|ne (?:jamais|plus jamais) me (?:re)?(?:contacter|appeler|solliciter|démarcher)")),
  ask('opt_out', words("(?:(?<!en )tant que|jusqu'à ce que|en attendant (?:que|la correction|la rectification|votre|vos|la vérification)|dans l'attente (?:de|d'une|du|des))[^.!?\\n]{0,60}?(?:corrig|rectifi|vérifi|clarifi|réglé|résolu|éclairci|vérif)\\p{L}*[^.!?\\n]{0,80}?(?:ne (?:[\\p{L}'-]+ ){0,3}?(?:pas|plus)|bloquer|bloquez|geler|gelez|suspendre|suspendez|limiter|limitez)|(?:ne (?:[\\p{L}'-]+ ){0,3}?(?:pas|plus) (?:transmettre|partager|envoyer|communiquer|utiliser))[^.!?\\n]{0,60}?(?:tant que|avant que|jusqu'à ce que)")),
  ask('opt_out', words("(?:supprimer|supprimez|retirer|retirez|enlever|enlevez|effacer|effacez)(?: aussi| également)? (?:mon adresse(?: e-mail| mail)?|mon e-mail|mon numéro(?: de (?:portable|mobile|téléphone|fixe))?|moi|m'en) (?:de|des) (?:vos|votre|la|les) (?:listes?|fichiers? (?:de )?(?:diffusion|prospection|démarchage|marketing|publicité)|fichiers? (?:commerciaux|publicitaires|marketing)|newsletters?|mailings?|listes de diffusion)")),
  ask('deletion', words('(?:puis |et |ensuite )?(?:de )?les (?:supprimer|effacer)')),
  ask('deletion', words("demande (?:de |d')(?:suppression|effacement)|supprimez-(?:le|la|les)|effacez-(?:le|la|les)")),
  ask('deletion', words("(?:effacez|supprimez|effacer|supprimer) tout|(?:fermer|clôturer|clore|fermez|clôturez) mon compte|(?:supprimez|supprimer|effacez|effacer|fermez|fermer|clôturez|clôturer) (?:le|ce|cet) (?:compte|profil)|(?:supprimer|effacer|supprimez|effacez) (?:tout )?ce que vous (?:avez|détenez|savez|gardez)")),
  ask('deletion', words('(?:compte|données|profil|informations|dossier)[^.?!\\n]{0,60}? (?:soit|soient|sera|seront) (?:définitivement )?(?:supprimée?s?|effacée?s?)')),
  ask('deletion', words('suppression (?:immédiate |définitive )?(?:de mon compte|des données|de mes données)')),
  ask('deletion', words("(?:supprimez|effacez|retirez|enlevez) (?:[\\p{L}@.'’-]+ ){0,6}?de (?:votre|vos|la|les) (?:base de données|bases de données|système|systèmes|fichiers?|registres)(?! (?:de |d['’])(?:prospection|démarchage|marketing|newsletter|diffusion|publicité|communications?))")),

  ask('disclosure', words("droit d'accès|demande d'accès|demander l'accès|accès (?:à|aux) (?:mes|toutes mes) (?:données|informations)")),
  // Where the data came from (GDPR Art. 15(1)(g)): "d'où vous tenez mon adresse", "qui vous a donné mon numéro".
  // Not "je ne sais pas d'où vous tenez mon numéro": a rhetorical question asks nothing.
  ask('disclosure', words("(?<!(?:ne sais pas|ne comprends pas|aucune idée de) )d['’]où (?:vous )?(?:tenez|avez eu|avez obtenu|avez récupéré|avez trouvé|proviennent|viennent|provient|vient) (?:mes|mon|ma)|(?<!(?:ne sais pas|aucune idée de) )qui vous a (?:donné|transmis|communiqué|fourni|vendu|passé) (?:mes|mon|ma)")),
  ask('disclosure', words("(?:recevoir|obtenir|avoir) (?:[\\p{L}]+ ){0,2}?une copie (?:de |des |du )(?:mes |toutes mes |les )?(?:données|informations|dossier)")),
  ask('disclosure', words("(?:à|avec) qui (?:avez-vous|vous avez|nous avons) (?:transmis|communiqué|vendu|partagé|donné) (?:mes|mon|ma)")),
  ask('disclosure', words("(?:qu'est-ce que|(?:savoir|dire|voir|connaître) ce que) vous (?:avez|savez|détenez|gardez|conservez)(?: comme (?:infos?|informations|données))? sur moi")),
  ask('disclosure', words('récupérer (?:toutes )?(?:mes|les) (?:données|donnees|informations)')),
  ask('disclosure', words("(?:avez-vous|possédez-vous|conservez-vous|détenez-vous|gardez-vous) (?:encore )?(?:des )?(?:données|donnees|informations) (?:me concernant|sur moi|personnelles)|(?:consulter|accéder à|voir) (?:mon )?dossier(?: médical| patient)?")),
  ask('disclosure', words("(?:m'envoyer|me transmettre|me communiquer|me fournir|m'adresser|envoyez-moi|transmettez-moi|communiquez-moi)(?: une copie de)? (?:l['’]ensemble de |la totalité de |l['’]intégralité de |toutes )?(?:les |mes )?(?:données|donnees|informations)")),
  ask('disclosure', words("(?:m'en |me )?(?:communiquer|adresser|transmettre|envoyer|fournir) (?:une )?copie|si des (?:données|informations) (?:personnelles )?me concernant (?:figurent|sont)")),
  ask('disclosure', words(`copie (?:de |des )?${MES} (?:[\\p{L}-]+ ){0,3}?${DONNEES}`)),
  ask('disclosure', words('quelles (?:données|informations) (?:personnelles )?(?:vous )?(?:détenez|avez|possédez|conservez|traitez)|communication de (?:mes|toutes mes) données')),
  topic('disclosure', 2, stem('portabilité')),

  topic('correction', 2, stem('rectification')),
  topic('correction', 1, words("(?:(?:la|ma) (?:bonne|nouvelle|vraie) (?:adresse|date de naissance|orthographe)|(?:le|mon) (?:bon|nouveau|vrai) (?:numéro|nom|prénom|nom de famille|courriel|e-?mail)|(?:l['’]adresse|le numéro|l['’]orthographe|la date de naissance) (?:correcte?|exacte?)) (?:est|c['’]est)")),
  ask('correction', words("(?<!(?:réussi à|pu|déjà|j['’]ai pu|viens de) )(?:(?:modifier|modifiez|changer|changez|mettre à jour|mettez à jour) (?:mon|ma|mes|l['’]|le|la) ?(?:nouvelle )?(?:adresse|numéro|téléphone|nom|prénom|e-?mail|courriel|date de naissance|coordonnées))(?! (?:de (?:mon|ma|son|sa) (?:père|mère|fils|fille|mari|femme|épou(?:x|se)|frère|sœur|conjoint)|du patient))")),
  ask('correction', words("(?:merci de|veuillez|pourriez-vous|pouvez-vous|je vous prie de) (?:bien vouloir )?(?:faire|effectuer|procéder à) (?:la|cette|les|ces) (?:modification|mise à jour|correction|rectification)s?")),
  ask('correction', stem('rectifier|rectifiez|corriger|corrigez')),
  ask('correction', words(`${REQUEST_FR}[^.?!\\n]{0,50}?rectification|demande de rectification`)),
  ask('correction', words("mettre à jour (?:mon|mes|ma) (?:nom|adresse|coordonnées|informations|données|numéro|fiche|dossier|profil)")),
  newDetail(topic('correction', 1, words("je m'appelle (?:maintenant|désormais)|depuis mon mariage|nom d'épouse|nom de jeune fille"))),
  newDetail(ask('correction', words("(?:ma nouvelle adresse|mon nouveau (?:numéro|nom|téléphone)|ma nouvelle adresse e-mail) est|j'ai changé (?:d'adresse|de numéro|de nom)|j'ai déménagé"))),
  ask('correction', words('(?:mon|ma|mes) (?:nom|prénom|adresse|date de naissance|numéro de téléphone|coordonnées) (?:est|sont) (?:[\\p{L}-]+ ){0,2}?(?:incorrecte?s?|erronée?s?|fausses?|faux|mal orthographiée?|obsolètes?)')),
  // The detail named first, then changed by its pronoun: "mon adresse dans vos dossiers est encore … j'aimerais que vous la changiez".
  ask('correction', words("(?:mon|ma|mes) (?:nom|prénom|adresse|date de naissance|numéro|téléphone|courriel|coordonnées)[^\\n]{0,300}?(?:que vous (?:la|le|les) (?:changiez|modifiiez|corrigiez|rectifiiez|mettiez à jour)|(?:changez|modifiez|corrigez)-(?:la|le|les))")),
  // "Pouvez-vous la remplacer par celle-ci ?": the wrong detail named before, the right one given now.
  ask('correction', words('(?:remplacer|changer|modifier|remplacez|changez|modifiez|remplacez-le|remplacez-la|changez-le|changez-la|modifiez-le|modifiez-la|le remplacer|la remplacer|le changer|la changer|le modifier|la modifier) (?:par|pour|en) (?:celle-ci|celui-ci|cette adresse|ce numéro|ce numero|la nouvelle|le nouveau|ma nouvelle|mon nouveau)(?: (?:adresse|numéro|numero|adresse e-?mail|e-?mail))?(?=\\s*(?:[.,;:!?()<\\n]|$))')),
  newDetail(topic('correction', 1, words("(?:mon ancienne|ma précédente) adresse|mon ancien (?:numéro|nom|e-mail)"))),
  newDetail(topic('correction', 1, words("(?:je suis|j'habite|je vis) (?:maintenant|désormais|à présent)|j'ai déménagé"))),
  topic('correction', 1, words('données (?:inexactes|erronées|incorrectes|incomplètes)')),

  ask('opt_out', words('(?:enlevez|retirez|supprimez|désinscrivez|rayez)-moi (?:de|des) (?:votre|vos|la|les) (?:liste|listes|fichier|fichiers|newsletter|mailing)')),
  ask('opt_out', words("(?:ne veux pas|ne souhaite pas|refuse) que mes (?:données|donnees|informations) (?:soient|soit) (?:utilisées|partagées|vendues|exploitées)")),
  ask('opt_out', words("(?:ne )?(?:veux|souhaite|désire|voudrais) plus (?:recevoir|être contactée?|de (?:vos |ces )?(?:e-?mails|mails|sms|messages|newsletters?|publicités?|appels))|(?:ne )?(?:veux|souhaite) plus d'(?:e-?mails|appels)")),
  ask('opt_out', words("ne plus (?:m'envoyer|me contacter|me solliciter|m'appeler|me démarcher)")),
  ask('opt_out', words("(?:arrêtez|cessez|arrêter|cesser) (?:d'utiliser|d'exploiter|de vendre|de partager|de traiter|de transmettre)|n'utilisez plus|ne (?:vendez|partagez|utilisez) plus")),
  ask('opt_out', words("arrêtez (?:de m'envoyer|de me contacter|de m'appeler|de m'écrire|de me spammer|de me harceler)|cessez de (?:m'envoyer|m'écrire|me contacter)")),
  ask('opt_out', stem("droit d'opposition|m'oppose|opposition (?:à|au)|désinscri|désabonn|me retirer de (?:votre|la) liste|ne plus recevoir|ne vendez pas")),
  ask('opt_out', words('(?:retire|retirer|révoque|révoquer) (?:mon |le )?consentement (?:[\\p{L}\'-]+ ){0,6}?(?:prospection|marketing|publicité|newsletter|lettre d\'information)')),
  // Out of a programme the sender joined: a study, a panel, a list.
  ask('opt_out', words("(?:me retirer|retirez-moi|sortez-moi|me sortir|m['’]exclure|excluez-moi|me désinscrire|désinscrivez-moi) (?:de l['’]|de la |du |des |de )(?:[\\p{L}'’-]+ ){0,3}?(?:étude|études|recherche|programme|essai|panel|enquêtes?|liste|listes|newsletter|projet|registre)")),
  // "arrêtez de m'envoyer les newsletters", "cesser de m'envoyer des SMS".
  ask('opt_out', words("(?:arrêter|arrêtez|cesser|cessez|arrêtiez|cessiez) de m['’](?:envoyer|adresser) (?:[\\p{L}'’-]+ ){0,2}?(?:newsletters?|e-?mails|mails|courriels|sms|messages|publicités|offres|promotions|lettres d['’]information|prospectus|relances)")),
  // Consent taken back (GDPR Art. 7(3)) stops the processing it allowed, whatever it was for (a study, photos, analytics):
  // the sender's own first-person withdrawal, never a notice's "vous pouvez retirer votre consentement".
  ask('opt_out', words("je (?:retire|révoque) (?:(?:ici|formellement|par la présente|également|aussi|donc|aussi par la présente|dès maintenant|dès à présent|expressément|définitivement|immédiatement|en outre|de plus|par ailleurs) ){0,3}(?:mon |le |tout )?consentement|(?:je )?(?:souhaite|veux|voudrais|demande à|tiens à) (?:(?:également|aussi|donc|par ailleurs|en outre) ){0,2}(?:retirer|révoquer) (?:mon |le |tout )?consentement|(?:retrait|révocation) de (?:mon|du) consentement")),
  topic('opt_out', 1, stem('prospection|démarchage|publicité ciblée|marketing direct')),

  chase('complaint', words("je (?:souhaite|voudrais|veux|tiens à) (?:porter plainte|me plaindre|déposer une (?:plainte|réclamation)|faire une réclamation)")),
  ask('complaint', words("(?:d'un autre|d'une autre) (?:patient|patiente|personne|client|cliente|usager)|(?:envoyé|transmis|communiqué) (?:mes|mon|ma) (?:[\\p{L}'-]+ ){0,4}?à (?:une autre personne|un tiers|la mauvaise (?:personne|adresse)|mon employeur)")),
  // "ma vie privée" is a grievance; "la vie privée" is also how a long access letter asks about breaches.
  topic('complaint', 1, words('sans (?:mon )?(?:consentement|accord|autorisation)')),
  ask('complaint', words("visibles? (?:par|pour) d'autres|(?:a consulté|a regardé|a accédé à) mon (?:dossier|compte) sans (?:raison|motif|autorisation)")),
  ask('complaint', words('(?:violation|atteinte) (?:grave )?(?:de|à) ma (?:vie privée|confidentialité)|violation du secret médical')),
  topic('complaint', 1, words('(?:violation|atteinte) (?:grave )?(?:de|à) la (?:vie privée|confidentialité)')),
  chase('complaint', stem('(?:dépose|déposé|déposer|introduire|introduit|porter|porté|adresse|adressé) (?:une )?(?:plainte|réclamation)')),
  ask('complaint', words('(?:saisi|saisir|saisirai|alerté) (?:la CNIL|l\'autorité de contrôle)')),
  chase('complaint', words("(?:deuxième|troisième|seconde|dernière) (?:fois|relance|demande)|je vous relance|délai [^.?!\\n]{0,60}?(?:dépassé|expiré|écoulé)")),
  chase('complaint', stem("toujours (?:pas|rien|aucune)|n'ai (?:toujours |encore )?(?:rien|pas|aucune réponse) reçu|sans réponse|(?:pas|aucune) (?:encore )?(?:reçu de |de )?réponse|période [^.\\n]{0,60}?dépassée")),
  // "C'est disproportionné": a demand the person objects to.
  chase('complaint', words("(?:est|trouve (?:ça|cela)|c['’]est|me semble|je trouve) (?:\\p{L}+ ){0,2}?(?:totalement |complètement |clairement )?(?:disproportionnée?|excessi(?:f|ve))")),
  ask('complaint', stem('violation de données|fuite de données')),
  // A complaint to the supervisory authority made now (GDPR Art. 77); a threat of one is masked (masks.ts).
  ask('complaint', words("j['’]ai saisi la CNIL|(?:j['’]ai (?:déposé|adressé|introduit|fait|envoyé|transmis)|je dépose|je viens de déposer|nous avons déposé) (?:(?:aujourd['’]hui|ce jour|hier|ce matin|officiellement|donc) )*(?:une |ma )?(?:plainte|réclamation|signalement) (?:[\\p{L}'’-]+ ){0,4}?(?:auprès de|à|devant) (?:la |l['’])?(?:CNIL|Commission nationale de l['’]informatique et des libertés|autorité de (?:contrôle|protection des données)|Autorité de protection des données|APD|CNPD|PFPDT)")),
  topic('complaint', 1, stem('plainte|réclamation')),
  topic('complaint', 1, stem('relance')),

  topic('child_data', 1, words("(?:je suis )?(?:la )?(?:mère|maman|le père|le papa|la tutrice|le tuteur) d(?:e |')|(?:il|elle) a " + MINOR_AGE + " ans")),
  topic('child_data', 1, words("(?:un de |une de )?mes (?:élèves|eleves)|(?:mon|un|une) (?:élève|eleve)|école primaire|(?:CP|CE1|CE2|CM1|CM2)")),
  ask('child_data', words('(?:mon fils|ma fille|mon enfant) (?:de|âgée? de|a) ' + MINOR_AGE + ' ans')),
  topic('child_data', 1, words('mon (?:fils|enfant)|ma fille|mes enfants|(?:âgée?|agée?) de ' + MINOR_AGE + ' ans')),
  ask('child_data', words('enfant mineur|(?:est|sont) mineure?s?|moins de (?:13|15|16) ans|consentement (?:parental|des parents)')),

  topic('other', 2, words('inscrivez-vous|webinaire|nous proposons|seriez-vous intéressée?|un (?:court|bref) échange|notre plateforme|réservez une démo|demandez une démo|notre logiciel|réserver une démo|essai gratuit|notre (?:plateforme|solution) (?:aide|automatise)|vérifiez votre compte|votre compte (?:sera|a été) (?:suspendu|bloqué)')),
  topic('other', 1, words('rendez-vous|facture|remboursement|mot de passe')),
];
