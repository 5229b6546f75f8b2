import type { SkillsClient } from './client.js';

export type Dictionaries = Awaited<ReturnType<SkillsClient['dictionaries']['get']>>;

const cache = new WeakMap<SkillsClient, Promise<Dictionaries>>();

/** Code lists with their labels, fetched once per client; a failed fetch is retried next time. */
export function loadDictionaries(client: SkillsClient): Promise<Dictionaries> {
  let pending = cache.get(client);
  if (!pending) {
    pending = client.dictionaries.get();
    cache.set(client, pending);
    pending.catch(() => cache.delete(client));
  }
  return pending;
}
