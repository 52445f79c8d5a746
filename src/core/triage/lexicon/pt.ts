import { ask, chase, newDetail, stem, topic, words, type Rule } from '../rule.js';
import { MINOR_AGE } from './minor.js';

const MEUS = '(?:os meus|o meu|a minha|as minhas|meus|minha|meu|seus|sua|seu|todos os(?: meus)?|todas as(?: minhas)?|dos meus|da minha|do meu)';
const REQUEST_PT = '(?:solicito|solicitei|solicitar|peço|pedi|requeiro|exerço|exercer|venho solicitar|gostaria de solicitar)';
const DADOS = '(?:dados|informações|informacoes|conta|cadastro|perfil|prontuário|histórico|historico|processo|exames|relatórios)';

/** Portuguese (PT and BR): RGPD and LGPD wording (acesso, apagamento/eliminação, retificação, oposição). */
export const PT_RULES: Rule[] = [
  // Bare nouns name the topic; a first-person request in front, or "my data", makes it a request.
  topic('deletion', 2, stem('apagamento|direito ao esquecimento|elimina[çc][ãa]o (?:dos|de) dados|exclus[ãa]o (?:dos|de) dados')),
  // Telemarketing: "não quero mais ser ligado".
  ask('opt_out', words('não quero mais (?:ser )?(?:ligad[oa]|receber (?:ligações|chamadas))|não me liguem mais|(?:tirem|removam|retirem) (?:o )?meu (?:número|telefone) da (?:vossa |sua )?lista')),
  // Leave to delete, with nothing after it ("Podem excluir, por favor.", round 99): a request.
  // Leave to delete whatever is lost: "apaguem mesmo assim", "pode excluir assim mesmo".
  ask('deletion', words('(?:apaguem|apague|excluam|exclua|eliminem|elimine|deletem|removam|(?:pode|podem) (?:excluir|apagar|eliminar|deletar|remover))(?: tudo)? (?:mesmo assim|assim mesmo|de qualquer forma|de qualquer jeito|na mesma)(?![^.!\\n]{0,40}\\?)')),
  ask('deletion', words('(?:pode|podem) (?:excluir|apagar|eliminar|deletar|remover)(?:,? (?:por favor|sim))?(?=\\s*(?:[.!,;\\n]|$))')),
  ask('deletion', words('(?:prossiga|prossigam|podem prosseguir|pode prosseguir|podem avançar|pode avançar|avancem|avance|sigam|siga|podem seguir|pode seguir|continuem|continue) (?:então |por favor |já )?com (?:a elimina[çc][ãa]o|o apagamento|a exclus[ãa]o)')),
  // "a exclusão do meu cadastro", "a eliminação da minha conta": the noun with the writer's own account or data.
  ask('deletion', stem(`(?:elimina[çc][ãa]o|exclus[ãa]o|remo[çc][ãa]o) (?:dos|das|do|da|de) (?:meus |minhas |meu |minha )${DADOS}`)),
  ask('deletion', words(`${REQUEST_PT}[^.?!\\n]{0,50}?(?:apagamento|elimina[çc][ãa]o|exclus[ãa]o|esquecimento)`)),
  ask('deletion', words('(?:encerrar|encerrem|fechar|fechem|cancelar|cancelem) (?:a minha|minha|a) conta')),
  // Asked in the subjunctive, as people say it on the phone: "queria pedir que apagassem essas gravações".
  ask('deletion', words("(?:que )?(?:apagassem|eliminassem|removessem|excluíssem|apaguem|eliminem|removam|excluam) (?:os |as |essas |esses |estas |estes |todas as |todos os |a minha |o meu |os meus |as minhas |minha |meu |meus |minhas )?(?:[\\p{L}-]+ ){0,2}?(?:grava[çc]\\p{L}*|dados|registos?|registros?|conta|ficha|processo|fotos?|fotografias|informa[çc]\\p{L}*|hist[óo]rico|perfil|cadastro)")),
  ask('deletion', words('(?:exclu[íi]|apag[áa]|elimin[áa])-(?:los|las|la|lo)|(?:apague|apaguem|exclua|excluam|eliminem|removam) (?:(?:simplesmente|já|logo|de vez|também|então) )?(?:a|o|as|os|essa|esta|esse|este|a minha|minha|o meu|meu) (?:conta|perfil|cadastro|dados|informações)')),
  ask('deletion', words('(?:apaguem|apague|apagar|excluam|exclua|excluir|eliminem|elimine|eliminar|deletem|deletar|removam|remova|remover) tudo')),
  // "Quero excluir a conta", "apagar os dados": the definite article stands for the writer's own account as often as "minha" does.
  // "Antes de excluirmos a sua conta … Podemos prosseguir?": the team's own words, read as the person's after a yes.
  ask('deletion', words('(?:apagarmos|excluirmos|eliminarmos|removermos) (?:a |o )?(?:minha|meu) (?:conta|perfil|cadastro|dados)')),
  ask('deletion', words('(?:apagar|excluir|eliminar|deletar|remover|apagarem|excluírem|eliminarem) (?:a|o|as|os) (?:conta|perfil|cadastro|dados|informações|informacoes|prontuário|histórico|historico)')),
  ask('deletion', words(`(?:apague|apaguem|apagassem|exclua|excluam|excluíssem|elimine|eliminem|eliminassem|apagar|excluir|eliminar|deletar|delete) (?:todos )?${MEUS} (?:[\\p{L}-]+ ){0,3}?${DADOS}`)),

  ask('disclosure', stem('(?:solicito|solicitar|peço|pe[çc]o o|requeiro|direito de) acesso|acesso (?:aos|a) (?:meus )?dados|pedido de acesso')),
  ask('disclosure', words('confirma[çc][ãa]o (?:da existência )?de tratamento')),
  ask('disclosure', words(`c[óo]pia (?:de |dos )?${MEUS} (?:[\\p{L}-]+ ){0,3}?${DADOS}`)),
  ask('disclosure', words('(?:enviar-me|mandar-me|enviem-me|mandem-me|enviar|mandar|enviem|mandem)(?: por favor)? (?:uma cópia (?:de|dos) )?(?:a totalidade dos |todos )?(?:os )?(?:meus )?(?:dados|informações)')),
  ask('disclosure', words('(?:quais|que|qual) (?:dados|informações|informação|informacao) (?:pessoa(?:l|is) )?(?:voc[êe]s )?(?:t[êe]m|possuem|armazenam|tratam|guardam|sabem|mantêm)')),
  ask('disclosure', words('(?:quais|que) (?:dados|informações) (?:pessoais )?(?:voc[êe]s )?(?:t[êe]m|possuem|armazenam|tratam|guardam|sabem|mantêm)')),
  topic('disclosure', 2, stem('portabilidade')),

  topic('correction', 2, stem('retifica[çc][ãa]o|rectifica[çc][ãa]o')),
  topic('correction', 1, words('(?:a|o|minha|meu|a minha|o meu) (?:morada|endereço|número|telemóvel|celular|nome|apelido|sobrenome|data de nascimento|e-?mail) (?:corret[oa]|cert[oa]|nov[oa]|atual|verdadeir[oa]) é|(?:a|o|a minha|o meu|minha|meu) (?:nova|novo|correta|correto|certa|certo) (?:morada|endereço|número|nome|apelido|sobrenome|e-?mail) é')),
  ask('correction', words('(?<!(?:consegui|conseguiu|pude|já|acabei de) )(?:(?:alterar|alterem|altere|mudar|mudem|mude|atualizar|atualizem|atualize|actualizar|actualizem) (?:a minha|o meu|os meus|as minhas|minha|meu|meus|minhas|a|o) (?:morada|endereço|número|telemóvel|telefone|celular|nome|apelido|sobrenome|e-?mail|data de nascimento|contactos|contatos))(?! (?:dele|dela|do meu (?:pai|filho|marido|irmão|avô)|da minha (?:mãe|filha|mulher|esposa|irmã|avó)))')),
  ask('correction', words('(?:a|o|minha|meu|a minha|o meu) (?:data de nascimento|nome|sobrenome|apelido|morada|endereço|e-?mail|telefone|número|cpf|nif)(?: (?:no|do|na|da) (?:vosso |seu )?(?:cadastro|sistema|ficha|registo|registro))? (?:tá|está|ta|esta) (?:errad[oa]|incorret[oa]|trocad[oa]|desatualizad[oa])|(?:arrumem|corrijam|consertem|acertem) (?:isso|isto|por favor|pra mim|para mim)')),
  // "Queria que vocês corrigissem pra …": the imperfect subjunctive of a polite wish.
  ask('correction', stem('corrigir|corrijam|corrigisse(?:m)?|retificar|atualizar meus dados')),
  ask('correction', words(`${REQUEST_PT}[^.?!\\n]{0,50}?(?:retifica[çc][ãa]o|rectifica[çc][ãa]o)`)),
  // "Solicito … a correção dos meus dados": the noun, as the letters name the request.
  ask('correction', words('(?:a )?corre[çc][ãa]o (?:d[oa]s? )?(?:meus|minhas|meu|minha) (?:dados|cadastro|registo|registro|ficha|morada|endereço|nome)')),
  newDetail(ask('correction', words('(?:o meu novo|a minha nova|meu novo|minha nova) (?:endereço|endereco|morada|telefone|e-mail|número|numero|nome) é|mudei de (?:endereço|endereco|telefone|número|numero|casa|morada|apelido|sobrenome|nome)'))),
  ask('correction', words('(?:atualizar|atualizem|corrigir|corrijam) (?:os )?meus dados')),
  ask('correction', words('(?:meu|minha) (?:nome|sobrenome|endereço|endereco|telefone|e-mail|data de nascimento|cadastro) (?:está|esta|estão) (?:[\\p{L}-]+ ){0,2}?(?:errad[oa]|incorret[oa]|desatualizad[oa]|erradas?)|(?:atualizar|corrigir) (?:o |a |meu |minha )(?:endereço|endereco|nome|sobrenome|telefone|cadastro|e-mail)')),
  ask('correction', words("(?:o meu|a minha|meu|minha) (?:nome|apelido|sobrenome|endereço|endereco|morada|telefone|e-mail|data de nascimento)[^\\n]{0,300}?(?:(?:me )?(?:o|a) (?:podem|poderiam|possam) (?:mudar|alterar|corrigir|atualizar)|(?:podem|poderiam) (?:mudá|alterá|corrigi|atualizá)-l[oa]|(?:corrijam|alterem|atualizem|mudem)-n[oa])")),
  // "Podem trocar para este aqui (…)?": the wrong detail named before, the right one given now.
  ask('correction', words('(?:troquem|troque|trocar|mudem|mude|mudar|alterem|altere|alterar|atualizem|atualize|atualizar|substituam|substitua|substituir)(?:-(?:no|na|lo|la))? (?:para|pelo|pela|por) (?:este|esta|esse|essa|o novo|a nova|o meu novo|a minha nova|meu novo|minha nova)(?: (?:aqui|endereço|endereco|e-?mail|número|numero|morada|telefone|celular))?(?=\\s*(?:[.,;:!?()<\\n]|$))')),
  topic('correction', 1, words('dados (?:incorretos|inexatos|errados|desatualizados)')),

  // Bloqueado enquanto a retificação é verificada (RGPD art. 18.º, n.º 1, al. a)).
  // "Peço que não me voltem a contactar": contact stopped, whichever way it came.
  // "Venho opor-me ao tratamento …", "Solicito que cessem a utilização dos meus dados para esses fins".
  ask('opt_out', words('(?:venho |quero |pretendo )?opor-me|(?:cessem|cesse|deixem de|parem de) (?:a )?(?:utiliza[çc][ãa]o|utilizar|usar|tratar|tratamento)(?: d[oa]s?)? (?:meus|minhas)')),
  // "Parem de me perfilar", "não quero ser perfilada": an objection to profiling (GDPR Art. 21(2)).
  ask('opt_out', words('(?:parem|pare|deixem|deixe) de (?:me )?(?:perfilar|rastrear|monitorizar)|não (?:quero|desejo) (?:mais )?(?:ser (?:perfilad|rastread)\\p{L}*|que me (?:perfilem|rastreiem))|(?:sem|nada de|chega de) (?:perfilamento|perfilagem|definição de perfis)')),
  ask('opt_out', words('não me (?:voltem|volte|tornem|torne) a (?:contactar|contatar|ligar|telefonar|enviar|mandar|escrever|incomodar)')),
  ask('opt_out', words('(?:até que|até (?:isso|isto|o erro) (?:ser|estar|ficar)|enquanto (?:isso|isto|não|verificam|corrigem|analisam|(?:a |o )?(?:análise|verificação|correção|retificação|investigação|apuramento|apuração|reclamação)))[^.!?\\n]{0,80}?(?:não (?:[\\p{L}-]+ ){0,3}?(?:partilhem|compartilhem|enviem|usem|utilizem|mandem|passem|encaminhem|partilhar|enviar|usar|(?:seja|sejam) (?:usad|utilizad|enviad|partilhad|compartilhad|transmitid|comunicad|encaminhad)\\p{L}*)|bloqueiem|bloqueie|bloquear|suspendam|suspender|limitem)')),
  ask('opt_out', words('(?:me |o |a )?(?:tirem|tire|tirar|retirem|retire|retirar|removam|remova|remover)(?:-me)? (?:o (?:meu |seu )?(?:número|numero|e-?mail|contacto|contato)(?: (?:dele|dela|do meu filho|da minha filha))? )?(?:da|de|das|dos) (?:sua |vossa |vossas |suas )?(?:lista|listas|newsletter|mailing|base de (?:dados de )?(?:marketing|publicidade|contactos de marketing))')),
  // Where the data came from (GDPR Art. 15(1)(g)): "saber de onde vem o meu número".
  ask('disclosure', words('(?:saber|dizer(?:-me)?|informar(?:-me)?|explicar(?:-me)?) (?:de )?onde (?:(?:vocês|voces|vós|a empresa) )?(?:vem|veio|vieram|vêm|obtiveram|tiraram|conseguiram|arranjaram|pegaram|arrumaram) (?:o meu|a minha|os meus|as minhas|meu|minha|meus|minhas)')),
  ask('disclosure', words('(?:ainda )?(?:têm|tem|guardam|possuem) (?:ainda )?dados (?:meus|sobre mim|a meu respeito)|consultar (?:o meu )?(?:processo clínico|prontuário|registo clínico|registro médico)')),
  ask('disclosure', words('com quem (?:vocês )?(?:compartilharam|partilharam|partilhou|compartilhou|partilhámos|partilhamos|compartilhamos) (?:os )?(?:meus|minhas)')),
  ask('deletion', words('(?:que )?(?:sejam|seja) (?:definitivamente )?(?:apagad[oa]s?|excluíd[oa]s?|eliminad[oa]s?)')),
  // "apaguem o email dela da vossa base de dados": erased from the records, whatever is named.
  ask('deletion', words('(?:apaguem|apague|eliminem|elimine|removam|remova|excluam|exclua|retirem|tirem) (?:[\\p{L}@.-]+ ){0,4}?(?:da|das|do|dos) (?:vossa |vossas |sua |suas |seu |seus |vossos )?(?:base de dados|bases de dados|sistema|sistemas|registos|registros|ficheiros|arquivos)(?! (?:de|do|da) (?:marketing|publicidade|newsletter|e-?mails))')),
  ask('opt_out', words('n[ãa]o quero que (?:os )?meus (?:dados|informações) (?:sejam|seja) (?:usados|utilizados|partilhados|compartilhados|vendidos)')),
  ask('opt_out', words('deixar de receber|n[ãa]o (?:a|o|as|os) quero mais|n[ãa]o quero receber mais|n[ãa]o quero mais receber (?:\\p{L}+ ){0,3}?(?:propaganda|publicidade|promoç\\p{L}+|ofertas|mensagens|e-?mails|sms|newsletters?|liga[çc]\\p{L}+|comunica[çc]\\p{L}+)')),
  ask('opt_out', words('n[ãa]o me (?:mandem|enviem|liguem|contatem|contactem) mais')),
  ask('opt_out', words('parem de (?:me )?(?:enviar|mandar|ligar|contatar)')),
  ask('opt_out', words('(?:parem|deixem|parar|deixar) de (?:usar|utilizar|vender|partilhar|compartilhar|tratar)')),
  ask('opt_out', stem('direito de oposi[çc][ãa]o|me oponho|oponho-me|oposi[çc][ãa]o ao|descadastr|cancelar (?:a )?inscri[çc][ãa]o|n[ãa]o (?:quero )?receber mais|não vendam')),
  ask('opt_out', words('(?:revogo|revogar|retiro|retirar) (?:o (?:meu )?)?consentimento (?:[\\p{L}-]+ ){0,6}?(?:marketing|publicidade|newsletter|comunicações)')),
  // Out of a programme the sender joined: a study, a panel, a list.
  ask('opt_out', words("(?:tirem-me|tire-me|retirem-me|retire-me|excluam-me|exclua-me|removam-me|remova-me|me tirem|me retirem|me excluam|me removam|me tire|me retire) (?:do|da|dos|das|de) (?:[\\p{L}-]+ ){0,3}?(?:estudos?|pesquisa|investigação|programa|ensaio|painel|inquéritos?|lista|listas|newsletter|projec?to|registo|registro)")),
  // "tirem meu número daquela lista", "removam o meu e-mail da newsletter".
  ask('opt_out', words("(?:tirem|tire|retirem|retire|removam|remova|excluam|exclua) (?:o )?(?:meu|minha) (?:número|e-?mail|endereço|contato|contacto|telefone) (?:[\\p{L}-]+ ){0,3}?(?:da|das|do|dos|daquela|dessa|desta|daquele|desse) (?:[\\p{L}-]+ ){0,2}?(?:lista|listas|newsletter|transmissão|mailing|campanhas?|promoções)")),
  // Consent taken back (GDPR Art. 7(3)) stops the processing it allowed, whatever it was for (a study, photos, analytics):
  // the sender's own first-person withdrawal, never a notice's "pode retirar o seu consentimento".
  ask('opt_out', words('(?:revogo|retiro) (?:(?:formalmente|expressamente|também|tambem|ainda|igualmente|por este meio|pela presente|desde já|definitivamente) ){0,3}(?:o |o meu |meu |todo )?consentimento|(?:quero|desejo|gostaria de|venho|pretendo) (?:(?:também|tambem|ainda|igualmente|por este meio) ){0,2}(?:retirar|revogar) (?:o |o meu |meu |todo )?consentimento|(?:revoga[çc][ãa]o|retirada) do (?:meu )?consentimento')),
  topic('opt_out', 1, stem('marketing direto|publicidade')),

  chase('complaint', words('(?:quero|gostaria de|desejo) (?:fazer uma |apresentar uma |registrar uma |registar uma )?(?:reclama[çc][ãa]o|queixa)|(?:quero|gostaria de) reclamar')),
  topic('complaint', 1, words('viola[çc][ãa]o da (?:privacidade|intimidade|confidencialidade)')),
  ask('complaint', words('vis[íi]veis? para outr[oa]s|(?:consultou|viu|acedeu a|acessou) (?:o )?meu (?:processo|prontuário|ficheiro|registo) sem (?:motivo|autorização|permissão)')),
  ask('complaint', words('viola[çc][ãa]o da minha (?:privacidade|intimidade|confidencialidade)|(?:enviaram|mandaram|enviou|mandou)[^.?!\\n]{0,60}? (?:para|a|ao) (?:outra pessoa|outro paciente|meu empregador|meu chefe)')),
  topic('complaint', 1, words('sem (?:o )?(?:meu )?(?:consentimento|autorização|permissão)')),
  chase('complaint', stem('(?:apresentar|apresento|apresentei|registrar|registro|registrei|fiz|fazer|abri) (?:uma )?(?:reclama[çc][ãa]o|queixa|den[úu]ncia)')),
  // "Estou recebendo SMS de consultas de outra pessoa": someone else's appointments reach the writer.
  ask('complaint', words('(?:recebo|estou recebendo|estou a receber|tenho recebido|chegam-me|me chegam|me chegaram)[^.?!\\n]{0,80}? (?:de|em nome de|para|destinad[oa]s a) (?:outra pessoa|outro paciente|outra paciente|um desconhecido|uma desconhecida)')),
  ask('complaint', stem('vazamento de dados|viola[çc][ãa]o de dados')),
  chase('complaint', words('(?:escrevo|volto a escrever) (?:novamente|de novo|pela segunda vez)|(?:segundo|terceiro) (?:pedido|e-?mail(?! (?:cadastrad|registad|registrad|associad|vinculad)\\p{L}*)|lembrete|contacto|contato)|prazo [^.?!\\n]{0,60}?(?:terminou|expirou|passou|excedido|ultrapassado)')),
  chase('complaint', stem('n[ãa]o recebi (?:uma |nenhuma )?resposta|ainda n[ãa]o (?:tive|recebi|obtive) (?:uma |nenhuma )?resposta|sem resposta')),
  // "É desproporcional": a demand the person objects to.
  chase('complaint', words('(?:é|acho|parece|considero) (?:\\p{L}+ ){0,2}?(?:totalmente |completamente |claramente )?(?:desproporcional|desproporcionad[oa]|excessiv[oa])')),
  // A complaint to the supervisory authority made now (GDPR Art. 77, LGPD Art. 18 §1); a threat of one is masked (masks.ts).
  ask('complaint', words("(?:apresentei|fiz|apresentámos|apresentamos|submeti|registei|registrei|abri|acabei de (?:apresentar|fazer)|acabo de (?:apresentar|fazer)) (?:(?:hoje|ontem|já|formalmente) )*(?:uma |a |a minha )?(?:queixa|reclamação|denúncia|participação) (?:[\\p{L}-]+ ){0,4}?(?:à|a|na|junto da|junto à|perante a|para a) (?:CNPD|ANPD|Comissão Nacional de Proteção de Dados|Autoridade Nacional de Proteção de Dados|autoridade de control[oe])")),
  topic('complaint', 1, stem('reclama[çc][ãa]o')),
  topic('complaint', 1, stem('lembrete|advert[êe]ncia')),

  ask('child_data', words('(?:o |a )?(?:meu filho|minha filha|meu enteado|minha enteada)(?: [\\p{L}]+)?,? (?:de|tem|com|que tem) ' + MINOR_AGE + ' anos')),
  topic('child_data', 1, words('(?:sou )?(?:a )?(?:mãe|mae|pai|responsável|encarregad[oa] de educação) d[oa]|tem ' + MINOR_AGE + ' anos')),
  topic('child_data', 1, words('(?:um dos |uma das )?(?:meus|minhas) (?:alunos|alunas)|(?:meu|minha|um|uma) (?:aluno|aluna)|escola (?:primária|fundamental)')),
  ask('child_data', words('(?:meu filho|minha filha) (?:de|tem) ' + MINOR_AGE + ' anos')),
  topic('child_data', 1, words('meu filho|minha filha|meus filhos|' + MINOR_AGE + ' anos de idade')),
  ask('child_data', words('menor de idade|consentimento dos pais')),

  topic('other', 2, words('inscreva-se|webinar|webinário|oferecemos|tem interesse|nossa plataforma|teste grátis|agende uma demonstração|nossa plataforma (?:ajuda|automatiza)|verifique sua conta')),
  topic('other', 1, words('consulta|fatura|reembolso|senha')),
];
