// What the end-to-end tests read and set on pages (Storybook's preview, axe-core, the CSP
// violation reporter), so that the checked .mjs files can name them.
export {};

interface StoryRenderLike {
  id: string;
  phase?: string;
}

declare global {
  interface Window {
    __STORYBOOK_PREVIEW__?: { storyRenders?: StoryRenderLike[]; currentRender?: { id: string } };
    __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, ...args: unknown[]): void };
    /** axe-core as loaded by addScriptTag (it sets `window.axe`), and the smoke test's own reference to it. */
    axe?: AxeLike;
    __smokeAxe?: AxeLike;
    __reportViolation?: (violation: string) => void;
  }
}

interface AxeLike {
  run(
    context: Element | null,
    options: Record<string, unknown>,
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      tags: string[];
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }[];
  }>;
}
