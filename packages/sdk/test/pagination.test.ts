// Pagination mechanics over an in-memory page source (no HTTP here; the resources are tested
// against the real sandbox server in client.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ListResponse, Page, PagePromise } from '@skills-huaian/sdk';

function source(total: number, size: number) {
  const calls: (string | undefined)[] = [];
  const fetchPage = async (cursor: string | undefined): Promise<ListResponse<number>> => {
    calls.push(cursor);
    const start = cursor ? Number(cursor) : 0;
    const data = Array.from({ length: Math.min(size, total - start) }, (_, i) => start + i);
    const next = start + size < total ? String(start + size) : null;
    return { data, nextCursor: next, total };
  };
  const list = (max?: number) =>
    new PagePromise<number, Page<number>>(
      async () => new Page(await fetchPage(undefined), fetchPage, { max }),
      { max },
    );
  return { calls, list };
}

test('awaiting gives the first page; nothing is fetched before', async () => {
  const s = source(25, 10);
  const pending = s.list();
  assert.equal(s.calls.length, 0);
  const page = await pending;
  assert.deepEqual(page.data, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.equal(page.total, 25);
  assert.equal(page.hasNextPage(), true);
  const second = await page.nextPage();
  assert.deepEqual(second?.data[0], 10);
});

test('for await over the list walks every page', async () => {
  const s = source(25, 10);
  const all: number[] = [];
  for await (const n of s.list()) all.push(n);
  assert.equal(all.length, 25);
  assert.deepEqual(s.calls, [undefined, '10', '20']);
});

test('max caps the items and stops fetching', async () => {
  const s = source(1000, 10);
  const all: number[] = [];
  for await (const n of s.list(15)) all.push(n);
  assert.equal(all.length, 15);
  assert.equal(s.calls.length, 2);
  const some: number[] = [];
  for await (const n of s.list().autoPaginate({ max: 3 })) some.push(n);
  assert.deepEqual(some, [0, 1, 2]);
});

test('a repeated cursor does not loop forever', async () => {
  const fetchPage = async (): Promise<ListResponse<number>> => ({ data: [1], nextCursor: 'same', total: 99 });
  const page = new Page<number>(await fetchPage(), fetchPage, {});
  const all: number[] = [];
  for await (const n of page) all.push(n);
  assert.deepEqual(all, [1, 1]);
});
