import type { Area, Handler } from '../../core/types.js';
import type { WebhookEngine } from '../../webhooks/index.js';

/** Mounts the webhook engine's 8 subscription operations as an area. */
export function webhooksArea(engine: WebhookEngine): Area {
  const handlers: Record<string, Handler> = {};
  for (const [key, handler] of Object.entries(engine.handlers)) {
    handlers[key] = (req) =>
      handler({ params: { ...req.params }, query: req.rawQuery, body: req.body, credential: req.credential ?? '' });
  }
  return { name: 'webhooks', handlers };
}
