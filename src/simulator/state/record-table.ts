import { mix, uuidFrom } from '../core/seeded-random.js';

/**
 * Records of one resource kind in insertion order, with ids derived from the seed, a salt naming
 * the kind and a counter, so one seed always gives the same ids in the same order.
 */
export class RecordTable<T extends { readonly id: string }> {
  private readonly rows = new Map<string, T>();
  private counter = 0;

  constructor(
    private readonly seed: number,
    private readonly salt: number,
  ) {}

  newId(): string {
    const n = ++this.counter;
    return uuidFrom(mix(this.seed, this.salt, n), mix(this.salt, n), mix(n, this.seed), n);
  }

  add(row: T): T {
    this.rows.set(row.id, row);
    return row;
  }

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  remove(id: string): boolean {
    return this.rows.delete(id);
  }

  list(): T[] {
    return [...this.rows.values()];
  }

  get size(): number {
    return this.rows.size;
  }
}
