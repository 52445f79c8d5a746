import { describe, expect, it } from 'vitest';
import { combineWithModel } from '../../../../src/core/triage/combine.js';
import { MODEL_HEADS, type ModelHead, type ModelPrediction } from '../../../../src/core/triage/model/linear.js';
import type { Evidence, Label, Verdict } from '../../../../src/types.js';

function prediction(probabilities: Partial<Record<ModelHead, number>>): ModelPrediction {
  const heads = Object.fromEntries(
    MODEL_HEADS.map((head) => {
      const probability = probabilities[head] ?? 0.02;
      return [head, { head, probability, positive: probability >= 0.5, evidence: probability >= 0.5 ? [`${head} words`] : [] }];
    }),
  ) as ModelPrediction['heads'];
  return { heads };
}

function rules(labels: Label[], confidence: number, evidence: Evidence[] = []): Verdict {
  return { primary: labels[0] ?? 'other', labels, language: 'en', confidence, automated: null, agent: false, evidence, classifiedBy: 'rules' };
}

describe('rules and model together', () => {
  it('agreeing: the rules verdict, at least as sure as the model', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.85, [{ label: 'deletion', phrase: 'delete my account', where: 'body' }]), prediction: prediction({ deletion: 0.97 }), confidenceCap: 1 });
    expect(verdict).toMatchObject({ primary: 'deletion', labels: ['deletion'], confidence: 0.97 });
    expect(verdict.disputed).toBeUndefined();
  });

  it('a phrasing no rule knows: the model labels it, shows its words, and is never surer than 0.8', () => {
    const verdict = combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({ deletion: 0.93 }), confidenceCap: 1 });
    expect(verdict.labels).toEqual(['deletion']);
    expect(verdict.confidence).toBe(0.8);
    expect(verdict.evidence).toEqual([{ label: 'deletion', phrase: 'model: deletion words', where: 'body' }]);
  });

  it('sales or phishing wording found by the rules beats a lukewarm model', () => {
    const pitch = rules(['other'], 0.85, [{ label: 'other', phrase: 'book a demo', where: 'body' }]);
    const verdict = combineWithModel({ rules: pitch, prediction: prediction({ deletion: 0.7 }), confidenceCap: 1 });
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.disputed).toBe(true);
    expect(verdict.confidence).toBeLessThan(0.5);
  });

  it('a rule label the model finds implausible goes to a person', () => {
    const verdict = combineWithModel({ rules: rules(['disclosure'], 0.85), prediction: prediction({ disclosure: 0.03 }), confidenceCap: 1 });
    expect(verdict.labels).toEqual(['disclosure']);
    expect(verdict.disputed).toBe(true);
    expect(verdict.confidence).toBeLessThan(0.5);
  });

  it('adds a second label from the model, keeps child data first, and honours the language cap', () => {
    const verdict = combineWithModel({ rules: rules(['deletion'], 0.85), prediction: prediction({ deletion: 0.9, child_data: 0.8 }), confidenceCap: 0.45 });
    expect(verdict.primary).toBe('child_data');
    expect(verdict.labels).toEqual(['child_data', 'deletion']);
    expect(verdict.confidence).toBe(0.45);
  });

  it('both saying "not a request" makes the rules surer than "nothing matched"', () => {
    const verdict = combineWithModel({ rules: rules(['other'], 0.45), prediction: prediction({}), confidenceCap: 1 });
    expect(verdict.labels).toEqual(['other']);
    expect(verdict.confidence).toBe(0.8);
  });
});
