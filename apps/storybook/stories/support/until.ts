// Waiting helpers for play functions: poll the page each frame until something shows.

export const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));

/** Waits until `find()` returns something (polling each frame), or throws after `ms`. */
export async function until<T>(find: () => T | null | undefined, ms = 5000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() > end) throw new Error('timed out waiting in a play function');
    await frame();
  }
}
