/** Request counters the control API reports (`GET /__sim/stats`). */
export class Stats {
  startedAt = new Date();
  total = 0;
  rateLimited = 0;
  unauthorized = 0;
  faults = 0;
  errors = 0;
  byOperation: Record<string, number> = {};
  byStatus: Record<string, number> = {};

  count(opKey: string): void {
    this.total++;
    this.byOperation[opKey] = (this.byOperation[opKey] ?? 0) + 1;
  }

  status(code: number): void {
    this.byStatus[String(code)] = (this.byStatus[String(code)] ?? 0) + 1;
  }

  reset(): void {
    this.startedAt = new Date();
    this.total = 0;
    this.rateLimited = 0;
    this.unauthorized = 0;
    this.faults = 0;
    this.errors = 0;
    this.byOperation = {};
    this.byStatus = {};
  }
}
