import type { HttpMethod, Operation } from '../../contract/spec.ts';

interface PathRoute {
  template: string;
  pattern: RegExp;
  parameterNames: string[];
  literalSegments: number;
  byMethod: Map<HttpMethod, Operation>;
}

export type RouteMatch =
  | { kind: 'operation'; operation: Operation; pathParameters: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

/**
 * Matches request paths to the contract's templated paths. Templates with more
 * literal segments win, so `/reviews/stats` is never taken for `/reviews/{reviewId}`.
 */
export class Router {
  private readonly routes: PathRoute[] = [];

  constructor(operations: Operation[]) {
    const byTemplate = new Map<string, PathRoute>();
    for (const operation of operations) {
      let route = byTemplate.get(operation.path);
      if (!route) {
        const parameterNames: string[] = [];
        const source = operation.path
          .split('/')
          .map((segment) =>
            segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
              if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              parameterNames.push(name);
              return '([^/]+)';
            }),
          )
          .join('/');
        route = {
          template: operation.path,
          pattern: new RegExp(`^${source}/?$`),
          parameterNames,
          literalSegments: operation.path.split('/').filter((segment) => segment && !segment.includes('{')).length,
          byMethod: new Map(),
        };
        byTemplate.set(operation.path, route);
        this.routes.push(route);
      }
      route.byMethod.set(operation.method, operation);
    }
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  match(method: string, pathname: string): RouteMatch {
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const operation = route.byMethod.get(method.toLowerCase() as HttpMethod);
      if (!operation) {
        return { kind: 'method-not-allowed', allow: [...route.byMethod.keys()].map((name) => name.toUpperCase()) };
      }
      const pathParameters: Record<string, string> = {};
      route.parameterNames.forEach((name, index) => {
        pathParameters[name] = safeDecode(found[index + 1]!);
      });
      return { kind: 'operation', operation, pathParameters };
    }
    return { kind: 'not-found' };
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
