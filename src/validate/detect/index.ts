/** Detection over the whole workbook: every table of every family on every sheet. */
import type { GridWorkbook } from "../grid";
import { findAddinTables } from "./addin-tables";
import { headerCandidates } from "./headers";
import { findLetterTables } from "./letter-tables";
import { findProposalTables } from "./proposal-tables";
import type { DetectedTables } from "./tables";

export function detectTables(workbook: GridWorkbook, onSheet?: (name: string, index: number) => void): DetectedTables {
  const detected: DetectedTables = { amountTables: [], proposalTables: [], scenarioTables: [] };
  workbook.sheets.forEach((sheet, index) => {
    onSheet?.(sheet.name, index);
    const candidates = headerCandidates(sheet);
    const addin = findAddinTables(sheet, candidates);
    detected.amountTables.push(...findLetterTables(sheet, candidates), ...addin.amountTables);
    detected.proposalTables.push(...findProposalTables(sheet, candidates), ...addin.proposalTables);
    detected.scenarioTables.push(...addin.scenarioTables);
  });
  return detected;
}
