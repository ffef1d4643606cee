/**
 * A real spreadsheet engine for the tests: LibreOffice headless (installed by .ci/run) opens an .xlsx,
 * recalculates every formula whatever its cached result, and writes each sheet as it shows it under a
 * Dutch locale (`€ -675.000`, the number format's `,` shown as `.`). Each call has its own profile.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A profile that makes LibreOffice recalculate every formula of an .xlsx on load, cached or not. */
const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/** Every sheet to tab-separated text (UTF-8), each cell as shown (token 9), no formulas. */
const SHOWN_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true,false,false,-1";

/** Per sheet name, its rows of cells as LibreOffice shows them after recalculating the file. */
export type ShownSheets = Map<string, string[][]>;

/** Converts with a fresh profile under a Dutch locale; returns the folder holding the output files. */
export async function convertWithLibreOffice(xlsx: string, filter: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "samen-libreoffice-"));
  await mkdir(join(dir, "profile", "user"), { recursive: true });
  await writeFile(join(dir, "profile", "user", "registrymodifications.xcu"), RECALCULATE_ALWAYS);
  const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
  await run("soffice", [profile, "--headless", "--convert-to", filter, "--outdir", join(dir, "out"), xlsx], {
    timeout: 120_000,
    env: { ...process.env, LC_ALL: "nl_NL.UTF-8", LANG: "nl_NL.UTF-8" },
  });
  return join(dir, "out");
}

export async function recalculateAsShown(xlsx: string): Promise<ShownSheets> {
  const out = await convertWithLibreOffice(xlsx, SHOWN_ALL_SHEETS);
  const stem = basename(xlsx).replace(/\.xlsx$/, "");
  const sheets: ShownSheets = new Map();
  for (const file of await readdir(out)) {
    const text = await readFile(join(out, file), "utf8");
    const rows = text
      .replace(/\n$/, "")
      .split("\n")
      .map((line) => line.split("\t").map((cell) => cell.replace(/^"(.*)"$/s, "$1").replace(/""/g, '"')));
    sheets.set(file.slice(stem.length + 1).replace(/\.csv$/, ""), rows);
  }
  return sheets;
}

/** The size in points of every page LibreOffice prints the file on, from the PDF's page boxes. */
export async function printedPages(xlsx: string): Promise<{ width: number; height: number }[]> {
  const out = await convertWithLibreOffice(xlsx, "pdf");
  const pdf = await readFile(join(out, basename(xlsx).replace(/\.xlsx$/, ".pdf")), "latin1");
  return [...pdf.matchAll(/\/Type\s*\/Page\b[^]*?\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map(
    (match) => ({
      width: Math.round(Number(match[1])),
      height: Math.round(Number(match[2])),
    }),
  );
}

/** The cells of a row found by its label in column A. */
export function rowOf(sheet: string[][], label: string): string[] {
  const row = sheet.find((cells) => cells[0] === label);
  if (!row) throw new Error(`No row "${label}" in ${JSON.stringify(sheet.map((cells) => cells[0]))}`);
  return row;
}
