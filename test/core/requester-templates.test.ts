import { beforeAll, describe, expect, it } from 'vitest';
import { createRenderer, type RenderedMail } from '../../src/core/render.js';
import { confirmationWord, describeRequests, localizeDataPoint, TEMPLATE_LANGUAGES, type TemplateLanguage } from '../../src/core/request-words.js';
import { loadTemplates } from '../../src/io/templates.js';
import type { TemplateSet } from '../../src/core/render.js';

/** Every template that goes to a requester (team-* mail, reminders and the digest stay English). */
const REQUESTER_TEMPLATES = ['acknowledgement', 'verification', 'confirm-deletion', 'completion', 'denial', 'extension-notice', 'team-reply'] as const;
type RequesterTemplate = (typeof REQUESTER_TEMPLATES)[number];
const FOREIGN = TEMPLATE_LANGUAGES.filter((lang) => lang !== 'en');

const CASE_ID = 'PR-2026-0042';
const CODE = 'K7Q2-M9XD';
const TOKEN = 'pi1.Zk3Lq0aXv9';
const RECEIVED_ON = '2026-03-02';
const DUE_ON = '2026-04-15';
const EXPIRES_ON = '2026-03-16';
const NEW_DUE_ON = '2026-05-30';
const AGENT = 'agent@removal.example';
const SCRIPT = '<script>alert(1)</script>';

/** The whole variable contract, every flag off: scenarios switch on what they need. */
function contractVars(lang: TemplateLanguage, flags: Record<string, unknown> = {}): Record<string, unknown> {
  const child = flags.child === true;
  return {
    caseId: CASE_ID,
    orgName: 'Calm Clinic',
    privacyAddress: 'privacy@calm.example',
    lang,
    requesterName: 'Alex Doe',
    receivedOn: RECEIVED_ON,
    dueOn: DUE_ON,
    languageNote: false,
    requests: describeRequests(child ? ['child_data'] : ['deletion', 'disclosure'], lang),
    optOut: false,
    verify: false,
    verifyConsumer: false,
    deletion: false,
    complaint: false,
    child: false,
    agent: false,
    agentPermissionAttached: false,
    review: false,
    token: TOKEN,
    code: CODE,
    expiresOn: EXPIRES_ON,
    dataPoints: ['full name', 'date of your last appointment'].map((point) => localizeDataPoint(point, lang)),
    hasDataPoints: false,
    confirmWord: confirmationWord(lang),
    reminder: false,
    reminderNumber: 0,
    expiredReply: false,
    onBehalf: false,
    agentAddress: AGENT,
    message: `${SCRIPT}\n${NEW_DUE_ON}`,
    hasMessage: true,
    optOutOnly: false,
    consentWithdrawn: false,
    restriction: false,
    answered: false,
    reason: 'R-17',
    unverified: false,
    previousDueOn: DUE_ON,
    newDueOn: NEW_DUE_ON,
    ownGreeting: false,
    ownSignoff: false,
    ...flags,
  };
}

const SCENARIOS: Record<string, Record<string, unknown>> = {
  plain: {},
  'deletion + verify + data points': { verify: true, deletion: true, hasDataPoints: true },
  child: { child: true, verify: true, deletion: true },
  'on behalf': { onBehalf: true, deletion: true, agent: true, verifyConsumer: true },
  'on behalf, reminder': { onBehalf: true, reminder: true, reminderNumber: 2 },
  'expired code reply': { expiredReply: true, deletion: true },
  answered: { answered: true },
  'opt-out only': { optOutOnly: true, optOut: true },
  'consent withdrawn only': { optOutOnly: true, optOut: true, consentWithdrawn: true },
  'consent withdrawn with a deletion': { optOut: true, consentWithdrawn: true, verify: true, deletion: true },
  'restriction only': { optOutOnly: true, optOut: true, restriction: true },
  'restriction with a correction': { optOut: true, restriction: true, verify: true },
  'opt-out, complaint, review, agent with permission': { optOut: true, complaint: true, review: true, agent: true, agentPermissionAttached: true },
  'own greeting and sign-off': { ownGreeting: true, ownSignoff: true },
  'language note': { languageNote: true },
  'unverified denial': { unverified: true },
  'no name, no due date, no message': { requesterName: '', dueOn: '', hasMessage: false, message: '' },
};

let set: TemplateSet;
let render: (templateId: string, vars: Record<string, unknown>) => RenderedMail;

