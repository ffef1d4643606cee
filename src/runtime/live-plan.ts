/**
 * The plan the SAMEN functions answer from: the letter until the workbook holds the model tables, then
 * the tables as the officer edited them (or their Dutch message when they cannot be read).
 */
import { LETTER_PLAN } from "../model/letter/dataset";
import { PlanQueries } from "../model/functions/queries";
import { ok, type Result } from "../model/result";
import { LiveValue } from "./live-value";

export type PlanState = Result<PlanQueries>;

export class LivePlan extends LiveValue<PlanState> {
  /**
   * In a workbook the plan waits for the first read of its tables, so no cell shows the letter's figure
   * just before the workbook's (at opening, and after the runtime reloads: docs/fake-host.md).
   */
  constructor(inWorkbook = false) {
    super(inWorkbook ? undefined : ok(new PlanQueries(LETTER_PLAN)));
  }
}
