import type { CaseRecord } from '../../types.js';

/**
 * What the law requires in the answer to a right-to-know request, so the team's reply is complete
 * the first time. CCPA Civ. Code 1798.110(c) and 1798.115(b), 11 CCR 7024; HIPAA 45 CFR 164.524(c);
 * GDPR Art. 15(1)-(3).
 */
export function disclosureChecklist(record: CaseRecord, healthRecords: boolean): string[] {
  const regimes = new Set(record.clock?.regimes ?? ['ccpa']);
  const items: string[] = [];
  if (!regimes.has('gdpr') || regimes.size > 1) {
    items.push(
      'CCPA 1798.110(c): the categories of personal information collected about them',
      'the categories of sources it came from',
      'the business or commercial purposes for collecting, selling or sharing it',
      'the categories of third parties it was disclosed to',
      'CCPA 1798.115: the categories sold or shared (and to which categories of third parties), or say plainly that none were',
      'the specific pieces of personal information (11 CCR 7024): describe, never send, SSNs, ID, financial or insurance account numbers, passwords and security answers (7024(d))',
    );
  }
  if (regimes.has('gdpr') || regimes.has('uk_gdpr')) {
    items.push(
      'GDPR Art. 15(1): purposes, categories of data, recipients, retention period, the rights to rectify, erase, restrict and object, the right to complain to a supervisory authority, the source, any automated decision-making',
      'GDPR Art. 15(3): a copy of the data',
    );
  }
  if (healthRecords || regimes.has('hipaa')) {
    items.push(
      'HIPAA 164.524: the whole designated record set (medical and billing records, and records used to make decisions about them)',
      'in the form and format they asked for if it is readily producible (an electronic copy if they asked for one), or an agreed readable form',
      'delivered securely (an expiring portal or encrypted link); unencrypted email only if they asked for it after being told the risk; only a reasonable cost-based fee',
    );
  }
  return items;
}

/** A `done` reply the team can fill in and send back: the requester receives the text after "done". */
export function disclosureResponseTemplate(healthRecords: boolean): string {
  return [
    'done',
    'Here is the information you asked for about the personal information we hold about you.',
    '- Categories of personal information we collected: ...',
    '- Where it came from (categories of sources): ...',
    '- Why we collected it (business purposes): ...',
    '- Who we disclosed it to (categories of third parties): ...',
    '- Sold or shared for advertising: we have not sold or shared it / ...',
    healthRecords
      ? '- Your records: we are sending them in the format you asked for through a secure link that expires in 7 days (never as an email attachment).'
      : '- The specific pieces of information: we are sending them through a secure link that expires in 7 days.',
  ].join('\n');
}
