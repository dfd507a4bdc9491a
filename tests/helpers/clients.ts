import type { Client } from 'openapi-fetch';
import { createAgentRuntimeClient } from '../../client/agentruntime.ts';
import { createIntentRunsClient } from '../../client/intent-runs.ts';
import { createRunflowClient } from '../../client/runflow.ts';
import { createRuntypeClient } from '../../client/runtype.ts';

/** For each API, its typed client built with credentials every mock accepts. */
export const clientFactories: Record<string, (baseUrl: string) => Client<any>> = {
  agentruntime: (baseUrl) => createAgentRuntimeClient({ baseUrl, token: 'pat_admin_acme_test', tenantId: 'acme', projectId: 'proj-main' }),
  runflow: (baseUrl) => createRunflowClient({ baseUrl, apiKey: 'rf_test_key' }),
  runtype: (baseUrl) => createRuntypeClient({ baseUrl, apiKey: 'rt_test_key' }),
  'intent-runs': (baseUrl) => createIntentRunsClient({ baseUrl, apiKey: 'ir_test_key' }),
};
