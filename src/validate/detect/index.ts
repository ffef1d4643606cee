/** Detection over the whole workbook: every table of every family on every sheet. */
import { FormulaEvaluator } from "../formula";
import type { GridWorkbook } from "../grid";
import { findAddinTables } from "./addin-tables";
import { headerCandidates } from "./headers";
import { findLetterTables } from "./letter-tables";
import { findProposalTables } from "./proposal-tables";
import type { AmountTable, DetectedTables } from "./tables";

/** How far the first header cell may stand from the merged title above it. */
const NEAR_COLUMNS = 3;

/**
 * A header row "Regel | Omschrijving | 2023 …" under a merged title of the letter is that table's
 * header, not a table of the add-in of its own.
 */
function headerOfLetterTable(table: AmountTable, letterTables: readonly AmountTable[]): boolean {
  return letterTables.some(
    (letter) =>
      letter.titleRow < letter.headerRow &&
      letter.headerRow === table.headerRow &&
      Math.abs(letter.headerCol - table.headerCol) <= NEAR_COLUMNS,
  );
}

export function detectTables(workbook: GridWorkbook, onSheet?: (name: string, index: number) => void): DetectedTables {
  const detected: DetectedTables = { amountTables: [], proposalTables: [], scenarioTables: [], kaderTables: [] };
  // Year headers may be formulas (=D5+1); they use no structured references, so no resolver is needed.
  const evaluator = new FormulaEvaluator(workbook);
  workbook.sheets.forEach((sheet, index) => {
    onSheet?.(sheet.name, index);
    const candidates = headerCandidates(sheet);
    const letter = findLetterTables(sheet, candidates, evaluator);
    const addin = findAddinTables(sheet, candidates, evaluator);
    const addinAmounts = addin.amountTables.filter((table) => !headerOfLetterTable(table, letter));
    // Concatenated, not spread into push: a hostile sheet may hold more tables than a call takes arguments.
    detected.amountTables = detected.amountTables.concat(letter, addinAmounts);
    detected.proposalTables = detected.proposalTables.concat(
      findProposalTables(sheet, candidates),
      addin.proposalTables,
    );
    detected.scenarioTables = detected.scenarioTables.concat(addin.scenarioTables);
    detected.kaderTables = detected.kaderTables.concat(addin.kaderTables);
  });
  return detected;
}
