import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseInCode, sources } from './chinese-in-code.ts';

/**
 * Issue 14, as for the islands: the `kehou` command's Chinese sentences live in src/lib (src/lib/cli/messages.ts
 * for what the commands share, each tool's messages or ui-text for its command: ALLOCATE_CLI, CHECK_CLI,
 * REVIEW_CLI), not in src/cli. Comments may be in Chinese.
 */
const ROOT = join(import.meta.dirname, '../../src/cli');

describe('the kehou command carries no Chinese wording of its own', () => {
  const files = sources(ROOT);
  it('scans the command files', () => expect(files.map((p) => relative(ROOT, p))).toEqual(expect.arrayContaining(['main.ts', 'io.ts', 'check.ts', 'review.ts', 'allocate.ts'])));
  for (const path of files) {
    const name = relative(ROOT, path);
    it(name, () => {
      const found = chineseInCode(readFileSync(path, 'utf8'), path.endsWith('.tsx'));
      expect(found, `${name}: move these words into src/lib (src/lib/cli/messages.ts or the tool's messages.ts / ui-text.ts)`).toEqual([]);
    });
  }
});
