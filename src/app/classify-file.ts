import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { parseMail } from '../io/mime.js';
import type { Classifier, Verdict } from '../types.js';
import type { FileResult } from './classify-output.js';
import { createReadBudget } from './read-budget.js';

function describe(file: string, verdict: Verdict, json: boolean): string {
  if (json) {
    return `${JSON.stringify({
      file,
      primary: verdict.primary,
      labels: verdict.labels,
      automated: verdict.automated !== null,
      automatedReason: verdict.automated?.reason ?? null,
      language: verdict.language,
      confidence: verdict.confidence,
      agent: verdict.agent,
      classifiedBy: verdict.classifiedBy,
      evidence: verdict.evidence,
    })}\n`;
  }
  return `${file}: ${verdict.labels.join('+')} (primary ${verdict.primary}, ${verdict.language}, confidence ${verdict.confidence.toFixed(2)})${verdict.automated ? ` automated: ${verdict.automated.reason}` : ''}\n`;
}

/** One file of `classify` (src/app/classify-files.ts), on whichever thread it falls to. */
export async function classifyFile(file: string, classifier: Classifier, config: Config, json: boolean): Promise<FileResult> {
  try {
    // The same limits and time budget as mail taken from the inbox: a hostile file costs no more.
    const budget = createReadBudget();
    const mail = await parseMail(readFileSync(file), { maxBytes: config.maxMessageBytes, budget });
    return { out: describe(file, await classifier.classify(mail, budget), json), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return json ? { out: `${JSON.stringify({ file, error: message })}\n`, error: '' } : { out: '', error: `${file}: ${message}\n` };
  }
}
