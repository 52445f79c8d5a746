import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import type { Classifier } from '../types.js';
import { formatEvalReport, runEval } from './eval.js';

interface EvalCommandOptions {
  json?: boolean;
  failUnder?: string;
}

/**
 * `privacy-inbox eval DIR [--json] [--fail-under 0.95]`: classifies DIR/*.eml and scores them against
 * DIR/labels.json. The progress bar goes to stderr and only to a terminal, so `--json` output and
 * CI logs stay clean.
 */
export function registerEvalCommand(program: Command, makeClassifier: () => Classifier): Command {
  return program
    .command('eval')
    .description('score triage against a labelled corpus: DIR/*.eml and DIR/labels.json')
    .argument('<dir>', 'directory with .eml files and labels.json')
    .option('--json', 'print the report as one JSON object')
    .option('--fail-under <macroF1>', 'exit with status 1 when macro-F1 is below this value')
    .action(async (dir: string, options: EvalCommandOptions) => {
      const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, clearOnComplete: true, hideCursor: true }, Presets.shades_classic) : null;
      let started = false;
      const report = await runEval(dir, makeClassifier(), {
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        },
      }).finally(() => bar?.stop());
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatEvalReport(report)}\n`);
      if (options.failUnder !== undefined) {
        const floor = Number(options.failUnder);
        if (!Number.isFinite(floor)) program.error(`--fail-under needs a number, got "${options.failUnder}"`);
        if (report.macroF1 < floor) {
          process.stderr.write(`macro-F1 ${report.macroF1.toFixed(3)} is below ${floor}\n`);
          process.exitCode = 1;
        }
      }
    });
}
