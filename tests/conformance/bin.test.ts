import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../mocks/lib/net.ts';
import { createMock } from '../../mocks/registry.ts';
import { type NodeServer, serveOnNode } from '../../mocks/stateful/node.ts';
import { repoRoot } from '../../scripts/lib/apis.ts';

function agentContracts(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repoRoot, 'bin/agent-contracts.js'), ...args], { cwd: repoRoot, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the agent-contracts command', () => {
  let server: NodeServer;
  beforeAll(async () => {
    server = await serveOnNode(createMock('runflow'), await freePort());
  });
  afterAll(() => server.close());

  it('runs the conformance suite', async () => {
    const result = await agentContracts(['conformance', '--api', 'runflow', '--base-url', server.url, '--auth', 'x-api-key: rf_bin', '--level', 'schema']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('runflow at http://127.0.0.1:');
  });

  it('exits 2 with the usage for an unknown command', async () => {
    const result = await agentContracts(['deploy']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "deploy"');
    expect(result.stderr).toContain('agent-contracts mock [--api <id>]');
  });
});
