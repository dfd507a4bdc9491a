import { defineCheck } from '../registry.ts';
import type { RequestParts } from '../http.ts';
import { uniqueIds } from '../links.ts';
import type { CheckContext, Exchange, Issue } from '../types.ts';
import { operationPointer, type Resource, resourceOf } from './support/contract-model.ts';
import { documentsStatus } from './support/operations.ts';
import { isExampleCase, linkParts, named, succeeded } from './support/resources.ts';

const name = 'a delete frees what it held';

/**
 * A create that documents 409 holds something only one resource may have (an
 * execution's one review, a unique name). A hard delete ends that resource:
 * the same create sent again must then be served, not refused for a resource
 * nobody can read any more.
 */
function appliesToResource(resource: Resource | undefined): resource is Resource & { remove: NonNullable<Resource['remove']> } {
  return resource?.remove !== undefined && documentsStatus(resource.create, 409) && resource.remove.operation.definition['x-soft-delete'] !== true;
}

function removeLater(context: CheckContext, resource: Resource & { remove: NonNullable<Resource['remove']> }, created: Exchange): RequestParts | undefined {
  const parts = linkParts(context, resource.create, resource.remove.link, created);
  if (parts) context.remember(resource.remove.operation, parts.path ?? {});
  return parts;
}

async function judgeResource(context: CheckContext, resource: Resource & { remove: NonNullable<Resource['remove']> }): Promise<Issue[]> {
  const valid = context.validRequest(resource.create);
  const parts: RequestParts = { ...valid, path: uniqueIds(valid.path, context.uniqueSuffix()) };
  const first = await context.send(resource.create, parts);
  if (!succeeded(first)) return [];
  const removal = removeLater(context, resource, first);
  // Only a create refused while the first resource lives shows that it holds something.
  const twice = await context.send(resource.create, parts);
  if (succeeded(twice)) removeLater(context, resource, twice);
  if (twice.response?.status !== 409 || !removal) return [];
  const removed = await context.send(resource.remove.operation, removal);
  if (!succeeded(removed)) return [];
  context.forget(resource.remove.operation, removal.path ?? {});
  const again = await context.send(resource.create, parts);
  if (succeeded(again)) {
    removeLater(context, resource, again);
    return [];
  }
  if (again.response?.status !== 409) return [];
  return [
    {
      message: `received 409 from ${named(again)} after ${named(removed)} answered ${removed.response!.status} / documented 409 only while a resource holds what the create asks for: the deleted one holds nothing, so the same create is served`,
      constraint: { pointer: [...operationPointer(resource.create), 'responses', '409'], via: [operationPointer(resource.remove.operation)] },
      exchange: again,
    },
  ];
}

export const aDeleteFreesWhatItHeld = defineCheck({
  name,
  description:
    'A create that documents 409 and whose resource has a hard delete (not `x-soft-delete`): the example create, sent twice, is refused with 409 the second time (it holds something: a unique name, an execution\'s one review); after the delete, the same create must be served, not refused for a resource nobody can read (an index entry the delete left behind).',
  level: 'full',
  appliesTo(testCase, contract) {
    return isExampleCase(testCase, name) && appliesToResource(resourceOf(contract, testCase.operation));
  },
  judge(testCase, _exchange, context) {
    const resource = resourceOf(context.contract, testCase.operation);
    return appliesToResource(resource) ? judgeResource(context, resource) : [];
  },
});
