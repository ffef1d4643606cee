/**
 * An amount cell read the way an officer means it and the way Excel computes with it. Money becomes
 * whole euros through the exact conversions of the model, so float noise never looks like a difference.
 */
import { dutchDecimalToEuros, unitNumberToEuros } from "../model/money/units";
import type { FormulaEvaluator } from "./formula";
import type { GridSheet } from "./grid";

export type Amount =
  | { kind: "number"; euros: number }
  | { kind: "blank" }
  /** A number typed as text ("0,4"): meant as money, but SUM skips it. */
  | { kind: "text-number"; euros: number; text: string }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string }
  /** A formula outside the supported subset and without a cached result. */
  | { kind: "unknown" };

/** "-" is how Bijlage 2 prints nothing; en and em dashes are typed for it too. */
const DASH = /^[-–—]$/;
const ENGLISH_DECIMAL = /^[+-]?\d+\.\d+$/;

function numberToEuros(value: number, unitEuros: number): number {
  return unitNumberToEuros(value, unitEuros) ?? Math.round(value * unitEuros);
}

function textToEuros(text: string, unitEuros: number): number | null {
  const bare = text.replace(/^€\s*/, "").trim();
  const dutch = dutchDecimalToEuros(bare, unitEuros);
  if (dutch !== null || !ENGLISH_DECIMAL.test(bare)) return dutch;
  return dutchDecimalToEuros(bare.replace(".", ","), unitEuros);
}

export function readAmount(
  evaluator: FormulaEvaluator,
  sheet: GridSheet,
  row: number,
  col: number,
  unitEuros: number,
): Amount {
  const value = evaluator.valueOf(sheet, row, col);
  if (value === null) return { kind: "unknown" };
  if ("blank" in value) return { kind: "blank" };
  if ("error" in value) return { kind: "error", code: value.error };
  if ("number" in value) return { kind: "number", euros: numberToEuros(value.number, unitEuros) };
  const text = value.text.trim();
  if (text === "" || DASH.test(text)) return { kind: "blank" };
  const euros = textToEuros(text, unitEuros);
  return euros === null ? { kind: "text", text } : { kind: "text-number", euros, text };
}

/** What the officer means: blanks are 0, numbers typed as text count; null when it cannot be known. */
export function intendedEuros(amount: Amount): number | null {
  if (amount.kind === "blank") return 0;
  if (amount.kind === "number" || amount.kind === "text-number") return amount.euros;
  return null;
}
