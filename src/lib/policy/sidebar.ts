import { CLAUSES, clauseSlug, type ClauseId } from './clauses.ts';

type SidebarItem = { slug: string; label?: string } | { label: string; collapsed?: boolean; items: SidebarItem[] };

const depth = (id: string) => id.split('.').length;
const parentOf = (id: string) => id.split('.').slice(0, -1).join('.');

/**
 * The notice's own outline as a Starlight sidebar: a part or section with sub-clauses becomes a
 * group whose first link is the clause itself (概述), so every clause has one place in the tree.
 */
export function clauseSidebar(): SidebarItem[] {
  const numbered = CLAUSES.filter((c) => c.id !== 'cover' && c.id !== '0');
  const hasChildren = (id: string) => numbered.some((c) => depth(c.id) > 1 && parentOf(c.id) === id);
  const label = (id: ClauseId, heading: string) => {
    const parts = id.split('.');
    const han = ['', '一', '二', '三', '四', '五', '六', '七'];
    if (parts.length === 1) return `${han[Number(parts[0])]}、${heading}`;
    if (parts.length === 2) return `(${han[Number(parts[1])]})${heading}`;
    return `${parts[2]}.${heading}`;
  };
  const build = (parent: string | null): SidebarItem[] =>
    numbered
      .filter((c) => (parent === null ? depth(c.id) === 1 : depth(c.id) > 1 && parentOf(c.id) === parent))
      .map((c) =>
        hasChildren(c.id)
          ? {
              label: label(c.id, c.heading),
              collapsed: true,
              items: [{ slug: `clauses/${clauseSlug(c.id)}`, label: '概述' }, ...build(c.id)],
            }
          : { slug: `clauses/${clauseSlug(c.id)}` },
      );
  return [{ slug: 'clauses/cover' }, { slug: 'clauses/0' }, ...build(null)];
}
