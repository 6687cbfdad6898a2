import { search, type SearchDoc, type SearchHit } from '../lib/policy/search.ts';

/** <clause-search>: the 逐字查找 page. Reads ?q=, fetches /search-index.json once, renders with DOM nodes (no HTML strings). */
class ClauseSearch extends HTMLElement {
  private docs: SearchDoc[] = [];

  async connectedCallback(): Promise<void> {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input')!;
    const status = this.querySelector<HTMLElement>('.clause-search-status')!;
    try {
      const response = await fetch('/search-index.json');
      if (!response.ok) throw new Error(String(response.status));
      this.docs = (await response.json()) as SearchDoc[];
    } catch {
      status.textContent = '查找索引加载失败,请刷新页面重试。';
      this.dataset.state = 'error';
      return;
    }
    const run = (q: string) => this.render(q, search(this.docs, q));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', input.value);
      history.replaceState(null, '', url);
      run(input.value);
    });
    input.addEventListener('input', () => run(input.value));
    const initial = new URL(location.href).searchParams.get('q') ?? '';
    input.value = initial;
    run(initial);
    this.dataset.state = 'ready';
  }

  private render(query: string, hits: SearchHit[]): void {
    const status = this.querySelector<HTMLElement>('.clause-search-status')!;
    const list = this.querySelector<HTMLOListElement>('.clause-search-results')!;
    list.replaceChildren();
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = hits.length ? `“${query.trim()}”出现在 ${hits.length} 个条目中。` : `通知中没有“${query.trim()}”。`;
    for (const hit of hits) {
      const li = document.createElement('li');
      li.dataset.clause = hit.id;
      const link = document.createElement('a');
      link.href = hit.snippets[0] ? `${hit.href}#p${hit.snippets[0].paragraph}` : hit.href;
      link.textContent = `${hit.title}`;
      const cite = document.createElement('span');
      cite.className = 'duty-actors';
      cite.textContent = ` ${hit.citation}`;
      li.append(link, cite);
      for (const s of hit.snippets) {
        const span = document.createElement('span');
        span.className = 'snippet';
        const mark = document.createElement('mark');
        mark.textContent = s.match;
        span.append(`第${s.paragraph}段:${s.before}`, mark, s.after);
        li.append(span);
      }
      list.append(li);
    }
  }
}

export function defineClauseSearch(): void {
  if (!customElements.get('clause-search')) customElements.define('clause-search', ClauseSearch);
}
