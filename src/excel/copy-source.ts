/**
 * Model laden "Uit deze werkmap": the open workbook read as the validator reads it (two syncs), and
 * the plan src/load makes of its copy of Bijlage 2. The load itself is load-model.ts, with its consent rules.
 */
import { modelFromCopy, type CopyModel } from "../load/model-from-copy";
import { refusalText, type LoadSource } from "../load/load-source";
import { LETTER_PLAN } from "../model/letter/dataset";
import { invalid, ok, type Result } from "../model/result";
import type { Plan } from "../model/schema";
import { readGridFromExcel } from "./read-grid";

export async function copyInWorkbook(context: Excel.RequestContext): Promise<CopyModel> {
  return modelFromCopy(await readGridFromExcel(context));
}

/** The plan to load from `source`; the workbook's copy is read again, as it stands now. */
export async function planOfSource(context: Excel.RequestContext, source: LoadSource): Promise<Result<Plan>> {
  if (source === "brief") return ok(LETTER_PLAN);
  const copy = await copyInWorkbook(context);
  return copy.kind === "model" ? ok(copy.plan) : invalid(refusalText(copy));
}
