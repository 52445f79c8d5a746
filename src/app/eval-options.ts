import { InvalidArgumentError, Option } from 'commander';
import { TRIAGE_MODES } from '../core/triage/modes.js';

/** Which corpus entries to score: corpus/FORMAT.md entries fall in train or heldout by id (splitOf). */
export const SPLITS = ['train', 'heldout', 'all'] as const;
export type SplitFilter = (typeof SPLITS)[number];

/** Exit status for a command line that cannot be run as written (the shell-builtin convention). */
export const USAGE_EXIT_CODE = 2;

/** A usage error commander reports with its usual "error: option ... argument ... is invalid" line and exit status 2. */
export function usageError(message: string): InvalidArgumentError {
  const error = new InvalidArgumentError(message);
  error.exitCode = USAGE_EXIT_CODE;
  return error;
}

/** A commander argument parser that accepts only one of `allowed`. */
export function parseChoice<T extends string>(allowed: readonly T[]): (value: string) => T {
  return (value) => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw usageError(`Allowed choices are ${allowed.join(', ')}.`);
  };
}

/** A commander argument parser for a whole number >= 0. */
export function parseCount(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(count)) throw usageError('Expected a whole number, e.g. 20.');
  return count;
}

/** A commander argument parser for a finite number. */
export function parseNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw usageError('Expected a number, e.g. 0.95.');
  return number;
}

/** The `--model` option `eval` and `classify` share. */
export function modelOption(): Option {
  return new Option('--model <mode>', `classifier: ${TRIAGE_MODES.join(', ')}`).argParser(parseChoice(TRIAGE_MODES)).default('both');
}
