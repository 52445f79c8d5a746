// Placeholder until the data-points module lands (feat/triage).
import type { Label } from '../types.js';
import { needsDataPoints } from './verification.js';

export function dataPointsFor(input: { labels: Label[]; text: string; orgName: string; configured: string[] }): string[] {
  return needsDataPoints(input.labels, input.text) ? input.configured : [];
}
