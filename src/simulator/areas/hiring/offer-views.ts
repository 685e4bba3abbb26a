import type { ApprovalRecord } from '../../state/approval-store.js';
import { offerPath, type OfferDocument, type OfferRecord } from '../../state/offer-store.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Offer as documented (SDK+SWX `Offer`): id, status, dates, string properties and actions. */
export function offerView(baseUrl: string, o: OfferRecord): Record<string, unknown> {
  return {
    id: o.id,
    status: o.status,
    createdOn: iso(o.createdOn),
    updatedOn: iso(o.updatedOn),
    properties: { ...o.properties },
    actions: {
      candidate: { url: `${baseUrl}/candidates/${o.candidateId}`, method: 'GET' },
      job: { url: `${baseUrl}/jobs/${o.jobId}`, method: 'GET' },
      details: { url: `${baseUrl}${offerPath(o)}`, method: 'GET' },
    },
  };
}

/**
 * The bytes of an offer document: a small valid one-page PDF naming the offer, so a client that
 * saves the download gets a file a viewer opens. Derived, so every download gives the same bytes.
 */
export function offerDocumentBytes(o: OfferRecord, d: OfferDocument): Buffer {
  const text = `${d.name.replace(/\.pdf$/i, '')} / offer ${o.id}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * One entry of `GET /offers/{offerId}/documents`. The docs name no fields; these mirror the
 * candidate attachment entries (id, name, contentType, size, createdOn, actions.download).
 */
export function offerDocumentView(baseUrl: string, o: OfferRecord, d: OfferDocument): Record<string, unknown> {
  return {
    id: d.id,
    name: d.name,
    contentType: d.contentType,
    size: offerDocumentBytes(o, d).length,
    createdOn: iso(d.createdOn),
    actions: { download: { url: `${baseUrl}/offers/${o.id}/documents/${d.id}`, method: 'GET' } },
  };
}

/**
 * An approval request. No source documents the body; the fields follow the Power Platform hint
 * (`id, type, decisionMode, status, createdOn, steps`) plus what a client needs to act on it:
 * `baseId` (the job or offer, as in the PP create request), the requester and the decision.
 * One step whose approvers may each decide (`decisionMode: ANY`).
 */
export function approvalView(baseUrl: string, a: ApprovalRecord): Record<string, unknown> {
  const decidedBy = a.decision?.userId;
  return {
    id: a.id,
    type: a.type,
    baseId: a.baseId,
    decisionMode: 'ANY',
    status: a.status,
    createdOn: iso(a.createdOn),
    updatedOn: iso(a.updatedOn),
    requester: { id: a.requesterId },
    steps: [{
      status: a.status,
      approvers: a.approvers.map((id) => ({ id, status: decidedBy === id ? a.decision!.decision : decidedBy ? 'SKIPPED' : 'PENDING' })),
    }],
    ...(a.decision ? {
      decision: {
        decision: a.decision.decision, userId: a.decision.userId, decidedOn: iso(a.decision.decidedOn),
        ...(a.decision.comment !== undefined ? { comment: a.decision.comment } : {}), ...(a.decision.reasonId !== undefined ? { reasonId: a.decision.reasonId } : {}),
      },
    } : {}),
    actions: {
      details: { url: `${baseUrl}/approvals-api/v201910/approvals/${a.id}`, method: 'GET' },
      ...(a.type === 'OFFER' && a.candidateId
        ? { offer: { url: `${baseUrl}/candidates/${a.candidateId}/jobs/${a.jobId}/offers/${a.baseId}`, method: 'GET' } }
        : { job: { url: `${baseUrl}/jobs/${a.jobId}`, method: 'GET' } }),
    },
  };
}
