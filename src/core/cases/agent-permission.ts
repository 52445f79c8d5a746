import type { InboundMail } from '../../types.js';

// CCPA 11 CCR 7063(a): an authorized agent shows the consumer's signed permission. Agents attach it
// under many names; we recognise the document by its name, or by a signed-looking attachment the
// mail itself says is the permission.
const PERMISSION_NAME = /(?:authori[sz]|permission|consent|mandat|power[\s_-]*of[\s_-]*attorney|\bpoa\b|vollmacht|bevollm[äa]chtig|autoriza|procuraci[oó]n|procura[cç][aã]o|procuration|pouvoir|delega|machtiging|volmacht|signed|unterschrieben|firmad|sign[ée]|assinad|firmat|ondertekend)/i;
const ATTACHED = /\b(?:attached|enclosed|attachment|anbei|angeh[äa]ngt|anhang|adjunt[oa]s?|adjuntamos|ci-joint|pi[èe]ce jointe|joint[es]?|in allegato|allegat[oa]|em anexo|anexad[oa]|segue anexo|bijgevoegd|als bijlage|bijlage)\b/i;
const PERMISSION_WORDS = /\b(?:authori[sz]\w*|permission|consent|signed|mandate|vollmacht|einwilligung|autorizaci[oó]n|autoriza[cç][aã]o|firmad[oa]|assinad[oa]|mandat|procuration|pouvoir|delega\w*|machtiging|toestemming|ondertekend)\b/i;
const DOCUMENT_TYPES = /^(?:application\/pdf|image\/|application\/(?:msword|vnd\.openxmlformats|vnd\.oasis))/i;

/** Whether an agent's request carries the consumer's signed permission, so we do not ask for it again. */
export function carriesSignedPermission(mail: InboundMail): boolean {
  const documents = mail.attachments.filter((attachment) => DOCUMENT_TYPES.test(attachment.contentType) && attachment.size > 0);
  if (documents.some((attachment) => PERMISSION_NAME.test(attachment.filename ?? ''))) return true;
  const text = `${mail.subject}\n${mail.newText || mail.text}`;
  return documents.length > 0 && ATTACHED.test(text) && PERMISSION_WORDS.test(text);
}
