/**
 * bundle.*: gzipped bytes of the production bundles, built with the project's own webpack config into a
 * temporary directory (so a bench never disturbs the dist/ that tests or a dev server are using).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildProduction } from "../test/support/build-production";
import { manifestResource, pageScripts } from "../test/support/dist-files";

export interface BundleBench {
  taskpane_gz: number;
  functions_gz: number;
  /** Everything taskpane.html loads (functions, commands and task pane share one runtime). */
  taskpane_page_gz: number;
}

const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;

export async function benchBundles(): Promise<BundleBench> {
  const dist = mkdtempSync(path.join(tmpdir(), "samen-bench-dist-"));
  await buildProduction(dist);
  // Bundles carry content hashes: the page and the manifest name them.
  const loaded = pageScripts(dist);
  const taskpane = loaded.find((name) => name.startsWith("taskpane."))!;
  return {
    taskpane_gz: gzipped(path.join(dist, taskpane)),
    functions_gz: gzipped(path.join(dist, manifestResource(dist, "Functions.Script.Url"))),
    taskpane_page_gz: loaded.reduce((sum, name) => sum + gzipped(path.join(dist, name)), 0),
  };
}
