/** `rules`: the hand-written rules alone; `learned`: the trained model alone; `both`: the default. */
export const TRIAGE_MODES = ['rules', 'learned', 'both'] as const;
export type TriageMode = (typeof TRIAGE_MODES)[number];
