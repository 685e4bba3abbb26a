import type { ExampleFile } from './request-example.js';

/**
 * A plain-text CV a resume parser can read: a name line, an e-mail, a phone, a city and the web
 * profiles the parse answer documents (so a parse shows every field it can carry).
 */
export const RESUME_FILE: ExampleFile = {
  filename: 'avery-morgan-cv.txt',
  contentType: 'text/plain',
  text: [
    'Avery Morgan', 'avery.morgan@example.org', '+1 555 0100 200', 'Warsaw, Poland', 'Skype: avery.morgan',
    'https://www.linkedin.com/in/avery-morgan', 'https://www.facebook.com/avery.morgan', 'https://x.com/averymorgan', 'https://avery-morgan.dev', '',
  ].join('\n'),
};
