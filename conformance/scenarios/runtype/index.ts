import type { Scenario } from '../../scenario.ts';
import { agentVersions } from './agents-versions.ts';
import { conversationMessages } from './conversations-messages.ts';
import { credentialsShownOnce } from './cross-credentials-shown-once.ts';
import { cursorWalk } from './cross-pagination-cursor-walk.ts';
import { validationDetails } from './cross-validation-error-details.ts';
import { secretValueHidden } from './secrets-value-never-returned.ts';

export const runtypeScenarios: Scenario[] = [cursorWalk, validationDetails, secretValueHidden, credentialsShownOnce, agentVersions, conversationMessages];
