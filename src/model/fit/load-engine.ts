/** Loads Dekking zoeken's engine once, on first use; a failed load is tried again on the next call. */
import type { FitEngine } from "./engine";

let loading: Promise<FitEngine> | undefined;

export function loadFitEngine(): Promise<FitEngine> {
  loading ??= import("./engine")
    .then((module) => module.createFitEngine())
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
