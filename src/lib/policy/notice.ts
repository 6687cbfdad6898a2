import type { ClauseId } from './clauses.ts';
import { clauseHref, citation } from './clauses.ts';
import { ACTORS, CADENCES, type Actor, type Cadence, type Clause, type Duty } from './schema.ts';

/** A clause with its paragraphs' text, as the pages and the search index see it. */
export interface ClauseText extends Clause {
  title: string;
  paragraphs: string[];
}

/** A duty together with the clause it comes from, ready to list and link. */
export interface CitedDuty extends Duty {
  clause: ClauseId;
  clauseTitle: string;
  href: string;
  citation: string;
}

/** Paragraphs of a clause file's body: blank-line separated, as the remark anchors count them. */
export function bodyParagraphs(body: string | undefined): string[] {
  return (body ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function sortClauses<T extends Pick<Clause, 'order'>>(clauses: readonly T[]): T[] {
  return [...clauses].sort((a, b) => a.order - b.order);
}

export function ancestors<T extends Pick<Clause, 'id' | 'parent'>>(clauses: readonly T[], id: ClauseId): T[] {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const out: T[] = [];
  for (let c = byId.get(id); c?.parent; c = byId.get(c.parent)) {
    const parent = byId.get(c.parent);
    if (parent) out.unshift(parent);
  }
  return out;
}

export function children<T extends Pick<Clause, 'parent' | 'order'>>(clauses: readonly T[], id: ClauseId): T[] {
  return sortClauses(clauses.filter((c) => c.parent === id));
}

export function citedDuties(clauses: readonly ClauseText[]): CitedDuty[] {
  return sortClauses(clauses).flatMap((c) =>
    c.duties.map((d) => ({
      ...d,
      clause: c.id,
      clauseTitle: c.title,
      href: clauseHref(c.id, d.paragraph),
      citation: citation(c.id, d.paragraph),
    })),
  );
}

export function dutiesByActor(duties: readonly CitedDuty[]): { actor: Actor; duties: CitedDuty[] }[] {
  return ACTORS.map((actor) => ({ actor, duties: duties.filter((d) => d.actors.includes(actor)) })).filter(
    (g) => g.duties.length > 0,
  );
}

export function dutiesByCadence(duties: readonly CitedDuty[]): { cadence: Cadence; duties: CitedDuty[] }[] {
  return CADENCES.map((cadence) => ({ cadence, duties: duties.filter((d) => d.cadence === cadence) })).filter(
    (g) => g.duties.length > 0,
  );
}

export function prohibitions(duties: readonly CitedDuty[]): CitedDuty[] {
  return duties.filter((d) => d.kind === '严禁');
}
