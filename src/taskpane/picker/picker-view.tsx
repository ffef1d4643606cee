/**
 * Voorstellen: make a plan — proposals, each from its own start year, and cuts of current actions — and
 * see, as you choose, its room per year and the budget lines after it. Every figure comes from the
 * core's plan queries over the canonical text of the plan, the text a SAMEN formula takes.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { EstimateEnd, PlanQueries } from "../../model/functions/queries";
import {
  BUILT_IN_PLANS,
  normalizePlanName,
  printPlan,
  savedPlanText,
  type ResolvedPlan,
} from "../../model/plans/resolver";
import { reserveLineOf, type Action, type SavedPlan } from "../../model/schema";
import type { Result } from "../../model/result";
import type { PaneWorkbook } from "../workbook";
import { ActionCuts } from "./action-cuts";
import { budgetAfterPlan, totalOf } from "./budget-after";
import { BalanceView } from "./balance-view";
import { cutRows, emptyPlan, isCut, withCut, withProposal, withStartYear } from "./plan-edits";
import { FitPanel } from "./fit-panel";
import { NotitieButton } from "./notitie-button";
import { Fold } from "./fold";
import { PlanNotes } from "./plan-notes";
import { PlanText } from "./plan-text";
import { usePlanYears, type PaneYear } from "./plan-years";
import { ProposalsSection } from "./proposals-section";
import { RoomBar } from "./room-bar";
import { SavedPlans, type SavedPlanEntry } from "./saved-plans";
import { BudgetAfterTable, CostChart, PlanYearsTable } from "./totals-panel";
import { useFolds } from "./use-folds";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const SHORTCUT_LABELS: Record<(typeof BUILT_IN_PLANS)[number], string> = {
  "meest kansrijk": "Meest kansrijk",
  kansrijk: "Kansrijk",
  alle: "Alle voorstellen",
};

type Notice = { intent: "success" | "error"; text: string } | null;

function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A saved plan in the list: its canonical text, or why it cannot be read. Resolved from its rows, not its
 * name: the list is read from the table, and may be newer than the plan the queries were made from.
 */
function entryOf(queries: PlanQueries, saved: SavedPlan): SavedPlanEntry {
  const resolved = queries.resolvePlan(savedPlanText(saved));
  return { name: saved.name, text: resolved.ok ? printPlan(resolved.value) : resolved.message };
}

