import { describe, expect, it } from 'vitest';
import { credentialId } from './credential-id.js';

describe('credentialId', () => {
  it('names the API key, or the OAuth client without its secret', () => {
    expect(credentialId({ type: 'api_key', apiKey: 'k1' })).toBe('api_key:k1');
    const a = credentialId({ type: 'oauth_client_credentials', clientId: 'c1', clientSecret: 's1' });
    const b = credentialId({ type: 'oauth_client_credentials', clientId: 'c1', clientSecret: 'rotated', tokenUrl: 'https://other.example/token' });
    expect(a).toBe(b);
    expect(a).not.toContain('s1');
  });

  it('an API key that looks like an OAuth id is still another credential', () => {
    expect(credentialId({ type: 'api_key', apiKey: 'oauth_client_credentials:c1' })).not.toBe(
      credentialId({ type: 'oauth_client_credentials', clientId: 'c1', clientSecret: 's' }),
    );
  });
});
