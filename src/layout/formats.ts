/** Number formats of the layout: whole euros shown as € 1.050.000 under a Dutch locale. */
import type { ColumnKind } from "./types";

export const EURO_FORMAT = '"€" #,##0';
export const INTEGER_FORMAT = "0";
export const TEXT_FORMAT = "General";

export function numberFormatOf(kind: ColumnKind): string {
  return kind === "euros" ? EURO_FORMAT : kind === "integer" ? INTEGER_FORMAT : TEXT_FORMAT;
}
