import { type OpenApiDocument, type Operation, operationsOf } from '../../contract/document.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { createEnvironment, type Environment, type EnvironmentCounters, type EnvironmentOptions } from './environment.ts';
import { decodeUtf8, fromWebResponse, jsonMockResponse, type MockRequest, type MockResponse, splitUrl, toWebResponse } from './message.ts';
import { type ErrorStyle, Problem, problem } from './problems.ts';
import { maxBodyBytes, parseRequest } from './request.ts';
import { Router } from './router.ts';
import { type ConnectOutcome, OpenSockets, type SocketHandler } from './sockets.ts';
import type { Handler, LooseContext, LooseHandler } from './types.ts';
import { operationToValidate } from './websocket.ts';

/** Everything that makes one API's stateful mock: its store, its callers, its handlers. */
export interface MockDefinition<Caller, Store> {
  api: string;
  /** The API's bundled contract (imported as a JSON module, so no file is read). */
  document: OpenApiDocument;
  /** Named fixtures in the store's own shape (mocks/<api>/fixtures/*.json). */
  fixtures: Record<string, unknown>;
  errorStyle: ErrorStyle;
  createStore(environment: Environment): Store;
  /** Who is calling, from the request's credentials; a Problem (401/403) when nobody valid is. */
  authenticate(request: MockRequest, operation: Operation, store: Store): Caller | Problem;
  handlers: Record<string, Handler<any, Caller, Store> | LooseHandler<Caller, Store>>;
  /** Replaces the store's content with a fixture's (the fixture's shape is the store's own). */
  loadFixture(store: Store, fixture: unknown): void;
  /** The store as plain JSON data: the inverse of `loadFixture`, which restores an equal store from it. */
  snapshot(store: Store): unknown;
  /** The WebSocket operations' handlers (an operation answered 101), by operation id. */
  sockets?: Record<string, SocketHandler<Caller, Store>>;
}

/** Everything a mock needs to resume where it was: its store, and the deterministic counters and clock. */
export interface MockState {
  store: unknown;
  counters?: EnvironmentCounters;
}

/**
 * Told of every change of state before the response that made it is sent, so a
 * persisted copy never lags behind what a client was answered. The state holds
 * the live store: serialise it before awaiting anything.
 */
export type StateListener = (state: MockState) => void | Promise<void>;

export interface MockOptions extends EnvironmentOptions {
  /** Named fixtures that `POST /__mock/fixtures/<name>` can load (default: the definition's). */
  fixtures?: Record<string, unknown>;
}

const controlPrefix = '/__mock/';

interface HandlerOutcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface ResolvedRequest<Caller, Store> {
  operationId: string;
  context: LooseContext<Caller, Store>;
}

