/**
 * Served in the browser in place of Microsoft's Office.js: helper A's fake Excel host as the globals
 * Office, Excel and CustomFunctions, with the fake itself on `samenFake` for the test to seed and inspect.
 * The functions bundle associates its SAMEN functions with the fake's formula evaluator, so a SAMEN cell
 * in the fake workbook shows what the real streaming function gives it.
 */
import { createFakeExcel, type FakeExcel } from "../fake-excel";
import { streamingCustomFunctions } from "../fake-excel/custom-functions";

declare global {
  var samenFake: FakeExcel;
}

const fake = createFakeExcel();
const ready = { host: "Excel", platform: "OfficeOnline" };
const office = fake.Office as unknown as Record<string, unknown>;

Object.assign(globalThis, {
  samenFake: fake,
  Excel: fake.Excel,
  // Office.js calls the onReady callback and resolves the promise; the task pane uses the callback.
  Office: {
    ...office,
    onReady(callback?: (info: typeof ready) => void) {
      callback?.(ready);
      return Promise.resolve(ready);
    },
  },
  CustomFunctions: streamingCustomFunctions(fake, "SAMEN"),
});
