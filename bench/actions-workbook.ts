/**
 * Writes a large workbook in the add-in's layout (docs/contracts/layout.md): the letter's budget, and an Acties table
 * of any number of rows, made by splitting each action of the letter into equal whole-euro parts. The
 * sums per action line and year stay the letter's, so the workbook validates clean and the time spent
 * is the validator's reading and checking, not the printing of thousands of findings. Streaming
 * writer: 100 000 rows never sit in memory at once.
 */
import ExcelJS from "exceljs";
import { LETTER_PLAN } from "../src/model/letter/dataset";
import { formatSource } from "../src/model/schema";
import { LETTER_YEARS as YEARS } from "../src/model/letter/dataset";

const EUROS = '"€" #,##0';

/** Splits whole euros into `parts` whole-euro amounts that add up to exactly `euros`. */
export function splitEuros(euros: number, parts: number): number[] {
  const base = Math.floor(euros / parts);
  const remainder = euros - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

function writeBegroting(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const sheet = workbook.addWorksheet("Begroting");
  sheet.addRow(["Regel", "Omschrijving", ...YEARS, "Bron"]).commit();
  for (const line of LETTER_PLAN.budgetLines) {
    const row = sheet.addRow([
      line.id,
      line.description,
      ...YEARS.map((y) => line.amounts[y]),
      formatSource(line.source),
    ]);
    YEARS.forEach((_, i) => (row.getCell(3 + i).numFmt = EUROS));
    row.commit();
  }
  const last = LETTER_PLAN.budgetLines.length + 1;
  const totals = sheet.addRow([
    "Totaal",
    null,
    ...YEARS.map((_, i) => {
      const column = String.fromCharCode(67 + i);
      return {
        formula: `SUM(${column}2:${column}${last})`,
        result: LETTER_PLAN.kader[i].frame,
      } satisfies ExcelJS.CellFormulaValue;
    }),
  ]);
  totals.commit();
  sheet.commit();
}

/**
 * The letter's rows keep their numbers 1–32 and carry the first part of their amounts; the other parts
 * follow as actions 33, 34, … in their action line (numbers past the letter's are checked on order only).
 */
function writeActies(workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: number): void {
  const sheet = workbook.addWorksheet("Acties");
  sheet.addRow(["Nr", "Actielijn", "Actie", ...YEARS, "Bron"]).commit();
  const actions = LETTER_PLAN.actions;
  const extra = Math.max(0, rows - actions.length);
  const parts = actions.map((_, i) => 1 + Math.floor(extra / actions.length) + (i < extra % actions.length ? 1 : 0));
  const splits = actions.map((action, i) => YEARS.map((year) => splitEuros(action.amounts[year], parts[i])));
  const write = (label: string | number, index: number, part: number): void => {
    const action = actions[index];
    const description = part === 0 ? action.description : `${action.description} (deel ${part + 1})`;
    const amounts = splits[index].map((split) => split[part]);
    const row = sheet.addRow([label, action.actionLine, description, ...amounts, formatSource(action.source)]);
    for (let col = 4; col <= 7; col++) row.getCell(col).numFmt = EUROS;
    row.commit();
  };
  actions.forEach((action, index) => write(action.numbers.join(" en "), index, 0));
  let number = Math.max(...actions.flatMap((action) => action.numbers)) + 1;
  actions.forEach((_, index) => {
    for (let part = 1; part < parts[index]; part++) write(number++, index, part);
  });
  sheet.commit();
}

/** Writes the workbook with `rows` action rows to `file`. */
export async function writeActionsWorkbook(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  writeBegroting(workbook);
  writeActies(workbook, rows);
  await workbook.commit();
}
