/**
 * The production build as an operator receives it: stable names only for what the manifest names,
 * content hashes on every other bundle, no localhost, one Content-Security-Policy in page and server
 * config, and the SBOM and licence list a security office asks for.
 */
import fs from "fs";
import path from "path";
import { DIST, expectBuilt, readDist } from "../functions/build";
import { pageScripts } from "../support/dist-files";

const ROOT = path.resolve(__dirname, "../..");

const { CONTENT_SECURITY_POLICY } = require("../../deploy/csp") as { CONTENT_SECURITY_POLICY: string };

const { manifestPaths } = require("../../scripts/urls") as { manifestPaths: (xml: string) => string[] };
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function distFiles(): string[] {
  return fs
    .readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe("the production build in dist/", () => {
  beforeAll(expectBuilt);

  test("keeps the names the manifest uses, and hashes every other script", () => {
    const stable = manifestPaths(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    expect(stable).toEqual(
      expect.arrayContaining(["taskpane.html", "functions.js", "functions.json", "functions.nl-NL.json"]),
    );
    const files = distFiles();
    expect(files).toEqual(expect.arrayContaining(stable));
    const otherScripts = files.filter((file) => file.endsWith(".js") && !stable.includes(file));
    expect(otherScripts.length).toBeGreaterThanOrEqual(2);
    for (const file of otherScripts) expect(file).toMatch(/^[\w-]+\.[0-9a-f]{20}\.js$/);
    for (const src of pageScripts(DIST)) expect(files).toContain(src);
  });

  test("names localhost nowhere", () => {
    const naming = distFiles().filter((file) => fs.readFileSync(path.join(DIST, file), "latin1").includes("localhost"));
    expect(naming).toEqual([]);
  });

  test("has one Content-Security-Policy: deploy/csp.js's, in the page and in the nginx recipe", () => {
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(readDist("taskpane.html"))?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    const site = fs.readFileSync(path.join(ROOT, "deploy/nginx/samen-site.conf"), "utf8");
    const headers = [...site.matchAll(/add_header Content-Security-Policy "([^"]+)" always;/g)].map(
      (match) => match[1],
    );
    expect(headers).toEqual([CONTENT_SECURITY_POLICY]);
    expect(CONTENT_SECURITY_POLICY).toMatch(
      /script-src 'self' 'wasm-unsafe-eval' https:\/\/appsforoffice\.microsoft\.com;/,
    );
    // WebAssembly for the solver, never eval of JavaScript.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[^-]'unsafe-eval'/);
  });

  test("carries a CycloneDX SBOM of the production dependencies, at their pinned versions", () => {
    const bom = JSON.parse(readDist("sbom.cdx.json")) as {
      bomFormat: string;
      metadata: { component: { name: string; version: string } };
      components: { name: string; version: string }[];
    };
    expect(bom.bomFormat).toBe("CycloneDX");
    expect(bom.metadata.component).toMatchObject({ name: pkg.name, version: pkg.version });
    const versions = new Map(bom.components.map((component) => [component.name, component.version]));
    // esbuild is also a dependency of tsx, a development tool: `npm sbom --omit dev` would drop it (npm/cli#7909).
    for (const [name, version] of Object.entries(pkg.dependencies)) expect(versions.get(name)).toBe(version);
    for (const tool of ["webpack", "jest", "typescript", "playwright-core", "eslint-plugin-office-addins"]) {
      expect(versions.has(tool)).toBe(false);
    }
  });

  test("lists the licence of every package whose code is in the bundles, and only those", () => {
    const shipped = JSON.parse(readDist("licenses.json")) as { name: string; version: string; license: string }[];
    const byName = new Map(shipped.map((entry) => [entry.name, entry]));
    for (const name of ["react", "react-dom", "zod", "@fluentui/react-components"]) {
      expect(byName.get(name)).toEqual({ name, version: pkg.dependencies[name], license: "MIT" });
    }
    // The command line's libraries do not reach the browser.
    expect(byName.has("exceljs")).toBe(false);
    expect(byName.has("tsx")).toBe(false);
  });
});
