import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 14: the Chinese wording of every tool lives in its `src/lib/<tool>/` messages, not in the islands, so one
 * file holds a tool's words and the islands stay thin. Comments may be in Chinese; code (strings, template text,
 * JSX text) may not.
 */
const ROOT = join(import.meta.dirname, '../../src/islands');
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/u;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every stretch of the file's code (not its comments) that holds Chinese, with its line. */
export function chineseInCode(text: string, jsx: boolean): { line: number; text: string }[] {
  const file = ts.createSourceFile('x.tsx', text, ts.ScriptTarget.Latest, true, jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.getChildCount(file) === 0 || ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) {
      const own = node.getText(file);
      if (HAN.test(own)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: own.trim().slice(0, 40) });
      if (node.getChildCount(file) === 0 || !ts.isTemplateLiteral(node)) return;
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

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
