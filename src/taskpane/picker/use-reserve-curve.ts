/**
 * The reserve curve of Dekking zoeken's current request, computed a point at a time through the engine:
 * between points the pane paints (progress) and stays usable; a changed request or "Stoppen" ends the
 * computation, and a point of a request no longer current is never shown.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FitEngine } from "../../model/fit/engine";
import type { FitRequest } from "../../model/fit/fit-plan";
import type { PlanQueries } from "../../model/functions/queries";
import { CURVE_STEPS, type CurveEnd, type CurvePoint } from "../../model/fit/reserve-curve";

export type CurveState =
  | { state: "idle" }
  | { state: "working"; points: readonly CurvePoint[] }
  | { state: "done"; points: readonly CurvePoint[]; end: CurveEnd }
  | { state: "stopped"; points: readonly CurvePoint[] }
  | { state: "failed"; message: string };

export const CURVE_POINTS = CURVE_STEPS.length;

const nextTask = () => new Promise((resolve) => window.setTimeout(resolve, 0));

/** `key` names the request (its plan, mode, rows, estimate and requirements): a new key ends the old curve. */
export function useReserveCurve(
  request: FitRequest | null,
  key: string,
  loadEngine: () => Promise<FitEngine>,
  queries: PlanQueries,
) {
  const [curve, setCurve] = useState<CurveState>({ state: "idle" });
  // The run that may still show its points; any other run stops at its next point.
  const current = useRef(0);

  useEffect(() => {
    current.current += 1;
    setCurve({ state: "idle" });
  }, [key, queries]);

  useEffect(
    () => () => {
      current.current += 1;
    },
    [],
  );

  const start = useCallback(async () => {
    if (request === null) return;
    const run = ++current.current;
    setCurve({ state: "working", points: [] });
    let engine: FitEngine;
    try {
      engine = await loadEngine();
    } catch {
      if (run === current.current) {
        setCurve({
          state: "failed",
          message: "De rekenmodule van Dekking zoeken kon niet laden; probeer het opnieuw.",
        });
      }
      return;
    }
    const points: CurvePoint[] = [];
    const steps = engine.reserveCurve(queries, request);
    for (;;) {
      // Let the last point paint, and a click on Stoppen or a change of request land, before the next solve.
      await nextTask();
      if (run !== current.current) return;
      const next = steps.next();
      if (next.done) {
        setCurve({ state: "done", points: [...points], end: next.value });
        return;
      }
      points.push(next.value);
      setCurve({ state: "working", points: [...points] });
    }
  }, [request, loadEngine, queries]);

  const stop = useCallback(() => {
    current.current += 1;
    setCurve((state) => (state.state === "working" ? { state: "stopped", points: state.points } : state));
  }, []);

  return { curve, start, stop };
}
