import { LABELS, type Label } from '../types.js';
import type { EvalReport, GroupScore } from './eval.js';

const fixed = (value: number): string => value.toFixed(3);

function describeRun(report: EvalReport): string {
  const filters = [report.model ? `model ${report.model}` : null, report.split !== 'all' ? `split ${report.split}` : null, report.styleFilter.length > 0 ? `style ${report.styleFilter.join('|')}` : null].filter(Boolean);
  const notes = [
    report.filteredOut > 0 ? `${report.filteredOut} left out by the filter` : null,
    report.skipped.length > 0 ? `${report.skipped.length} skipped: no label or no file` : null,
  ].filter(Boolean);
  return `Evaluated ${report.messages} messages from ${report.targets.join(', ')}${filters.length ? ` (${filters.join(', ')})` : ''} in ${report.elapsedMs} ms${notes.length ? `; ${notes.join('; ')}` : ''}`;
}

function describeSpeed(report: EvalReport): string {
  const { speed } = report;
  if (speed.messagesPerSecond === null || speed.cpuMsPerMessage === null || speed.firstCpuMs === null) return `speed: nothing classified (loading and parsing ${Math.round(speed.loadMs)} ms)`;
  return (
    `speed: ${speed.messagesPerSecond.toFixed(1)} messages/s, ${speed.cpuMsPerMessage.toFixed(2)} ms CPU per message after the first (${speed.firstCpuMs.toFixed(0)} ms with setup); ` +
    `classification only, loading and parsing took ${Math.round(speed.loadMs)} ms`
  );
}

function groupRow(name: string, group: GroupScore, width: number): string {
  return `${name.padEnd(width)} ${String(group.messages).padStart(8)}  ${fixed(group.macroF1).padStart(8)}  ${fixed(group.exactMatch).padStart(11)}  ${fixed(group.primaryAccuracy).padStart(7)}`;
}

function groupTable(title: string, groups: Record<string, GroupScore>, marked: (name: string) => boolean = () => false): string[] {
  const names = Object.keys(groups);
  if (names.length === 0) return [];
  const width = Math.max(12, ...names.map((name) => name.length + 2));
  const label = (name: string): string => (marked(name) ? `${name} *` : name);
  return ['', title, `${''.padEnd(width)} messages  macro-F1  exact match  primary`, ...names.map((name) => groupRow(label(name), groups[name] as GroupScore, width))];
}

/** Style tags are free text, so the long tail of rare ones stays in --json; hard tags always show. */
const MIN_STYLE_ROWS = 3;

function styleTable(report: EvalReport): string[] {
  const hard = new Set(report.hardPart.styles);
  const shown = Object.entries(report.perStyle).filter(([style, group]) => hard.has(style) || group.messages >= MIN_STYLE_ROWS);
  const rare = Object.keys(report.perStyle).length - shown.length;
  const lines = groupTable('per style (corpus entries; an entry counts under each of its tags; * a hard tag)', Object.fromEntries(shown), (style) => hard.has(style));
  if (rare > 0) lines.push(`(${rare} more tags on fewer than ${MIN_STYLE_ROWS} messages each: see --json)`);
  return lines;
}

function classTable(report: EvalReport): string[] {
  const lines = ['class        support  predicted  precision  recall  F1'];
  for (const label of LABELS) {
    const score = report.perClass[label];
    const note = score.support === 0 && score.predicted === 0 ? '  (absent: counts as 1)' : '';
    lines.push(`${label.padEnd(12)} ${String(score.support).padStart(7)}  ${String(score.predicted).padStart(9)}  ${fixed(score.precision).padStart(9)}  ${fixed(score.recall).padStart(6)}  ${fixed(score.f1)}${note}`);
  }
  return lines;
}

function confusionTable(report: EvalReport): string[] {
  const short = (label: Label): string => label.slice(0, 7).padStart(8);
  const lines = ['', 'primary confusion (rows: expected, columns: predicted)', `${''.padEnd(12)}${LABELS.map(short).join('')}`];
  for (const expected of LABELS) {
    const row = report.confusion[expected];
    if (LABELS.every((predicted) => row[predicted] === 0)) continue;
    lines.push(`${expected.padEnd(12)}${LABELS.map((predicted) => String(row[predicted] || '.').padStart(8)).join('')}`);
  }
  return lines;
}

function mistakeList(report: EvalReport): string[] {
  if (report.mistakeCount === 0) return [];
  const shown = report.mistakes.length;
  const title = shown === report.mistakeCount ? `mistakes (${shown})` : `mistakes (${shown} of ${report.mistakeCount}; --mistakes N lists more)`;
  const lines = ['', title];
  for (const mistake of report.mistakes) {
    const { expected, got } = mistake;
    const styles = mistake.styles.length > 0 ? ` {${mistake.styles.join(',')}}` : '';
    lines.push(
      `  ${mistake.id}: expected ${expected.primary} [${expected.labels.join(',')}]${expected.autoReply ? ' auto' : ''}, got ${got.primary} [${got.labels.join(',')}]${got.automated ? ' auto' : ''} @${got.confidence}${styles}`,
    );
  }
  return lines;
}

/** The report as plain-text tables for a terminal. */
export function formatEvalReport(report: EvalReport): string {
  const meanOf = (value: number | null): string => (value === null ? 'none' : fixed(value));
  const { hard, rest } = report.hardPart;
  const lines = [
    describeRun(report),
    describeSpeed(report),
    '',
    ...classTable(report),
    '',
    `macro-F1 (7 classes)        ${fixed(report.macroF1)}`,
    `macro-F1 (classes present)  ${fixed(report.macroF1Present)}`,
    `exact match (label sets)    ${fixed(report.exactMatch)}`,
    `primary accuracy            ${fixed(report.primaryAccuracy)}`,
    `language accuracy           ${fixed(report.languageAccuracy)}`,
    `automated precision/recall  ${fixed(report.automated.precision)} / ${fixed(report.automated.recall)} (${report.automated.truePositives} of ${report.automated.support} found, ${report.automated.predicted} flagged${falseFlagsNote(report.automated)})`,
    `relays                      ${report.automated.relayed} people's mail read as a machine's relay of their words, ${report.automated.machineRelayed} machine mail (never answered; the team gets what they ask)`,
    `machine mail answered       ${report.automated.answered} of ${report.automated.support} (missed and read as a request: a case opened and acknowledged)`,
    `mean confidence             right primary ${meanOf(report.meanConfidence.correct)}, wrong primary ${meanOf(report.meanConfidence.wrong)}`,
    hard.messages > 0
      ? `hard part                   ${hard.messages} messages: macro-F1 ${fixed(hard.macroF1)}, exact match ${fixed(hard.exactMatch)}, primary ${fixed(hard.primaryAccuracy)}; the other ${rest.messages}: ${fixed(rest.macroF1)}, ${fixed(rest.exactMatch)}, ${fixed(rest.primaryAccuracy)}`
      : 'hard part                   no messages with a hard style tag',
    ...groupTable('per language (macro-F1 over the classes expected or predicted in the row)', report.perLanguage),
    ...styleTable(report),
    ...confusionTable(report),
    ...mistakeList(report),
  ];
  return lines.join('\n');
}

/** How many false flags still reached a person: the team gets unsure machine mail (src/core/intake.ts). */
function falseFlagsNote(automated: { predicted: number; truePositives: number; falseUnsure: number }): string {
  const falseFlags = automated.predicted - automated.truePositives;
  return falseFlags > 0 ? `; of the ${falseFlags} false, ${automated.falseUnsure} passed to the team as unsure` : '';
}
