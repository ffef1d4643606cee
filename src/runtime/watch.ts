/**
 * The workbook events after which the model tables may differ. One handler on the worksheet collection
 * sees edits in every sheet, including sheets and tables the loader adds later, so nothing needs
 * re-registering when the officer loads the model or rebuilds a table; the reader then decides whether
 * anything the functions use has changed. Deleting a sheet changes no cell, hence onDeleted.
 */
export async function watchWorkbook(context: Excel.RequestContext, onChange: () => void): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const changed = async () => onChange();
  worksheets.onChanged.add(changed);
  // Its own sync first: a host that fails the next registrations must still report edits.
  await context.sync();
  worksheets.onAdded.add(changed);
  worksheets.onDeleted.add(changed);
  await context.sync();
}
