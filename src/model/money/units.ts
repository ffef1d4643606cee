/**
 * Money in the letter comes in three units: € mln with a decimal comma ("0,15"), € x10.000 ("5"),
 * and euros with Dutch thousands separators ("€ 175.000"). The model holds whole euros; every
 * conversion here is integer arithmetic on the digits, so 0,1 + 0,2 never becomes 0.30000000000000004.
 */

export const EUROS_PER_MILLION = 1_000_000;
export const EUROS_PER_TEN_THOUSAND = 10_000;

const DUTCH_DECIMAL = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/**
 * Converts a Dutch decimal ("0,15", "1.050", "-2,5") times a unit in euros to whole euros, exactly.
 * Returns null when the text is not such a number or the result is not a whole number of euros.
 */
export function dutchDecimalToEuros(text: string, unitEuros: number): number | null {
  const match = DUTCH_DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  const digits = `${whole.replace(/\./g, "")}${fraction}`;
  const scale = 10 ** fraction.length;
  const scaled = Number(digits) * unitEuros;
  if (!Number.isSafeInteger(scaled) || scaled % scale !== 0) return null;
  const euros = scaled / scale;
  return sign === "-" && euros !== 0 ? -euros : euros;
}

/**
 * Converts a JavaScript number in a unit (read from a spreadsheet cell: 0.15 for 0,15 mln) to whole
 * euros. Cells hold binary floats, so round to the cent first and then require whole euros.
 */
export function unitNumberToEuros(value: number, unitEuros: number): number | null {
  if (!Number.isFinite(value)) return null;
  const cents = Math.round(value * unitEuros * 100);
  if (Math.abs(value * unitEuros * 100 - cents) > 1e-6 * Math.max(1, Math.abs(cents))) return null;
  if (cents % 100 !== 0) return null;
  return cents / 100;
}
