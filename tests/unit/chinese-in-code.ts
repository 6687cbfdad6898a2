import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The scanner of the wording guards (islands-wording.test.ts, cli-wording.test.ts): Chinese in code (strings,
 * template text, JSX text), not in comments. Han, CJK punctuation and full-width forms count.
 */
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/u;

/** The .ts and .tsx files under a folder, recursively. */
export function sources(dir: string): string[] {
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
