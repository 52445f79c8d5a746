// `npm run train`: retrains models/triage-model.json.gz from corpus/written (train split) and prints
// cross-validated and held-out figures. `--check` retrains and fails if the result differs from
// the shipped file (the shipped weights must be reproducible from the repo).
import { performance } from 'node:perf_hooks';
import { formatHeadFigures, sameAsShipped, trainFromCorpus, writeModel } from '../src/app/train-model.js';
import { shippedModelPath } from '../src/io/triage-model.js';

const check = process.argv.includes('--check');
const targets = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const started = performance.now();
const report = await trainFromCorpus(targets.length > 0 ? targets : ['corpus/written']);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`trained on ${report.trainExamples} messages (${report.heldoutExamples} held out) in ${seconds} s: ${report.model.features.length} features, ${(report.serialized.length / 1e6).toFixed(2)} MB`);
console.log(formatHeadFigures('\ncross-validated (5 folds, train split)', report.crossValidated));
console.log(formatHeadFigures('\nheld-out split (never trained on)', report.heldout));
const file = shippedModelPath();
if (check) {
  const same = await sameAsShipped(file, report.serialized);
  console.log(same ? `\n${file} is reproduced byte for byte (unpacked)` : `\n${file} differs from a fresh training run`);
  process.exitCode = same ? 0 : 1;
} else {
  await writeModel(file, report.serialized);
  console.log(`\nwrote ${file}`);
}
