import { describe, expect, it } from 'vitest';
import { combineWithModel } from '../../../../src/core/triage/combine.js';
import { MODEL_HEADS, type ModelHead, type ModelPrediction } from '../../../../src/core/triage/model/linear.js';
import { fitStackHead, STACK_INPUTS, STACK_LABELS, stackInputs, stackProbability, type RuleSignals, type StackModel } from '../../../../src/core/triage/model/stack.js';
import type { Evidence, Label, Verdict } from '../../../../src/types.js';

function prediction(probabilities: Partial<Record<ModelHead, number>>): ModelPrediction {
  const heads = Object.fromEntries(
    MODEL_HEADS.map((head) => {
      // no_request at even odds unless a test says otherwise: the model is not sure either way.
      const probability = probabilities[head] ?? (head === 'no_request' ? 0.5 : 0.02);
      return [head, { head, probability, positive: probability >= 0.5, evidence: probability >= 0.5 ? [`${head} words`] : [] }];
    }),
  ) as ModelPrediction['heads'];
  return { heads };
}

/** Every head of the model low: what the other heads say plays no part in these tests. */
const QUIET_HEADS = Object.fromEntries(MODEL_HEADS.map((head) => [head, 0.02])) as Record<ModelHead, number>;

function rules(labels: Label[], confidence: number, evidence: Evidence[] = []): Verdict {
  return { primary: labels[0] ?? 'other', labels, language: 'en', confidence, automated: null, agent: false, evidence, classifiedBy: 'rules' };
}

/**
 * A stack fitted on a small made-up history: explicit rule requests are right, topic-only rule
 * labels are right when the model agrees, the model alone is right when it is sure, and sales
 * wording found by the rules means no request.
 */
function fittedStack(): StackModel {
  const history: Array<{ model: number; rules: RuleSignals; truth: boolean }> = [];
  const signals = (labels: Label[], confidence: number, otherEvidence = false): RuleSignals => ({ labels, primary: labels[0] ?? 'other', confidence, otherEvidence });
  for (let copy = 0; copy < 5; copy += 1) {
    history.push({ model: 0.9, rules: signals(['deletion'], 0.95), truth: true });
    history.push({ model: 0.3, rules: signals(['deletion'], 0.85), truth: true });
    history.push({ model: 0.8, rules: signals(['deletion'], 0.65), truth: true });
    history.push({ model: 0.1, rules: signals(['deletion'], 0.65), truth: false });
    history.push({ model: 0.95, rules: signals(['other'], 0.45), truth: true });
    history.push({ model: 0.6, rules: signals(['other'], 0.45), truth: true });
    history.push({ model: 0.2, rules: signals(['other'], 0.45), truth: false });
    history.push({ model: 0.05, rules: signals(['other'], 0.45), truth: false });
    history.push({ model: 0.7, rules: signals(['other'], 0.85, true), truth: false });
    history.push({ model: 0.97, rules: signals(['other'], 0.85, true), truth: true });
  }
  const head = fitStackHead(history.map((row) => ({ inputs: stackInputs('deletion', { ...QUIET_HEADS, deletion: row.model }, row.rules), target: row.truth })));
  return Object.fromEntries(STACK_LABELS.map((label) => [label, head])) as StackModel;
}

const stack = fittedStack();

