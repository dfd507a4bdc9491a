import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { constantTimeEqual, signWebhook, verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from '../../client/webhooks.ts';
import { sendJson, startTestServer, type TestServer } from '../helpers/http-server.ts';

const secret = 'whsec_3f9a1c7e';
const body = '{"event":"order.created","order":{"id":"ord-1","total":42.5}}';
// Computed with node:crypto, independently of the Web Crypto code under test.
const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

function flipHexDigit(signature: string, index: number): string {
  const digit = signature[index]!;
  return signature.slice(0, index) + (digit === '0' ? '1' : '0') + signature.slice(index + 1);
}

describe('webhook signatures: X-Agentruntime-Signature: sha256=<hex HMAC-SHA256 of the raw body>', () => {
  it('signs the raw body as node:crypto\'s HMAC-SHA256 does, from a string or bytes', async () => {
    expect(await signWebhook(body, secret)).toBe(expected);
    expect(await signWebhook(new TextEncoder().encode(body), secret)).toBe(expected);
  });

  it('verifies a correct signature, upper-case hex included', async () => {
    expect(await verifyWebhook(body, expected, secret)).toBe(true);
    expect(await verifyWebhook(body, `sha256=${expected.slice(7).toUpperCase()}`, secret)).toBe(true);
  });

  it('refuses a changed body, another secret, and a signature wrong in its first or last digit', async () => {
    expect(await verifyWebhook(`${body} `, expected, secret)).toBe(false);
    expect(await verifyWebhook(body, expected, 'whsec_other')).toBe(false);
    expect(await verifyWebhook(body, flipHexDigit(expected, 7), secret)).toBe(false);
    expect(await verifyWebhook(body, flipHexDigit(expected, expected.length - 1), secret)).toBe(false);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['no sha256= prefix', expected.slice(7)],
    ['another algorithm', `sha1=${expected.slice(7)}`],
    ['a truncated digest', expected.slice(0, -2)],
    ['non-hex digits', `sha256=${'z'.repeat(64)}`],
  ])('refuses %s without throwing', async (_case, signature) => {
    expect(await verifyWebhook(body, signature, secret)).toBe(false);
  });

  it('refuses to sign without a secret', async () => {
    await expect(signWebhook(body, '')).rejects.toThrow('the webhook secret is required: expected a non-empty string');
  });

  it('compares every byte: equal arrays only, whatever the position of a difference', () => {
    const a = Uint8Array.from({ length: 32 }, (_, index) => index);
    expect(constantTimeEqual(a, Uint8Array.from(a))).toBe(true);
    for (const position of [0, 15, 31]) {
      const b = Uint8Array.from(a);
      b[position]! ^= 0x80;
      expect(constantTimeEqual(a, b)).toBe(false);
    }
    expect(constantTimeEqual(a, a.subarray(0, 31))).toBe(false);
  });
});

describe('a webhook round trip over HTTP', () => {
  let receiver: TestServer;
  beforeAll(async () => {
    // A receiver as a backend would write one: verify the raw body before parsing it.
    receiver = await startTestServer((request, response) => {
      void verifyWebhook(request.body, request.headers['x-agentruntime-signature'] as string | undefined, secret).then((valid) =>
        valid
          ? sendJson(response, 202, { accepted: JSON.parse(request.body) })
          : sendJson(response, 401, { code: 'invalid_signature', message: 'Signature does not match' }),
      );
    });
  });
  afterAll(() => receiver.close());

  it('accepts a request signed with signWebhook and refuses one whose body changed on the way', async () => {
    const signature = await signWebhook(body, secret);
    const signed = await fetch(receiver.url, { method: 'POST', body, headers: { [WEBHOOK_SIGNATURE_HEADER]: signature, 'content-type': 'application/json' } });
    expect(signed.status).toBe(202);
    expect(await signed.json()).toEqual({ accepted: JSON.parse(body) });
    const tampered = await fetch(receiver.url, { method: 'POST', body: body.replace('42.5', '0.5'), headers: { [WEBHOOK_SIGNATURE_HEADER]: signature } });
    expect(tampered.status).toBe(401);
  });
});
