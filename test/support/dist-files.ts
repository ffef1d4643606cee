/**
 * Finds the built bundles as Office does, never by a fixed name: bundles carry content hashes
 * (webpack.config.js), so the page's script tags and the manifest's URLs are what name them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

/** The page's own scripts, in the order it loads them (Office.js from Microsoft's CDN left out). */
export function pageScripts(dist: string, page = "taskpane.html"): string[] {
  const html = readFileSync(path.join(dist, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:\/\//.test(src));
}

/** The path under the add-in's address of a URL resource of the built manifest (`Functions.Script.Url`). */
export function manifestResource(dist: string, id: string): string {
  const manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const url = new RegExp(`<bt:Url id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
  if (!url) throw new Error(`${id} staat niet in dist/manifest.xml`);
  const source = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(manifest)?.[1];
  if (!source || !url.startsWith(source)) throw new Error(`${url} ligt niet onder het adres van de invoegtoepassing`);
  return url.slice(source.length);
}
