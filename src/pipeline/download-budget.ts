// Downloads run ahead of the analysis workers, but not without end: tarballs downloaded and waiting for
// analysis are counted in bytes, and no new download starts while they pass the budget. Counting
// packages instead would let a few giant tarballs (or hundreds of tiny ones) set the memory.

/** 64 MiB of compressed tarballs waiting: several seconds of analysis on a 2-core machine. */
export const DEFAULT_DOWNLOAD_BUDGET_BYTES = 64 * 1024 * 1024;

export interface DownloadBudget {
  /** Resolves once the bytes held are under the budget. One package over the budget alone still proceeds. */
  whenRoom(): Promise<void>;
  hold(bytes: number): void;
  release(bytes: number): void;
  readonly held: number;
}

export function createDownloadBudget(limitBytes = DEFAULT_DOWNLOAD_BUDGET_BYTES): DownloadBudget {
  let held = 0;
  const waiting: Array<() => void> = [];
  const wake = () => {
    while (held < limitBytes && waiting.length > 0) waiting.shift()!();
  };
  return {
    whenRoom: () => (held < limitBytes ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
    hold: (bytes) => {
      held += bytes;
    },
    release: (bytes) => {
      held = Math.max(0, held - bytes);
      wake();
    },
    get held() {
      return held;
    },
  };
}
