/**
 * Queries fail as values, not exceptions: the Excel layer maps `value` to #VALUE! and `not-available`
 * to #N/A, the command line prints them, and nothing ever throws out of the functions runtime.
 */
export type FailureKind = "value" | "not-available";

export interface Failure {
  ok: false;
  kind: FailureKind;
  message: string;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const invalid = (message: string): Failure => ({ ok: false, kind: "value", message });
export const notAvailable = (message: string): Failure => ({ ok: false, kind: "not-available", message });

export function errorCode(failure: Failure): "#VALUE!" | "#N/A" {
  return failure.kind === "value" ? "#VALUE!" : "#N/A";
}
