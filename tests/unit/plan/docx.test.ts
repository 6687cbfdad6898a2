import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { buildPlan } from '../../../src/lib/plan/document.ts';
import { FONTS, planToDocx } from '../../../src/lib/plan/toDocx.ts';
import { unzipEntry, zipNames } from './zip.ts';
import { cleanPlan } from './fixtures.ts';
import type { Plan } from '../../../src/lib/plan/schema.ts';

async function documentXml(plan: Plan): Promise<{ doc: string; footers: string[]; settings: string }> {
  const zip = await Packer.toBuffer(planToDocx(buildPlan(plan)));
  const names = zipNames(zip);
  return {
    doc: unzipEntry(zip, 'word/document.xml').toString('utf8'),
    footers: names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => unzipEntry(zip, n).toString('utf8')),
    settings: unzipEntry(zip, 'word/settings.xml').toString('utf8'),
  };
}

/** The text of each paragraph, with the east-Asian font, size and boldness of its first run. */
function paragraphs(xml: string) {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p]) => ({
    text: [...p!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    eastAsia: /w:eastAsia="([^"]+)"/.exec(p!)?.[1],
    size: /<w:sz w:val="(\d+)"/.exec(p!)?.[1],
    bold: /<w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/>/.test(p!),
    firstLine: /<w:ind w:firstLine="(\d+)"/.exec(p!)?.[1],
    centered: p!.includes('<w:jc w:val="center"/>'),
  }));
}

describe('planToDocx', () => {
  it('lays out an A4 page with the 公文 margins and page numbers — 1 — in 4号 宋体', async () => {
    const { doc, footers, settings } = await documentXml(cleanPlan());
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)![1]!;
    const mm = (name: string) => Math.round((Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)![1]) / 1440) * 25.4);
    expect([mm('top'), mm('bottom'), mm('left'), mm('right')]).toEqual([37, 35, 28, 26]);
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('>— </w:t>');
      expect(f).toContain('PAGE');
      expect(f).toContain('> —</w:t>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(settings).toContain('evenAndOddHeaders');
  });

  it('sets the title in 2号 方正小标宋简体, centred, first', async () => {
    const p = paragraphs((await documentXml(cleanPlan())).doc);
    expect(p[0]).toMatchObject({ text: '上海市浦东新区明珠小学2025学年课后服务实施方案', eastAsia: FONTS.title, size: '44', centered: true });
  });

  it('sets headings in 黑体 / 楷体_GB2312 / bold 仿宋 and body in 3号 仿宋_GB2312 with a two-character indent', async () => {
    const p = paragraphs((await documentXml(cleanPlan())).doc);
    const find = (text: string) => p.find((x) => x.text === text)!;
    expect(find('一、指导思想与依据')).toMatchObject({ eastAsia: '黑体', size: '32', bold: false, firstLine: '640' });
    expect(find('(一)课后服务工作领导小组')).toMatchObject({ eastAsia: '楷体_GB2312', size: '32', bold: false });
    expect(find('1.弹性工作制')).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32', bold: true });
    const body = p.find((x) => x.text.startsWith('以习近平新时代'))!;
    expect(body).toMatchObject({ eastAsia: '仿宋_GB2312', size: '32', bold: false, firstLine: '640' });
  });

  it('has every section in order, the tables, and the annex last', async () => {
    const { doc } = await documentXml(cleanPlan());
    const texts = paragraphs(doc).map((x) => x.text);
    const sections = [
      '一、指导思想与依据',
      '二、工作目标与基本原则',
      '三、组织机构',
      '四、服务对象与意愿征询',
      '五、服务时间与时段',
      '六、服务内容',
      '七、场地安排',
      '八、师资与校外力量',
      '九、管理流程',
      '十、安全保障与应急预案',
      '十一、数据统计、公示与上报',
      '十二、经费保障与分配方案',
      '十三、质量监控与考核评价',
      '十四、附件:课后服务安排表',
    ];
    const at = sections.map((s) => texts.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect((doc.match(/<w:tbl>/g) ?? []).length).toBe(2 + 1 + 5);
    expect(texts).toContain('五年级课后服务安排表');
    const grid = [.../<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(doc)![1]!.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(3);
    expect(grid[2]).toBeGreaterThan(grid[0]! * 3);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8845);
    expect(doc).toContain('>李明</w:t>');
  });

  it('writes markup in user text as text, escaped in the XML', async () => {
    const plan = cleanPlan();
    plan.venues = '<script>alert("x")</script> & <b>';
    const { doc } = await documentXml(plan);
    expect(doc).not.toContain('<script>');
    expect(doc).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;');
  });

  it('marks unfinished answers and failing parts in the document', async () => {
    const plan = cleanPlan();
    plan.venues = '';
    plan.funding.noFee = '';
    const { doc } = await documentXml(plan);
    expect(doc).toContain('【待填写:场地安排】');
    expect(doc).toContain('<w:highlight w:val="yellow"/>');
    expect(doc).toContain('【需修改:没有写明收费规范');
    expect(doc).toContain('<w:highlight w:val="red"/>');
  });
});
