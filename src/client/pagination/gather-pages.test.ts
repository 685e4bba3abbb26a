import { describe, expect, it } from 'vitest';
import type { PageEnd, SrPage } from '../sr-response.js';
import { gatherPages } from './gather-pages.js';

const response = (n: number) => ({ status: 200, headers: new Headers(), data: undefined, requestId: `req-${n}` });

/** A walk over `pages` (items per page), counting how many pages were pulled; `failAt` throws instead of that page. */
function walk(pages: number[][], opts: { failAt?: number; end?: PageEnd } = {}) {
  const pulled = { count: 0 };
  async function* gen(): AsyncGenerator<SrPage<number>> {
    for (let i = 0; i < pages.length; i++) {
      if (i === opts.failAt) throw new Error(`page ${i} broke`);
      pulled.count++;
      const last = i === pages.length - 1;
      yield { items: pages[i] as number[], response: response(i), position: i === 0 ? undefined : `p${i}`, nextCursor: last ? undefined : `p${i + 1}`, end: last ? (opts.end ?? 'no_next_page') : undefined };
    }
  }
  return { walk: gen(), pulled };
}

describe('gatherPages', () => {
  it('gathers every page, keeping the last response and the end reason', async () => {
    const { walk: w } = walk([[1, 2], [3], [4, 5]], { end: 'short_page' });
    const g = await gatherPages(w);
    expect(g).toMatchObject({ items: [1, 2, 3, 4, 5], pages: 3, end: 'short_page', resumeFrom: undefined });
    expect(g.last?.requestId).toBe('req-2');
    expect(g.failure).toBeUndefined();
  });

  it('maxItems is strict: the page that reaches it is cut and no page after it is pulled', async () => {
    const { walk: w, pulled } = walk([[1, 2], [3, 4], [5, 6], [7]]);
    const g = await gatherPages(w, { maxItems: 3 });
    expect(g.items).toEqual([1, 2, 3]);
    expect(g.pages).toBe(2);
    expect(pulled.count).toBe(2);
    expect(g.end).toBe('max_items');
    expect(g.resumeFrom).toBe('p2');
  });

  it('a max reached exactly on the last page keeps that page\'s own end reason', async () => {
    const { walk: w } = walk([[1, 2], [3]]);
    expect((await gatherPages(w, { maxItems: 3 })).end).toBe('no_next_page');
  });

  it('maxItems of 0 or less pulls no page at all', async () => {
    for (const maxItems of [0, -5]) {
      const { walk: w, pulled } = walk([[1]]);
      const g = await gatherPages(w, { maxItems });
      expect(g).toMatchObject({ items: [], pages: 0, end: 'max_items' });
      expect(pulled.count).toBe(0);
    }
  });

  it('a failed page is returned with what came before it and the position to resume from', async () => {
    const { walk: w } = walk([[1, 2], [3, 4], [5]], { failAt: 2 });
    const g = await gatherPages(w);
    expect(g.items).toEqual([1, 2, 3, 4]);
    expect(g.pages).toBe(2);
    expect(g.resumeFrom).toBe('p2');
    expect((g.failure?.error as Error).message).toBe('page 2 broke');
  });

  it('a walk that fails on its first page resumes from where it was started', async () => {
    expect((await gatherPages(walk([[1]], { failAt: 0 }).walk, { from: 'p7' })).resumeFrom).toBe('p7');
    const fresh = await gatherPages(walk([[1]], { failAt: 0 }).walk);
    expect(fresh).toMatchObject({ items: [], pages: 0, resumeFrom: undefined, last: undefined });
    expect(fresh.failure).toBeDefined();
  });
});
