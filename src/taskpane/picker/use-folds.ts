/** Which folds of a list are open; all of them while a search narrows the list. */
import { useCallback, useState } from "react";

export interface Folds {
  isOpen(key: string): boolean;
  set(key: string, open: boolean): void;
  /** True when every one of `keys` is open. */
  allOpen(keys: readonly string[]): boolean;
  setAll(keys: readonly string[], open: boolean): void;
}

export function useFolds(forceOpen = false): Folds {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const set = useCallback(
    (key: string, now: boolean) =>
      setOpen((current) => {
        const next = new Set(current);
        if (now) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const isOpen = (key: string) => forceOpen || open.has(key);
  return {
    isOpen,
    set,
    allOpen: (keys) => keys.every(isOpen),
    setAll: (keys, now) => setOpen(now ? new Set(keys) : new Set()),
  };
}
