/** What the functions bench needs from the model, bundled the way the add-in ships it. */
export { callModelFunction } from "../src/model/functions/table";
export { LETTER_PLAN } from "../src/model/letter/dataset";
export { PlanQueries } from "../src/model/functions/queries";
