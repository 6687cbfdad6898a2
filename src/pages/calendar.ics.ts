import type { APIRoute } from 'astro';
import { loadClauses } from '../components/notice-data.ts';
import { citedDuties, dutiesByCadence } from '../lib/policy/notice.ts';
import { buildCalendar } from '../lib/policy/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const groups = dutiesByCadence(citedDuties(await loadClauses()));
  const body = buildCalendar(groups, { siteUrl: (site?.origin ?? '') });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
