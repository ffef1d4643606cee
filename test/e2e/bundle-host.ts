/** Bundles the fake Office/Excel host for the browser, to be served in place of Office.js. */
import { build } from "esbuild";
import { join } from "node:path";

export async function bundleOfficeHost(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "office-host.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}
