import { MESSAGES, UI } from '../../lib/plan/messages.ts';
import type { AsideKey } from '../../lib/plan/draft-store.ts';

/** The drafts set aside because they could not be read: restore one, download it as it is, or let it go. */
export function DraftRescue({
  drafts,
  onRestore,
  onDownload,
  onDiscard,
}: {
  drafts: readonly { key: AsideKey; text: string }[];
  onRestore: (key: AsideKey) => void;
  onDownload: (text: string) => void;
  onDiscard: (key: AsideKey) => void;
}) {
  if (drafts.length === 0) return null;
  return (
    <details className="plan-rescue" data-testid="plan-rescue">
      <summary>{MESSAGES.asideTitle(drafts.length)}</summary>
      <p className="plan-hint">{MESSAGES.asideHint}</p>
      <ul>
        {drafts.map((d, i) => (
          <li key={d.key}>
            {MESSAGES.asideName(i)}{UI.asideSize(d.text.length)}
            <span className="plan-notice-actions">
              <button type="button" onClick={() => onRestore(d.key)}>
                {MESSAGES.asideRestore}
              </button>
              <button type="button" onClick={() => onDownload(d.text)}>
                {MESSAGES.asideDownload}
              </button>
              <button type="button" className="plan-remove" onClick={() => onDiscard(d.key)}>
                {MESSAGES.asideDiscard}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
