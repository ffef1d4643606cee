/**
 * Ribbon commands. In the shared runtime they run in the task pane's page beside the functions, and
 * this bundle shares the functions' modules (webpack dependOn), so Vernieuwen reaches the same live
 * values the SAMEN cells listen to.
 */
import { refreshLiveValues } from "../runtime";

/** Vernieuwen: read the workbook again and update every SAMEN cell. */
async function refreshSamen(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshLiveValues();
  } finally {
    event.completed();
  }
}

Office.onReady(() => Office.actions.associate("refreshSamen", refreshSamen));
