import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs, type DocsServer } from '../../scripts/docs/server.ts';

/** A raw GET: fetch() would tidy "/../" away before the server ever saw it. */
function get(url: string, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = request({ host: target.hostname, port: target.port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
    });
    outgoing.on('error', reject).end();
  });
}

describe('the docs server', () => {
  const parent = mkdtempSync(join(tmpdir(), 'docs-server-'));
  const site = join(parent, 'site');
  let server: DocsServer;

  beforeAll(async () => {
    mkdirSync(join(site, 'specs'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(site, 'portal.css'), 'body {}');
    writeFileSync(join(site, 'specs/a.yaml'), 'openapi: 3.1.0\n');
    writeFileSync(join(site, 'specs/a.json'), '{}');
    writeFileSync(join(parent, 'secret.txt'), 'outside the site');
    server = await serveDocs({ dir: site, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on the port the OS picked', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/portal.css', 'text/css; charset=utf-8'],
    ['/specs/a.yaml', 'application/yaml; charset=utf-8'],
    ['/specs/a.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(server.url, path);
    expect(response.status).toBe(200);
    expect(response.type).toBe(type);
  });

  it.each(['/nope.html', '/specs', '/specs/', '/../secret.txt', '/specs/../../secret.txt', '/%2e%2e/secret.txt', '/specs/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt', '/%00', '/%E0%A4%A'])(
    'answers 404 to %s and never serves a file outside the folder',
    async (path) => {
      const response = await get(server.url, path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('outside the site');
    },
  );
});
