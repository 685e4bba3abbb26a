import type { AreaFidelity, FidelityReport, FieldCount, OperationFidelity } from './compute-fidelity.js';

const MAX_MISSING = 6;

function pct(c: FieldCount): string {
  return c.documented ? `${Math.round((100 * c.present) / c.documented)}%` : 'n/a';
}

function fields(c: FieldCount): string {
  return `${c.present}/${c.documented} documented fields (${pct(c)})`;
}

function operationLine(o: OperationFidelity): string {
  const head = `    ${o.key.padEnd(48)} ${String(o.status).padEnd(4)}`;
  if (!o.ok) return `${head} NOT 2xx`;
  if (!o.documented.length) return `${head} ${o.kind === 'none' ? 'no body documented' : 'no documented fields'}${o.note ? ` (${o.note})` : ''}`;
  const missing = o.missing.length ? ` (missing: ${o.missing.slice(0, MAX_MISSING).join(', ')}${o.missing.length > MAX_MISSING ? `, … +${o.missing.length - MAX_MISSING}` : ''})` : '';
  return `${head} ${o.present.length}/${o.documented.length} documented fields${missing}${o.note ? ` [${o.note}]` : ''}`;
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
  lines.push(summaryLine('TOTAL', report.totals));
  return lines.join('\n');
}
