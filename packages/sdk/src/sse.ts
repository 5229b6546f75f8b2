// A Server-Sent Events parser over a fetch body (EventSource cannot send an Authorization header).
// Follows the WHATWG "event stream interpretation" rules: fields, comments, multi-line data, ids.

export interface SseEvent {
  /** The `event:` field, or `message` when absent. */
  event: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last event id seen on this stream (sent back as Last-Event-ID on reconnect). */
  id: string | undefined;
  /** A `retry:` value in ms, when the event carried one. */
  retry: number | undefined;
}

/** Splits a decoded text stream into lines, accepting CRLF, LF and CR endings across chunks. */
async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let first = true;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      if (first && buffer.length > 0) {
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        first = false;
      }
      let match = /\r\n|\r|\n/.exec(buffer);
      while (match) {
        // A lone CR at the very end may be the first half of CRLF: wait for more input.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        yield buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
        match = /\r\n|\r|\n/.exec(buffer);
      }
    }
  } finally {
    reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  // An unterminated last event is discarded, as the spec says.
}

export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent> {
  let event = '';
  let data: string[] = [];
  let id: string | undefined;
  let retry: number | undefined;
  for await (const line of lines(body)) {
    if (line === '') {
      if (data.length > 0) yield { event: event || 'message', data: data.join('\n'), id, retry };
      event = '';
      data = [];
      retry = undefined;
      continue;
    }
    if (line.startsWith(':')) continue; // comment / heartbeat
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        event = value;
        break;
      case 'data':
        data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) id = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) retry = Number(value);
        break;
    }
  }
}
