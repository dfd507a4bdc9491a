import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loopback, waitForHttp } from '../lib/net.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface PrismOptions {
  api: string;
  port: number;
  /** Generate responses from schemas instead of serving the contract's examples. Default false. */
  dynamic?: boolean;
  /** Prism's log level; `error` keeps test output quiet. Default `info`. */
  verbosity?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Forward Prism's output to this process's stdout and stderr. Default false. */
  inheritOutput?: boolean;
}

export interface RunningPrism {
  api: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Prism on one bundled contract, bound to 127.0.0.1, and resolves once it
 * answers HTTP. Prism validates every request against the contract and enforces
 * its security schemes (a request without credentials gets 401).
 * Prism is started from node_modules/.bin directly so that one PID stops it.
 */
export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const args = [
    'mock',
    `generated/${options.api}/openapi.yaml`,
    '--host', loopback,
    '--port', String(options.port),
    '--dynamic', String(options.dynamic ?? false),
    '--errors', 'false',
    '--verboseLevel', options.verbosity ?? 'info',
  ];
  const child: ChildProcess = spawn(`${repoRoot}node_modules/.bin/prism`, args, {
    cwd: repoRoot,
    stdio: options.inheritOutput ? 'inherit' : ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://${loopback}:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitForHttp(url, 30_000, () => child.exitCode === null);
  } catch (error) {
    await stop();
    throw new Error(`Prism did not start for ${options.api}: ${(error as Error).message}\n${stderr.trim()}`);
  }
  return { api: options.api, url, stop };
}
