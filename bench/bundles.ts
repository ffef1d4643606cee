/**
 * bundle.*: gzipped bytes of the production bundles, built with the project's own webpack config into a
 * temporary directory (so a bench never disturbs the dist/ that tests or a dev server are using).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "..");

export interface BundleBench {
  taskpane_gz: number;
  functions_gz: number;
  /** Everything taskpane.html loads (functions, commands and task pane share one runtime). */
  taskpane_page_gz: number;
}

async function buildProduction(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), "samen-bench-dist-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = makeConfig({}, { mode: "production" });
  const compiler = webpack({ ...config, context: ROOT, output: { ...config.output, path: outDir } });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString("errors-only")));
      else compiler.close(() => resolve());
    }),
  );
  return outDir;
}

const gzipped = (file: string): number => gzipSync(readFileSync(file)).length;

export async function benchBundles(): Promise<BundleBench> {
  const dist = await buildProduction();
  const built = new Set(readdirSync(dist));
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The page's own scripts; Office.js comes from Microsoft's CDN and is not ours to weigh.
  const loaded = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((match) => match[1])
    .filter((src) => built.has(src));
  return {
    taskpane_gz: gzipped(path.join(dist, "taskpane.js")),
    functions_gz: gzipped(path.join(dist, "functions.js")),
    taskpane_page_gz: loaded.reduce((sum, name) => sum + gzipped(path.join(dist, name)), 0),
  };
}
