/**
 * Reads a cost as the partners wrote it ("€ 100.000 incidenteel € 50.000 structureel", "Nog onbekend.",
 * "€ 125.000 opgevoerd maar naar verwachting circa 1 miljoen incidenteel") into numbers. General by
 * design: Dutch thousands separators and decimal commas, multipliers, ranges and approximations.
 * Text it cannot read becomes "onbekend" with a warning, never a silent 0.
 */
import type { Estimate, ParsedCost } from "../schema";
import { dutchDecimalToEuros } from "./units";

type Kind = "incidental" | "structural";

export interface Amount {
  euros: number;
  start: number;
  end: number;
  /** Written with "€" or "euro": prose that is not a cost text needs this to tell money from a number. */
  currency: boolean;
}

interface Item {
  low: number;
  high: number;
  kind: Kind | null;
}

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:miljard|mld)/, 1_000_000_000],
  [/^(?:miljoen|mln|mio)/, 1_000_000],
  [/^(?:duizend|k$)/, 1_000],
];

const AMOUNT =
  /(€|eur\b|euro\b)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljard|mld|miljoen|mln|mio|duizend|k)\b\.?)?(\s*(?:euro|eur)\b)?/g;
const INCIDENTAL = /\b(?:incidenteel|incidentele|eenmalig|eenmalige)\b/;
const STRUCTURAL = /\b(?:structureel|structurele|per jaar|jaarlijks|jaarlijkse)\b/;
const APPROXIMATE = /\b(?:circa|ca\.|ongeveer|naar verwachting|ruim|plusminus)|±|~/;
const NONE = /^(?:geen|geen (?:extra )?(?:financiële )?kosten|kent geen extra financiële kosten)$/;
const NOT_APPLICABLE = /^n\.?\s?v\.?\s?t\.?$/;
const UNKNOWN = /^(?:nog )?(?:niet bekend|onbekend)$/;

function normalize(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/[.;]+$/, "")
    .trim();
}

function multiplierOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [pattern, factor] of MULTIPLIERS) if (pattern.test(word)) return factor;
  return 1;
}

/** The amounts in lower-case text, with where they stand. */
export function findAmounts(text: string): { amounts: Amount[]; unreadable: string[] } {
  const amounts: Amount[] = [];
  const unreadable: string[] = [];
  for (const match of text.matchAll(AMOUNT)) {
    const [whole, currency, integer, fraction, multiplier, trailingCurrency] = match;
    const grouped = integer.includes(".");
    // A bare number ("voor 2 jaar", "in 2025") is no amount: money carries €, a multiplier or separators.
    if (!currency && !multiplier && !trailingCurrency && !grouped) continue;
    const printed = fraction === undefined ? integer : `${integer},${fraction}`;
    const euros = dutchDecimalToEuros(printed, multiplierOf(multiplier));
    if (euros === null) {
      unreadable.push(whole.trim());
      continue;
    }
    const start = match.index + whole.length - whole.trimStart().length;
    amounts.push({ euros, start, end: match.index + whole.length, currency: Boolean(currency || trailingCurrency) });
  }
  return { amounts, unreadable };
}

/** The first kind word in the text after an amount; null when it names none. */
export function kindIn(text: string): Kind | null {
  const incidental = text.search(INCIDENTAL);
  const structural = text.search(STRUCTURAL);
  if (incidental < 0 && structural < 0) return null;
  if (structural < 0) return "incidental";
  if (incidental < 0) return "structural";
  return incidental < structural ? "incidental" : "structural";
}

/**
 * Pairs amounts into items. An amount with no kind of its own, followed by another amount, is the low
 * end of a range whose high end is that next amount ("€ 125.000 opgevoerd maar … circa 1 miljoen").
 */
function itemsOf(text: string, amounts: Amount[]): Item[] {
  const kinds = amounts.map((amount, i) => kindIn(text.slice(amount.end, amounts[i + 1]?.start ?? text.length)));
  const items: Item[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const next = amounts[i + 1];
    if (kinds[i] === null && next !== undefined) {
      const [low, high] = [amounts[i].euros, next.euros].sort((a, b) => a - b);
      items.push({ low, high, kind: kinds[i + 1] });
      i++;
    } else {
      items.push({ low: amounts[i].euros, high: amounts[i].euros, kind: kinds[i] });
    }
  }
  return items;
}

function sumOf(items: Item[]): Estimate {
  return items.reduce((sum, item) => ({ low: sum.low + item.low, high: sum.high + item.high }), { low: 0, high: 0 });
}

function fixed(status: "geen" | "nvt"): ParsedCost {
  const zero = { low: 0, high: 0 };
  return { status, incidental: zero, structural: zero, kindAssumed: false, approximate: false, warnings: [] };
}

function unknown(warnings: string[]): ParsedCost {
  return { status: "onbekend", incidental: null, structural: null, kindAssumed: false, approximate: false, warnings };
}

/** The first-year cost at the high estimate (PROPOSAL's "hoog", the Hoog column); null without an estimate. */
export function firstYearHigh(cost: ParsedCost): number | null {
  return cost.incidental === null || cost.structural === null ? null : cost.incidental.high + cost.structural.high;
}

export function parseCostText(printed: string): ParsedCost {
  const text = normalize(printed);
  if (text === "") return unknown(["Geen kosten opgegeven: als onbekend behandeld."]);
  if (NONE.test(text)) return fixed("geen");
  if (NOT_APPLICABLE.test(text)) return fixed("nvt");
  if (UNKNOWN.test(text)) return unknown([]);

  const { amounts, unreadable } = findAmounts(text);
  if (unreadable.length > 0 || amounts.length === 0) {
    return unknown([`Kosten "${printed.trim()}" zijn niet te lezen: als onbekend behandeld.`]);
  }
  const items = itemsOf(text, amounts);
  const incidental = sumOf(items.filter((item) => item.kind !== "structural"));
  const structural = sumOf(items.filter((item) => item.kind === "structural"));
  if (![incidental.high, structural.high].every(Number.isSafeInteger)) {
    return unknown([`Kosten "${printed.trim()}" tellen op tot meer dan een exact bedrag: als onbekend behandeld.`]);
  }
  const kindAssumed = items.some((item) => item.kind === null);
  const warnings = kindAssumed
    ? [`Bij "${printed.trim()}" staat niet of het bedrag incidenteel of structureel is: als incidenteel gerekend.`]
    : [];
  return {
    status: "geraamd",
    incidental,
    structural,
    kindAssumed,
    approximate: APPROXIMATE.test(text),
    warnings,
  };
}
