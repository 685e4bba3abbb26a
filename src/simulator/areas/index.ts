import type { AreaFactory } from '../core/types.js';
import { jobApplicationsArea } from './applications/job-applications-area.js';
import { applyArea } from './apply/apply-area.js';
import { attachmentsArea } from './candidates/attachments-area.js';
import { candidatesArea } from './candidates/candidates-area.js';
import { consentArea } from './candidates/consent-area.js';
import { resumeArea } from './candidates/resume-area.js';
import { communicationsArea } from './communications/communications-area.js';
import { configurationArea } from './configuration/configuration-area.js';
import { eventManagementArea } from './events/event-management-area.js';
import { approvalsArea } from './hiring/approvals-area.js';
import { interviewsArea } from './hiring/interviews-area.js';
import { offersArea } from './hiring/offers-area.js';
import { reviewsArea } from './hiring/reviews-area.js';
import { jobAdsArea } from './jobs/job-ads-area.js';
import { jobsArea } from './jobs/jobs-area.js';
import { smartonboardArea } from './onboarding/smartonboard-area.js';
import { postingsArea } from './postings/postings-area.js';
import { reportingArea } from './reporting/reporting-area.js';
import { interviewTemplatesArea } from './scheduling/interview-templates-area.js';
import { selfSchedulingArea } from './scheduling/self-scheduling-area.js';
import { usersArea } from './users/users-area.js';
import { shortenerAndAppsArea } from './utilities/shortener-and-apps-area.js';
import { vendorIntegrationsArea } from './vendors/vendor-integrations-area.js';

/**
 * Every built-in area, one flat list (the webhook engine's area joins them per company). Together
 * they answer every API-host operation. Order does not matter: two areas that register one
 * operation key stop the simulator at startup (`mountAreas`), naming both.
 */
export const builtInAreas: readonly AreaFactory[] = [
  candidatesArea, attachmentsArea, resumeArea, consentArea,
  jobApplicationsArea, applyArea, postingsArea,
  jobsArea, jobAdsArea,
  usersArea, configurationArea,
  interviewsArea, reviewsArea, offersArea, approvalsArea,
  interviewTemplatesArea, selfSchedulingArea, eventManagementArea,
  reportingArea, communicationsArea, vendorIntegrationsArea, smartonboardArea, shortenerAndAppsArea,
];
