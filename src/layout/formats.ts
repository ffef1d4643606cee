/** Number formats of the layout: whole euros shown as € 1.050.000 under a Dutch locale. */
import type { ColumnKind } from "./types";

export const EURO_FORMAT = '"€" #,##0';
export const INTEGER_FORMAT = "0";
export const GENERAL_FORMAT = "General";
/** Excel's text format: what is typed stays text ("2023" as a name, not a number). */
export const TEXT_FORMAT = "@";

export function numberFormatOf(kind: ColumnKind): string {
  return kind === "euros" ? EURO_FORMAT : kind === "integer" ? INTEGER_FORMAT : GENERAL_FORMAT;
}
