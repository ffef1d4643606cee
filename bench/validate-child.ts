/**
 * One measurement in a fresh process, so runs do not share a heap or a warmed JIT:
 * `validate-child.ts exceljs <file>` times ExcelJS reading the file as the validator does (bytes, then
 * `xlsx.load`), the reader before its own (docs/files.md); `validate-child.ts reader <file>` times that reader,
 * the file to the validator's grid; `validate-child.ts validate <file>` times `samen validate <file> --json` in-process.
 * Prints `{ "ms": …, "peak_mb": … }`, peak_mb being the process's peak resident memory.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { readGridFromXlsx } from "../src/xlsx/read-grid";
import { timeMsAsync } from "./stats";

const SILENT = { out: () => {}, err: () => {} };

async function measure(mode: string, file: string): Promise<number> {
  if (mode === "exceljs") {
    return timeMsAsync(async () =>
      new ExcelJS.Workbook().xlsx.load((await readFile(file)) as unknown as ExcelJS.Buffer),
    );
  }
  if (mode === "reader") {
    return timeMsAsync(async () => {
      if (!(await readGridFromXlsx(file)).ok) throw new Error(`de lezer kon ${file} niet lezen`);
    });
  }
  if (mode === "validate") {
    let exit = -1;
    const ms = await timeMsAsync(async () => (exit = await main(["validate", file, "--json"], SILENT)));
    if (exit === 2) throw new Error(`samen validate kon ${file} niet lezen`);
    return ms;
  }
  throw new Error(`onbekende meting "${mode}"`);
}

const [mode, file] = process.argv.slice(2);
measure(mode, file).then(
  (ms) => process.stdout.write(JSON.stringify({ ms, peak_mb: process.resourceUsage().maxRSS / 1024 })),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
