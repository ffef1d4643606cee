import { LETTER_PLAN } from "../../model/letter/dataset";
import type { AmountRow } from "../detect/tables";
import { report, type Report, type Rule } from "../rule";
import { detailsOf, FAMILIES } from "../tables";

/** The action line of every action number the letter knows; later numbers are checked on order only. */
const LETTER_LINE_OF_ACTION = new Map(
  LETTER_PLAN.actions.flatMap((action) => action.numbers.map((number) => [number, action.actionLine] as const)),
);

function gapMessage(previous: number, number: number): string {
  const missing =
    number - previous - 1 === 1
      ? `actie ${previous + 1} ontbreekt`
      : `acties ${previous + 1} t/m ${number - 1} ontbreken`;
  return previous === 0
    ? `De nummering begint bij ${number}: ${missing}.`
    : `Na actie ${previous} volgt ${number}: ${missing}.`;
}

export const actionNumbering: Rule = {
  meta: {
    id: "action-numbering",
    severity: "error",
    description: "De actienummers lopen niet door, of een actie staat onder de verkeerde actielijn.",
  },
  check(context) {
    const reports: Report[] = [];
    for (const family of FAMILIES) {
      const seen = new Set<number>();
      let highest = 0;
      for (const table of detailsOf(context.tables, family)) {
        const at = (row: AmountRow, message: string): number =>
          reports.push(report(table.sheet, row.row, row.labelCol, message));
        for (const row of table.rows) {
          if (row.actionNumbers.length === 0) at(row, `"${row.label}" heeft geen actienummer.`);
          for (const number of row.actionNumbers) {
            if (seen.has(number)) continue;
            seen.add(number);
            if (number > highest + 1) at(row, gapMessage(highest, number));
            else if (number < highest) at(row, `Actie ${number} staat na actie ${highest}: de volgorde klopt niet.`);
            highest = Math.max(highest, number);
            const letterLine = LETTER_LINE_OF_ACTION.get(number);
            if (row.actionLine !== null && letterLine !== undefined && letterLine !== row.actionLine) {
              at(
                row,
                `Actie ${number} hoort volgens de brief bij actielijn ${letterLine}, niet bij actielijn ${row.actionLine}.`,
              );
            }
          }
        }
      }
    }
    return reports;
  },
};
