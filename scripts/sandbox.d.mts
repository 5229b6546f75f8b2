export declare const serverBin: string;
export interface Sandbox {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** url + '/v1' */
  apiBase: string;
  port: number;
  output(): string;
  stop(): Promise<void>;
}
export declare function startSandbox(opts?: {
  port?: number;
  host?: string;
  db?: string;
  seed?: 'demo' | 'none';
  env?: Record<string, string>;
}): Promise<Sandbox>;
