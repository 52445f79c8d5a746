import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { parseMail } from '../io/mime.js';
import type { Verdict } from '../types.js';
import type { TriageMode } from '../core/triage/modes.js';
import { createOfflineTriage } from './deps.js';
import { createReadBudget } from './read-budget.js';

export interface ClassifyFilesOptions {
  json?: boolean;
  /** Offline mode; `classify` never asks the network model (see `createOfflineTriage`). */
  model?: TriageMode;
}

/** Output is written in blocks: one write per file costs more than classifying it. */
const FLUSH_AT_CHARS = 64 * 1024;

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

/**
 * `privacy-inbox classify FILE...`: one verdict per file, no side effects. The configuration and the
 * classifier are built once for all files; files are read one at a time, so memory stays flat.
 */
export async function classifyFiles(files: readonly string[], options: ClassifyFilesOptions): Promise<void> {
  const config = loadConfig();
  const classifier = await createOfflineTriage(config, options.model ?? config.triageMode);
  const json = options.json === true;
  let pending = '';
  const flush = (): void => {
    if (pending) process.stdout.write(pending);
    pending = '';
  };
  for (const file of files) {
    try {
      // The same limits and time budget as mail taken from the inbox: a hostile file costs no more.
      const raw = readFileSync(file);
      const budget = createReadBudget();
      const mail = await parseMail(raw, { maxBytes: config.maxMessageBytes, budget });
      pending += describe(file, await classifier.classify(mail, budget), json);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (json) pending += `${JSON.stringify({ file, error: message })}\n`;
      else {
        // Errors go to stderr in the order they happen among the verdicts.
        flush();
        process.stderr.write(`${file}: ${message}\n`);
      }
      process.exitCode = 1;
    }
    if (pending.length >= FLUSH_AT_CHARS) flush();
  }
  flush();
}
