/**
 * The command line runs from one JavaScript file bundled by esbuild (build/cli/samen.js), not from the
 * TypeScript sources through tsx: Node then starts `samen fn TOTAL 2024` without transpiling anything
 * (docs/cli.md). ExcelJS, JSZip and HiGHS stay outside the bundle and are required only by the
 * commands that need them (HiGHS also finds its WebAssembly beside its own package, not beside the bundle).
 *
 * A developer never runs a stale bundle: `npm install` builds it (the `prepare` script), and
 * bin/samen.js rebuilds it first whenever a file it was built from (listed in build/cli/inputs.json,
 * with package.json and the installed packages' lock) is newer than the bundle.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "build", "cli");
const BUNDLE = path.join(OUT_DIR, "samen.js");
const INPUTS = path.join(OUT_DIR, "inputs.json");
const EXTERNAL = ["exceljs", "jszip", "highs"];
/** Beside the bundled sources: what changes when packages are installed or the version is raised. */
const ALWAYS_CHECKED = ["package.json", "node_modules/.package-lock.json", "scripts/cli-bundle.js"];

/** A missing source makes the bundle stale; a missing lock file (another package manager) does not. */
function mtimeMs(file, missing = Infinity) {
  try {
    return fs.statSync(path.join(ROOT, file)).mtimeMs;
  } catch {
    return missing;
  }
}

/** True when the bundle exists and nothing it was built from changed after it. */
function isFresh() {
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(INPUTS, "utf8"));
  } catch {
    return false;
  }
  const built = mtimeMs(path.relative(ROOT, BUNDLE));
  return (
    built !== Infinity &&
    inputs.every((file) => mtimeMs(file) <= built) &&
    ALWAYS_CHECKED.every((file) => mtimeMs(file, 0) <= built)
  );
}

/** Bundles src/cli/main.ts; written beside and renamed, so a parallel run never loads half a file. */
function build() {
  const esbuild = require("esbuild");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const partial = `${BUNDLE}.${process.pid}.deels`;
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    outfile: partial,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: EXTERNAL,
    metafile: true,
    logLevel: "error",
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  fs.writeFileSync(`${INPUTS}.${process.pid}`, JSON.stringify(inputs));
  fs.renameSync(partial, BUNDLE);
  fs.renameSync(`${INPUTS}.${process.pid}`, INPUTS);
}

/** The path of a bundle built from the current sources. */
function freshBundle() {
  if (!isFresh()) build();
  return BUNDLE;
}

module.exports = { BUNDLE, build, freshBundle, isFresh };

if (require.main === module) build();
