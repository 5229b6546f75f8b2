import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readEvents, type SseEvent } from '@skills-huaian/sdk';

function streamOf(...chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<SseEvent[]> {
  const out: SseEvent[] = [];
  for await (const e of readEvents(body)) out.push(e);
  return out;
}

test('parses events, ids, retry and multi-line data across chunk boundaries', async () => {
  const events = await collect(
    streamOf(
      '\uFEFF: hello\n\nevent: leader',
      'board\nid: 7\nretry: 1500\ndata: {"a":\ndata: 1}\n\n',
      'data: x\r',
      '\n\r\n',
    ),
  );
  assert.deepEqual(events, [
    { event: 'leaderboard', data: '{"a":\n1}', id: '7', retry: 1500 },
    { event: 'message', data: 'x', id: '7', retry: undefined },
  ]);
});

test('drops an unterminated last event and comment-only blocks', async () => {
  const events = await collect(streamOf(':ping\n\n', 'data: complete\n\n', 'data: cut off'));
  assert.deepEqual(
    events.map((e) => e.data),
    ['complete'],
  );
});

test('field without colon and value without space', async () => {
  const events = await collect(streamOf('data\ndata:x\nid:9\n\n'));
  assert.deepEqual(events, [{ event: 'message', data: '\nx', id: '9', retry: undefined }]);
});
