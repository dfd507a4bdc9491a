import { listOperations, loadSpec, type Operation } from '../../contract/spec.ts';
import { ContractValidator } from '../../contract/validator.ts';
import { createEnvironment, type Environment, type EnvironmentOptions } from './environment.ts';
import { type ErrorStyle, Problem, problem } from './problems.ts';
import { parseRequest } from './request.ts';
import { Router } from './router.ts';
import type { Handler } from './types.ts';

/** Everything that makes one API's stateful mock: its store, its callers, its handlers. */
export interface MockDefinition<Caller, Store> {
  api: string;
  errorStyle: ErrorStyle;
  createStore(environment: Environment): Store;
  /** Who is calling, from the request's credentials; a Problem (401/403) when nobody valid is. */
  authenticate(request: Request, operation: Operation, store: Store): Caller | Problem;
  handlers: Record<string, Handler<any, Caller, Store>>;
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
  }

  /** The web-standard entry point. Never throws: every failure becomes the API's own error response. */
  handle = async (request: Request): Promise<Response> => {
    try {
      return await this.dispatch(request);
    } catch (error) {
      console.error(`[${this.api} mock] ${request.method} ${request.url}:`, error);
      return this.problemResponse(problem('internal', 500, 'Internal mock error'));
    }
  };

  private async dispatch(request: Request): Promise<Response> {
    const url = new URL(request.url);
    let pathname = url.pathname;
    if (pathname.startsWith(controlPrefix)) return this.control(request.method, pathname.slice(controlPrefix.length));
    if (this.basePath && pathname.startsWith(`${this.basePath}/`)) pathname = pathname.slice(this.basePath.length);

    const match = this.router.match(request.method, pathname);
    if (match.kind === 'not-found') return this.problemResponse(problem('not-found', 404, `Cannot ${request.method} ${url.pathname}`));
    if (match.kind === 'method-not-allowed') {
      return this.problemResponse(problem('method-not-allowed', 405, `Method ${request.method} is not allowed on ${url.pathname}`, { headers: { Allow: match.allow.join(', ') } }));
    }
    const { operation } = match;
    const caller = this.definition.authenticate(request, operation, this.store);
    if (isProblem(caller)) return this.problemResponse(caller);

    const parsed = await parseRequest(request, url, operation, match.pathParameters, this.validator, this.definition.errorStyle);
    if (isProblem(parsed)) return this.problemResponse(parsed);

    const result: Response | HandlerOutcome = await this.definition.handlers[operation.operationId]!({
      path: parsed.path,
      query: parsed.query,
      headers: request.headers,
      body: parsed.body,
      caller,
      store: this.store,
      request,
      rawBody: parsed.rawBody,
    } as never) as Response | HandlerOutcome;
    if (result instanceof Response) return result;
    return jsonResponse(result.status, result.body, result.headers);
  }

  private control(method: string, action: string): Response {
    if (method === 'POST' && action === 'reset') {
      this.reset();
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && action.startsWith('fixtures/')) {
      try {
        this.loadFixture(decodeURIComponent(action.slice('fixtures/'.length)));
        return new Response(null, { status: 204 });
      } catch (error) {
        return jsonResponse(404, { message: (error as Error).message });
      }
    }
    return jsonResponse(404, { message: 'mock controls: POST /__mock/reset, POST /__mock/fixtures/<name>' });
  }

  private problemResponse(found: Problem): Response {
    return jsonResponse(found.status, this.definition.errorStyle.render(found), found.headers);
  }
}

function isProblem(value: unknown): value is Problem {
  return value instanceof Problem;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (body === undefined || status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
