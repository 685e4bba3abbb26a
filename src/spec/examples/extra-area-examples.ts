import type { RequestExampleTable } from './request-example.js';

const preferences = (channel: 'email' | 'inApp', on: boolean) => ({ preferences: [{ notificationType: 'MENTION', [channel]: on }] });
const event = { name: 'Data Engineering hiring day', startsOn: '2027-05-01T09:00:00Z', endsOn: '2027-05-01T17:00:00Z' };

/** Assessment and job-board vendors, messaging, notification preferences, self-scheduling, events, apps. */
export const EXTRA_AREA_EXAMPLES: RequestExampleTable = {
  savePartnerConfig: () => ({ body: { name: 'Northwind Assessments', packages: [{ id: 'p1', name: 'Cognitive ability' }] } }),
  packageResultUpdate: () => ({ body: { status: 'IN_PROGRESS', score: 50 } }),
  addConfig: () => ({ body: { name: 'EU job board', values: { region: 'EU' } } }),
  updateConfig: () => ({ body: { name: 'EU and UK job board' } }),
  updatePostingUsingJson: () => ({ body: { status: 'PUBLISHED', externalId: 'board-1' } }),
  'messages.shares.create': (id) => ({ body: { content: 'Strong profile, worth a call.', shareWith: { users: [id('userId')] } } }),
  createMessageTemplate: () => ({ body: { name: 'Interview invitation', subject: 'Hello', body: 'Hello {{candidate.firstName}}' } }),
  updateMessageTemplate: () => ({ body: { name: 'Interview invitation (reminder)', subject: 'Hello again', body: 'Hello' } }),
  saveEmployeePreferences: () => ({ body: preferences('email', true) }),
  upsertEmployeePreferences: () => ({ body: preferences('inApp', false) }),
  upsertGlobalPreferences: () => ({ body: preferences('email', true) }),
  updateEmployeePreferences: () => ({ body: { email: false } }),
  // Self-scheduling: the slot and the invite are the caller's (a schedule it made, a free slot of it).
  automatedSelfScheduling: (id) => ({ body: { applicationUuids: [id('applicationUuid')] } }),
  createSelfScheduleInterview: (id) => ({ body: { startsOn: id('slotStartsOn') } }),
  updateSelfScheduleInterview: (id) => ({ body: { startsOn: id('slotStartsOn') } }),
  updateSelfScheduleInvite: (id) => ({ body: { selfScheduleId: id('selfScheduleId'), applicationUuid: id('applicationUuid'), message: 'Reminder' } }),
  requestSelfReschedule: (id) => ({ body: { selfScheduleId: id('selfScheduleId'), applicationUuid: id('applicationUuid') } }),
  getAutomatedSchedulesAvailableSlotsCountByInterviewerWithRoles: () => ({ body: {} }),
  createEvent: () => ({ body: event }),
  updateEvent: () => ({ body: { ...event, name: 'Data Engineering hiring day (Boston)' } }),
  addInterviewersToSession: (id) => ({ body: { interviewerIds: [id('userId')] } }),
  addApplicantsToEvent: (id) => ({ body: { applicationIds: [id('applicationId')] } }),
  addApplicantsToSession: (id) => ({ body: { applicationIds: [id('applicationId')] } }),
  moveApplicantsToSession: (id) => ({ body: { applicationIds: [id('applicationId')] } }),
  publicShorten: () => ({ body: { url: 'https://jobs.example.com/senior-data-engineer' } }),
  enableIntegration: () => ({ body: { appId: 'northwind-assessments', settings: { region: 'EU' } } }),
};
