import { join } from 'node:path';
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import rule from './layer-imports.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;

const f = (rel: string) => join(process.cwd(), rel);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('layer-imports', rule, {
  valid: [
    { code: "import { x } from '../spec/index.js';", filename: f('src/client/a.ts') },
    { code: "import { x } from '../../spec/generated/operations.js';", filename: f('src/simulator/x/a.ts') },
    { code: "import { x } from './local.js';", filename: f('src/simulator/a.ts') },
    { code: "import { x } from '../client/index.js';", filename: f('src/actions/a.ts') },
    { code: "import { x } from 'zod';", filename: f('src/spec/a.ts') },
    { code: "import { x } from '../store/index.js';", filename: f('src/accounts/a.ts') },
    { code: "import { x } from '../accounts/index.js';", filename: f('src/server/a.ts') },
    { code: "import { x } from '../../../mcp/index.js';", filename: f('src/server/routes/mcp/a.ts') },
    { code: "import { x } from '../accounts/index.js';", filename: f('src/mcp/a.ts') },
  ],
  invalid: [
    { code: "import { x } from '../client/index.js';", filename: f('src/simulator/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "import { x } from '../../actions/run.js';", filename: f('src/client/auth/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "export * from '../client/index.js';", filename: f('src/spec/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "const m = import('../unified/x.js');", filename: f('src/actions/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "import { x } from '../accounts/index.js';", filename: f('src/store/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "import { x } from '../simulator/index.js';", filename: f('src/accounts/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "import { x } from '../server/index.js';", filename: f('src/mcp/a.ts'), errors: [{ messageId: 'forbidden' }] },
    { code: "import { x } from '../cli/main.js';", filename: f('src/mcp/a.ts'), errors: [{ messageId: 'forbidden' }] },
  ],
});
