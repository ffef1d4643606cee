/** The look the pane's two long checkbox lists share: groups in folds, a detail line indented under each box. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useListStyles = makeStyles({
  group: { border: "none", margin: 0, padding: 0, marginBottom: tokens.spacingVerticalM },
  item: { display: "flex", flexDirection: "column", marginBottom: tokens.spacingVerticalXS },
  /** Under the checkbox's label, past the box itself. */
  detail: { paddingLeft: "32px" },
});
