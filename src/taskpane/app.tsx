/** The task pane: three views behind tabs, in Dutch. The picker costs the plan the workbook holds. */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PlanState } from "../runtime/live-plan";
import { CheckView } from "./check/check-view";
import { LoadView } from "./load/load-view";
import { PickerView } from "./picker/picker-view";
import { ShareCopy } from "./share/share-copy";
import { officeWorkbook, type PaneWorkbook } from "./workbook";

export const VIEWS = [
  { id: "laden", label: "Model laden" },
  { id: "controleren", label: "Controleren" },
  { id: "voorstellen", label: "Voorstellen" },
] as const;
export type ViewId = (typeof VIEWS)[number]["id"];

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  panel: { paddingTop: tokens.spacingVerticalM },
  // At 400 % zoom (320 CSS px) the three tabs do not fit on one line.
  tabs: { flexWrap: "wrap" },
});

interface AppProps {
  theme: Theme;
  workbook?: PaneWorkbook;
  initialView?: ViewId;
}

export function App({ theme, workbook = officeWorkbook, initialView = "voorstellen" }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  const [plan, setPlan] = useState<PlanState | undefined>(undefined);
  useEffect(() => workbook.watchPlan(setPlan), [workbook]);
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <header>
        <Text as="h1" size={500} weight="semibold">
          Samen tegen mensenhandel
        </Text>
        <ShareCopy workbook={workbook} />
      </header>
      <nav aria-label="Onderdelen">
        <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => setView(data.value as ViewId)}>
          {VIEWS.map(({ id, label }) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`paneel-${id}`}>
              {label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id={`paneel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} className={styles.panel}>
        {view === "laden" && <LoadView workbook={workbook} />}
        {view === "controleren" && <CheckView workbook={workbook} />}
        {view === "voorstellen" && plan === undefined && <Spinner size="small" label="Het model wordt gelezen…" />}
        {view === "voorstellen" && plan?.ok === false && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>Het model in de werkmap is niet te lezen: {plan.message}</MessageBarBody>
          </MessageBar>
        )}
        {view === "voorstellen" && plan?.ok && <PickerView queries={plan.value} workbook={workbook} />}
      </main>
    </FluentProvider>
  );
}
