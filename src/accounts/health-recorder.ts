import type { ClientHooks, ResponseEvent } from '../client/index.js';
import type { AccountsRepository, HealthPatch } from '../store/index.js';

/**
 * Writes what an account's client observes into `account_health`, off the request path. Writes
 * for one account are serialised and coalesced: while one is in flight, later observations merge
 * into a single next write, so a burst of responses costs at most two UPDATEs.
 */
export interface HealthRecorder {
  /** Hooks and a fetch wrapper to give the account's client. */
  instrument(accountId: string, baseFetch: typeof fetch): { hooks: ClientHooks; fetch: typeof fetch };
  record(accountId: string, patch: HealthPatch): void;
  /** Resolves when every observation so far for the account is written. */
  flush(accountId: string): Promise<void>;
  /** The same for every account. */
  flushAll(): Promise<void>;
}

export function createHealthRecorder(repo: AccountsRepository, nowIso: () => string, onWriteError: (err: unknown) => void): HealthRecorder {
  const pending = new Map<string, HealthPatch>();
  const chains = new Map<string, Promise<void>>();

  const record = (accountId: string, patch: HealthPatch): void => {
    if (Object.keys(patch).length === 0) return;
    const queued = pending.get(accountId);
    if (queued) {
      Object.assign(queued, patch);
      return;
    }
    pending.set(accountId, { ...patch });
    const next = (chains.get(accountId) ?? Promise.resolve()).then(async () => {
      const p = pending.get(accountId);
      pending.delete(accountId);
      if (p) await repo.updateHealth(accountId, p).catch(onWriteError);
    });
    chains.set(accountId, next);
    void next.then(() => {
      if (chains.get(accountId) === next) chains.delete(accountId);
    });
  };

  return {
    record,
    flush: async (accountId) => {
      await chains.get(accountId);
    },
    flushAll: async () => {
      await Promise.all([...chains.values()]);
    },
    instrument(accountId, baseFetch) {
      const hooks: ClientHooks = {
        onResponse: (e) => record(accountId, healthFromResponse(e, nowIso())),
      };
      const wrapped: typeof fetch = async (input, init) => {
        let res: Response;
        try {
          res = await baseFetch(input, init);
        } catch (err) {
          const reason: unknown = init?.signal?.aborted ? init.signal.reason : undefined;
          // A caller's own abort says nothing about the account's health; our timeout does.
          const timedOut = reason instanceof Error && reason.message === 'timeout';
          if (!init?.signal?.aborted || timedOut) record(accountId, healthFromNetworkError(err, timedOut, nowIso()));
          throw err;
        }
        const budget = rateBudgetFrom(res.headers, nowIso());
        if (budget) record(accountId, budget);
        return res;
      };
      return { hooks, fetch: wrapped };
    },
  };
}

export function healthFromResponse(e: Pick<ResponseEvent, 'status' | 'method' | 'path'>, at: string): HealthPatch {
  if (e.status < 400) return { last_success_at: at };
  return {
    last_error_at: at,
    last_error_status: e.status,
    last_error_code: `http_${e.status}`,
    // The path is already redacted by the client.
    last_error_message: `SmartRecruiters answered ${e.status} to ${e.method} ${e.path}`.slice(0, 500),
  };
}

function healthFromNetworkError(err: unknown, timedOut: boolean, at: string): HealthPatch {
  const code = timedOut ? 'timeout' : (firstCode(err) ?? 'network_error');
  return {
    last_error_at: at,
    last_error_status: null,
    last_error_code: 'upstream_unreachable',
    last_error_message: timedOut ? 'no response from SmartRecruiters before the timeout' : `could not reach SmartRecruiters (${code})`,
  };
}

function firstCode(err: unknown, depth = 0): string | undefined {
  if (!err || typeof err !== 'object' || depth > 4) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' ? code : firstCode((err as { cause?: unknown }).cause, depth + 1);
}

/** `X-RateLimit-Limit` / `X-RateLimit-Remaining`, when the response carries either. */
export function rateBudgetFrom(headers: Headers, at: string): HealthPatch | undefined {
  const limit = intHeader(headers.get('x-ratelimit-limit'));
  const remaining = intHeader(headers.get('x-ratelimit-remaining'));
  if (limit === null && remaining === null) return undefined;
  return { rate_limit: limit, rate_remaining: remaining, rate_observed_at: at };
}

function intHeader(v: string | null): number | null {
  if (v === null || !/^\s*\d{1,9}\s*$/.test(v)) return null;
  return Number(v);
}
