/** Builds a small RFC 5322 message for tests; headers are written exactly as given. */
export function buildMail(options: {
  from?: string;
  to?: string;
  subject: string;
  body: string;
  messageId?: string;
  inReplyTo?: string;
  references?: string;
  date?: string;
  extraHeaders?: Record<string, string>;
}): string {
  const headers: string[] = [
    `From: ${options.from ?? 'Alex Doe <alex@example.net>'}`,
    `To: ${options.to ?? 'privacy@example.test'}`,
    `Subject: ${options.subject}`,
    `Date: ${options.date ?? 'Mon, 02 Mar 2026 09:00:00 +0000'}`,
  ];
  if (options.messageId) headers.push(`Message-ID: <${options.messageId}>`);
  if (options.inReplyTo) headers.push(`In-Reply-To: <${options.inReplyTo}>`);
  if (options.references) headers.push(`References: ${options.references}`);
  for (const [name, value] of Object.entries(options.extraHeaders ?? {})) headers.push(`${name}: ${value}`);
  headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit');
  return `${headers.join('\r\n')}\r\n\r\n${options.body.replace(/\r?\n/g, '\r\n')}\r\n`;
}
