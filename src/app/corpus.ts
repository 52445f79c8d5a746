import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../errors.js';
import { corpusEntryToMime, parseCorpusFile, splitOf, type CorpusEntry, type CorpusSplit } from '../core/corpus/format.js';
import { parseMail } from '../io/mime.js';
import type { InboundMail } from '../types.js';

export interface LoadedCorpusEntry {
  entry: CorpusEntry;
  split: CorpusSplit;
  mail: InboundMail;
}

const MAX_BYTES = 25 * 1024 * 1024;

/** Every `*.txt` corpus file under the given files or directories, sorted so the order is reproducible. */
export async function corpusFiles(targets: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch((cause: unknown) => {
      throw new BotError('NOT_FOUND', `no corpus at ${target}`, { cause });
    });
    if (info.isDirectory()) {
      for (const name of (await readdir(target)).sort()) if (name.endsWith('.txt')) files.push(path.join(target, name));
    } else files.push(target);
  }
  return files;
}

/** The full entry and its split, never parsed: a filter on them skips the MIME parsing of what it drops. */
export type CorpusFilter = (entry: CorpusEntry, split: CorpusSplit) => boolean;

/**
 * Reads corpus files and parses every entry `keep` accepts as real mail; a malformed entry stops the
 * load with its place (filtered or not: a broken file is broken).
 */
export async function loadCorpus(targets: readonly string[], keep: CorpusFilter = () => true): Promise<LoadedCorpusEntry[]> {
  const loaded: LoadedCorpusEntry[] = [];
  const seen = new Set<string>();
  for (const file of await corpusFiles(targets)) {
    const { entries, problems } = parseCorpusFile(await readFile(file, 'utf8'), path.basename(file));
    if (problems.length > 0) throw new BotError('CONFIG_INVALID', `corpus ${problems[0]?.origin}: ${problems[0]?.message} (${problems.length} problems)`);
    for (const entry of entries) {
      if (seen.has(entry.id)) throw new BotError('CONFIG_INVALID', `corpus ${entry.origin}: id ${entry.id} is used twice`);
      seen.add(entry.id);
      if (!keep(entry, splitOf(entry.id))) continue;
      const mail = await parseMail(Buffer.from(corpusEntryToMime(entry), 'utf8'), { maxBytes: MAX_BYTES });
      loaded.push({ entry, split: splitOf(entry.id), mail });
    }
  }
  return loaded;
}
