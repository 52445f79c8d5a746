import { planIntake, type IntakeContext } from '../../src/core/intake.js';
import { planTimedActions, type LifecycleContext } from '../../src/core/lifecycle.js';
import { outgoingMessageId } from '../../src/core/outbox.js';
import { createRenderer, type RenderedMail } from '../../src/core/render.js';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import { verificationCode, verificationToken } from '../../src/core/verification.js';
import { parseMail } from '../../src/io/mime.js';
import { loadTemplates } from '../../src/io/templates.js';
import type { CaseRecord, DbData, InboundMail, Label, OutboxItem, Verdict } from '../../src/types.js';
import { buildMail } from '../support/build-mail.js';

export const SECRET = 'test-secret-test-secret';
export const TEAM = 'team@example.test';
export const AUTHSERV = 'mx.example.test';

export function verdict(labels: Label[], overrides: Partial<Verdict> = {}): Verdict {
  return { primary: labels[0] ?? 'other', labels, language: 'en', confidence: 0.9, automated: null, agent: false, evidence: labels.map((label) => ({ label, phrase: `${label}-phrase`, where: 'body' as const })), classifiedBy: 'rules', ...overrides };
}

export async function mail(options: Parameters<typeof buildMail>[0]): Promise<InboundMail> {
  return parseMail(Buffer.from(buildMail(options)), { maxBytes: 1_000_000 });
}

/** A team reply with the Authentication-Results header our trusted server would add; `date` (ISO) is when the team wrote it. */
export async function teamReply(body: string, inReplyTo: string, options: { from?: string; authResults?: string | null; subject?: string; messageId?: string; date?: string } = {}): Promise<InboundMail> {
  const from = options.from ?? `Sam Team <${TEAM}>`;
  const domain = /@([^>]+)>?$/.exec(from)?.[1] ?? 'example.test';
  const authResults = options.authResults === undefined ? `${AUTHSERV}; dkim=pass header.d=${domain} header.s=mail; spf=pass smtp.mailfrom=${domain}` : options.authResults;
  return mail({
    from,
    subject: options.subject ?? 'Re: case',
    body: `${body}\n\nOn Mon, 2 Mar 2026, Privacy wrote:\n> earlier text\n> verified\n`,
    messageId: options.messageId ?? `team-${Math.abs(hashCode(body + inReplyTo))}@example.test`,
    inReplyTo,
    ...(options.date ? { date: new Date(options.date).toUTCString() } : {}),
    extraHeaders: authResults ? { 'Authentication-Results': authResults } : {},
  });
}

function hashCode(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash;
}

export class Harness {
  db: DbData = emptyDb();
  now = '2026-03-02T17:00:00.000Z';
  render!: (templateId: string, vars: Record<string, unknown>) => RenderedMail;
  sent = new Set<string>();
  counter = 0;

  static async create(): Promise<Harness> {
    const harness = new Harness();
    harness.render = createRenderer(await loadTemplates());
    return harness;
  }

  context(overrides: Partial<IntakeContext> = {}): IntakeContext {
    return {
      now: this.now,
      timeZone: 'America/Los_Angeles',
      secret: SECRET,
      domain: 'example.test',
      orgName: 'Calm Clinic',
      privacyAddress: 'privacy@example.test',
      maxRepliesPerSenderPerDay: 5,
      source: 'test',
      sourceId: `s${this.counter++}`,
      arrivedAt: null,
      blob: null,
      fromHash: null,
      teamAddresses: [TEAM],
      dataPoints: ['full name', 'phone number'],
      trustedAuthservId: AUTHSERV,
      ...overrides,
    };
  }

  lifecycleContext(): LifecycleContext {
    const context = this.context();
    return { ...context, teamAddresses: [TEAM], dataPoints: ['full name', 'phone number'], trustedAuthservId: AUTHSERV };
  }

  receive(message: InboundMail, result: Verdict, overrides: Partial<IntakeContext> = {}): ReturnType<typeof planIntake> {
    const plan = planIntake(message, result, this.db, this.context(overrides));
    applyChanges(this.db, plan.changes);
    return plan;
  }

  tick(now: string): number {
    this.now = now;
    const changes = planTimedActions(this.db, this.lifecycleContext());
    applyChanges(this.db, changes);
    return changes.length;
  }

  case(id = 'PR-2026-0001'): CaseRecord {
    const record = this.db.cases[id];
    if (!record) throw new Error(`no case ${id}`);
    return record;
  }

  /** Outbox items not yet looked at, each rendered with the real templates (strict: a missing variable throws). */
  takeNew(): Array<OutboxItem & { body: RenderedMail }> {
    const fresh = Object.values(this.db.outbox).filter((item) => !this.sent.has(item.key));
    for (const item of fresh) this.sent.add(item.key);
    return fresh.map((item) => {
      const lang = typeof item.vars.lang === 'string' ? item.vars.lang : 'en';
      let body: RenderedMail;
      try {
        body = this.render(lang === 'en' ? item.templateId : `${item.templateId}.${lang}`, item.vars);
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith('no template'))) throw error;
        body = this.render(item.templateId, item.vars);
      }
      return { ...item, body };
    });
  }

  token(caseId = 'PR-2026-0001', round = 1): string {
    return verificationToken(SECRET, caseId, round);
  }

  code(caseId = 'PR-2026-0001', round = 1): string {
    return verificationCode(SECRET, caseId, round);
  }

  messageIdOf(key: string): string {
    return outgoingMessageId(key, SECRET, 'example.test');
  }
}
