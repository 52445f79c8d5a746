/**
 * The deadline policy table: data, not code paths. One row per (regime, request type), taken from
 * ../shared/docs/deadlines-and-verification.md section 1 (the source of truth). `confidence` carries
 * the doc's tag: 'primary' (✅ read in primary text), 'secondary' (🟡 reliable summary only) or
 * 'open' (❓). Where the doc marks a rule ❓ the row holds the conservative (earlier) reading and
 * says so in `note`; docs/deadlines.md lists every such choice.
 */

export const REGIMES = ['ccpa', 'gdpr', 'uk_gdpr', 'virginia', 'colorado', 'connecticut', 'texas', 'oregon', 'utah', 'florida', 'hipaa', 'us_marketing'] as const;
export type Regime = (typeof REGIMES)[number];

/** Request types the clocks distinguish; `general` is any other request a regime answers (complaints, child data). */
export const REQUEST_TYPES = ['know', 'delete', 'correct', 'opt_out', 'limit', 'access_phi', 'unsubscribe', 'general'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export type PeriodUnit = 'calendar_days' | 'business_days' | 'months';

export interface Period {
  amount: number;
  unit: PeriodUnit;
}

export type VerificationRule =
  /** Verification is required before acting (CCPA know/delete/correct, HIPAA 164.514(h)). */
  | 'required'
  /** Only on reasonable doubts, proportionate (GDPR Art. 12(6)). */
  | 'reasonable_doubt'
  /** Commercially reasonable authentication may be asked (most US states). */
  | 'may'
  /** Must not be required (CCPA opt-out 7060(b); CT/OR opt-outs; CAN-SPAM 316.5). */
  | 'must_not';

export type Confidence = 'primary' | 'secondary' | 'open';

export interface ExtensionRule {
  /** Added to the first period's end (calendar days) or to receipt (months: "3 months in total"). */
  period: Period;
  /** Notice must reach the requester before the first deadline passes. */
  noticeBeforeFirstDeadline: true;
  /** Notice must give the reasons. */
  reasonRequired: boolean;
  /** Notice must give the new completion date (HIPAA); we always include it anyway. */
  newDateRequired: boolean;
  /** The bot suggests the extension this many days before the first deadline. */
  suggestDaysBefore: number;
}

export interface ClockRule {
  regime: Regime;
  requestTypes: readonly RequestType[];
  /** Acknowledgement deadline, or null where none is required. */
  ack: Period | null;
  respond: Period;
  extension: ExtensionRule | null;
  verification: VerificationRule;
  /** True only where the statute lets the clock wait for requested identity (doc section 2). */
  pausesForVerification: boolean;
  citation: string;
  confidence: Confidence;
  note?: string;
}

export const REGIME_NAMES: Readonly<Record<Regime, string>> = {
  ccpa: 'California (CCPA/CPRA)',
  gdpr: 'EU GDPR',
  uk_gdpr: 'UK GDPR',
  virginia: 'Virginia (VCDPA)',
  colorado: 'Colorado (CPA)',
  connecticut: 'Connecticut (CTDPA)',
  texas: 'Texas (TDPSA)',
  oregon: 'Oregon (OCPA)',
  utah: 'Utah (UCPA)',
  florida: 'Florida (FDBR)',
  hipaa: 'HIPAA right of access',
  us_marketing: 'US marketing unsubscribe (CAN-SPAM)',
};

const RIGHTS: readonly RequestType[] = ['know', 'delete', 'correct', 'general'];
const STATE_RIGHTS: readonly RequestType[] = ['know', 'delete', 'correct', 'opt_out', 'limit', 'general'];
const STATE_RIGHTS_BUT_OPT_OUT: readonly RequestType[] = ['know', 'delete', 'correct', 'limit', 'general'];

const cd = (amount: number): Period => ({ amount, unit: 'calendar_days' });
const bd = (amount: number): Period => ({ amount, unit: 'business_days' });
const months = (amount: number): Period => ({ amount, unit: 'months' });

function extension(period: Period, suggestDaysBefore: number, newDateRequired = false): ExtensionRule {
  return { period, noticeBeforeFirstDeadline: true, reasonRequired: true, newDateRequired, suggestDaysBefore };
}

/** "45 days, +45 once, notice + reason within the first 45": the shape most US state laws share. */
function usState(regime: Regime, citation: string, confidence: Confidence, overrides: Partial<ClockRule> = {}): ClockRule {
  return {
    regime,
    requestTypes: STATE_RIGHTS,
    ack: null,
    respond: cd(45),
    extension: extension(cd(45), 5),
    verification: 'may',
    pausesForVerification: false,
    citation,
    confidence,
    ...overrides,
  };
}

export const POLICY: readonly ClockRule[] = [
  {
    regime: 'ccpa',
    requestTypes: RIGHTS,
    ack: bd(10),
    respond: cd(45),
    // +45 CD (90 max); notice with reason inside the first 45 days. Suggested on day 40 (doc section 2).
    extension: extension(cd(45), 5),
    verification: 'required',
    pausesForVerification: false,
    citation: '11 CCR 7021(a)-(b), 7060-7063; Civ. Code 1798.130(a)(2)',
    confidence: 'primary',
    note: 'Clock runs from receipt however long verification takes; deny at day 45/90 if unverified (7021(b)). "Begins on the day" of receipt (❓) -> receipt is day 1: receipt + 44, no weekend/holiday roll-forward.',
  },
  {
    regime: 'ccpa',
    requestTypes: ['opt_out', 'limit'],
    ack: null,
    respond: bd(15),
    extension: null,
    verification: 'must_not',
    pausesForVerification: false,
    citation: '11 CCR 7026(f), 7027, 7060(b)',
    confidence: 'secondary',
    note: 'ASAP and no later than 15 business days from receipt; no identity verification may be required.',
  },
  {
    regime: 'gdpr',
    requestTypes: RIGHTS,
    ack: null,
    respond: months(1),
    // +2 months (3 in total); tell the subject within month 1, with reasons. Suggested a week before.
    extension: extension(months(2), 7),
    verification: 'reasonable_doubt',
    pausesForVerification: false,
    citation: 'GDPR Art. 12(3), 12(6), 15-20; EDPB Guidelines 01/2022 section 157-164',
    confidence: 'primary',
    note: 'One month = same day number next month, clamped to month end; no weekend/holiday roll-forward (whose holidays ❓). EDPB says a suspension for ID *may* apply (🟡): a defence, not a design assumption, so the clock runs.',
  },
  {
    regime: 'gdpr',
    requestTypes: ['opt_out', 'limit'],
    ack: null,
    respond: months(1),
    extension: null,
    verification: 'reasonable_doubt',
    pausesForVerification: false,
    citation: 'GDPR Art. 21(2)-(3), 12(3)',
    confidence: 'primary',
    note: 'Objection to direct marketing: stop at once, no balancing test. The one-month ceiling is the latest date; no extension (conservative reading).',
  },
  {
    regime: 'uk_gdpr',
    requestTypes: [...RIGHTS, 'opt_out', 'limit'],
    ack: null,
    respond: months(1),
    extension: extension(months(2), 7),
    verification: 'reasonable_doubt',
    pausesForVerification: true,
    citation: 'UK GDPR Art. 12(3) as amended by the Data (Use and Access) Act 2025; ICO right of access guidance',
    confidence: 'secondary',
    note: 'One month from the latest of the request and the requested ID (DUAA 2025, 🟡): the clock waits for requested identity.',
  },
  usState('virginia', 'Va. Code 59.1-577', 'primary', { note: 'Authenticated requests for all rights, no opt-out carve-out (🟡).' }),
  usState('colorado', 'C.R.S. 6-1-1306; 4 CCR 904-3 R. 4.03, 5.08', 'secondary'),
  usState('connecticut', 'Conn. Gen. Stat. 42-518, 42-519', 'primary', { requestTypes: STATE_RIGHTS_BUT_OPT_OUT, note: 'Opt-out needs no authentication; a refusal with appeal instructions is also due within 45 days.' }),
  usState('connecticut', 'Conn. Gen. Stat. 42-518(c)', 'secondary', { requestTypes: ['opt_out'], verification: 'must_not' }),
  usState('texas', 'Tex. Bus. & Com. Code 541.052-.055', 'primary'),
  usState('oregon', 'ORS 646A.576', 'secondary', {
    requestTypes: STATE_RIGHTS_BUT_OPT_OUT,
    note: '"No duty to act until information arrives" is not read as a clock pause (conservative): the clock runs from receipt.',
  }),
  usState('oregon', 'ORS 646A.576', 'primary', { requestTypes: ['opt_out'], verification: 'must_not' }),
  usState('utah', 'Utah Code 13-61-203', 'primary', {
    note: 'The clock is off only for suspected fraud with an unauthenticated request: not modelled, the clock runs.',
  }),
  usState('florida', 'Fla. Stat. 501.706-.707', 'primary', {
    // Florida allows +15 days only, notice + reason within the first 45.
    extension: extension(cd(15), 5),
    note: 'Applies to ~$1B-revenue controllers only (🟡), so likely not to us; kept for mail that invokes it.',
  }),
  {
    regime: 'hipaa',
    requestTypes: ['access_phi'],
    ack: null,
    respond: cd(30),
    // One extension of at most 30 days; written reasons and the completion date inside the first 30 (day 25 suggestion).
    extension: extension(cd(30), 5, true),
    verification: 'required',
    pausesForVerification: false,
    citation: '45 CFR 164.524(b)(2), 164.514(h)',
    confidence: 'secondary',
    note: 'Psychotherapy notes are excluded and denials may be reviewable: never auto-decided, always a person.',
  },
  {
    regime: 'us_marketing',
    requestTypes: ['unsubscribe'],
    ack: null,
    respond: bd(10),
    extension: null,
    verification: 'must_not',
    pausesForVerification: false,
    citation: '15 USC 7704(a)(4); 16 CFR 316.5',
    confidence: 'secondary',
    note: 'Only email + preferences may be asked; no fee; no more than a reply or one web page.',
  },
];

/** The rule of `regime` for `type`, if that regime answers that request type at all. */
export function ruleFor(regime: Regime, type: RequestType): ClockRule | null {
  return POLICY.find((rule) => rule.regime === regime && rule.requestTypes.includes(type)) ?? null;
}

export function isRegime(value: string): value is Regime {
  return (REGIMES as readonly string[]).includes(value);
}
