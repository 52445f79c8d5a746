import type { Config } from '../config.js';
import type { LinearModel } from '../core/triage/model/linear.js';
import type { TriageMode } from '../core/triage/modes.js';
import type { Classifier } from '../types.js';

/**
 * The offline classifier in the given mode (rules, the shipped learned model, or both). `model` is
 * one already loaded (a `classify` worker thread is handed the main thread's); by default the
 * shipped model is read. A module of its own, apart from deps.ts: `classify` needs only this, and
 * its worker threads start faster without the templates, stores and senders deps.ts brings in.
 */
export async function createOfflineTriage(config: Config, mode: TriageMode = config.triageMode, model?: LinearModel): Promise<Classifier> {
  const [{ createOfflineClassifier }, { loadShippedModel }] = await Promise.all([import('../core/triage/offline.js'), import('../io/triage-model.js')]);
  return createOfflineClassifier({ ownAddresses: [config.privacyAddress], mode, model: mode === 'rules' ? null : (model ?? loadShippedModel()) });
}
