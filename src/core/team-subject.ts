import type { Address, CaseRecord, Label } from '../types.js';

/** First letter (or digit) of each word, at most three: a name never reaches team mail whole. */
export function initials(address: Address): string {
  const source = address.name.trim() || address.address.split('@')[0] || '?';
  const letters = source
    .split(/[\s._-]+/)
    .map((word) => /[\p{L}\p{N}]/u.exec(word)?.[0]?.toUpperCase() ?? '')
    .join('');
  return [...letters].slice(0, 3).join('') || '?';
}

/** Initials only: team mail and digests never carry the requester's name or address. */
export function requesterInitials(record: CaseRecord): string {
  return initials(record.requester);
}

const SHORT_TEAM_WORDS: Record<Label, string> = {
  opt_out: 'opt-out',
  disclosure: 'access',
  deletion: 'deletion',
  correction: 'correction',
  complaint: 'complaint',
  child_data: 'child data',
  other: 'other',
};

/** The request in the team's short words, e.g. "deletion + opt-out". */
export function teamRequestWords(labels: readonly Label[]): string {
  const words = [...new Set(labels.map((label) => SHORT_TEAM_WORDS[label]))];
  return words.length > 0 ? words.join(' + ') : SHORT_TEAM_WORDS.other;
}

/**
 * The one subject of every team mail about a case, e.g. "[PR-2026-0007] JS deletion + opt-out".
 * Mail clients such as Gmail group a conversation by subject as well as by References, so the
 * subject must not change with the state or the labels: once the first team mail fixed it
 * (lifecycle.teamSubject), it is returned unchanged and state and details go in the body.
 */
export function teamSubject(record: CaseRecord): string {
  const fixed = record.lifecycle?.teamSubject;
  if (fixed) return fixed;
  const words = teamRequestWords(record.labels.length > 0 ? record.labels : [record.primary]);
  return `[${record.id}] ${requesterInitials(record)} ${words}`;
}
