import type { AreaFidelity, FidelityReport, FieldCount, OperationFidelity } from './compute-fidelity.js';

const MAX_MISSING = 6;

/** Present fields over the documented fields that apply to the answered records, to one decimal. */
export function fieldPercent(c: FieldCount): number | undefined {
  const applicable = c.documented - c.notApplicable;
  return applicable ? Math.floor((1000 * c.present) / applicable) / 10 : undefined;
}

function pct(c: FieldCount): string {
  const p = fieldPercent(c);
  return p === undefined ? 'n/a' : `${p}%`;
}

function fields(c: FieldCount): string {
  return `${c.present}/${c.documented - c.notApplicable} applicable documented fields (${pct(c)}; ${c.notApplicable} more documented but not applicable to these records)`;
}

function operationLine(o: OperationFidelity): string {
  const head = `    ${o.key.padEnd(48)} ${String(o.status).padEnd(4)}`;
  if (!o.ok) return `${head} NOT 2xx`;
  if (!o.documented.length) return `${head} ${o.kind === 'none' ? 'no body documented' : 'no documented fields'}${o.note ? ` (${o.note})` : ''}`;
  const top = o.absent.map((a) => a.field);
  const missing = top.length ? ` (missing: ${top.slice(0, MAX_MISSING).join(', ')}${top.length > MAX_MISSING ? `, … +${top.length - MAX_MISSING}` : ''})` : '';
  const na = o.notApplicable.length ? `, ${o.notApplicable.length} n/a` : '';
  return `${head} ${o.present.length}/${o.documented.length - o.notApplicable.length} documented fields${na}${missing}${o.note ? ` [${o.note}]` : ''}`;
}

function summaryLine(label: string, a: Omit<AreaFidelity, 'registry'>): string {
  return `${label}: ${a.operations} operations, ${a.answered2xx} answered 2xx, ${a.real} real / ${a.generic} generic; real answers carry ${fields(a.realFields)}; generic answers carry ${fields(a.genericFields)}`;
}

/** The human-readable report: per API area, real operations with their field coverage, then generic ones. */
export function formatFidelity(report: FidelityReport): string {
  const lines: string[] = [];
  for (const area of report.areas) {
    const ops = report.operations.filter((o) => o.registry === area.registry);
    lines.push(`${area.registry}`);
    const real = ops.filter((o) => o.behaviour === 'real');
    if (real.length) {
      lines.push('  real (handled by an area):');
      for (const o of real) lines.push(operationLine(o));
    }
    const generic = ops.filter((o) => o.behaviour === 'generic');
    if (generic.length) lines.push(`  generic (${generic.length}): ${generic.map((o) => (o.ok ? o.key : `${o.key} [${o.status}]`)).join(', ')}`);
    lines.push(`  ${summaryLine('summary', area)}`, '');
  }
  lines.push(summaryLine('TOTAL', report.totals), '', ...absentTable(report));
  return lines.join('\n');
}

/** Every documented field still absent from a real answer, per operation, with the reason why. */
export function absentTable(report: FidelityReport): string[] {
  const rows = report.operations.filter((o) => o.behaviour === 'real').flatMap((o) => o.absent.map((a) => ({ op: o.key, ...a })));
  if (!rows.length) return ['Absent documented fields of real answers: none'];
  const width = Math.max(...rows.map((r) => r.op.length));
  const fieldWidth = Math.max(...rows.map((r) => r.field.length));
  return [
    `Absent documented fields of real answers (${rows.length}):`,
    ...rows.map((r) => `  ${r.op.padEnd(width)}  ${r.field.padEnd(fieldWidth)}  ${r.kind}: ${r.reason}`),
  ];
}