export function PickerView({ queries, workbook }: { queries: PlanQueries; workbook: PaneWorkbook }) {
  const styles = useStyles();
  const years = usePlanYears(queries);
  const [plan, setPlan] = useState<ResolvedPlan>(() => emptyPlan(queries));
  const [estimate, setEstimate] = useState<EstimateEnd>("laag");
  const [saved, setSaved] = useState<SavedPlan[]>([]);
  const [name, setName] = useState("");
  const [notice, setNotice] = useState<Notice>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [balanceOpen, setBalanceOpen] = useState(false);
  const actionFolds = useFolds();

  const reload = useCallback(async () => {
    const result = await workbook.readScenarios();
    if (result.ok) setSaved(result.value);
    else setNotice({ intent: "error", text: result.message });
  }, [workbook]);
  useEffect(() => void reload(), [reload]);

  const proposals = queries.costedProposals();
  const figures = useMemo(() => queries.figures(plan, estimate), [queries, plan, estimate]);
  const budgetAfter = budgetAfterPlan(queries.plan.budgetLines, cutRows(queries, plan), figures.years, years);
  const withoutEstimate = figures.unknown.map((number) => proposals.find((e) => e.proposal.number === number)!);
  const cutCount = cutRows(queries, plan).length;
  const empty = plan.proposals.length === 0 && plan.cuts.length === 0;
  const planText = printPlan(plan);

  // Stable across renders, so the memoized rows of the two long lists re-render only when they change.
  const firstYear = years[0];
  const toggleProposal = useCallback(
    (number: number, chosen: boolean) =>
      setPlan((current) => withProposal(queries, current, number, chosen ? firstYear : null)),
    [queries, firstYear],
  );
  const changeStartYear = useCallback(
    (number: number, year: PaneYear) => setPlan((current) => withStartYear(queries, current, number, year)),
    [queries],
  );
  const toggleCut = useCallback(
    (action: Action, cut: boolean) => setPlan((current) => withCut(queries, current, action, cut)),
    [queries],
  );

  /** A plan by its text (a built-in, a saved plan): the workbook's own tables decide what it holds. */
  const openPlan = (text: string): boolean => {
    const resolved = queries.resolvePlan(text);
    if (!resolved.ok) {
      setNotice({ intent: "error", text: resolved.message });
      return false;
    }
    setPlan(resolved.value);
    return true;
  };
  /** Dekking zoeken's answer; an answer that leaves out every proposal and cuts nothing is the empty plan. */
  const applyFit = (text: string) => {
    if (text === "") setPlan(emptyPlan(queries));
    else openPlan(text);
  };
  const pickBuiltIn = (builtIn: string) => {
    // A built-in choice replaces the proposals; the cuts made so far stay.
    const resolved = queries.resolvePlan(builtIn);
    const made = resolved.ok ? queries.makePlan(resolved.value.proposals, plan.cuts) : resolved;
    if (made.ok) setPlan(made.value);
  };
  const report = async (result: Result<void>, success: string): Promise<boolean> => {
    if (!result.ok) {
      setNotice({ intent: "error", text: result.message });
      return false;
    }
    setNotice({ intent: "success", text: success });
    await Promise.all([reload(), workbook.refresh()]);
    return true;
  };
  const save = async () => {
    const toSave = queries.savedPlanOf(name.trim(), plan);
    const replaces = saved.some((entry) => normalizePlanName(entry.name) === normalizePlanName(toSave.name));
    const verb = replaces ? "vervangen" : "bewaard";
    await report(
      await workbook.saveScenario(toSave, years),
      `Plan "${toSave.name}" is ${verb} in de tabel Scenarios: ${planText}.`,
    );
  };

  return (
    <div className={styles.view}>
      <RoomBar
        years={figures.years}
        summary={`${countOf(plan.proposals.length, "voorstel", "voorstellen")} gekozen, ${countOf(cutCount, "actie", "acties")} geschrapt.`}
      />
      <section className={styles.section} aria-labelledby="plan-kop">
        <Text as="h2" id="plan-kop" weight="semibold" size={400}>
          Plan en ruimte
        </Text>
        <div className={styles.row} role="group" aria-label="Vaste scenario's">
          {BUILT_IN_PLANS.map((scenario) => (
            <Button key={scenario} onClick={() => pickBuiltIn(scenario)}>
              {SHORTCUT_LABELS[scenario]}
            </Button>
          ))}
          <Button onClick={() => setPlan(emptyPlan(queries))}>Leeg plan</Button>
        </div>
        <Field label="Raming">
          <RadioGroup
            layout="horizontal"
            value={estimate}
            onChange={(_, data) => setEstimate(data.value as EstimateEnd)}
          >
            <Radio value="laag" label="Laag" />
            <Radio value="hoog" label="Hoog" />
          </RadioGroup>
        </Field>
        <PlanNotes
          withoutEstimate={withoutEstimate}
          links={queries.links.notes({ proposals: plan.proposals.map(({ number }) => number), cuts: plan.cuts })}
        />
        <Fold
          title="Het plan per jaar"
          count="reserve, vrijgemaakt, kosten"
          open={detailsOpen}
          onToggle={setDetailsOpen}
        >
          <PlanYearsTable years={figures.years} reserveLine={reserveLineOf(queries.plan).id} />
          <CostChart years={figures.years} />
        </Fold>
        <PlanText text={planText} year={queries.horizon.firstPlanYear} />
      </section>

      <ProposalsSection
        queries={queries}
        years={years}
        plan={plan}
        onToggle={toggleProposal}
        onStartYear={changeStartYear}
      />

      <section className={styles.section} aria-labelledby="acties-kop">
        <Text as="h2" id="acties-kop" weight="semibold" size={400}>
          Huidige acties schrappen (Bijlage 2)
        </Text>
        <Text size={200}>
          Een geschrapte actie geeft haar bedragen uit de tabel Acties terug aan de reserve van elk jaar.
        </Text>
        <ActionCuts
          actions={queries.plan.actions}
          years={years}
          folds={actionFolds}
          budgetLines={queries.plan.budgetLines}
          isCut={(action) => isCut(plan, action)}
          onToggle={toggleCut}
        />
      </section>

      <section className={styles.section} aria-labelledby="begroting-kop">
        <Text as="h2" id="begroting-kop" weight="semibold" size={400}>
          Begroting na het plan
        </Text>
        <BudgetAfterTable
          years={years}
          rows={budgetAfter}
          total={totalOf(budgetAfter, years)}
          frame={queries.plan.kader[queries.plan.kader.length - 1].frame}
        />
      </section>

      {!empty && (
        <Fold title="Evenwicht" count="per thema en per vorm" open={balanceOpen} onToggle={setBalanceOpen}>
          <BalanceView queries={queries} plan={plan} estimate={estimate} />
        </Fold>
      )}
      {empty ? (
        <section className={styles.section} aria-label="Dekking zoeken">
          <Text weight="semibold">Dekking zoeken</Text>
          <Text size={200}>Kies eerst voorstellen: dan zoekt Dekking zoeken het plan dat elk jaar past.</Text>
        </section>
      ) : (
        <FitPanel queries={queries} planText={planText} onApply={applyFit} workbook={workbook} />
      )}

      <section className={styles.section} aria-labelledby="bewaren-kop">
        <Text as="h2" id="bewaren-kop" weight="semibold" size={400}>
          Plannen in de werkmap
        </Text>
        <form
          className={styles.row}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Field label="Naam van het plan">
            <Input value={name} onChange={(_, data) => setName(data.value)} />
          </Field>
          <Button type="submit" appearance="primary" disabled={empty}>
            Bewaar plan
          </Button>
        </form>
        {notice && (
          <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {!empty && (
          <div className={styles.section} role="group" aria-label="Besluitnotitie van dit plan">
            <Text size={200}>
              Het plan waaraan u werkt op een eigen blad, om te ondertekenen. Met de even goede plannen en de prijs van
              elke keuze: Waarom dit plan? bij Dekking zoeken.
            </Text>
            <NotitieButton
              key={`${planText}|${estimate}`}
              queries={queries}
              planText={planText}
              workbook={workbook}
              input={{ plan, estimate, prices: [], alternatives: [], requirements: "" }}
            />
          </div>
        )}
        <SavedPlans
          plans={saved.map((entry) => entryOf(queries, entry))}
          onOpen={(planName) => {
            const found = saved.find((entry) => entry.name === planName);
            if (found && openPlan(savedPlanText(found))) setName(found.name);
          }}
          onRename={async (from, to) =>
            report(await workbook.renameScenario(from, to), `Plan "${from}" heet nu "${to.trim()}".`)
          }
          onDelete={async (scenario) => {
            await report(await workbook.deleteScenario(scenario), `Plan "${scenario}" is verwijderd.`);
          }}
        />
      </section>
    </div>
  );
}
