/** Every rule, in the order findings of one cell are listed. */
import type { Rule } from "../rule";
import { actionNumbering } from "./action-numbering";
import { appraisalLink } from "./appraisal-link";
import { budgetFrame } from "./budget-frame";
import { detailSummary } from "./detail-summary";
import { duplicateAction } from "./duplicate-action";
import { formulaError } from "./formula-error";
import { formulaRange } from "./formula-range";
import { hardcodedTotal } from "./hardcoded-total";
import { missingTable } from "./missing-table";
import { negativeAmount } from "./negative-amount";
import { notANumber } from "./not-a-number";
import { numberAsText } from "./number-as-text";
import { proposalCost } from "./proposal-cost";
import { scenarioRow } from "./scenario-row";
import { tableHeader } from "./table-header";
import { yearColumns } from "./year-columns";
import { yearTotal } from "./year-total";

export const RULES: readonly Rule[] = [
  missingTable,
  tableHeader,
  yearColumns,
  formulaError,
  numberAsText,
  notANumber,
  negativeAmount,
  yearTotal,
  formulaRange,
  hardcodedTotal,
  budgetFrame,
  detailSummary,
  duplicateAction,
  actionNumbering,
  proposalCost,
  appraisalLink,
  scenarioRow,
];
