import { citationText } from '../lib/policy/cite.ts';

/**
 * <copy-citation data-citation data-url>: copies `浦教义〔2024〕10号 一(一)1 <url>`.
 * On a clause page it also gives every paragraph its own 复制第N段引用 button (`… 第2段 <url#p2>`).
 */
class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    button?.addEventListener('click', () => void copy(button, this.text()));
  }

  text(paragraph?: number): string {
    return citationText(this.dataset.citation ?? '', absolute(this.dataset.url), paragraph);
  }
}

const absolute = (path: string | undefined) => new URL(path ?? location.pathname, location.origin).href;

async function copy(button: HTMLElement, text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    flash(button, '已复制');
  } catch {
    // Clipboard refused (no permission, insecure context): show the text so it can be copied by hand.
    window.prompt('复制下面的引用:', text);
  }
}

function flash(button: HTMLElement, label: string): void {
  const original = button.textContent;
  button.textContent = label;
  button.dataset.copied = 'true';
  setTimeout(() => {
    button.textContent = original;
    delete button.dataset.copied;
  }, 1500);
}

function addParagraphButtons(): void {
  const host = document.querySelector<CopyCitation>('copy-citation');
  if (!host) return;
  document.querySelectorAll<HTMLParagraphElement>('p.clause-paragraph[id^="p"]').forEach((p) => {
    const n = Number(p.id.slice(1));
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-paragraph';
    button.textContent = `复制第${n}段引用`;
    button.setAttribute('aria-label', `复制第${n}段的引用`);
    button.addEventListener('click', () => void copy(button, host.text(n)));
    p.append(' ', button);
  });
}

export function defineCopyCitation(): void {
  if (!customElements.get('copy-citation')) customElements.define('copy-citation', CopyCitation);
  addParagraphButtons();
}
