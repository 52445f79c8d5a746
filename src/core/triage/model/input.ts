import type { MessageText } from '../message-text.js';
import { MAX_BODY_CHARS, type ModelInput } from './features.js';

/** The model reads what the rules read: the subject, the new text, and a forwarded request. */
export function modelInputOf(text: MessageText): ModelInput {
  const subject = text.subject || text.forwardedSubject;
  const body = [text.body, text.forwardedSubject && text.forwardedSubject !== subject ? text.forwardedSubject : '', text.forwarded].filter(Boolean).join('\n\n');
  return { subject, body: body.slice(0, MAX_BODY_CHARS) };
}
