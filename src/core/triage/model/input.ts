import { findMasks } from '../masks.js';
import type { MessageText } from '../message-text.js';
import { MAX_BODY_CHARS, type ModelInput } from './features.js';

/** Each kind of boilerplate the rules mask becomes one placeholder word the model can learn from. */
const PLACEHOLDER: Record<string, string> = {
  'sender footer': '_footer_',
  'confidentiality notice': '_notice_',
  'conditional threat': '_threat_',
  'quoted right to complain': '_rights_',
  'consequence of an objection': '_caveat_',
  'question about the response': '_response_',
  'a button or option named in quotes': '_button_',
  'what the person wrongly took something to do': '_mistaken_',
  'a case provided for': '_case_',
};

/**
 * Boilerplate is not intent for the model either: "to unsubscribe click here" under a newsletter is
 * the sender's footer, and "if you do not answer I will complain" closes most letters. The sentences
 * the rules mask are replaced by a placeholder before the model reads them.
 */
export function withoutBoilerplate(text: string): string {
  const masks = findMasks(text).sort((a, b) => a.start - b.start || b.end - a.end);
  if (masks.length === 0) return text;
  let out = '';
  let at = 0;
  for (const mask of masks) {
    if (mask.start < at) continue;
    out += `${text.slice(at, mask.start)} ${PLACEHOLDER[mask.reason] ?? '_masked_'} `;
    at = mask.end;
  }
  return out + text.slice(at);
}

/** The model reads what the rules read: the subject, the new text, and a forwarded request. */
export function modelInputOf(text: MessageText): ModelInput {
  const subject = text.subject || text.forwardedSubject;
  const body = [text.body, text.forwardedSubject && text.forwardedSubject !== subject ? text.forwardedSubject : '', text.forwarded].filter(Boolean).join('\n\n');
  return { subject, body: withoutBoilerplate(body.slice(0, MAX_BODY_CHARS)), sender: text.sender ?? '' };
}
