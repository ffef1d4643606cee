/**
 * "Waarom dit plan" for one answer of Dekking zoeken, computed through the engine in steps: first every
 * equally good plan, then one price per step. Between steps the pane paints (progress) and stays usable;
 * "Stoppen", a new answer or leaving the view ends the computation, and a step of an answer no longer
 * shown is never shown.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { FitEngine } from "../../model/fit/engine";
import type { FitAnswer, FitRequest } from "../../model/fit/fit-plan";
import type { Price } from "../../model/fit/prices";
import type { PlanQueries } from "../../model/functions/queries";

/** As FITS by default: more equally good plans than this are not listed. */
export const MAX_PLANS = 10;

export type ExplanationState =
  | { state: "idle" }
  | { state: "working"; plans: readonly FitAnswer[] | null; prices: readonly Price[] }
  | { state: "done"; plans: readonly FitAnswer[]; prices: readonly Price[] }
  | { state: "stopped"; plans: readonly FitAnswer[] | null; prices: readonly Price[] }
  | { state: "failed"; message: string };

const ENGINE_FAILED = "De rekenmodule van Dekking zoeken kon niet laden; probeer het opnieuw.";

const nextTask = () => new Promise((resolve) => window.setTimeout(resolve, 0));

/** The answer's plan first, however the search ordered its optima. */
const answerFirst = (plans: readonly FitAnswer[], answer: FitAnswer) => [
  ...plans.filter((plan) => plan.text === answer.text),
  ...plans.filter((plan) => plan.text !== answer.text),
];

export function useExplanation(
  queries: PlanQueries,
  request: FitRequest,
  answer: FitAnswer,
  loadEngine: () => Promise<FitEngine>,
) {
  const [explanation, setExplanation] = useState<ExplanationState>({ state: "idle" });
  // The run that may still show its steps; any other run stops at its next step.
  const current = useRef(0);

  useEffect(() => {
    current.current += 1;
    setExplanation({ state: "idle" });
    return () => {
      current.current += 1;
    };
  }, [queries, request, answer]);

  const start = useCallback(async () => {
    const run = ++current.current;
    const stale = () => run !== current.current;
    setExplanation({ state: "working", plans: null, prices: [] });
    let engine: FitEngine;
    try {
      engine = await loadEngine();
    } catch {
      if (!stale()) setExplanation({ state: "failed", message: ENGINE_FAILED });
      return;
    }
    // Let "Bezig" paint, and a click on Stoppen land, before the first solve takes the thread.
    await nextTask();
    if (stale()) return;
    const found = engine.fitPlans(queries, request, MAX_PLANS);
    if (!found.ok) {
      setExplanation({ state: "failed", message: found.message });
      return;
    }
    const plans = answerFirst(found.value, answer);
    const prices: Price[] = [];
    setExplanation({ state: "working", plans, prices: [] });
    const steps = engine.priceSteps(queries, request, answer);
    for (;;) {
      await nextTask();
      if (stale()) return;
      const next = steps.next();
      if (next.done) break;
      prices.push(next.value);
      setExplanation({ state: "working", plans, prices: [...prices] });
    }
    setExplanation({ state: "done", plans, prices });
  }, [queries, request, answer, loadEngine]);

  const stop = useCallback(() => {
    current.current += 1;
    setExplanation((state) => (state.state === "working" ? { ...state, state: "stopped" } : state));
  }, []);

  return { explanation, start, stop };
}
