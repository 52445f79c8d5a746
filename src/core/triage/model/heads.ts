/** What the model predicts: the six privacy labels, and whether a machine wrote the text. */
export const MODEL_HEADS = ['opt_out', 'disclosure', 'deletion', 'correction', 'complaint', 'child_data', 'automated'] as const;
export type ModelHead = (typeof MODEL_HEADS)[number];
