/** Collects the parameters of one statement: `params.add(value)` returns its placeholder ($n). */
export class Params {
  readonly values: unknown[] = [];

  constructor(...initial: unknown[]) {
    this.values.push(...initial);
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
