import {
  getArgumentValues,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { FieldProblem } from '../graphql/errors';
import { outOfRange, rangeOf } from '../graphql/argument-range';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

/**
 * C0 control characters but tab, line feed and carriage return. None belongs in a code, a search
 * or a title, and a NUL reached the SQL drivers as is (both fail on it, INTERNAL_SERVER_ERROR).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/** Enough to show what is wrong: a body full of bad values would otherwise get an answer many times its size. */
const MAX_PROBLEMS = 20;

/**
 * Every argument value of the operation, written in the document or passed as a variable, checked
 * against its schema type (argumentValueProblems). Paths are rooted at the argument
 * (`filter.countryCodes`, `input.title`), after the field's name for fields below the root
 * (`programs.first`), as resolvers name them.
 */
export function argumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableValues: Record<string, unknown>,
  limits: Pick<RequestLimits, 'maxListLength'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const roots = new Set<GraphQLNamedType | null | undefined>([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (!field || field.args.length === 0) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variableValues);
      } catch {
        return; // a value that does not fit its type: execution refuses it, naming it, before anything runs
      }
      const prefix = roots.has(typeInfo.getParentType()) ? '' : `${field.name}.`;
      for (const argument of field.args) {
        problems.push(...argumentValueProblems(argument, values[argument.name], prefix + argument.name, limits));
      }
    },
  });
  for (const node of [operation, ...fragmentsUsedBy(operation, document)]) visit(node, visitor);
  return problems.slice(0, MAX_PROBLEMS);
}

/**
 * What is wrong with one argument's value (as coerced to its type), at any depth of its lists and
 * input objects: a list longer than ATLAS_MAX_LIST_LENGTH (its items are then not looked at), text
 * with a control character, an Int outside the range its definition declares (argument-range.ts).
 */
export function argumentValueProblems(
  argument: GraphQLArgument,
  value: unknown,
  path: string,
  limits: Pick<RequestLimits, 'maxListLength'>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (
    type: GraphQLInputType,
    value: unknown,
    path: string,
    definition: GraphQLArgument | GraphQLInputField,
  ): void => {
    if (value == null || problems.length >= MAX_PROBLEMS) return;
    if (isNonNullType(type)) return check(type.ofType, value, path, definition);
    if (isListType(type)) {
      const items = Array.isArray(value) ? value : [value];
      if (items.length > limits.maxListLength) {
        problems.push({
          path,
          message: `has ${items.length} items, more than ${limits.maxListLength} (set by ${LIMIT_VARIABLES.maxListLength})`,
        });
        return;
      }
      items.forEach((item, index) => check(type.ofType, item, `${path}[${index}]`, definition));
      return;
    }
    if (isInputObjectType(type)) {
      const fields = value as Record<string, unknown>;
      for (const field of Object.values(type.getFields()))
        check(field.type, fields[field.name], `${path}.${field.name}`, field);
      return;
    }
    if (isEnumType(type)) return;
    const control = typeof value === 'string' ? CONTROL_CHARACTER.exec(value) : null;
    if (control) {
      problems.push({
        path,
        message: `contains the control character ${codePoint(control[0])}: of those, only tab, line feed and carriage return are accepted`,
      });
    }
    const range = rangeOf(definition);
    const outside = range && typeof value === 'number' ? outOfRange(range, value) : null;
    if (outside) problems.push({ path, message: outside });
  };
  check(argument.type, value, path, argument);
  return problems;
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The fragments the operation spreads, directly or through other fragments. */
function fragmentsUsedBy(operation: OperationDefinitionNode, document: DocumentNode): FragmentDefinitionNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: ASTNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [...used.values()];
}
