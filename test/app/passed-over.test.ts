import { describe, expect, it } from 'vitest';
import { formatPassedOver, listPassedOver } from '../../src/app/passed-over.js';
import { Harness, mail, verdict } from '../core/lifecycle-harness.js';

describe('list --passed-over', () => {
  it('marks the mail whose request words the model overruled, so the team reads those first', async () => {
    const h = await Harness.create();
    h.receive(await mail({ from: 'Praxis Linde <news@praxis-linde.example>', subject: 'Frühjahr', body: 'Neue Sprechzeiten. Sie können Auskunft und Löschung verlangen.', messageId: 'news-1@praxis-linde.example' }), verdict(['other'], { confidence: 0.45, disputed: true, overruled: ['disclosure', 'deletion'] }));
    h.receive(await mail({ from: 'Ana <ana@example.com>', subject: 'parking', body: 'Is there parking near the clinic?', messageId: 'ana-1@example.com' }), verdict(['other']));
    const rows = await listPassedOver({ dataDir: '/nonexistent', maxMessageBytes: 1_000_000, timeZone: 'UTC', now: '2026-03-03T09:00:00.000Z', days: 30 }, h.db);
    expect(rows.map((row) => [row.key, row.readAs])).toEqual(
      expect.arrayContaining([
        ['news-1@praxis-linde.example', ['disclosure', 'deletion']],
        ['ana-1@example.com', []],
      ]),
    );
    const lines = formatPassedOver(rows).split('\n');
    expect(lines.find((line) => line.includes('news-1@praxis-linde.example'))).toMatch(/\(perhaps: disclosure deletion\)$/);
    expect(lines.find((line) => line.includes('ana-1@example.com'))).not.toContain('perhaps');
  });
});
