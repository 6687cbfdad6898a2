import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../../src/lib/plan/document.ts';
import { escapeMarkdown, planToMarkdown } from '../../../src/lib/plan/toMarkdown.ts';
import { cleanPlan } from './fixtures.ts';

describe('planToMarkdown', () => {
  it('writes the title, numbered headings by level, paragraphs and GFM tables in order', () => {
    const md = planToMarkdown(buildPlan(cleanPlan()));
    expect(md.startsWith('# 上海市浦东新区明珠小学2025学年课后服务实施方案\n')).toBe(true);
    const order = ['## 一、指导思想与依据', '### (一)课后服务工作领导小组', '| 姓名 | 职务 | 职责 |', '| 李明 | 校长 |', '#### 1.弹性工作制', '## 十二、经费保障与分配方案', '| 时段 | 周一 | 周二 | 周三 | 周四 | 周五 |'];
    let at = -1;
    for (const piece of order) {
      const next = md.indexOf(piece, at + 1);
      expect(next, piece).toBeGreaterThan(at);
      at = next;
    }
  });

  it('marks unfinished parts and failing parts', () => {
    const plan = cleanPlan();
    plan.safety = '';
    plan.funding.noFee = '';
    const md = planToMarkdown(buildPlan(plan));
    expect(md).toContain('【待填写:安全保障与应急预案】');
    expect(md).toContain('> ⚠ 没有写明收费规范');
  });

  it('escapes markup so that user text stays text', () => {
    const plan = cleanPlan();
    plan.venues = '<script>alert(1)</script> **粗** [链](http://x) | 管道\n# 不是标题\n- 不是列表\n1. 不是编号';
    const md = planToMarkdown(buildPlan(plan));
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*\\*粗\\*\\* \\[链\\](http://x) \\| 管道');
    expect(md).toContain('\n\n\\# 不是标题\n\n');
    expect(md).toContain('\n\n\\- 不是列表\n\n');
    expect(md).toContain('\n\n1\\. 不是编号\n\n');
  });

  it('escaping leaves no unescaped markup character and removing the backslashes gives the text back', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeMarkdown(s);
        expect(e.replace(/\\([\\`*_[\]<>|~&#>+=\-.)])/g, '$1')).toBe(s);
        expect(/(^|[^\\])(\\\\)*[<>|*_`[\]]/.test(e.replace(/\\./g, ''))).toBe(false);
      }),
    );
  });
});
