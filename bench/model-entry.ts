/** What the functions bench needs from the model, bundled the way the add-in ships it. */
export { callModelFunction } from "../src/model/functions";
export { LETTER_PLAN } from "../src/model/plan";
export { PlanQueries } from "../src/model/queries";