/** Reads change nothing, and neither does a refused request: everything else is saved. */
const changesState = (method: string, status: number) => method !== 'GET' && method !== 'HEAD' && status < 400;

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
  private readonly sockets = new OpenSockets();
  /** Set by whatever persists the state (the Node state folder, a browser's storage). */
  onStateChange: StateListener | undefined;

  constructor(
    private readonly definition: MockDefinition<Caller, Store>,
    private readonly options: MockOptions = {},
  ) {
    this.api = definition.api;
    const document = definition.document;
    const operations = operationsOf(definition.api, document);
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
    this.sockets.closeAll('mock state replaced');
    this.environment = createEnvironment(this.options);
    this.store = this.definition.createStore(this.environment);
  }

  snapshot(): MockState {
    const counters = this.environment.counters();
    return counters ? { store: this.definition.snapshot(this.store), counters } : { store: this.definition.snapshot(this.store) };
  }

  /** Replaces everything with a saved state; throws, leaving the mock empty, when the state does not fit this API's store. */
  restore(state: MockState): void {
    this.reset();
    try {
      this.definition.loadFixture(this.store, state.store);
    } catch (error) {
      this.reset();
      throw new Error(`the saved state does not fit the ${this.api} store: ${(error as Error).message}`);
    }
    this.environment.reserve(this.store);
    if (state.counters) this.environment.resume(state.counters);
  }

  loadFixture(name: string): void {
    const fixtures = this.options.fixtures ?? this.definition.fixtures;
    const fixture = Object.hasOwn(fixtures, name) ? fixtures[name] : undefined;
    if (fixture === undefined) throw new Error(`no fixture named "${name}"; known: ${Object.keys(fixtures).join(', ') || 'none'}`);
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

  /**
   * A WebSocket handshake: the answer to send instead of upgrading, or the session
   * to start once upgraded. Routing, authentication and validation are the same as
   * for HTTP, so a refused upgrade gets the status a plain request would. Never throws.
   */
  connect = async (request: MockRequest): Promise<ConnectOutcome> => {
    try {
      const resolved = this.resolve(request);
      if (!('operationId' in resolved)) return { accepted: false, response: resolved };
      const socketHandler = this.definition.sockets?.[resolved.operationId];
      if (!socketHandler) return { accepted: false, response: await this.respond(request) };
      try {
        return { accepted: true, open: this.sockets.track(socketHandler(resolved.context)) };
      } catch (thrown) {
        if (isProblem(thrown)) return { accepted: false, response: this.problemResponse(thrown) };
        throw thrown;
      }
    } catch (error) {
      console.error(`[${this.api} mock] upgrade ${request.url}:`, error);
      return { accepted: false, response: this.problemResponse(problem('internal', 500, 'Internal mock error')) };
    }
  };

  /** The operation and handler context of a request, or the error response that refuses it. */
  private resolve(request: MockRequest): ResolvedRequest<Caller, Store> | MockResponse {
    const { pathname: requested, search } = splitUrl(request.url);
    let pathname = requested;
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
    const context: LooseContext<Caller, Store> = {
      // Validated against the contract's path parameters, so each holds its schema's type (strings, here).
      path: parsed.path as Record<string, string>,
      query: parsed.query,
      headers: { get: (name: string) => request.header(name) ?? parsed.headerDefaults[name.toLowerCase()] ?? null },
      body: parsed.body,
      caller,
      store: this.store,
      rawBody: parsed.rawBody,
      origin: requestOrigin(request),
    };
    return { operationId: operation.operationId, context };
  }

  private async dispatch(request: MockRequest): Promise<MockResponse> {
    const { pathname } = splitUrl(request.url);
    if (pathname.startsWith(controlPrefix)) return this.control(request.method, pathname.slice(controlPrefix.length));
    const resolved = this.resolve(request);
    if (!('operationId' in resolved)) return resolved;

    const handler = this.definition.handlers[resolved.operationId] as LooseHandler<Caller, Store>;
    let result: Response | HandlerOutcome;
    try {
      result = await handler(resolved.context);
    } catch (thrown) {
      if (isProblem(thrown)) return this.problemResponse(thrown);
      throw thrown;
    }
    const response = result instanceof Response ? fromWebResponse(result) : jsonMockResponse(result.status, result.body, result.headers);
    if (changesState(request.method, response.status)) return (await this.saveState()) ?? response;
    return response;
  }

  /** Hands the state to the listener; an error response when it could not be saved (the client must not believe it was). */
  private async saveState(): Promise<MockResponse | undefined> {
    if (!this.onStateChange) return undefined;
    try {
      await this.onStateChange(this.snapshot());
      return undefined;
    } catch (error) {
      console.error(`[${this.api} mock] saving the state failed:`, error);
      return this.problemResponse(problem('internal', 500, `The mock could not save its state: ${(error as Error).message}`));
    }
  }

  private async control(method: string, action: string): Promise<MockResponse> {
    if (method === 'POST' && action === 'reset') {
      this.reset();
      return (await this.saveState()) ?? { status: 204, headers: {}, body: null };
    }
    if (method === 'POST' && action.startsWith('fixtures/')) {
      try {
        this.loadFixture(decodeURIComponent(action.slice('fixtures/'.length)));
      } catch (error) {
        return jsonMockResponse(404, { message: (error as Error).message });
      }
      return (await this.saveState()) ?? { status: 204, headers: {}, body: null };
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
