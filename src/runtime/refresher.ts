/**
 * Runs a refresh after every trigger, never two at once. Triggers that arrive while one runs fold into
 * a single further run, so a burst of edits costs two reads, and the last read always follows the last
 * edit.
 */
export class Refresher {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly task: () => Promise<void>) {}

  /** Resolves when a run that started after this trigger has finished. */
  trigger(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop();
    return this.running;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.task();
      } while (this.again);
    } finally {
      this.running = null;
    }
  }
}
