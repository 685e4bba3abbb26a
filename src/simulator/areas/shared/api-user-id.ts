import type { SimState } from '../../state/sim-state.js';

/**
 * The user an API credential acts as. SmartRecruiters ties an API key to the user who made it;
 * the simulator's key belongs to the company's first user (its administrator).
 */
export function apiUserId(state: SimState): string {
  return state.users.list[0]?.id ?? '';
}
