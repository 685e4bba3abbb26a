import { exampleTime } from './example-time.js';
import type { ExampleIdLookup, RequestExampleTable } from './request-example.js';

// Interviewer {id, status}; statuses are the SDK enum AttendeeStatusValue (lower-case).
const timeslot = (id: ExampleIdLookup, start: number) => ({
  title: 'Technical interview',
  place: 'Room 4.01',
  startsOn: exampleTime(start),
  endsOn: exampleTime(start + 1),
  interviewers: [{ id: id('userId'), status: 'pending' }],
});

/** Interviews and their timeslots, interview templates and plans, reviews and approvals. */
export const HIRING_EXAMPLES: RequestExampleTable = {
  // Every documented input field (a type the company has, a place, a reference URL), so the
  // answer shows whether the interview keeps each one.
  'interviews.create': (id) => ({
    body: {
      candidate: { id: id('candidateId'), status: 'pending' },
      jobId: id('jobId'),
      organizerId: id('userId'),
      timezone: 'Europe/London',
      location: 'London office, room 4.01',
      refUrl: 'https://calendar.example.com/events/technical-interview',
      source: 'API',
      timeslots: [{ ...timeslot(id, 10), interviewType: id('interviewType') }],
    },
  }),
  'interviews.update': () => ({ body: { location: 'Remote (video)', timezone: 'Europe/Paris' } }),
  'timeslots.create': (id) => ({ body: { ...timeslot(id, 12), interviewType: id('interviewType') } }),
  'timeslots.update': (id) => ({ body: timeslot(id, 14) }),
  'timeslots.patch-noshow': () => ({ body: { noShow: true } }),
  'statuses.candidate.put': () => ({ body: { status: 'accepted' } }),
  'statuses.interviewer.put': () => ({ body: { status: 'accepted' } }),
  'statuses.timeslot-candidate.put': () => ({ body: { status: 'accepted' } }),
  'types.update': () => ({ body: ['Culture fit'] }),
  // Interview plans (company templates) and the interviews they are made of.
  createTemplate: () => ({ body: { name: 'Technical screen', duration: 60, interviewType: 'Video' } }),
  updateTemplate: () => ({ body: { name: 'Technical screen (90 min)', duration: 90, interviewType: 'Video' } }),
  createInterviewTemplate: () => ({ body: { name: 'System design', durationMinutes: 45 } }),
  updateInterviewTemplate: () => ({ body: { name: 'System design (short)', durationMinutes: 30 } }),
  updateJobInterviewTemplate: () => ({ body: { name: 'System design for this job', durationMinutes: 30 } }),
  updateJobInterviewTemplateInterviewers: (id) => ({ body: { interviewers: [{ userId: id('userId') }] } }),
  searchJobTemplateByJobApplicationIds: (id) => ({ body: { jobApplicationIds: [id('applicationId')] } }),
  updateJobTemplate: (id) => ({ body: { interviewers: [{ userId: id('userId') }] } }),
  upsertJobTemplate: (id) => ({ body: { interviewTemplateId: id('interviewTemplateId'), interviewers: [{ userId: id('userId') }] } }),
  patchJobTemplateInterviewers: (id) => ({ body: { interviewers: [{ userId: id('userId') }] } }),
  updateJobManagedSteps: () => ({ body: { steps: ['INTERVIEW'] } }),
  // Reviews API bodies are undocumented; the fields are the response's own (Swagger example).
  'reviews.create': (id) => ({ body: { candidateId: id('candidateId'), jobId: id('jobId'), overallRating: 4, comment: 'Strong SQL, good communicator.' } }),
  'reviews.update': () => ({ body: { overallRating: 5, comment: 'Strong SQL, excellent communicator.' } }),
  // The Approvals API body fields are undocumented; these follow the shapes of the SmartRecruiters
  // Power Platform connector: create {baseId, type?, approvers?}, decide {comment?}, comment {text}.
  'approvals.create': (id) => ({ body: { baseId: id('jobId'), type: 'JOB', approvers: [id('userId')] } }),
  'approvals.approve': () => ({ body: { comment: 'Approved, budget confirmed.' } }),
  'approvals.reject': () => ({ body: { comment: 'Please revise the salary range.' } }),
  'approvals.comments.create': () => ({ body: { text: 'Salary range checked with finance.' } }),
};
