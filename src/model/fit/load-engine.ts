/** Loads Dekking zoeken's engine once, on first use; a failed load is tried again on the next call. */
import type { FitEngine } from "./engine";

let loading: Promise<FitEngine> | undefined;

export function loadFitEngine(): Promise<FitEngine> {
  // Inside then(): a chunk loader that throws at once (no page to load it into) rejects instead.
  loading ??= Promise.resolve()
    .then(() => import(/* webpackChunkName: "fit" */ "./engine"))
    .then((module) => module.createFitEngine())
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