describe('rules and model together', () => {
  it('agreeing on an explicit request: that label, confidently', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.95, [{ label: 'deletion', phrase: 'delete my account', where: 'body' }]), prediction: prediction({ deletion: 0.97 }), stack, confidenceCap: 1 });
    expect(verdict).toMatchObject({ primary: 'deletion', labels: ['deletion'], evidence: [{ label: 'deletion', phrase: 'delete my account', where: 'body' }] });
    expect(verdict.confidence).toBeGreaterThan(0.8);
    expect(verdict.disputed).toBeUndefined();
  });

  it('a phrasing no rule knows: the model labels it and shows its words', () => {
    const verdict = combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ deletion: 0.95 }), stack, confidenceCap: 1 });
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.evidence).toEqual([{ label: 'deletion', phrase: 'model: deletion words', where: 'body' }]);
  });

  it('a weak guess of the model alone goes to a person as "other", not as a request we claim was made', () => {
    // A stack that passes the model's score straight through, with a low threshold.
    const passThrough = Object.fromEntries(STACK_LABELS.map((label) => [label, { weights: [4, 0, 0, 0, 0, 0], bias: 0, threshold: 0.3 }])) as StackModel;
    const verdict = combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ deletion: 0.45 }), stack: passThrough, confidenceCap: 1 });
    expect(verdict.labels).toEqual(['other']);
    expect(combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ deletion: 0.9 }), stack: passThrough, confidenceCap: 1 }).labels).toEqual(['deletion']);
    expect(verdict.confidence).toBeLessThan(0.5);
  });

  it('when the model is sure the mail asks for something but no label passes, its likeliest label goes to a person as a request', () => {
    const passThrough = Object.fromEntries(STACK_LABELS.map((label) => [label, { weights: [4, 0, 0, 0, 0, 0], bias: 0, threshold: 0.5 }])) as StackModel;
    const split = prediction({ disclosure: 0.35, correction: 0.25, no_request: 0.05 });
    const verdict = combineWithModel({ rules: rules(['other'], 0.45), prediction: split, stack: passThrough, confidenceCap: 1 });
    expect(verdict).toMatchObject({ primary: 'disclosure', labels: ['disclosure'], confidence: 0.45 });
    // Not sure it asks anything, too weak a label, or sales wording the rules found: "other", as before.
    expect(combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ disclosure: 0.35, no_request: 0.4 }), stack: passThrough, confidenceCap: 1 }).labels).toEqual(['other']);
    expect(combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ disclosure: 0.15, no_request: 0.05 }), stack: passThrough, confidenceCap: 1 }).labels).toEqual(['other']);
    const pitch = rules(['other'], 0.85, [{ label: 'other', phrase: 'book a demo', where: 'body' }]);
    expect(combineWithModel({ rules: pitch, prediction: split, stack: passThrough, confidenceCap: 1 }).labels).toEqual(['other']);
  });

  it('an explicit request in mail the model is all but sure asks for nothing is dropped, named, and left to a person', () => {
    const passThrough = Object.fromEntries(STACK_LABELS.map((label) => [label, { weights: [4, 0, 0, 0, 0, 0], bias: 0, threshold: 0.5 }])) as StackModel;
    const rightsList = rules(['disclosure', 'deletion'], 0.85, [{ label: 'disclosure', phrase: 'access to your data', where: 'body' }]);
    const combine = (probabilities: Partial<Record<ModelHead, number>>) => combineWithModel({ rules: rightsList, prediction: prediction(probabilities), stack: passThrough, confidenceCap: 1 });
    const overruled = combine({ disclosure: 0.03, deletion: 0.1, no_request: 0.97 });
    expect(overruled).toMatchObject({ primary: 'other', labels: ['other'], disputed: true, overruled: ['disclosure', 'deletion'] });
    expect(overruled.confidence).toBeLessThan(0.5);
    // A label the model still gives some chance stays; the one it all but rules out goes.
    expect(combine({ disclosure: 0.03, deletion: 0.3, no_request: 0.97 })).toMatchObject({ labels: ['deletion'], disputed: true, overruled: ['disclosure'] });
    // Unless the model is all but sure the mail asks for nothing, the rules' request stays for a person to check.
    const kept = combine({ disclosure: 0.03, deletion: 0.1, no_request: 0.8 });
    expect(kept).toMatchObject({ labels: ['disclosure', 'deletion'], disputed: true });
    expect(kept.overruled).toBeUndefined();
  });

  it('a first-person request with a near miss, which the model drops, is named for the team, never dropped silently', () => {
    const passThrough = Object.fromEntries(STACK_LABELS.map((label) => [label, { weights: [4, 0, 0, 0, 0, 0], bias: 0, threshold: 0.5 }])) as StackModel;
    const buried = rules(['deletion'], 0.8, [{ label: 'deletion', phrase: 'mijn gegevens wist', where: 'body' }]);
    const verdict = combineWithModel({ rules: buried, prediction: prediction({ deletion: 0.05, no_request: 0.7 }), stack: passThrough, confidenceCap: 1 });
    expect(verdict).toMatchObject({ primary: 'other', labels: ['other'], disputed: true, overruled: ['deletion'] });
    expect(verdict.confidence).toBeLessThan(0.5);
    // Beside sales or newsletter wording the rules cap a request at 0.6 (decide.ts): nothing is named.
    const pitch = rules(['deletion'], 0.6, [{ label: 'deletion', phrase: 'delete my data', where: 'body' }, { label: 'other', phrase: 'book a demo', where: 'body' }]);
    expect(combineWithModel({ rules: pitch, prediction: prediction({ deletion: 0.05, no_request: 0.7 }), stack: passThrough, confidenceCap: 1 }).overruled).toBeUndefined();
  });

  it('a topic word the model does not believe is dropped', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.65), prediction: prediction({ deletion: 0.05 }), stack, confidenceCap: 1 });
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.disputed).toBeUndefined();
  });

  it('sales or phishing wording found by the rules beats a lukewarm model; a sure one goes to a person', () => {
    const pitch = rules(['other'], 0.85, [{ label: 'other', phrase: 'book a demo', where: 'body' }]);
    expect(combineWithModel({ rules: pitch, prediction: prediction({ deletion: 0.6 }), stack, confidenceCap: 1 }).labels).toEqual(['other']);
    const sure = combineWithModel({ rules: pitch, prediction: prediction({ deletion: 0.99 }), stack, confidenceCap: 1 });
    expect(sure.labels).toEqual(['deletion']);
    expect(sure.disputed).toBe(true);
    expect(sure.confidence).toBeLessThan(0.5);
  });

  it('keeps child data first and honours the language cap', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.95), prediction: prediction({ deletion: 0.9, child_data: 0.97 }), stack, confidenceCap: 0.45 });
    expect(verdict.primary).toBe('child_data');
    expect(verdict.labels).toEqual(['child_data', 'deletion']);
    expect(verdict.confidence).toBeLessThanOrEqual(0.45);
  });
});

