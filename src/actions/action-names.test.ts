import { describe, expect, it } from 'vitest';
import { actionNameOf, actionNamesFor } from './action-name.js';
import { ACTION_NAMES } from './action-names.js';
import { actions } from './catalogue.js';
import { actionRows } from './generated/action-rows.js';

const row = (number: number, title: string, operationKey: string) => ({ number, title, operationKey });

describe('ACTION_NAMES', () => {
  it('gives each of the 164 actions exactly one unique snake_case name, with no orphan entry', () => {
    expect(Object.keys(ACTION_NAMES)).toHaveLength(164);
    expect(new Set(Object.values(ACTION_NAMES)).size).toBe(164);
    expect(actions.map((a) => a.name)).toEqual(actionRows.map((r) => ACTION_NAMES[r.operationKey]));
    for (const name of Object.values(ACTION_NAMES)) expect(name).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('keeps the names the titles gave when the table was written (the names users already call)', () => {
    // Titles may change from now on; today every name is still the snake_case of its title.
    expect(actionRows.filter((r) => ACTION_NAMES[r.operationKey] !== actionNameOf(r.title)).map((r) => r.title)).toEqual([]);
  });
});

describe('actionNamesFor', () => {
  const names = { 'a.get': 'get_a', 'b.list': 'list_bs' };

  it('names rows by operation key, whatever their titles say', () => {
    expect(actionNamesFor([row(1, 'Totally Renamed', 'a.get'), row(2, 'List Bs', 'b.list')], names)).toEqual(['get_a', 'list_bs']);
  });

  it('refuses a row without a name and suggests one from its title', () => {
    expect(() => actionNamesFor([row(1, 'Get A', 'a.get'), row(2, 'List Bs', 'b.list'), row(3, 'Delete C-Thing!', 'c.delete')], names)).toThrow(
      /#3 Delete C-Thing! \(c\.delete\) has no name; add "c\.delete": 'delete_c_thing'/,
    );
  });

  it('refuses orphans, duplicates and names that are not snake_case, all at once', () => {
    const bad = { 'a.get': 'get_a', 'b.list': 'get_a', 'c.gone': 'gone', 'd.camel': 'getD', 'e.space': 'get e', 'f.edge': '_f_' };
    const rows = [row(1, 'A', 'a.get'), row(2, 'B', 'b.list'), row(4, 'D', 'd.camel'), row(5, 'E', 'e.space'), row(6, 'F', 'f.edge')];
    let message = '';
    try {
      actionNamesFor(rows, bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('get_a names both ACTIONS.md #1 and #2');
    expect(message).toContain('c.gone: no ACTIONS.md row uses this operation');
    expect(message).toContain('d.camel: name "getD" is not snake_case');
    expect(message).toContain('e.space: name "get e" is not snake_case');
    expect(message).toContain('f.edge: name "_f_" is not snake_case');
  });

  it('never takes a name from Object.prototype', () => {
    expect(() => actionNamesFor([row(1, 'To String', 'toString'), row(2, 'Proto', '__proto__')], {})).toThrow(/#1 To String \(toString\) has no name/);
    expect(() => actionNamesFor([row(1, 'Ctor', 'constructor')], {})).toThrow(/has no name/);
  });
});
