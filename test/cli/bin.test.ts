/**
 * The package's bin as `npx samen` runs it: from the bundle built from src/cli, never a stale one,
 * ExcelJS only for the commands that read or write files, Node's flags only for validate.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import NODE_FLAGS from "../../bin/node-flags.json";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "bin", "samen.js");

const { BUNDLE, freshBundle } = require("../../scripts/cli-bundle") as { BUNDLE: string; freshBundle(): string };
const dir = mkdtempSync(path.join(tmpdir(), "samen-bin-"));

function samen(args: string[], nodeArgs: string[] = []) {
  return spawnSync(process.execPath, [...nodeArgs, bin, ...args], { cwd: root, encoding: "utf8" });
}

describe("bin/samen.js", () => {
  beforeAll(() => freshBundle());

  it("prints help and the version with exit 0", () => {
    const help = samen(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Gebruik: samen <opdracht>/);
    const version = samen(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version);
    expect(samen(["validate", "-h"]).stdout).toMatch(/^Gebruik: samen validate/);
  });

  it("rebuilds the bundle before running when a source is newer than it", () => {
    const old = new Date(Date.UTC(2001, 0, 1));
    utimesSync(BUNDLE, old, old);
    expect(execFileSync(process.execPath, [bin, "fn", "RESERVE", "2026"], { encoding: "utf8" })).toBe("1050000\n");
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(old.getTime());
  });

  it("loads no ExcelJS for `samen fn TOTAL 2024` nor to read a file (docs/files.md), and does to write one", () => {
    const loaded = (argv: string[]) =>
      execFileSync(
        process.execPath,
        [
          "-e",
          `require(${JSON.stringify(BUNDLE)}).main(${JSON.stringify(argv)}, { out() {}, err() {} }).then(() =>
             console.log(Object.keys(require.cache).some((file) => file.includes("/node_modules/exceljs/"))))`,
        ],
        { encoding: "utf8" },
      ).trim();
    expect(loaded(["fn", "TOTAL", "2024"])).toBe("false");
    expect(loaded(["validate", path.join(dir, "geen.xlsx")])).toBe("false");
    expect(loaded(["workbook", path.join(dir, "geladen.xlsx")])).toBe("true");
  });

  it("runs FIT with HiGHS from its own package (outside the bundle, loaded only for FIT)", () => {
    // Worked out in test/model/fit: with only 9 and 26 to cut, meest kansrijk stays short in 2024 and 2025.
    const fit = samen(["fn", "FIT", "meest kansrijk", "schrappen", "9, 26"]);
    expect(fit.stdout.trim()).toBe(
      "#N/A: Geen plan past (schrappen): ook het plan met het kleinste tekort heeft in 2024 € 675.000 en in 2025 € 50.000 tekort.",
    );
    expect(fit.stderr).toBe("");
    expect(fit.status).toBe(1);
    expect(readFileSync(BUNDLE, "utf8")).not.toMatch(/highs\.wasm/);
  });

  it("runs validate, and only validate, with the Node flags of bin/node-flags.json", () => {
    // A preload that every Node process of the run loads (it travels in execArgv) records its flags.
    const record = path.join(dir, "argv.jsonl");
    const preload = path.join(dir, "record-argv.js");
    writeFileSync(
      preload,
      `require("fs").appendFileSync(${JSON.stringify(record)}, JSON.stringify(process.execArgv) + "\\n");`,
    );
    const runs = (args: string[]) => {
      writeFileSync(record, "");
      samen(args, ["--require", preload]);
      return readFileSync(record, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as string[]);
    };
    const hasFlags = (execArgv: string[]) => NODE_FLAGS.every((flag) => execArgv.includes(flag));
    const validate = runs(["validate", path.join(dir, "geen.xlsx")]);
    expect(validate.some(hasFlags)).toBe(true);
    const fn = runs(["fn", "TOTAL", "2024"]);
    expect(fn).toHaveLength(1);
    expect(fn.some(hasFlags)).toBe(false);
  });
});
