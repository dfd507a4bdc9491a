import { listOperations, loadSpec, type Operation } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { createEnvironment, type Environment, type EnvironmentOptions } from './environment.ts';
import { decodeUtf8, fromWebResponse, jsonMockResponse, type MockRequest, type MockResponse, splitUrl, toWebResponse } from './message.ts';
import { type ErrorStyle, Problem, problem } from './problems.ts';
import { maxBodyBytes, parseRequest } from './request.ts';
import { Router } from './router.ts';
import type { Handler, LooseHandler } from './types.ts';
import { operationToValidate } from './websocket.ts';

/** Everything that makes one API's stateful mock: its store, its callers, its handlers. */
export interface MockDefinition<Caller, Store> {
  api: string;
  errorStyle: ErrorStyle;
  createStore(environment: Environment): Store;
  /** Who is calling, from the request's credentials; a Problem (401/403) when nobody valid is. */
  authenticate(request: MockRequest, operation: Operation, store: Store): Caller | Problem;
  handlers: Record<string, Handler<any, Caller, Store> | LooseHandler<Caller, Store>>;
  /** Replaces the store's content with a fixture's (the fixture's shape is the store's own). */
  loadFixture(store: Store, fixture: unknown): void;
}

export interface MockOptions extends EnvironmentOptions {
  /** Named fixtures that `POST /__mock/fixtures/<name>` can load. */
  fixtures?: Record<string, unknown>;
}

const controlPrefix = '/__mock/';

interface HandlerOutcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * One API's stateful mock as a web-standard function from Request to Response,
 * so the same mock runs behind node:http, inside MSW, or called directly.
 * Routes come from the contract; every request is validated against it before
 * a handler sees it.
 */
export class StatefulMock<Caller = unknown, Store = unknown> {
  readonly api: string;
  private readonly router: Router;
  private readonly validator: ContractValidator;
  private readonly basePath: string;
  private environment: Environment;
  private store: Store;

  constructor(
    private readonly definition: MockDefinition<Caller, Store>,
    private readonly options: MockOptions = {},
  ) {
    this.api = definition.api;
    const document = loadSpec(definition.api);
    const operations = listOperations(definition.api);
    const missing = operations.filter((operation) => !definition.handlers[operation.operationId]);
    if (missing.length > 0) {
      throw new Error(`${definition.api} mock has no handler for ${missing.map((operation) => operation.operationId).join(', ')}`);
    }
    this.router = new Router(operations);
    this.validator = new ContractValidator(document);
    this.basePath = new URL(document.servers?.[0]?.url ?? 'http://localhost').pathname.replace(/\/+$/, '');
    this.environment = createEnvironment(options);
    this.store = definition.createStore(this.environment);
  }

  /** Forgets everything stored; deterministic ids and clock start again. */
  reset(): void {
    this.environment = createEnvironment(this.options);
    this.store = this.definition.createStore(this.environment);
  }

  loadFixture(name: string): void {
    const fixture = this.options.fixtures?.[name];
    if (fixture === undefined) throw new Error(`no fixture named "${name}"; known: ${Object.keys(this.options.fixtures ?? {}).join(', ') || 'none'}`);
    this.reset();
    this.definition.loadFixture(this.store, structuredClone(fixture));
    // Whatever the fixture holds stays: new ids never take a stored one, and time goes on from its latest date.
    this.environment.reserve(this.store);
  }

  /** The web-standard entry point (MSW, fetch handlers, tests). Never throws. */
  handle = async (request: Request): Promise<Response> => {
    const body = await readBoundedText(request);
    const response = await this.respond({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name),
      body: body?.text ?? '',
      bodyTooLarge: body === undefined,
      bodyNotUtf8: body !== undefined && !body.valid,
    });
    return toWebResponse(response);
  };

  /** The core, on plain objects. Never throws: every failure becomes the API's own error response. */
  respond = async (request: MockRequest): Promise<MockResponse> => {
    try {
      return await this.dispatch(request);
    } catch (error) {
      console.error(`[${this.api} mock] ${request.method} ${request.url}:`, error);
      return this.problemResponse(problem('internal', 500, 'Internal mock error'));
    }
  };

  private async dispatch(request: MockRequest): Promise<MockResponse> {
    const { pathname: requested, search } = splitUrl(request.url);
    let pathname = requested;
    if (pathname.startsWith(controlPrefix)) return this.control(request.method, pathname.slice(controlPrefix.length));
    if (this.basePath && pathname.startsWith(`${this.basePath}/`)) pathname = pathname.slice(this.basePath.length);

    const match = this.router.match(request.method, pathname);
    if (match.kind === 'not-found') return this.problemResponse(problem('not-found', 404, `Cannot ${request.method} ${requested}`));
    if (match.kind === 'method-not-allowed') {
      return this.problemResponse(problem('method-not-allowed', 405, `Method ${request.method} is not allowed on ${requested}`, { headers: { Allow: match.allow.join(', ') } }));
    }
    const { operation } = match;
    const caller = this.definition.authenticate(request, operation, this.store);
    if (isProblem(caller)) return this.problemResponse(caller);

    const parsed = parseRequest(request, search, operationToValidate(operation, request), match.pathParameters, this.validator, this.definition.errorStyle);
    if (isProblem(parsed)) return this.problemResponse(parsed);

    const handler = this.definition.handlers[operation.operationId] as LooseHandler<Caller, Store>;
    let result: Response | HandlerOutcome;
    try {
      result = (await handler({
      path: parsed.path,
      query: parsed.query,
      headers: { get: (name: string) => request.header(name) ?? parsed.headerDefaults[name.toLowerCase()] ?? null },
      body: parsed.body,
      caller,
      store: this.store,
      rawBody: parsed.rawBody,
      origin: requestOrigin(request),
      } as never)) as Response | HandlerOutcome;
    } catch (thrown) {
      if (isProblem(thrown)) return this.problemResponse(thrown);
      throw thrown;
    }
    if (result instanceof Response) return fromWebResponse(result);
    return jsonMockResponse(result.status, result.body, result.headers);
  }

  private control(method: string, action: string): MockResponse {
    if (method === 'POST' && action === 'reset') {
      this.reset();
      return { status: 204, headers: {}, body: null };
    }
    if (method === 'POST' && action.startsWith('fixtures/')) {
      try {
        this.loadFixture(decodeURIComponent(action.slice('fixtures/'.length)));
        return { status: 204, headers: {}, body: null };
      } catch (error) {
        return jsonMockResponse(404, { message: (error as Error).message });
      }
    }
    return jsonMockResponse(404, { message: 'mock controls: POST /__mock/reset, POST /__mock/fixtures/<name>' });
  }

  private problemResponse(found: Problem): MockResponse {
    return jsonMockResponse(found.status, this.definition.errorStyle.render(found, this.environment), found.headers);
  }
}

/** The body as text, or undefined when it is larger than the mock's limit. */
async function readBoundedText(request: Request): Promise<{ text: string; valid: boolean } | undefined> {
  if (Number(request.headers.get('content-length') ?? '0') > maxBodyBytes) return undefined;
  if (!request.body) return { text: '', valid: true };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBodyBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  // Decoded once at the end, so a multi-byte character split across chunks is still valid.
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeUtf8(bytes);
}

/** The scheme, host and port the request was sent to: from an absolute URL, else the Host header. */
function requestOrigin(request: MockRequest): string {
  if (!request.url.startsWith('/')) return new URL(request.url).origin;
  return `http://${request.header('host') ?? 'localhost'}`;
}

function isProblem(value: unknown): value is Problem {
  return value instanceof Problem;
}
