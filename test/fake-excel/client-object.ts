/**
 * What makes the fake behave like Office.js: every proxy queues its work on the request context,
 * nothing happens before `context.sync()`, and a property read before it was loaded (and synced)
 * throws PropertyNotLoaded. Objects found by name resolve at sync time, so a missing item fails the
 * sync (ItemNotFound) unless it was asked for with *OrNullObject.
 */
import { OfficeError, type Handler } from "./state";
import type { FakeContext } from "./context";
import type { Surface } from "./office-surface";

export function notLoaded(property: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export type LoadOption = string | string[] | { select?: string | string[] } | undefined;

export function propertyList(option: LoadOption, all: readonly string[]): string[] {
  const raw = typeof option === "object" && !Array.isArray(option) ? option?.select : option;
  if (raw === undefined) return [...all];
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((part) => part.trim()).filter((part) => part !== "");
}

export abstract class ClientObject<T> implements Surface<OfficeExtension.ClientObject, "OfficeExtension.ClientObject"> {
  private target: T | null | undefined;
  private nullState: boolean | undefined;
  private readonly loadedValues = new Map<string, unknown>();
  protected abstract readonly properties: readonly string[];

  constructor(
    protected readonly context: FakeContext,
    private readonly locate: () => T | null,
    private readonly nullable: boolean,
    private readonly missing: string = "The requested resource doesn't exist.",
  ) {
    if (nullable) context.queue(() => (this.nullState = this.resolve() === null));
  }

  /** The thing this proxy stands for; resolved once, on first use inside a sync. */
  resolve(): T | null {
    if (this.target === undefined) {
      const found = this.locate();
      if (found === null && !this.nullable) throw new OfficeError("ItemNotFound", this.missing);
      this.target = found;
    }
    return this.target;
  }

  required(): T {
    const target = this.resolve();
    if (target === null) throw new OfficeError("InvalidOperation", "The object is a null object.");
    return target;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected abstract read(target: T, property: string): unknown;

  load(option?: LoadOption): this {
    const list = propertyList(option, this.properties);
    for (const property of list) {
      if (!this.properties.includes(property)) {
        throw new OfficeError(
          "InvalidArgument",
          `The fake host cannot load '${property}' (misspelt, or not modelled).`,
        );
      }
    }
    this.context.queue(() => {
      for (const property of list) this.snapshot(property);
    });
    return this;
  }

  protected loaded<V>(property: string): V {
    if (!this.loadedValues.has(property)) throw notLoaded(property);
    return this.loadedValues.get(property) as V;
  }

  /** A property write: kept on the proxy at once (as Office.js does), applied to the workbook at sync. */
  protected write(property: string, value: unknown, apply: (target: T) => void): void {
    this.loadedValues.set(property, value);
    this.act(apply);
  }

  protected act(apply: (target: T) => void): void {
    this.context.queue(() => {
      const target = this.resolve();
      if (target !== null) apply(target);
    });
  }

  /** Reads a property now (inside a sync), for the proxy to have once the answer arrives. */
  snapshot(property: string): void {
    const target = this.resolve();
    const value = target === null ? null : this.read(target, property);
    this.context.deliver(value, () => this.loadedValues.set(property, value));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** `getCount()` and friends: a value that exists only after sync. */
export class ClientResult<V> {
  private result: { value: V } | null = null;
  constructor(context: FakeContext, compute: () => V) {
    context.queue(() => (this.result = { value: compute() }));
  }
  get value(): V {
    if (!this.result) throw notLoaded("value");
    return this.result.value;
  }
}

/** An `onChanged`-style event: handlers registered at sync, fired by the host. */
export class FakeEvent implements Surface<OfficeExtension.EventHandlers<any>, "OfficeExtension.EventHandlers"> {
  constructor(
    private readonly context: FakeContext,
    private readonly handlers: () => Handler[],
  ) {}

  add(handler: Handler): { remove(): void } {
    this.context.queue(() => this.handlers().push(handler));
    return {
      remove: () =>
        this.context.queue(() => {
          const list = this.handlers();
          const index = list.indexOf(handler);
          if (index >= 0) list.splice(index, 1);
        }),
    };
  }
}

/** A collection with `items` (after load), `getCount()` and item proxies made by the subclass. */
export abstract class ClientCollection<T, P extends ClientObject<T>> {
  private loadedItems: P[] | null = null;
  private loadedCount: number | null = null;
  protected abstract readonly itemProperties: readonly string[];

  constructor(protected readonly context: FakeContext) {}

  protected abstract list(): T[];
  protected abstract itemProxy(target: T): P;

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  get count(): number {
    if (this.loadedCount === null) throw notLoaded("count");
    return this.loadedCount;
  }

  load(option?: LoadOption): this {
    if (option === "count") {
      this.context.queue(() => (this.loadedCount = this.list().length));
      return this;
    }
    const requested = propertyList(option, ["items"])
      .map((part) => part.replace(/^items\/?/, ""))
      .filter((part) => part !== "");
    const properties = requested.length === 0 ? [...this.itemProperties] : requested;
    for (const property of properties) {
      if (!this.itemProperties.includes(property)) {
        throw new OfficeError(
          "InvalidArgument",
          `The fake host cannot load 'items/${property}' (misspelt, or not modelled).`,
        );
      }
    }
    this.context.queue(() => {
      const items = this.list().map((target) => {
        const proxy = this.itemProxy(target);
        for (const property of properties) proxy.snapshot(property);
        return proxy;
      });
      this.context.deliver(null, () => (this.loadedItems = items));
    });
    return this;
  }

  getCount(): ClientResult<number> {
    return new ClientResult(this.context, () => this.list().length);
  }
}
