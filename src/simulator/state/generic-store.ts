import { hashString, mix, uuidFrom } from '../core/seeded-random.js';

/** Items a generic collection starts with: enough for two pages at small page sizes. */
export const GENERIC_SEED_COUNT = 12;

export type GenericItem = Record<string, unknown> & { id: string };

/**
 * In-memory records for operations without a dedicated area, keyed by concrete resource path
 * (`/configuration/access-groups`), so POST then GET round-trips. Collections are filled with a few
 * deterministic items on first touch, so lists are never empty and deletes are real.
 */
export class GenericStore {
  private readonly collections = new Map<string, Map<string, GenericItem>>();
  private readonly singletons = new Map<string, Record<string, unknown>>();
  private readonly tombstones = new Set<string>();

  constructor(
    private readonly seed: number,
    private readonly now: () => number,
    /** Synthesised records date from here, so reading one twice gives the same answer. */
    private readonly anchor: number,
  ) {}

  collection(path: string, seedCount = GENERIC_SEED_COUNT): Map<string, GenericItem> {
    let items = this.collections.get(path);
    if (!items) {
      items = new Map();
      for (let i = 0; i < seedCount; i++) {
        const item = this.synthesise(path, this.seededId(path, i));
        items.set(item.id, item);
      }
      this.collections.set(path, items);
    }
    return items;
  }

  /** An item that was never created through the API still answers, built from its id. */
  item(collectionPath: string, id: string): GenericItem | undefined {
    if (this.tombstones.has(`${collectionPath}/${id}`)) return undefined;
    return this.collections.get(collectionPath)?.get(id) ?? this.synthesise(collectionPath, id);
  }

  put(collectionPath: string, item: GenericItem): void {
    this.collection(collectionPath).set(item.id, item);
    this.tombstones.delete(`${collectionPath}/${item.id}`);
  }

  remove(collectionPath: string, id: string): boolean {
    const key = `${collectionPath}/${id}`;
    if (this.tombstones.has(key)) return false;
    this.tombstones.add(key);
    this.collections.get(collectionPath)?.delete(id);
    return true;
  }

  singleton(path: string): Record<string, unknown> {
    return this.singletons.get(path) ?? this.synthesise(path, this.seededId(path, 0));
  }

  setSingleton(path: string, value: Record<string, unknown>): void {
    this.singletons.set(path, value);
  }

  newId(path: string): string {
    const n = this.now();
    return uuidFrom(hashString(path, this.seed), n >>> 0, Math.floor(n / 2 ** 32), mix(this.seed, this.counter++));
  }

  sizes(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [path, items] of this.collections) out[path] = items.size;
    return out;
  }

  private counter = 0;

  private seededId(path: string, i: number): string {
    return uuidFrom(hashString(path, this.seed), mix(this.seed, i), hashString(path), i);
  }

  private synthesise(path: string, id: string): GenericItem {
    const segment = path.split('/').filter((s) => s && !/^v\d+$/.test(s)).pop() ?? 'item';
    const label = segment.replace(/[-_]/g, ' ').replace(/s$/, '');
    const h = hashString(id, this.seed);
    const created = this.anchor - (h % 400) * 86_400_000 - (h % 86_400) * 1000;
    return {
      id,
      name: `${label.charAt(0).toUpperCase()}${label.slice(1)} ${id.slice(0, 4)}`,
      createdOn: new Date(created).toISOString(),
      updatedOn: new Date(created + (h % 7) * 86_400_000).toISOString(),
    };
  }
}