beforeAll(async () => {
  set = await loadTemplates();
  render = createRenderer(set);
});

function templateId(id: RequesterTemplate, lang: TemplateLanguage): string {
  return lang === 'en' ? id : `${id}.${lang}`;
}

function mailFor(id: RequesterTemplate, lang: TemplateLanguage, flags: Record<string, unknown> = {}): { text: string; html: string } {
  const mail = render(templateId(id, lang), contractVars(lang, flags));
  return { text: mail.text, html: mail.html ?? '' };
}

/** What a reader sees in the HTML part. */
function visible(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('requester templates: one per language', () => {
  it('has text and html for every requester template in all seven languages, and a layout and signature per language', () => {
    const missing: string[] = [];
    for (const lang of TEMPLATE_LANGUAGES) {
      for (const id of REQUESTER_TEMPLATES) {
        const files = set.templates[templateId(id, lang)];
        if (!files) missing.push(`${templateId(id, lang)}/text.hbs`);
        else if (files.html === null) missing.push(`${templateId(id, lang)}/html.hbs`);
      }
      const suffix = lang === 'en' ? '' : `-${lang}`;
      for (const partial of [`layout${suffix}.html`, `signature${suffix}.text`]) if (!(partial in set.partials)) missing.push(`_partials/${partial}.hbs`);
    }
    expect(missing).toEqual([]);
    expect(TEMPLATE_LANGUAGES.length * REQUESTER_TEMPLATES.length).toBe(49);
  });

  it('renders every template in every language and scenario in strict mode, marked with its language', () => {
    let rendered = 0;
    for (const lang of TEMPLATE_LANGUAGES) {
      for (const id of REQUESTER_TEMPLATES) {
        for (const [name, flags] of Object.entries(SCENARIOS)) {
          const mail = mailFor(id, lang, flags);
          const where = `${templateId(id, lang)} (${name})`;
          expect(mail.text, where).toContain(CASE_ID);
          expect(mail.html, where).toContain(`<html lang="${lang}">`);
          expect(visible(mail.html), where).toContain(CASE_ID);
          expect(mail.text, where).not.toMatch(/\{\{|\}\}|\[\[|undefined|\[object Object\]/);
          rendered++;
        }
      }
    }
    expect(rendered).toBe(7 * 7 * Object.keys(SCENARIOS).length);
  });

  it('fails loudly when a variable the templates read is missing', () => {
    const vars = contractVars('de', { verify: true, deletion: true });
    delete vars.confirmWord;
    expect(() => render('acknowledgement.de', vars)).toThrow(/confirmWord/);
  });
});

describe('what the requester must be able to read', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: the acknowledgement carries the code, reference and ISO dates', (lang) => {
    const mail = mailFor('acknowledgement', lang, { verify: true });
    for (const part of [mail.text, visible(mail.html)]) {
      for (const value of [CODE, TOKEN, RECEIVED_ON, DUE_ON, EXPIRES_ON]) expect(part).toContain(value);
    }
  });

  it.each(TEMPLATE_LANGUAGES)('%s: the verification carries the code, reference, expiry and the date an unconfirmed request closes', (lang) => {
    for (const flags of [{}, { reminder: true, reminderNumber: 1 }, { expiredReply: true }, { onBehalf: true }]) {
      const mail = mailFor('verification', lang, flags);
      for (const part of [mail.text, visible(mail.html)]) {
        for (const value of [CODE, TOKEN, EXPIRES_ON, DUE_ON, CASE_ID]) expect(part).toContain(value);
      }
    }
  });

  it.each(TEMPLATE_LANGUAGES)('%s: denial and extension notice carry their dates', (lang) => {
    expect(mailFor('denial', lang, { unverified: true }).text).toContain(DUE_ON);
    const extension = mailFor('extension-notice', lang);
    for (const value of [RECEIVED_ON, DUE_ON, NEW_DUE_ON, 'R-17']) expect(extension.text).toContain(value);
    expect(mailFor('denial', lang).text).toContain('R-17');
  });

  it('shows no code at all when there is nothing to verify', () => {
    for (const lang of TEMPLATE_LANGUAGES) expect(mailFor('acknowledgement', lang).text).not.toContain(CODE);
  });
});

