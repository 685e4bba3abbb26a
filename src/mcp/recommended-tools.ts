/**
 * A starting set for agents that recruit: find and read candidates, their applications and
 * résumé data, jobs and the hiring team, plus the two writes most workflows need (tags, status).
 * Agents choose worse among 160+ tools than among ~15, so docs/mcp.md shows this as the
 * `--tools` value to begin with. Checked against the catalogue by a test.
 */
export const RECOMMENDED_TOOLS: readonly string[] = [
  'search_candidates',
  'get_candidate',
  'get_candidate_application',
  'get_candidate_screening_answers',
  'get_candidate_status_history_for_job',
  'list_candidate_attachments',
  'get_candidate_tags',
  'add_candidate_tags',
  'update_candidate_status',
  'search_jobs',
  'get_job',
  'get_hiring_team',
  'list_interviews',
  'get_candidate_reviews',
  'get_current_user',
];
