import { describe, expect, it } from 'vitest';
import { copyJson } from '../../src/core/json-copy.js';

describe('copyJson', () => {
  it('copies JSON data deeply, as structuredClone would, and shares nothing with the original', () => {
    const original = JSON.parse('{"cases":{"PR-1":{"events":[{"id":"a","data":{"n":1}}],"labels":["erasure"],"dueAt":null,"flag":true}},"counters":{"x":3},"__proto__":{"polluted":true}}') as Record<string, unknown>;
    (original as { gap?: undefined }).gap = undefined;
    const copy = copyJson(original);
    expect(copy).toEqual(structuredClone(original));
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    const cases = copy.cases as Record<string, { events: Array<{ data: { n: number } }>; labels: string[] }>;
    cases['PR-1']?.events[0]?.data && (cases['PR-1'].events[0].data.n = 2);
    cases['PR-1']?.labels.push('access');
    expect(original).toEqual(JSON.parse('{"cases":{"PR-1":{"events":[{"id":"a","data":{"n":1}}],"labels":["erasure"],"dueAt":null,"flag":true}},"counters":{"x":3},"__proto__":{"polluted":true}}'));
  });

  it('copies what is not plain JSON the general way', () => {
    const at = new Date('2026-03-02T17:00:00Z');
    const copy = copyJson({ at, seen: new Map([['a', 1]]) });
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(at);
    expect(copy.at.toISOString()).toBe(at.toISOString());
    expect(copy.seen.get('a')).toBe(1);
  });
});
