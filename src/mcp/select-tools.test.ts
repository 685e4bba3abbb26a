import { describe, expect, it } from 'vitest';
import { actions } from '../actions/index.js';
import { actionTools } from './action-tools.js';
import { RECOMMENDED_TOOLS } from './recommended-tools.js';
import { selectTools, ToolSelectionError } from './select-tools.js';

const all = actionTools({ accountArgument: false });
const names = (sel: Parameters<typeof selectTools>[1]) => selectTools(all, sel).map((t) => t.name);

describe('selectTools', () => {
  it('no selection: every tool', () => {
    expect(names({})).toHaveLength(actions.length);
    expect(names({ tools: [] })).toHaveLength(actions.length);
  });

  it('readOnly keeps exactly the read actions', () => {
    expect(names({ readOnly: true })).toEqual(actions.filter((a) => a.kind === 'read').map((a) => a.name));
  });

  it('by name, area and pattern, each tool once, in registry order', () => {
    expect(names({ tools: ['get_job', 'search_*', 'get_job'] })).toEqual(['search_candidates', 'search_jobs', 'get_job', 'search_offers', 'search_job_interview_templates'].sort((a, b) => actions.findIndex((x) => x.name === a) - actions.findIndex((x) => x.name === b)));
    expect(names({ tools: ['reviews'] })).toEqual(actions.filter((a) => a.group === 'reviews').map((a) => a.name));
    expect(names({ tools: ['reviews'], readOnly: true })).toEqual(actions.filter((a) => a.group === 'reviews' && a.kind === 'read').map((a) => a.name));
  });

  it('patterns are not regular expressions: hostile entries match nothing and say so', () => {
    for (const entry of ['.*', 'get_(candidate)', '[a-z]+', '^search', 'a'.repeat(10_000)]) {
      expect(() => names({ tools: [entry] }), entry).toThrow(ToolSelectionError);
    }
    expect(() => names({ tools: ['*'] })).not.toThrow();
  });

  it('a write tool named under readOnly is refused; an area that has only writes under readOnly leaves nothing', () => {
    expect(() => names({ tools: ['delete_candidate'], readOnly: true })).toThrow(/delete_candidate changes data/);
    expect(() => names({ tools: ['delete_*'], readOnly: true })).toThrow(/leaves no tools/);
  });

  it('unknown entries suggest close names', () => {
    expect(() => names({ tools: ['serch_jobs'] })).toThrow(/did you mean search_jobs/);
  });

  it('the recommended set is real tools, mostly reads, and small', () => {
    expect(names({ tools: [...RECOMMENDED_TOOLS] })).toHaveLength(RECOMMENDED_TOOLS.length);
    expect(RECOMMENDED_TOOLS.length).toBeLessThanOrEqual(20);
  });
});
