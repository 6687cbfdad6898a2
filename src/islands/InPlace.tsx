import { useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { citation, clauseHref, type ClauseId } from '../lib/policy/clauses.ts';
import type { SearchDoc } from '../lib/policy/search.ts';
import { IN_PLACE_UI as UI } from '../lib/policy/ui-text.ts';

/**
 * A link that opens its target in place: a popover (the browser's own, so Esc and a click outside
 * close it) over the page, with a link to the full page inside. Ctrl/⌘-click, middle-click and
 * "open in new tab" still follow the link, so nothing on the tool page is lost either way.
 */
function InPlaceLink({ href, label, title, onOpen, children, testId }: {
  href: string;
  label: ReactNode;
  title: string;
  onOpen?: () => void;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  const popover = useRef<HTMLDivElement>(null);
  const open = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0 || !popover.current?.showPopover) return;
    event.preventDefault();
    onOpen?.();
    popover.current.showPopover();
  };
  return (
    <>
      <a href={href} onClick={open} aria-haspopup="dialog" aria-controls={id} data-testid={testId}>
        {label}
      </a>
      <div ref={popover} id={id} popover="auto" role="dialog" aria-label={title} className="in-place">
        <div className="in-place-head">
          <strong>{title}</strong>
          <button type="button" popoverTarget={id} popoverTargetAction="hide" aria-label={UI.close}>
            ×
          </button>
        </div>
        {children}
      </div>
    </>
  );
}

let index: Promise<Map<string, SearchDoc>> | null = null;
/** The notice's text, fetched from the site's own /search-index.json once, on the first popover. */
function clauseTexts(): Promise<Map<string, SearchDoc>> {
  index ??= fetch('/search-index.json')
    .then((r) => (r.ok ? (r.json() as Promise<SearchDoc[]>) : Promise.reject(new Error(String(r.status)))))
    .then((docs) => new Map(docs.map((d) => [d.id, d])))
    .catch((error: unknown) => {
      index = null;
      throw error;
    });
  return index;
}

/** A clause citation that shows the clause's text in place. */
export function ClauseInPlace({ clause, testId }: { clause: ClauseId; testId?: string }) {
  const [doc, setDoc] = useState<SearchDoc | 'loading' | 'failed'>('loading');
  const load = () => {
    if (doc !== 'loading' && doc !== 'failed') return;
    setDoc('loading');
    clauseTexts().then(
      (docs) => setDoc(docs.get(clause) ?? 'failed'),
      () => setDoc('failed'),
    );
  };
  return (
    <InPlaceLink href={clauseHref(clause)} label={citation(clause)} title={citation(clause)} onOpen={load} testId={testId}>
      {doc === 'loading' ? (
        <p>{UI.loadingClause}</p>
      ) : doc === 'failed' ? (
        <p>{UI.clauseFailed}</p>
      ) : (
        <div className="in-place-text" data-testid="clause-text">
          <p className="in-place-title">{doc.title}</p>
          {doc.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      <p>
        <a href={clauseHref(clause)}>{UI.openClause}</a>
      </p>
    </InPlaceLink>
  );
}

/** A check's explanation in place: what it checks and its basis, then a link to the full rule (SQL). */
export function RuleInPlace({ title, description, clause, href, label = UI.ruleLink }: {
  title: string;
  description: string;
  clause: ClauseId;
  href: string;
  label?: string;
}) {
  return (
    <InPlaceLink href={href} label={label} title={title} testId="rule-link">
      <p data-testid="rule-explanation">{description}</p>
      <p>{UI.basis(citation(clause))}</p>
      <p>
        <a href={href}>{UI.openRule}</a>
      </p>
    </InPlaceLink>
  );
}
