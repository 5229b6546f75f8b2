// Reads a JSON request body with a size limit. Never echoes the body or the parser's message
// (which quotes the input) anywhere.
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

export type BodyResult =
  | { ok: true; text: string; value: unknown }
  | { ok: false; code: 'invalid_json' | 'payload_too_large' | 'unsupported_media_type' };

export async function readJsonBody(c: Context<AppEnv>, limit: number): Promise<BodyResult> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim()))
    return { ok: false, code: 'unsupported_media_type' };
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, code: 'payload_too_large' };
  const stream = c.req.raw.body;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (stream) {
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return { ok: false, code: 'payload_too_large' };
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    return { ok: false, code: 'invalid_json' };
  }
  try {
    return { ok: true, text, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: 'invalid_json' };
  }
}
