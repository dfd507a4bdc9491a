/**
 * AgentRuntime's inbound webhook signature, `X-Agentruntime-Signature:
 * sha256=<hex HMAC-SHA256 of the raw body>`, with Web Crypto
 * (globalThis.crypto.subtle): the same code runs in Node ≥ 20, browsers,
 * Deno and edge runtimes. Both functions are async because Web Crypto is.
 */

export const WEBHOOK_SIGNATURE_HEADER = 'X-Agentruntime-Signature';

const encoder = new TextEncoder();

/** The header value for `body`: `sha256=` and the lowercase hex HMAC-SHA256 under `secret`. Sign the exact bytes you send. */
export async function signWebhook(body: string | Uint8Array, secret: string): Promise<string> {
  const mac = await hmacSha256(body, secret);
  return `sha256=${Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Whether `signature` (the header's value) is the HMAC of the raw `body` under
 * `secret`. Verify the body exactly as received, before parsing it. The
 * comparison takes the same time wherever the first wrong byte is; a
 * malformed header (no `sha256=`, not 64 hex digits) is simply false.
 */
export async function verifyWebhook(body: string | Uint8Array, signature: string | null | undefined, secret: string): Promise<boolean> {
  const received = parseSignature(signature);
  if (!received) return false;
  const expected = await hmacSha256(body, secret);
  return constantTimeEqual(expected, received);
}

/** Compares every byte whatever the differences, so timing does not tell where the first one is. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false; // lengths are public: a SHA-256 is always 32 bytes
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

async function hmacSha256(body: string | Uint8Array, secret: string): Promise<Uint8Array> {
  if (typeof secret !== 'string' || secret === '') throw new TypeError('the webhook secret is required: expected a non-empty string');
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new TypeError('Web Crypto is not available here (globalThis.crypto.subtle): a browser page needs a secure context (https)');
  const key = await subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const data = typeof body === 'string' ? encoder.encode(body) : body;
  return new Uint8Array(await subtle.sign('HMAC', key, data as Uint8Array<ArrayBuffer>));
}

function parseSignature(signature: string | null | undefined): Uint8Array | undefined {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(signature?.trim() ?? '');
  if (!match) return undefined;
  const hex = match[1]!;
  const bytes = new Uint8Array(32);
  for (let index = 0; index < 32; index++) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}
