/**
 * Ribbon commands. In the shared runtime they run in the task pane's page, beside the functions.
 */
Office.onReady(() => {});
