/**
 * Ribbon commands. In the shared runtime they run in the task pane's page beside the functions, and
 * this bundle shares the functions' modules (webpack dependOn), so Vernieuwen reaches the same live
 * values the SAMEN cells listen to, and the pane shows what Deelbare kopie did.
 */
import { makeShareableCopy, refreshLiveValues } from "../runtime";

/** Vernieuwen: read the workbook again and update every SAMEN cell. */
async function refreshSamen(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshLiveValues();
  } finally {
    event.completed();
  }
}

/** Deelbare kopie: a new workbook with the SAMEN formulas as values; a failure opens the pane, which says why. */
async function shareableCopy(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const result = await makeShareableCopy();
    if (!result.ok) await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

// Outside Office (the page opened in a browser, Office.js blocked) there is nothing to associate with.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("refreshSamen", refreshSamen);
    Office.actions.associate("shareableCopy", shareableCopy);
  });
}
