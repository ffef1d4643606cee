/** Number formats of the layout, from the one money module (src/model/money/format.ts). */
import { EURO_FORMAT, LETTER_EURO_FORMAT } from "../model/money/format";
import type { ColumnKind } from "./types";

export const INTEGER_FORMAT = "0";
export const GENERAL_FORMAT = "General";
/** Excel's text format: what is typed stays text ("2023" as a name, not a number). */
export const TEXT_FORMAT = "@";

const FORMATS: Record<ColumnKind, string> = {
  text: GENERAL_FORMAT,
  integer: INTEGER_FORMAT,
  euros: EURO_FORMAT,
  "letter-euros": LETTER_EURO_FORMAT,
};

export function numberFormatOf(kind: ColumnKind): string {
  return FORMATS[kind];
}