describe('deletion confirmation', () => {
  const cases: Array<[RequesterTemplate, Record<string, unknown>]> = [
    ['acknowledgement', { verify: true, deletion: true }],
    ['verification', { deletion: true }],
    ['confirm-deletion', {}],
  ];

  it.each(TEMPLATE_LANGUAGES)('%s: the instruction names the language\'s own word and accepts a sentence, never "the first line"', (lang) => {
    const word = confirmationWord(lang);
    for (const [id, flags] of cases) {
      const mail = mailFor(id, lang, flags);
      const instruction = mail.text.split('\n').find((line) => line.includes(word));
      expect(instruction, `${id}.${lang}`).toBeDefined();
      // A sentence in quotes, then the word: what the confirmation check accepts.
      expect(instruction).toMatch(new RegExp(`["„«'][^"“»']+["“»'].*${word}`, 'u'));
      expect(instruction).not.toMatch(/first line|primera línea|ersten Zeile|première ligne|primeira linha|prima riga|eerste regel/i);
      expect(mail.html).toContain(`<strong>${word}</strong>`);
      if (lang !== 'en') expect(mail.text).not.toMatch(/\bDELETE\b/);
    }
  });

  it('says nothing about deleting when the request is not a deletion', () => {
    for (const lang of TEMPLATE_LANGUAGES) {
      expect(mailFor('acknowledgement', lang, { verify: true }).text).not.toContain(confirmationWord(lang));
      expect(mailFor('verification', lang).text).not.toContain(confirmationWord(lang));
    }
  });
});

describe('html escapes what people wrote', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: a <script> in the team message is escaped in html and kept verbatim in text', (lang) => {
    for (const id of ['completion', 'team-reply'] as const) {
      const mail = mailFor(id, lang);
      expect(mail.html).not.toContain(SCRIPT);
      expect(mail.html).toContain('&lt;script&gt;');
      expect(mail.text).toContain(SCRIPT);
    }
  });
});

/** English a translated template must never show; the proper names in the denial are allowed. */
const ENGLISH = /\b(dear|hello|privacy request|privacy team|your|please|reply|email|we|the|request|thank you|case|in effect)\b/i;

describe('no English in translated mail', () => {
  it.each(FOREIGN)('%s: no English words in any template or scenario', (lang) => {
    for (const id of REQUESTER_TEMPLATES) {
      for (const [name, flags] of Object.entries(SCENARIOS)) {
        const mail = mailFor(id, lang, flags);
        for (const part of [mail.text, visible(mail.html)]) {
          const leak = ENGLISH.exec(part);
          expect(leak ? `${templateId(id, lang)} (${name}): "${part.slice(Math.max(0, leak.index - 40), leak.index + 40)}"` : null).toBeNull();
        }
      }
    }
  });

  it('is a check that can fail: the English templates trip it', () => {
    expect(mailFor('acknowledgement', 'en').text).toMatch(ENGLISH);
  });
});

/** "Your personal information" in each language: never said to someone reporting about a child. */
const OWN_DATA: Record<TemplateLanguage, RegExp> = {
  en: /your personal information/i,
  es: /su información personal/i,
  de: /Ihre[rn]? personenbezogenen Daten/,
  fr: /vos données personnelles/i,
  pt: /seus dados pessoais/i,
  it: /suoi dati personali/i,
  nl: /uw persoonsgegevens/i,
};
const THE_CHILD: Record<TemplateLanguage, RegExp> = {
  en: /\bchild\b/,
  es: /\bmenor\b/,
  de: /\bKind(es)?\b/,
  fr: /\benfant\b/,
  pt: /\bcriança\b/,
  it: /\bminore\b/,
  nl: /\bkind\b/,
};

describe('a report about a child', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: speaks about the child, asks the reporter for no code, and never says "your personal information"', (lang) => {
    const ack = mailFor('acknowledgement', lang, { child: true, verify: true, deletion: true, hasDataPoints: true });
    const done = mailFor('completion', lang, { child: true, optOut: true });
    for (const mail of [ack, done]) {
      for (const part of [mail.text, visible(mail.html)]) {
        expect(part).toMatch(THE_CHILD[lang]);
        expect(part).not.toMatch(OWN_DATA[lang]);
      }
    }
    expect(ack.text).not.toContain(CODE);
    expect(ack.text).not.toContain(confirmationWord(lang));
    // The same check on an ordinary deletion does find the phrase: the pattern is not dead.
    expect(mailFor('acknowledgement', lang, { verify: true, deletion: true }).text).toMatch(OWN_DATA[lang]);
  });

  it('promises priority and deletion unless a parent or guardian consented', () => {
    const text = mailFor('acknowledgement', 'en', { child: true }).text;
    expect(text).toContain('as a priority');
    expect(text).toContain('will be deleted unless a parent or guardian consented');
  });
});

