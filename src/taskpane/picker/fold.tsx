/**
 * A part of a long list that folds: a native <details>, so that Enter and Space open it, screen readers
 * announce it as expandable, and the browser's find opens it. Controlled, so the view can open every fold
 * at once (a search, "Alle … openen").
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  fold: { marginBottom: tokens.spacingVerticalXS },
  summary: {
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} 0`,
    fontWeight: tokens.fontWeightSemibold,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  body: { paddingTop: tokens.spacingVerticalXS },
});

interface FoldProps {
  title: string;
  /** What the fold holds, after the title: "5 voorstellen, 2 gekozen". */
  count?: string;
  open: boolean;
  onToggle(open: boolean): void;
  children: ReactNode;
}

export function Fold({ title, count, open, onToggle, children }: FoldProps) {
  const styles = useStyles();
  return (
    <details
      className={styles.fold}
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        if (now !== open) onToggle(now);
      }}
    >
      <summary className={styles.summary}>
        {title}
        {count && <span className={styles.count}> · {count}</span>}
      </summary>
      <div className={styles.body}>{children}</div>
    </details>
  );
}
