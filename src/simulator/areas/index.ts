import type { AreaFactory } from '../core/types.js';
import { candidatesArea } from './candidates/candidates-area.js';
import { communicationsArea } from './communications/communications-area.js';
import { configurationArea } from './configuration/configuration-area.js';
import { documentsAndPostingsArea } from './candidates/documents-and-postings-area.js';
import { eventManagementArea } from './events/event-management-area.js';
import { hiringStepsArea } from './hiring/hiring-steps-area.js';
import { interviewTemplatesArea } from './scheduling/interview-templates-area.js';
import { jobsArea } from './jobs/jobs-area.js';
import { reportingArea } from './reporting/reporting-area.js';
import { selfSchedulingArea } from './scheduling/self-scheduling-area.js';
import { shortenerAndAppsArea } from './utilities/shortener-and-apps-area.js';
import { smartonboardArea } from './onboarding/smartonboard-area.js';
import { usersArea } from './users/users-area.js';
import { vendorIntegrationsArea } from './vendors/vendor-integrations-area.js';

/**
 * Areas with real state behaviour, in mount order (a later area overrides an earlier one for the
 * same operation key). Together they answer every API-host operation; one without an area is a 501.
 */
export const areaFactories: readonly AreaFactory[] = [candidatesArea, jobsArea, usersArea, configurationArea, documentsAndPostingsArea, hiringStepsArea, reportingArea, vendorIntegrationsArea, communicationsArea, interviewTemplatesArea, selfSchedulingArea, eventManagementArea, smartonboardArea, shortenerAndAppsArea];