/** Selling, in each language: what an opt-out of sale says, and what consent taken back must not. */
const SALE: Record<TemplateLanguage, RegExp> = {
  en: /\bsell|\bsale\b/i,
  es: /\bvend|\bventa\b/i,
  de: /verkauf/i,
  fr: /\bvend|\bvente\b/i,
  pt: /\bvend/i,
  it: /\bvend/i,
  nl: /verko/i,
};
const CONSENT: Record<TemplateLanguage, RegExp> = {
  en: /\bconsent\b/i,
  es: /\bconsentimiento\b/i,
  de: /\bEinwilligung\b/,
  fr: /\bconsentement\b/i,
  pt: /\bconsentimento\b/i,
  it: /\bconsenso\b/i,
  nl: /\btoestemming\b/i,
};

describe('an opt-out that takes back consent (GDPR Art. 7(3))', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: acknowledgement and completion speak of the consent taken back, never of selling', (lang) => {
    const consent = { optOut: true, consentWithdrawn: true, requests: describeRequests(['opt_out'], lang, { consentWithdrawn: true }) };
    const mails = [mailFor('acknowledgement', lang, consent), mailFor('completion', lang, consent), mailFor('completion', lang, { ...consent, optOutOnly: true })];
    for (const mail of mails) {
      for (const part of [mail.text, visible(mail.html)]) {
        expect(part).toMatch(CONSENT[lang]);
        expect(part).not.toMatch(SALE[lang]);
      }
    }
    // An ordinary opt-out does speak of selling: the check is not dead.
    const sale = { optOut: true, requests: describeRequests(['opt_out'], lang) };
    for (const mail of [mailFor('acknowledgement', lang, sale), mailFor('completion', lang, { ...sale, optOutOnly: true })]) expect(mail.text).toMatch(SALE[lang]);
  });

  it('words only the opt-out differently', () => {
    expect(describeRequests(['deletion', 'opt_out'], 'en', { consentWithdrawn: true })).toEqual(['to delete your personal information', 'to withdraw your consent, so that we stop every use of your personal information that relied on it']);
    expect(describeRequests(['opt_out'], 'en')).toEqual(['to stop selling or sharing your personal information, or using it for marketing']);
  });
});

const RESTRICTION: Record<TemplateLanguage, RegExp> = {
  en: /\brestrict/i,
  es: /\blimitaci[oó]n\b/i,
  de: /\bEinschränkung\b/,
  fr: /\blimitation\b/i,
  pt: /\blimita[cç][ãa]o\b/i,
  it: /\blimitazione\b/i,
  nl: /\bbeperking\b/i,
};

describe('an opt-out that asks for a restriction of processing (GDPR Art. 18)', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: acknowledgement and completion speak of the restriction, never of selling', (lang) => {
    const restriction = { optOut: true, restriction: true, requests: describeRequests(['opt_out'], lang, { restriction: true }) };
    const mails = [mailFor('acknowledgement', lang, restriction), mailFor('completion', lang, restriction), mailFor('completion', lang, { ...restriction, optOutOnly: true })];
    for (const mail of mails) {
      for (const part of [mail.text, visible(mail.html)]) {
        expect(part).toMatch(RESTRICTION[lang]);
        expect(part).not.toMatch(SALE[lang]);
      }
    }
  });

  it('consent taken back wins over a restriction, and only the opt-out is worded differently', () => {
    expect(describeRequests(['correction', 'opt_out'], 'en', { restriction: true })).toEqual([
      'to correct personal information about you that you consider inaccurate',
      'to restrict the use of your personal information, so that we only store it until your request is settled',
    ]);
    expect(describeRequests(['opt_out'], 'en', { restriction: true, consentWithdrawn: true })[0]).toContain('withdraw your consent');
  });
});

