import type { Area, AreaContext, AreaFactory, Handler } from '../../core/types.js';
import { applyArea } from '../apply/apply-area.js';
import { attachmentsArea } from './attachments-area.js';
import { consentArea } from './consent-area.js';
import { jobAdsArea } from '../jobs/job-ads-area.js';
import { jobApplicationsArea } from '../applications/job-applications-area.js';
import { postingsArea } from '../postings/postings-area.js';
import { resumeArea } from './resume-area.js';

const parts: readonly AreaFactory[] = [attachmentsArea, resumeArea, consentArea, jobApplicationsArea, applyArea, postingsArea, jobAdsArea];

/**
 * Candidate documents and applications (attachments, resume parsing, consent, screening answers,
 * Job Applications and Candidate Status APIs), the Application API, the Posting API and job
 * ads/publications, mounted as one area.
 */
export function documentsAndPostingsArea(ctx: AreaContext): Area {
  const handlers: Record<string, Handler> = {};
  for (const make of parts) Object.assign(handlers, make(ctx).handlers);
  return { name: 'documents-and-postings', handlers };
}
