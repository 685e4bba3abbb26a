import type { RequestExampleTable } from './request-example.js';

/** Users (both user APIs) and webhook subscriptions. */
export const USER_EXAMPLES: RequestExampleTable = {
  // Every documented input field of POST /users (the docs' 8); systemRole ids are the documented
  // ones (official pagination example: {"id":"ADMINISTRATOR"}).
  'users-api/users.create': () => ({
    body: {
      email: 'grace.hopper@example.com', firstName: 'Grace', lastName: 'Hopper', systemRole: { id: 'EMPLOYEE' },
      externalData: 'EMP-90001', ssoIdentifier: 'grace.hopper@example.com', ssoLoginMode: 'SSO', language: { code: 'en' },
    },
  }),
  'users-api-deprecated/users.create': () => ({ body: { email: 'katherine.johnson@example.com', firstName: 'Katherine', lastName: 'Johnson', systemRole: { id: 'EMPLOYEE' } } }),
  'users-api/users.update': () => ({ body: [{ op: 'replace', path: '/firstName', value: 'Grace B.' }] }),
  // The receiver must answer the activation handshake, so its URL is the caller's.
  'subscriptions.create': (id) => ({ body: { callbackUrl: id('callbackUrl'), events: ['candidate.created'] } }),
};
