import type { Label } from '../types.js';

const PLAIN_WORDS: Record<Label, string> = {
  opt_out: 'to stop selling or sharing your personal information, or using it for marketing',
  disclosure: 'to know what personal information we hold about you and to receive a copy',
  deletion: 'to delete your personal information',
  correction: 'to correct personal information you say is inaccurate',
  complaint: 'a complaint about how we handled your personal information',
  child_data: "a report about a child's personal information",
  other: 'a message that may not be a privacy request; a person will read it',
};

/** Each label in plain words, for the acknowledgement ("what we understood"). */
export function describeRequests(labels: readonly Label[]): string[] {
  return labels.map((label) => PLAIN_WORDS[label]);
}
