import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Packer } from 'docx';
import { PlanSchema, DAYS, SERVICE_TYPES, SEMESTERS, emptyPlan } from '../../../src/lib/plan/schema.ts';
import { checkPlan } from '../../../src/lib/plan/checks.ts';
import { buildPlan } from '../../../src/lib/plan/document.ts';
import { planToMarkdown } from '../../../src/lib/plan/toMarkdown.ts';
import { planToDocx, xmlSafe } from '../../../src/lib/plan/toDocx.ts';
import { planToJson, readPlanJson } from '../../../src/lib/plan/migrate.ts';
import { unzipEntry } from './zip.ts';

const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '<script>x</script>', '刷题', '15:30', '17:00', '补课\n晚自习', '| # * _ ` [x](y)'));
const time = fc.oneof(fc.constantFrom('15:30', '16:30', '17:30', '18:00', '', '25:00', '9:05'), fc.string({ maxLength: 6 }));

/** Any plan the form can produce: answers of any text, any number of rows, cells pointing at any 时段. */
const planArb = fc
  .record({
    name: text,
    basis: text,
    venues: text,
    periods: fc.array(fc.record({ start: time, end: time }), { maxLength: 5 }),
    members: fc.array(fc.record({ name: text, position: text, duty: text }), { maxLength: 4 }),
    rounds: fc.array(fc.record({ semester: fc.constantFrom(...SEMESTERS), date: text, method: text }), { maxLength: 3 }),
    grades: fc.array(
      fc.record({
        grade: text,
        cells: fc.array(fc.record({ day: fc.constantFrom(...DAYS), period: fc.integer({ min: 0, max: 4 }), type: fc.constantFrom(...SERVICE_TYPES), activity: text }), {
          maxLength: 12,
        }),
      }),
      { maxLength: 3 },
    ),
    used: fc.boolean(),
    partners: fc.array(fc.record({ name: text, assistant: text, vetted: fc.boolean() }), { maxLength: 3 }),
    allocation: text,
  })
  .map((r) => {
    const p = emptyPlan();
    p.school.name = r.name;
    p.basis = r.basis;
    p.venues = r.venues;
    p.periods = r.periods;
    p.leadership.leadingGroup = r.members;
    p.consultation.rounds = r.rounds;
    p.timetable = r.grades.map((g) => ({ grade: g.grade, cells: g.cells.map((c) => ({ ...c, category: '' as const, place: '' })) }));
    p.external.used = r.used;
    p.external.partners = r.partners.map((x) =>
      PlanSchema.shape.external.parse({ partners: [{ name: x.name, assistant: x.assistant, vetting: { education: x.vetted, certificate: x.vetted, criminalRecord: x.vetted, health: x.vetted } }] }).partners[0]!,
    );
    p.funding.allocation = r.allocation;
    return p;
  });

describe('any plan the form can hold', () => {
  it('is checked, built and written to Markdown without an exception, and saves and opens unchanged', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(PlanSchema.safeParse(plan).success).toBe(true);
        for (const f of checkPlan(plan)) expect(f.message.length).toBeGreaterThan(0);
        const md = planToMarkdown(buildPlan(plan));
        expect(md).not.toMatch(/(^|[^\\])<script/);
        expect(readPlanJson('p.json', planToJson(plan))).toEqual({ ok: true, plan, notes: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('becomes a .docx whose document.xml holds the title', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (plan) => {
        const doc = buildPlan(plan);
        const xml = unzipEntry(await Packer.toBuffer(planToDocx(doc)), 'word/document.xml').toString('utf8');
        const first = /<w:body><w:p>([\s\S]*?)<\/w:p>/.exec(xml)![1]!;
        const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
        const title = [...first.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
          .map((m) => m[1]!.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => entities[e]!))
          .join('');
        expect(title).toBe(xmlSafe(doc.title));
        expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 25 },
    );
  });
});
