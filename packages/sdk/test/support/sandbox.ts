// Starts the REAL sandbox server (packages/server/dist) for a test file.
import { after, before } from 'node:test';
import { type Sandbox, startSandbox } from '../../../../scripts/sandbox.mjs';

/** Starts one sandbox for the calling test file (`env`: server settings); read `.current` inside tests. */
export function useSandbox(env: Record<string, string> = {}): { current: Sandbox } {
  const holder = {} as { current: Sandbox };
  before(async () => {
    holder.current = await startSandbox({ env });
  });
  after(async () => {
    await holder.current?.stop();
  });
  return holder;
}
