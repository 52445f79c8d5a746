import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { parseMail } from '../io/mime.js';
import type { Classifier, Verdict } from '../types.js';
import type { FileResult } from './classify-output.js';
import { createReadBudget } from './read-budget.js';

/**
 * One verdict as `classify` prints it. `disputed` (rules and model disagree) and an unsure
 * `automated` are where a person decides; `overruled` names the request words the rules read and
 * the model overruled, which the team's notice offers to `open`.
 */
export function describeVerdict(file: string, verdict: Verdict, json: boolean): string {
  const overruled = verdict.overruled ?? [];
  if (json) {
    return `${JSON.stringify({
      file,
      primary: verdict.primary,
      labels: verdict.labels,
      automated: verdict.automated !== null,
      automatedReason: verdict.automated?.reason ?? null,
      automatedUnsure: verdict.automated?.unsure === true,
      language: verdict.language,
      confidence: verdict.confidence,
      disputed: verdict.disputed === true,
      overruled,
      agent: verdict.agent,
      classifiedBy: verdict.classifiedBy,
      evidence: verdict.evidence,
    })}\n`;
  }
  const notes = [
    ...(verdict.automated ? [`automated${verdict.automated.unsure ? ' (unsure: passed to the team)' : ''}: ${verdict.automated.reason}`] : []),
    ...(verdict.disputed ? ['disputed: a person decides'] : []),
    ...(overruled.length > 0 ? [`perhaps: ${overruled.join(' ')}`] : []),
  ];
  return `${file}: ${verdict.labels.join('+')} (primary ${verdict.primary}, ${verdict.language}, confidence ${verdict.confidence.toFixed(2)})${notes.map((note) => ` ${note}`).join(';')}\n`;
}

/** One file of `classify` (src/app/classify-files.ts), on whichever thread it falls to. */
export async function classifyFile(file: string, classifier: Classifier, config: Config, json: boolean): Promise<FileResult> {
  try {
    // The same limits and time budget as mail taken from the inbox: a hostile file costs no more.
    const budget = createReadBudget();
    const mail = await parseMail(readFileSync(file), { maxBytes: config.maxMessageBytes, budget });
    return { out: describeVerdict(file, await classifier.classify(mail, budget), json), error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return json ? { out: `${JSON.stringify({ file, error: message })}\n`, error: '' } : { out: '', error: `${file}: ${message}\n` };
  }
}
