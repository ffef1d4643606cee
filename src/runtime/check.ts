/**
 * CHECK(): the number of validation errors in the open workbook, by the same validator as
 * `samen validate` and the task pane's Controleren (warnings do not count: 0 means consistent).
 */
import { readGridFromExcel } from "../excel/read-grid";
import { validateGrid } from "../validate";

export async function countWorkbookErrors(context: Excel.RequestContext): Promise<number> {
  const findings = validateGrid(await readGridFromExcel(context));
  return findings.filter((finding) => finding.severity === "error").length;
}