describe('the second stage reads every head of the model', () => {
  it('learns from the other heads: a grievance the complaint head sees lifts disclosure, machine wording lowers it', () => {
    const quietRules: RuleSignals = { labels: ['other'], primary: 'other', confidence: 0.45, otherEvidence: false };
    const rows: Array<{ inputs: number[]; target: boolean }> = [];
    // The disclosure head alone is undecided (0.5) throughout; the truth follows the other heads.
    for (let copy = 0; copy < 20; copy += 1) {
      rows.push({ inputs: stackInputs('disclosure', { ...QUIET_HEADS, disclosure: 0.5, complaint: 0.95 }, quietRules), target: true });
      rows.push({ inputs: stackInputs('disclosure', { ...QUIET_HEADS, disclosure: 0.5 }, quietRules), target: false });
      rows.push({ inputs: stackInputs('disclosure', { ...QUIET_HEADS, disclosure: 0.5, complaint: 0.95, automated: 0.99 }, quietRules), target: false });
    }
    const head = fitStackHead(rows);
    const at = (probabilities: Partial<Record<ModelHead, number>>): number => stackProbability(head, stackInputs('disclosure', { ...QUIET_HEADS, disclosure: 0.5, ...probabilities }, quietRules));
    expect(at({ complaint: 0.95 })).toBeGreaterThan(0.7);
    expect(at({})).toBeLessThan(0.3);
    expect(at({ complaint: 0.95, automated: 0.99 })).toBeLessThan(0.3);
  });

  it('its own head counts once: the slot of the label being weighed stays 0 among the other heads', () => {
    const inputs = stackInputs('deletion', { ...QUIET_HEADS, deletion: 0.9 }, { labels: ['deletion'], primary: 'deletion', confidence: 0.95, otherEvidence: false });
    expect(inputs).toHaveLength(STACK_INPUTS.length);
    expect(inputs[STACK_INPUTS.indexOf('model_deletion')]).toBe(0);
    expect(inputs[STACK_INPUTS.indexOf('model_logit')]).toBeGreaterThan(0);
    expect(inputs[STACK_INPUTS.indexOf('model_opt_out')]).toBeLessThan(0);
  });
});

describe('next to an explicit request, a label only the model sees needs even odds', () => {
  // The stage says 0.45 for disclosure whatever it reads: above its own threshold (0.4), below 0.5.
  const evenOdds: StackModel = { ...stack, disclosure: { weights: STACK_INPUTS.map(() => 0), bias: Math.log(0.45 / 0.55), threshold: 0.4 } };

  it('"delete my account and all my data" stays a deletion; the stage\'s 0.45 for a copy is not enough', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.95, [{ label: 'deletion', phrase: 'delete my account', where: 'body' }]), prediction: prediction({ deletion: 0.99, disclosure: 0.48 }), stack: evenOdds, confidenceCap: 1 });
    expect(verdict.labels).toEqual(['deletion']);
  });

  it('without an explicit request the stage\'s own threshold still decides', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.65, [{ label: 'deletion', phrase: 'account', where: 'body' }]), prediction: prediction({ deletion: 0.99, disclosure: 0.48 }), stack: evenOdds, confidenceCap: 1 });
    expect(verdict.labels).toContain('disclosure');
  });

  it('an agent\'s letter counts as explicit though the rules read its third person below their bar', () => {
    const agentLetter = { ...rules(['deletion'], 0.65, [{ label: 'deletion', phrase: 'the consumer asks you to delete', where: 'body' as const }]), agent: true };
    const verdict = combineWithModel({ rules: agentLetter, prediction: prediction({ deletion: 0.99, disclosure: 0.48 }), stack: evenOdds, confidenceCap: 1 });
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.agent).toBe(true);
  });

  it("a teenager's own age the rules could not tie to personal data makes the model's request the child's", () => {
    const age: Evidence = { label: 'child_data', phrase: 'ich bin 15', where: 'body' };
    const verdict = combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ deletion: 0.97 }), stack, confidenceCap: 1, awaitingContext: [age] });
    expect(verdict.primary).toBe('child_data');
    expect(verdict.labels).toEqual(['child_data', 'deletion']);
    expect(verdict.evidence).toContainEqual(age);
    // The label rests on the rule's phrase: the model's low odds for child_data do not sink the confidence.
    expect(verdict.confidence).toBeGreaterThan(0.8);
  });

  it('the same age in mail where the model reads no request stays `other`; a chase never joins this way', () => {
    const age: Evidence = { label: 'child_data', phrase: 'ich bin 15', where: 'body' };
    expect(combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({}), stack, confidenceCap: 1, awaitingContext: [age] }).labels).toEqual(['other']);
    const chase: Evidence = { label: 'complaint', phrase: 'still no answer', where: 'body' };
    expect(combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ deletion: 0.97 }), stack, confidenceCap: 1, awaitingContext: [chase] }).labels).toEqual(['deletion']);
  });
});
