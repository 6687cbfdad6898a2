import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseInCode, sources } from './chinese-in-code.ts';

/**
 * Issue 14: the Chinese wording of every tool lives in its `src/lib/<tool>/` messages, not in the islands, so one
 * file holds a tool's words and the islands stay thin. Comments may be in Chinese; code (strings, template text,
 * JSX text) may not.
 */
const ROOT = join(import.meta.dirname, '../../src/islands');

describe('islands carry no Chinese wording of their own', () => {
  it('finds Chinese in strings, templates and JSX text, not in comments', () => {
    const text = '// 注释\n/** 说明 */\nconst a = "中文";\nconst b = `x${a}模板`;\nconst c = <p title="标签">正文</p>;\n';
    expect(chineseInCode(text, true).map((f) => f.line)).toEqual([3, 4, 5, 5]);
    expect(chineseInCode('// 只有注释\nconst a = 1;\n', false)).toEqual([]);
  });

  for (const path of sources(ROOT)) {
    it(relative(ROOT, path), () => {
      const found = chineseInCode(readFileSync(path, 'utf8'), path.endsWith('.tsx'));
      expect(found, `${relative(ROOT, path)}: move these words into src/lib/<tool>/messages.ts`).toEqual([]);
    });
  }
});
