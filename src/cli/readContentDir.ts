/** Node-only: reads content/ (YAML) into raw collections. Used by Vite at build time and by the CLIs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { COLLECTION_FILES, type CollectionKey, type RawContent } from '../domain/content/collections';
import { parseContent, type ParseResult } from '../domain/content/parse';

export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

export class ContentFileError extends Error {}

function readYaml(file: string, root: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'), { prettyErrors: true });
  } catch (error) {
    throw new ContentFileError(`${relative(root, file)}: not valid YAML: ${(error as Error).message}`);
  }
}

export function readContentDir(dir: string = CONTENT_DIR): RawContent {
  const collections = {} as RawContent['collections'];
  const sources = {} as RawContent['sources'];
  for (const [key, name] of Object.entries(COLLECTION_FILES) as [CollectionKey, string][]) {
    const files: string[] = [];
    if (existsSync(join(dir, `${name}.yaml`))) files.push(join(dir, `${name}.yaml`));
    if (existsSync(join(dir, name))) {
      for (const f of readdirSync(join(dir, name)).sort()) if (f.endsWith('.yaml')) files.push(join(dir, name, f));
    }
    collections[key] = [];
    sources[key] = [];
    for (const file of files) {
      const data = readYaml(file, dir) ?? [];
      if (!Array.isArray(data)) throw new ContentFileError(`${relative(dir, file)}: the top level must be a list`);
      collections[key].push(...(data as unknown[]));
      sources[key].push(...data.map(() => relative(dir, file)));
    }
  }
  const metaFile = join(dir, 'meta.yaml');
  const meta = existsSync(metaFile) ? readYaml(metaFile, dir) : undefined;
  const scoringFile = join(dir, 'scoring.yaml');
  const scoring = existsSync(scoringFile) ? readYaml(scoringFile, dir) : undefined;
  const timelineFile = join(dir, 'timeline.yaml');
  const timeline = existsSync(timelineFile) ? readYaml(timelineFile, dir) : undefined;
  return { meta, scoring, timeline, collections, sources };
}

/** Reads and validates; throws with every problem listed when content is invalid. */
export function loadContentDir(dir: string = CONTENT_DIR): ParseResult {
  try {
    return parseContent(readContentDir(dir));
  } catch (error) {
    if (error instanceof ContentFileError) return { ok: false, errors: [error.message] };
    throw error;
  }
}
