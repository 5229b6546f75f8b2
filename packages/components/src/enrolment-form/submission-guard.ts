// One idempotency key per submission, reused on every retry of the same body, and at most one
// request in flight: a double click, Enter pressed twice or a manual "try again" after a network
// failure can never create two enrolments. The server replays the first response for a key it
// has seen, so a retry after a request that did arrive returns the same enrolment.

export class SubmissionGuard {
  #key: string | null = null;
  #fingerprint: string | null = null;
  #sending = false;

  get sending(): boolean {
    return this.#sending;
  }

  /** The key for this body: the same as last time while the body is unchanged, a new one otherwise. */
  keyFor(body: unknown): string {
    const fingerprint = JSON.stringify(body);
    if (this.#key === null || fingerprint !== this.#fingerprint) {
      this.#key = newKey();
      this.#fingerprint = fingerprint;
    }
    return this.#key;
  }

  /**
   * Sends once; returns `{ started: false }` when a request is already in flight, so the caller
   * ignores the repeated submit instead of sending again.
   */
  async run<T>(
    body: unknown,
    send: (idempotencyKey: string) => Promise<T>,
  ): Promise<{ started: false } | { started: true; value: T }> {
    if (this.#sending) return { started: false };
    this.#sending = true;
    try {
      const value = await send(this.keyFor(body));
      return { started: true, value };
    } finally {
      this.#sending = false;
    }
  }
}

function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; plain-http intranet pages fall back to random bytes.
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
