import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREE_SCHOOLS, schoolFiles } from './district.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NODE = path.join(ROOT, 'node_modules/.bin/node');
const tmp = mkdtempSync(path.join(tmpdir(), 'kehou-review-'));
const district = path.join(tmp, '浦东新区');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehou(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(ROOT, 'bin/kehou.mjs'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  for (const s of THREE_SCHOOLS) {
    mkdirSync(path.join(district, s.name), { recursive: true });
    for (const f of schoolFiles(s)) writeFileSync(path.join(district, s.name, f.name), f.text);
  }
  copyFileSync(path.resolve(ROOT, 'tests/fixtures/review/明珠小学-方案.json'), path.join(district, '明珠小学', '方案.json'));
});

interface ReviewJson {
  schools: { school: string; summary: { counts: Record<string, number> }; files: unknown[]; findings: unknown[]; rules: unknown; plan: { review: { status: string } } | null }[];
  district: { withErrors: string[] };
  sample: { seed: string; schools: { school: string; days: string[] }[] } | null;
}

// Each test starts several kehou processes: on a busy machine they need more than the default time.
describe('kehou review', { timeout: 180_000 }, () => {
  it('each school’s files and findings equal `kehou check --json` on that school’s files alone; exit 1 with an 错误', async () => {
    const review = await kehou('review', district, '--json', '--jobs', '2');
    expect(review.stderr).toBe('');
    expect(review.code).toBe(1);
    const json = JSON.parse(review.stdout) as ReviewJson;
    expect(json.schools.map((s) => s.school)).toEqual(THREE_SCHOOLS.map((s) => s.name).sort());
    const alone = await Promise.all(
      json.schools.map(async (s) => {
        const dir = path.join(district, s.school);
        const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => path.join(dir, f));
        return JSON.parse((await kehou('check', '--json', ...csvs)).stdout) as { files: unknown[]; findings: unknown[]; rules: unknown };
      }),
    );
    json.schools.forEach((s, i) => expect({ files: s.files, findings: s.findings, rules: s.rules }).toEqual({ files: alone[i]!.files, findings: alone[i]!.findings, rules: alone[i]!.rules }));
    expect(json.district.withErrors).toEqual(['东方小学', '浦江中学']);
    expect(json.schools.find((s) => s.school === '明珠小学')!.plan!.review.status).toBe('draft');
  });

  it('one thread gives the same schools as two; a clean district exits 0', async () => {
    const [oneRun, twoRun] = await Promise.all([kehou('review', district, '--json', '--jobs', '1'), kehou('review', district, '--json', '--jobs', '2')]);
    const one = JSON.parse(oneRun.stdout) as ReviewJson;
    const two = JSON.parse(twoRun.stdout) as ReviewJson;
    // Everything but the time each school took.
    const timeless = (j: ReviewJson) => j.schools.map((s) => ({ ...s, summary: { ...s.summary, ms: 0 } }));
    expect(timeless(one)).toEqual(timeless(two));
    const clean = await kehou('review', path.join(district, '明珠小学'));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('明珠小学:7 个文件');
  });

  it('a zip of the district gives the same result as the folder; --sample with --seed is reproducible', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (const s of THREE_SCHOOLS) for (const f of schoolFiles(s)) entries[`浦东新区/${s.name}/${f.name}`] = strToU8(f.text);
    const zip = path.join(tmp, '浦东新区.zip');
    writeFileSync(zip, zipSync(entries));
    const fromZip = JSON.parse((await kehou('review', zip, '--json', '--sample', '2', '--seed', '2025')).stdout) as ReviewJson;
    const fromDir = JSON.parse((await kehou('review', district, '--json', '--sample', '2', '--seed', '2025')).stdout) as ReviewJson;
    expect(fromZip.schools.map((s) => s.findings)).toEqual(fromDir.schools.map((s) => s.findings));
    expect(fromZip.sample).toEqual(fromDir.sample);
    expect(fromZip.sample!.schools).toHaveLength(2);
  });

  it('bad use gets a Chinese message and exit 2', async () => {
    expect(await kehou('review')).toMatchObject({ code: 2, stderr: expect.stringMatching(/请给出存放各校文件的文件夹/) });
    expect(await kehou('review', district, '--sample', '3')).toMatchObject({ code: 2, stderr: expect.stringMatching(/抽查需要随机种子/) });
    expect(await kehou('review', path.join(tmp, '没有'))).toMatchObject({ code: 2, stderr: expect.stringMatching(/无法读取.*不存在/) });
    expect(await kehou('review', district, '--jobs', '0')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--jobs 后面需要一个不小于 1 的整数/) });
  });
});
