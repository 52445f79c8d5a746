/**
 * What the model predicts: the six privacy labels, whether a machine wrote the text, and whether the
 * text asks for nothing at all (`no_request`: the corpus label `other`, people's and machines'). The
 * last head gives the second stage a voice for "this is a thank-you, a withdrawal, a support
 * question" that no single label's head has: cross-validated on the train split (19,756 messages),
 * macro-F1 0.9007 -> 0.9058, every label better (docs/triage-model.md).
 */
export const MODEL_HEADS = ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint', 'child_data', 'automated', 'no_request'] as const;
export type ModelHead = (typeof MODEL_HEADS)[number];
/** Heads whose evidence a verdict shows; `no_request` only weighs in the second stage. */
export const EVIDENCE_HEADS: ReadonlySet<ModelHead> = new Set(MODEL_HEADS.filter((head) => head !== 'no_request'));
