import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bodyParagraphs } from '../../../src/lib/policy/notice.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CLAUSE_DIR = path.join(ROOT, 'content/clauses');

export interface ClauseFile {
  file: string;
  data: Record<string, unknown>;
  paragraphs: string[];
}

/** Reads content/clauses/*.md the way the site does: YAML frontmatter, blank-line separated paragraphs. */
export function readClauseFiles(): ClauseFile[] {
  return readdirSync(CLAUSE_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(path.join(CLAUSE_DIR, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no frontmatter`);
      return {
        file,
        data: parse(match[1]!) as Record<string, unknown>,
        paragraphs: bodyParagraphs(match[2]),
      };
    });
}

export const NOTICE = readFileSync(path.join(ROOT, 'tests/fixtures/policy/notice.txt'), 'utf8');
