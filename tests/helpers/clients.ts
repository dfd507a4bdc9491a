import type { Client } from 'openapi-fetch';
import { createRunflowClient } from '../../client/runflow.ts';

/** For each API, its typed client built with credentials every mock accepts. */
export const clientFactories: Record<string, (baseUrl: string) => Client<any>> = {
  runflow: (baseUrl) => createRunflowClient({ baseUrl, apiKey: 'rf_test_key' }),
};
