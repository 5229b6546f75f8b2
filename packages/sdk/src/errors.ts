/** The root of every error the SDK throws. */
export class ApiError extends Error {
  readonly status: number | undefined;
  readonly code: string;
  readonly requestId: string | undefined;
  constructor(message: string, opts: { status?: number; code: string; requestId?: string }) {
    super(message);
    this.name = new.target.name;
    this.status = opts.status;
    this.code = opts.code;
    this.requestId = opts.requestId;
  }
}
