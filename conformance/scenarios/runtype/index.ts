import type { Scenario } from '../../scenario.ts';
import { agentVersions } from './agents-versions.ts';
import { conversationMessages } from './conversations-messages.ts';
import { credentialsShownOnce } from './credentials-shown-once.ts';
import { cursorWalk } from './pagination-cursor-walk.ts';
import { secretValueHidden } from './secrets-value-never-returned.ts';
import { validationDetails } from './validation-error-details.ts';

export const runtypeScenarios: Scenario[] = [cursorWalk, validationDetails, secretValueHidden, credentialsShownOnce, agentVersions, conversationMessages];
