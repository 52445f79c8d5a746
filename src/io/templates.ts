import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotError } from '../errors.js';
import type { TemplateSet } from '../core/render.js';

/** templates/ at the package root, whether running from src (tsx) or dist. */
export function defaultTemplatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    dir = path.dirname(dir);
    if (path.basename(dir) !== 'dist' && path.basename(dir) !== 'src') return path.join(dir, 'templates');
  }
  return path.resolve('templates');
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

/** Loads templates/<id>/text.hbs (+ html.hbs) and templates/_partials/*.hbs. */
export async function loadTemplates(dir: string = defaultTemplatesDir()): Promise<TemplateSet> {
  const set: TemplateSet = { templates: {}, partials: {} };
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (cause) {
    throw new BotError('TEMPLATE_MISSING', `templates directory ${dir} is missing`, { cause });
  }
  for (const entry of entries) {
    if (entry === '_partials') {
      for (const file of await readdir(path.join(dir, entry))) {
        if (file.endsWith('.hbs')) set.partials[file.slice(0, -'.hbs'.length)] = await readFile(path.join(dir, entry, file), 'utf8');
      }
      continue;
    }
    const text = await readOptional(path.join(dir, entry, 'text.hbs'));
    if (text === null) continue;
    set.templates[entry] = { text, html: await readOptional(path.join(dir, entry, 'html.hbs')) };
  }
  return set;
}
