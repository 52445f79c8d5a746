import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Address } from '../types.js';
import type { RenderedMail } from '../core/render.js';

export interface ComposeInput {
  messageId: string;
  from: Address;
  to: Address[];
  subject: string;
  date: string;
  inReplyTo: string | null;
  references: string[];
  body: RenderedMail;
  headers: Record<string, string>;
}

const bracket = (id: string): string => `<${id}>`;

/**
 * Builds the RFC 5322 bytes of one outgoing message. Everything comes from the outbox item
 * (including the Date), so a resend after a crash is the same message, not a second one.
 */
export async function composeMail(input: ComposeInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: input.from.name, address: input.from.address },
    to: input.to.map((address) => ({ name: address.name, address: address.address })),
    subject: input.subject,
    text: input.body.text,
    ...(input.body.html ? { html: input.body.html } : {}),
    messageId: bracket(input.messageId),
    date: new Date(input.date),
    ...(input.inReplyTo ? { inReplyTo: bracket(input.inReplyTo) } : {}),
    ...(input.references.length > 0 ? { references: input.references.map(bracket) } : {}),
    headers: input.headers,
  });
  return composer.compile().build();
}
