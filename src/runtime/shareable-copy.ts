/**
 * "Deelbare kopie" in Excel, from the ribbon or the pane: the open workbook's file, every SAMEN formula
 * replaced by its value with the core of `samen share` (src/share), opened as a new workbook. The open
 * workbook is only read. The zip library loads on first use, so the bundles stay small. The outcome
 * lives here, in the shared runtime, so the pane shows what a ribbon click did.
 */
import { invalid, ok, type Result } from "../model/result";
import { openAsNewWorkbook, workbookFileBytes } from "../excel/workbook-file";
import { LiveValue } from "./live-value";

export type ShareOutcome = { state: "busy" } | { state: "done"; result: Result<{ replaced: number }> };

export const shareOutcome = new LiveValue<ShareOutcome>();

export async function makeShareableCopy(
  office: typeof Office = Office,
  excel: typeof Excel = Excel,
): Promise<Result<{ replaced: number }>> {
  shareOutcome.update({ state: "busy" });
  const result = await copyAndOpen(office, excel);
  shareOutcome.update({ state: "done", result });
  return result;
}

async function copyAndOpen(office: typeof Office, excel: typeof Excel): Promise<Result<{ replaced: number }>> {
  const file = await workbookFileBytes(office);
  if (!file.ok) return file;
  let core: typeof import("../share/shareable-copy");
  try {
    core = await import(/* webpackChunkName: "shareable-copy" */ "../share/shareable-copy");
  } catch {
    return invalid("Het onderdeel voor de deelbare kopie kon niet worden geladen. Probeer het opnieuw.");
  }
  const copy = await core.shareableCopy(file.value);
  if (!copy.ok) return copy;
  const opened = await openAsNewWorkbook(excel, copy.value.bytes);
  return opened.ok ? ok({ replaced: copy.value.replaced.length }) : opened;
}
