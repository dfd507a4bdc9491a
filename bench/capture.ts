import { request } from 'node:http';

export interface CapturedResponse {
  status: number;
  /** The headers a server chooses (not the connection's: date, connection, keep-alive). */
  headers: Record<string, string>;
  body: Buffer;
}

const connectionHeaders = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One response as raw bytes, read with node:http rather than fetch so nothing is decoded or re-encoded. */
export function captureResponse(url: string, headers: Record<string, string>): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (!connectionHeaders.has(name) && value !== undefined) kept[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: incoming.statusCode ?? 0, headers: kept, body: Buffer.concat(chunks) });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}
