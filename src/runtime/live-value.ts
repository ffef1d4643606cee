/**
 * A value of the shared runtime that SAMEN cells listen to: the plan, or the workbook check. Until its
 * first answer it is undefined and listeners wait (Excel shows the cell as busy), rather than showing a
 * value that is about to change.
 */
type Listener<T> = (state: T) => void;

export class LiveValue<T> {
  private readonly listeners = new Set<Listener<T>>();

  constructor(private state: T | undefined = undefined) {}

  current(): T | undefined {
    return this.state;
  }

  /** Calls the listener now (once there is a value) and after every change; returns the unsubscribe. */
  subscribe(listener: Listener<T>): () => void {
    this.listeners.add(listener);
    if (this.state !== undefined) listener(this.state);
    return () => this.listeners.delete(listener);
  }

  listenerCount(): number {
    return this.listeners.size;
  }

  update(state: T): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }
}
