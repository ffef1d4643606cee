/**
 * The horizon a workbook's own tables give (docs/contracts/horizon.md), as the rules judge it: the years
 * of its amount tables and Kader, the frame per year (Kader, else the summary's title "(€ 2 mln.)", else
 * the letter's), and the plan years (from Kader's phases, else as for a workbook without Kader).
 */
import { defaultKader, frameInTitle, LETTER_FRAME, PHASES, type Phase } from "../model/horizon/horizon";
import { intendedEuros } from "./amount";
import { textAt } from "./grid";
import type { RuleContext } from "./rule";

export interface WorkbookHorizon {
  /** From the first to the last year any table names, consecutive. */
  years: number[];
  frameOf(year: number): number;
  /** From Kader, else as for a workbook without Kader. */
  phaseOf(year: number): Phase;
  planYears: number[];
}

export function workbookHorizon(context: RuleContext): WorkbookHorizon {
  const { amountTables, kaderTables } = context.tables;
  const named = [
    ...amountTables.flatMap((table) => table.years.map((column) => column.year)),
    ...kaderTables.flatMap((table) => table.rows.flatMap((row) => (row.year === null ? [] : [row.year]))),
  ];
  // reduce, not Math.min(...named): a Kader table of many rows would overflow the stack.
  const earliest = named.reduce((lowest, year) => Math.min(lowest, year), Infinity);
  const latest = named.reduce((highest, year) => Math.max(highest, year), -Infinity);
  const years = named.length === 0 ? [] : Array.from({ length: latest - earliest + 1 }, (_, i) => earliest + i);
  const frames = new Map<number, number>();
  const phases = new Map<number, Phase>();
  for (const table of kaderTables) {
    for (const { row, year } of table.rows) {
      if (year === null) continue;
      const frame = intendedEuros(context.amountAt({ sheet: table.sheet, unitEuros: 1 }, row, table.frameCol));
      if (frame !== null && !frames.has(year)) frames.set(year, frame);
      const phase = textAt(table.sheet, row, table.phaseCol).trim().toLowerCase();
      if ((PHASES as readonly string[]).includes(phase) && !phases.has(year)) phases.set(year, phase as Phase);
    }
  }
  const summary = amountTables.find((table) => table.kind === "summary");
  const titleFrame = (summary && frameInTitle(summary.title)) ?? LETTER_FRAME;
  const kader =
    phases.size > 0 ? years.map((year) => ({ year, phase: phases.get(year) ?? "raming" })) : defaultKader(years);
  const first = kader.findIndex((row) => row.phase !== "realisatie");
  return {
    years,
    frameOf: (year) => frames.get(year) ?? titleFrame,
    phaseOf: (year) => kader.find((row) => row.year === year)?.phase ?? "raming",
    planYears: first < 0 ? [] : years.slice(first),
  };
}
