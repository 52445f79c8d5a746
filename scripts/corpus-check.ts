// Checks corpus files against corpus/FORMAT.md: `npx tsx scripts/corpus-check.ts corpus/written/*.txt`.
import { readFileSync } from 'node:fs';
import { parseCorpusFile } from '../src/core/corpus/format.js';

let problemCount = 0;
const seen = new Map<string, string>();
for (const file of process.argv.slice(2)) {
  const { entries, problems } = parseCorpusFile(readFileSync(file, 'utf8'), file);
  for (const problem of problems) console.log(`${problem.origin}: ${problem.message}`);
  problemCount += problems.length;
  for (const entry of entries) {
    const earlier = seen.get(entry.id);
    if (earlier) {
      console.log(`${entry.origin}: id ${entry.id} already used at ${earlier}`);
      problemCount += 1;
    }
    seen.set(entry.id, entry.origin);
  }
  console.log(`${file}: ${entries.length} messages, ${problems.length} problems`);
}
process.exitCode = problemCount > 0 ? 1 : 0;
