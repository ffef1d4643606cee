/**
 * The plan the SAMEN functions answer from: the letter until the workbook holds the model tables, then
 * the tables as the officer edited them. Every open streaming cell listens here, so one edit reaches
 * every SAMEN cell without a manual recalculation.
 */
import { LETTER_PLAN } from "../model/plan";
import { PlanQueries } from "../model/queries";
import { ok, type Result } from "../model/result";

export type PlanState = Result<PlanQueries>;
type Listener = (state: PlanState) => void;

export class LivePlan {
  private state: PlanState = ok(new PlanQueries(LETTER_PLAN));
  private readonly listeners = new Set<Listener>();

  current(): PlanState {
    return this.state;
  }

  /** Calls the listener now and after every change; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  update(state: PlanState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
