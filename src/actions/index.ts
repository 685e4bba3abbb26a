export type { ActionDefinition, ActionKind } from './action-definition.js';
export type { ActionClient } from './action-client.js';
export type { BodyDoc, FieldDoc, FieldType, ResponseDoc } from './field-doc.js';
export { actions, findAction } from './catalogue.js';
export { getAction, closeActionNames } from './get-action.js';
export { ActionError, ActionInputError, UnknownActionError, type ActionInputIssue } from './action-errors.js';
export { ActionWalkError } from './action-walk-error.js';
export { validateActionInput, jsonTypeOf } from './validate-input.js';
export { buildActionRequest } from './build-request.js';
export {
  executeAction,
  iterateAction,
  type ActionResult,
  type ExecuteActionOptions,
  type OutputCheck,
} from './execute-action.js';
export { createActionMethods, type ActionMethod, type ActionMethods } from './create-action-methods.js';
export type {
  ActionInputs,
  ActionItem,
  ActionMethodOf,
  ActionName,
  ActionOutputs,
  JsonPatchOperation,
  JsonValue,
  TypedActionMethods,
} from './generated/action-types.js';
export {
  actionInputJsonSchema,
  actionOutputJsonSchema,
  describeAction,
  summarizeAction,
  type ActionSummary,
} from './describe-action.js';
export { fileInputSchema, type FileInput } from './file-input.js';
export { fileResponseData, type FileOutput } from './file-response.js';
