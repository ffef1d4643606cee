/**
 * validate.*: `samen validate` on generated workbooks of 1 000, 10 000 and 100 000 action rows, against
 * ExcelJS alone reading the same file. Every measurement runs in a fresh process started with the Node
 * flags of the command line (bin/node-flags.json), the two alternate, so a busy machine slows both
 * alike, and each figure is a median. For comparison, the 100 000-row pair also runs without the flags.
 *
 * validate.wide_ratio: the same cells, one per row, in column XFD beside a title in A1 against in column
 * B: the validator's cost follows the cells present, not the used range's area (docs/hostile-input.md).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeActionsWorkbook } from "./actions-workbook";
import NODE_FLAGS from "../bin/node-flags.json";
import { loglogSlope, median, round } from "./stats";

const SIZES = [1_000, 10_000, 100_000];
const ROUNDS: Record<number, number> = { 1_000: 5, 10_000: 5, 100_000: 5 };
const CHILD = path.join(__dirname, "validate-child.ts");
/** Rows of the wide and the narrow sheet: about 300 KB, the size at which the dense grid took a minute. */
const WIDE_ROWS = 40_000;

export interface ValidateBench {
  ratio_100k: number;
  /** The same ratio with Node's default flags: what the command line's flags are worth. */
  ratio_100k_default_flags: number;
  growth: number;
  /** validate's time on a title in A1 and a cell per row in XFD, over the same cells in column B (≈ 1). */
  wide_ratio: number;
  peak_mb_100k: number;
  /** Peak memory of ExcelJS alone reading the same file: what the validator adds shows against it. */
  exceljs_peak_mb_100k: number;
  /** The validator's own reader alone at 100 000 rows (median ms, peak MB), against ExcelJS's load above. */
  reader_ms_100k: number;
  reader_peak_mb_100k: number;
  exceljs_ms_100k: number;
  /** Medians per size, for docs/measured.md: ms of ExcelJS alone and of samen validate. */
  ms: Record<string, { exceljs: number; validate: number }>;
}

interface Measurement {
  ms: number;
  peak_mb: number;
}

type Pair = { exceljs: Measurement; validate: Measurement };

function measure(mode: "exceljs" | "reader" | "validate", file: string, flags: readonly string[]): Measurement {
  const out = execFileSync(process.execPath, [...flags, "--import", "tsx", CHILD, mode, file], {
    cwd: path.resolve(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out) as Measurement;
}

function pairs(file: string, rounds: number, flags: readonly string[]): Pair[] {
  return Array.from({ length: rounds }, () => ({
    exceljs: measure("exceljs", file, flags),
    validate: measure("validate", file, flags),
  }));
}

const ratio = (measured: Pair[]): number => median(measured.map((pair) => pair.validate.ms / pair.exceljs.ms));

/** A title in A1 and a number in `col` of every following row. */
async function writeColumnWorkbook(file: string, col: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = workbook.addWorksheet("Blad1");
  sheet.getRow(1).getCell(1).value = "Begroting";
  sheet.getRow(1).commit();
  for (let row = 2; row <= WIDE_ROWS; row++) {
    const line = sheet.getRow(row);
    line.getCell(col).value = row;
    line.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** validate.wide_ratio, separable from the rest: `tsx -e 'require("./bench/validate").benchWideRatio()…'`. */
export async function benchWideRatio(rounds = 5): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "samen-bench-wide-"));
  try {
    const [wide, narrow] = [path.join(dir, "breed.xlsx"), path.join(dir, "smal.xlsx")];
    await writeColumnWorkbook(wide, 16_384);
    await writeColumnWorkbook(narrow, 2);
    const ratios = Array.from({ length: rounds }, () => {
      const narrowMs = measure("validate", narrow, NODE_FLAGS).ms;
      return measure("validate", wide, NODE_FLAGS).ms / narrowMs;
    });
    return round(median(ratios), 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchValidate(): Promise<ValidateBench> {
  const dir = mkdtempSync(path.join(tmpdir(), "samen-bench-validate-"));
  try {
    const ms: ValidateBench["ms"] = {};
    const growth: Array<{ size: number; value: number }> = [];
    let ratio100k = NaN;
    let ratioDefaultFlags = NaN;
    let peak = NaN;
    let exceljsPeak = NaN;
    let reader: Measurement[] = [];
    let exceljsMs = NaN;
    for (const size of SIZES) {
      const file = path.join(dir, `acties-${size}.xlsx`);
      await writeActionsWorkbook(file, size);
      const measured = pairs(file, ROUNDS[size], NODE_FLAGS);
      const validate = median(measured.map((pair) => pair.validate.ms));
      ms[String(size)] = {
        exceljs: Math.round(median(measured.map((pair) => pair.exceljs.ms))),
        validate: Math.round(validate),
      };
      growth.push({ size, value: validate });
      if (size === 100_000) {
        ratio100k = ratio(measured);
        ratioDefaultFlags = ratio(pairs(file, ROUNDS[size], []));
        peak = Math.max(...measured.map((pair) => pair.validate.peak_mb));
        exceljsPeak = Math.max(...measured.map((pair) => pair.exceljs.peak_mb));
        exceljsMs = median(measured.map((pair) => pair.exceljs.ms));
        reader = Array.from({ length: ROUNDS[size] }, () => measure("reader", file, NODE_FLAGS));
      }
    }
    const wideRatio = await benchWideRatio();
    return {
      ratio_100k: round(ratio100k, 2),
      ratio_100k_default_flags: round(ratioDefaultFlags, 2),
      growth: round(loglogSlope(growth), 2),
      wide_ratio: wideRatio,
      peak_mb_100k: Math.round(peak),
      exceljs_peak_mb_100k: Math.round(exceljsPeak),
      reader_ms_100k: Math.round(median(reader.map((m) => m.ms))),
      reader_peak_mb_100k: Math.round(Math.max(...reader.map((m) => m.peak_mb))),
      exceljs_ms_100k: Math.round(exceljsMs),
      ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
