/**
 * One production build per test run (jest globalSetup). A failed build is recorded rather than thrown,
 * so it fails the tests that need dist/ with webpack's own messages instead of aborting every test.
 */
import fs from "fs";
import path from "path";
import webpack from "webpack";
import { manifestResource } from "../support/dist-files";

const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const REPORT = path.join(ROOT, "node_modules", ".cache", "samen-build.json");

interface BuildReport {
  errors: string[];
}

export default async function buildOnce(): Promise<void> {
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const errors = await new Promise<string[]>((resolve) => {
    webpack(makeConfig({}, { mode: "production" }), (error, stats) => {
      if (error) resolve([error.message]);
      else resolve(stats!.hasErrors() ? stats!.toJson({ all: false, errors: true }).errors!.map((e) => e.message) : []);
    });
  });
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, JSON.stringify({ errors } satisfies BuildReport));
}

/** Throws webpack's messages when the build of this run failed. */
export function expectBuilt(): void {
  const report = JSON.parse(fs.readFileSync(REPORT, "utf8")) as BuildReport;
  if (report.errors.length > 0) throw new Error(`npm run build faalde:\n${report.errors.join("\n")}`);
}

export function readDist(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

/** The functions bundle, found as Excel finds it: through the built manifest's script URL. */
export function readFunctionsBundle(): string {
  return readDist(manifestResource(DIST, "Functions.Script.Url"));
}
