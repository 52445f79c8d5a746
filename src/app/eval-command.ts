import type { TriageMode } from '../core/triage/modes.js';
import { Option, type Command } from 'commander';
import type { Classifier } from '../types.js';
import { modelOption, parseChoice, parseCount, parseNumber, SPLITS, type SplitFilter } from './eval-options.js';

export type ClassifierFactory = (mode: TriageMode) => Classifier | Promise<Classifier>;

interface EvalCommandOptions {
  json?: boolean;
  failUnder?: number;
  split: SplitFilter;
  style: string[];
  model: TriageMode;
  mistakes: number;
}

const collectStyle = (value: string, previous: string[]): string[] => [...previous, ...value.split(',').map((tag) => tag.trim()).filter(Boolean)];

/**
 * `privacy-inbox eval TARGET... [--split S] [--style TAG] [--model M] [--json] [--fail-under F] [--mistakes N]`:
 * classifies labelled mail (a DIR/*.eml + DIR/labels.json set, or corpus text files and directories)
 * and scores it. Bad option values are usage errors (exit 2). The progress bar goes to stderr and only
 * to a terminal, so `--json` output and CI logs stay clean. Scoring and the progress bar load only
 * when the command runs, to keep the CLI's start fast.
 */
export function registerEvalCommand(program: Command, makeClassifier: ClassifierFactory): Command {
  return program
    .command('eval')
    .description('score triage against labelled mail: DIR/*.eml with DIR/labels.json, or corpus text files (corpus/FORMAT.md)')
    .argument('<targets...>', 'labels.json directories, corpus .txt files or directories of them')
    .addOption(new Option('--split <split>', `corpus entries of this split: ${SPLITS.join(', ')}`).argParser(parseChoice(SPLITS)).default('all'))
    .option('--style <tag>', 'only entries with this style tag (repeat or comma-separate for any of several)', collectStyle, [])
    .addOption(modelOption())
    .option('--json', 'print the report as one JSON object')
    .option('--fail-under <macroF1>', 'exit with status 1 when macro-F1 (7 classes) is below this value', parseNumber)
    .option('--mistakes <n>', 'list at most N mistakes', parseCount, 50)
    .action(async (targets: string[], options: EvalCommandOptions) => {
      const [{ runEval }, { formatEvalReport }, { openProgress }] = await Promise.all([import('./eval.js'), import('./eval-report.js'), import('./progress.js')]);
      const classifier = await makeClassifier(options.model);
      const progress = await openProgress();
      const report = await runEval(targets, classifier, {
        split: options.split,
        styles: options.style,
        model: options.model,
        maxMistakes: options.mistakes,
        onProgress: (done, total) => progress?.update(done, total),
      }).finally(() => progress?.stop());
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
      if (options.failUnder !== undefined && report.macroF1 < options.failUnder) {
        process.stderr.write(`macro-F1 ${report.macroF1.toFixed(3)} is below ${options.failUnder}\n`);
        process.exitCode = 1;
      }
    });
}