describe('flags', () => {
  it.each(TEMPLATE_LANGUAGES)('%s: team-reply prints no greeting of ours when the team member greeted, and keeps the signature', (lang) => {
    const greeting = mailFor('team-reply', lang).text.split('\n')[0] ?? '';
    expect(greeting).toContain('Alex Doe');
    const own = mailFor('team-reply', lang, { ownGreeting: true, ownSignoff: true });
    expect(own.text.startsWith(SCRIPT)).toBe(true);
    expect(own.text).not.toContain(greeting);
    expect(visible(own.html)).not.toContain(greeting);
    expect(own.text).toMatch(new RegExp(`^--\\n[\\s\\S]*${CASE_ID}`, 'm'));
    // Without a sign-off of their own, ours comes before the signature.
    const signedByUs = mailFor('team-reply', lang).text;
    expect(signedByUs.split('\n--\n')[0]?.trim().split('\n').at(-1)).not.toBe(NEW_DUE_ON);
    expect(own.text.split('\n--\n')[0]?.trim().split('\n').at(-1)).toBe(NEW_DUE_ON);
    // Each flag on its own.
    const greetedOnly = mailFor('team-reply', lang, { ownGreeting: true });
    expect(visible(greetedOnly.html)).not.toContain(greeting);
    expect(greetedOnly.text.startsWith(SCRIPT)).toBe(true);
    const signedOnly = mailFor('team-reply', lang, { ownSignoff: true });
    expect(visible(signedOnly.html)).toContain(greeting);
    expect(signedOnly.text.split('\n--\n')[0]?.trim().split('\n').at(-1)).toBe(NEW_DUE_ON);
  });

  it('adds the language note to English mail only when asked, near the top', () => {
    for (const id of REQUESTER_TEMPLATES.filter((template) => template !== 'team-reply')) {
      const withNote = mailFor(id, 'en', { languageNote: true }).text;
      expect(withNote.split('\n').slice(0, 4).join('\n'), id).toContain('We are answering in English');
      expect(mailFor(id, 'en').text, id).not.toContain('We are answering in English');
    }
  });

  it('verification for an agent opens with who asked, and says what to do if the consumer did not authorize it', () => {
    const text = mailFor('verification', 'en', { onBehalf: true }).text;
    expect(text).toContain(`${AGENT} asked Calm Clinic, on your behalf:`);
    expect(text).toContain(`If you did not ask ${AGENT} to act for you, ignore this email`);
    for (const lang of FOREIGN) expect(mailFor('verification', lang, { onBehalf: true }).text.split('\n')[2]).toContain(AGENT);
  });

  it('tells an expired-code reply thanks and gives the new code', () => {
    const text = mailFor('verification', 'en', { expiredReply: true }).text;
    expect(text).toContain('Thank you for your reply');
    expect(text).toContain('expired');
    expect(text).toContain(CODE);
  });

  it.each(TEMPLATE_LANGUAGES)('%s: completion for an agent\'s consumer names the agent; an answered question lists nothing', (lang) => {
    expect(mailFor('completion', lang, { onBehalf: true }).text).toContain(AGENT);
    const answered = mailFor('completion', lang, { answered: true }).text;
    for (const request of describeRequests(['deletion', 'disclosure'], lang)) expect(answered).not.toContain(request);
    const done = mailFor('completion', lang).text;
    for (const request of describeRequests(['deletion', 'disclosure'], lang)) expect(done).toContain(request);
  });

  it('an agent who attached the signed permission is not asked for it again', () => {
    expect(mailFor('acknowledgement', 'en', { agent: true, agentPermissionAttached: true }).text).toContain('with their signed permission. We will check that document');
    expect(mailFor('acknowledgement', 'en', { agent: true, agentPermissionAttached: true }).text).not.toContain('Please reply with the signed permission');
    expect(mailFor('acknowledgement', 'en', { agent: true }).text).toContain('Please reply with the signed permission');
  });

  it('lists data points as configured, under a lead-in, in the mail\'s language', () => {
    const en = mailFor('verification', 'en', { hasDataPoints: true }).text;
    expect(en).toContain('please also include these details in your reply:\n  - full name\n  - date of your last appointment');
    expect(en).not.toMatch(/your (full name|date of your)/);
    expect(mailFor('verification', 'de', { hasDataPoints: true }).text).toContain('  - Vollständiger Name\n  - Datum Ihres letzten Termins');
    expect(mailFor('verification', 'fr', { hasDataPoints: true }).text).toContain('  - date de votre dernier rendez-vous');
  });

  it('never promises an empty due date', () => {
    for (const lang of TEMPLATE_LANGUAGES) {
      const text = mailFor('acknowledgement', lang, { dueOn: '' }).text;
      // An empty date would leave "by  at the latest" or "el ." behind.
      expect(text).not.toMatch(/ [.,)]| {2}[^ -]/);
    }
  });
});
