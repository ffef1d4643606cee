/**
 * npm 11 warns at `npm install` and `npm ci` about every dependency whose install script package.json's
 * `allowScripts` does not decide; npm 12 will refuse to run them. The lockfile marks each such package
 * (`hasInstallScript`), so a new one fails here before it makes the install noisy (docs/fake-host.md).
 */
import fs from "fs";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));

/** "node_modules/a/node_modules/@b/c" → "@b/c". */
const packageName = (location: string) =>
  location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length);

test("every dependency with an install script is allowed or denied in package.json's allowScripts", () => {
  const lock = read("package-lock.json") as { packages: Record<string, { hasInstallScript?: boolean }> };
  const withScripts = Object.entries(lock.packages)
    .filter(([location, entry]) => location !== "" && entry.hasInstallScript)
    .map(([location]) => packageName(location));
  const decided = Object.keys((read("package.json") as { allowScripts?: object }).allowScripts ?? {});
  expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
  // Decisions for packages no longer installed are noise the next reader has to doubt.
  expect(decided.filter((name) => !withScripts.includes(name))).toEqual([]);
});
