import type { AreaFactory } from '../core/types.js';
import { candidatesArea } from './candidates-area.js';
import { communicationsArea } from './communications-area.js';
import { configurationArea } from './configuration-area.js';
import { documentsAndPostingsArea } from './documents-and-postings-area.js';
import { eventManagementArea } from './event-management-area.js';
import { hiringStepsArea } from './hiring-steps-area.js';
import { interviewTemplatesArea } from './interview-templates-area.js';
import { jobsArea } from './jobs-area.js';
import { reportingArea } from './reporting-area.js';
import { selfSchedulingArea } from './self-scheduling-area.js';
import { shortenerAndAppsArea } from './shortener-and-apps-area.js';
import { smartonboardArea } from './smartonboard-area.js';
import { usersArea } from './users-area.js';
import { vendorIntegrationsArea } from './vendor-integrations-area.js';

/**
 * Areas with real state behaviour, in mount order (a later area overrides an earlier one for the
 * same operation key). Together they answer every API-host operation; one without an area is a 501.
 */
export const areaFactories: readonly AreaFactory[] = [candidatesArea, jobsArea, usersArea, configurationArea, documentsAndPostingsArea, hiringStepsArea, reportingArea, vendorIntegrationsArea, communicationsArea, interviewTemplatesArea, selfSchedulingArea, eventManagementArea, smartonboardArea, shortenerAndAppsArea];
