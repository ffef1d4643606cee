/**
 * Copies of Bijlage 2 written by other programs than ExcelJS (test/corpus/other-writers, made by
 * test/corpus/writers): openpyxl (formulas without cached results, inline strings) and LibreOffice
 * (its own XML, every formula recalculated). Each clean file gives no finding; each planted fault gives
 * exactly the findings its generator names, at their cells: through the validator and the command line.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";
import { main } from "../../src/cli/main";
import { DETAIL_ROWS, SUMMARY_ROWS } from "../../src/model/letter/printed";
import { RULES, validateGrid, type Finding, type GridWorkbook } from "../../src/validate";
import { textAt } from "../../src/validate/grid";
import { readGridFromXlsx } from "../../src/xlsx/read-grid";
import { captureIO } from "../support/capture-io";

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const corpus = path.join(__dirname, "other-writers");
const writers = path.join(__dirname, "writers");

const Expected = z.array(z.tuple([z.string(), z.string(), z.string()]));
const Manifest = z.object({
  files: z.array(z.object({ file: z.string(), expect: Expected, expectWhenCached: Expected.optional() })),
});
type Entry = z.infer<typeof Manifest>["files"][number];

const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(corpus, "manifest.json"), "utf8")));
const SEVERITY = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.severity]));

/** LibreOffice stores every result, so what the validator cannot compute itself is known there. */
function expected(entry: Entry, writer: string): string[] {
  const list = writer === "libreoffice" ? (entry.expectWhenCached ?? entry.expect) : entry.expect;
  return [...new Set(list.map(([rule, sheet, cell]) => `${rule}@${sheet}!${cell}`))].sort();
}

function found(findings: ReadonlyArray<Pick<Finding, "rule" | "sheet" | "cell">>): string[] {
  return [...new Set(findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`))].sort();
}

async function gridOf(file: string): Promise<GridWorkbook> {
  const read = await readGridFromXlsx(file);
  if (!read.ok) throw new Error(read.message);
  return read.workbook;
}

const cases = ["openpyxl", "libreoffice"].flatMap((writer) =>
  manifest.files.map((entry) => [writer, entry.file, entry] as const),
);

describe("Bijlage 2 written by openpyxl and LibreOffice", () => {
  it("holds every case for both writers, a clean file per layout and a planted fault per rule", () => {
    const rules = new Set(manifest.files.flatMap((entry) => entry.expect.map(([rule]) => rule)));
    // Every rule that applies to a copy of Bijlage 2 with a piece of Bijlage 1 beside it.
    expect([...rules].sort()).toEqual(
      [
        "year-total",
        "budget-frame",
        "detail-summary",
        "number-as-text",
        "not-a-number",
        "negative-amount",
        "formula-range",
        "hardcoded-total",
        "formula-error",
        "duplicate-action",
        "action-numbering",
        "year-columns",
        "missing-table",
        "proposal-cost",
        "table-header",
      ].sort(),
    );
    expect(manifest.files.filter((entry) => entry.expect.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)("%s %s: the validator finds exactly the planted faults", async (writer, file, entry) => {
    const findings = validateGrid(await gridOf(path.join(corpus, writer, file)));
    expect(found(findings)).toEqual(expected(entry, writer));
  });

  it.each(cases)("%s %s: samen validate --json, exit code by severity", async (writer, file, entry) => {
    const io = captureIO();
    const code = await main(["validate", path.join(corpus, writer, file), "--json"], io);
    const json = JSON.parse(io.stdout.join("\n")) as { findings: Finding[] };
    expect(found(json.findings)).toEqual(expected(entry, writer));
    const errors = expected(entry, writer).filter((key) => SEVERITY.get(key.split("@")[0]) === "error");
    expect(code).toBe(errors.length > 0 ? 1 : 0);
  });

  it("runs as the package's bin on a clean and a faulty file of each writer", () => {
    for (const writer of ["openpyxl", "libreoffice"]) {
      const clean = spawnSync(
        process.execPath,
        [path.join(root, "bin/samen.js"), "validate", path.join(corpus, writer, "schoon-verspreid.xlsx")],
        { encoding: "utf8" },
      );
      expect([clean.status, clean.stdout]).toEqual([0, expect.stringMatching(/Geen bevindingen/)]);
      const faulty = spawnSync(
        process.execPath,
        [path.join(root, "bin/samen.js"), "validate", path.join(corpus, writer, "fout-detail-summary.xlsx")],
        { encoding: "utf8" },
      );
      expect([faulty.status, faulty.stdout]).toEqual([1, expect.stringMatching(/detail-summary/)]);
    }
  });
});

describe("the generators", () => {
  it("transcribe the letter's figures: the file as printed holds src/model/letter/printed.ts's cells", async () => {
    const sheet = (await gridOf(path.join(corpus, "openpyxl", "schoon-brief.xlsx"))).sheets[0];
    const printed = (row: number): string[] =>
      [3, 4, 5, 6].map((col) =>
        textAt(sheet, row, col)
          .replace(".", ",")
          .replace(/^(-?\d+),0+$/, "$1"),
      );
    const rowOf = new Map<string, number>();
    for (let row = sheet.top; row < sheet.top + sheet.rows.length; row++) {
      const label = /^([a-h]|\d+(?: en \d+)?)\. /.exec(textAt(sheet, row, 2))?.[1];
      if (label && !rowOf.has(label)) rowOf.set(label, row);
    }
    for (const line of SUMMARY_ROWS)
      expect([line.id, printed(rowOf.get(line.id)!)]).toEqual([line.id, [...line.cells]]);
    for (const line of DETAIL_ROWS)
      expect([line.label, printed(rowOf.get(line.label)!)]).toEqual([line.label, [...line.cells]]);
  });

  it("still write the committed corpus: openpyxl and then LibreOffice, regenerated and validated", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "samen-writers-"));
    const names = ["schoon-verspreid", "fout-formula-range", "fout-table-header-formule"];
    await run("/usr/bin/python3", [path.join(writers, "bijlage2_openpyxl.py"), path.join(dir, "openpyxl"), ...names]);
    await run(path.join(writers, "libreoffice.sh"), [path.join(dir, "openpyxl"), path.join(dir, "libreoffice")], {
      timeout: 120_000,
    });
    const regenerated = Manifest.parse(JSON.parse(await readFile(path.join(dir, "openpyxl", "manifest.json"), "utf8")));
    expect(regenerated).toEqual(manifest);
    for (const name of names) {
      const entry = manifest.files.find((file) => file.file === `${name}.xlsx`)!;
      const committed = await gridOf(path.join(corpus, "openpyxl", entry.file));
      expect(await gridOf(path.join(dir, "openpyxl", entry.file))).toEqual(committed);
      for (const writer of ["openpyxl", "libreoffice"]) {
        const findings = validateGrid(await gridOf(path.join(dir, writer, entry.file)));
        expect([writer, name, found(findings)]).toEqual([writer, name, expected(entry, writer)]);
      }
    }
  }, 180_000);
});
