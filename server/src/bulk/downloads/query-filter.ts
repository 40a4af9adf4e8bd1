import type { Request } from 'express';
import {
  coerceInputValue,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  GraphQLInt,
  isInputObjectType,
  isListType,
  type GraphQLNamedType,
} from 'graphql';
import type { Viewer } from '../../access/viewer';
import { badUserInput, InputProblems, type FieldProblem } from '../../graphql/errors';
import { pathOf } from '../../graphql/validate-input';
import type { PracticeFilter } from '../../practices/practice-filter.input';
import type { PracticeCriteria } from '@atlas/shared';
import { practiceCriteria } from '../../practices/practice-search';

/**
 * The `PracticeFilter` of the API from URL query parameters (`?countryCodes=ID,PH&themes=ENTREPRENEURSHIP
 * &yearFrom=2015`), checked exactly as the GraphQL argument is: `filterFromQuery`, then
 * `practiceCriteria` applies the API's rules. Every problem is reported at once as BAD_USER_INPUT,
 * paths named after the parameters (`themes[0]`, `yearTo`).
 */
export async function practiceCriteriaFromQuery(
  schema: GraphQLSchema,
  query: Request['query'],
  viewer: Viewer,
): Promise<PracticeCriteria> {
  const filter = filterFromQuery<PracticeFilter>(schema, 'PracticeFilter', query);
  const criteriaProblems = new InputProblems();
  const criteria = practiceCriteria(filter, viewer, criteriaProblems);
  atParameters(() => criteriaProblems.throwIfAny());
  return criteria;
}

/**
 * The filter input type `typeName` of the API (`ProgramFilter`, `OutcomeFilter`) from URL query
 * parameters, checked as the GraphQL argument is: graphql-js coerces the values against the
 * schema's own type (unknown fields, enum values, integers). List fields take repeated parameters,
 * comma lists, or both. With no type (a download nothing narrows), every parameter is refused.
 * Every problem is reported at once as BAD_USER_INPUT naming the parameter.
 */
export function filterFromQuery<F>(schema: GraphQLSchema, typeName: string | null, query: Request['query']): F {
  const type = typeName === null ? null : schema.getType(typeName);
  if (type !== null && !isInputObjectType(type)) throw new Error(`the schema has no ${typeName} input type`);
  const fields = type ? type.getFields() : {};
  const problems: FieldProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const [parameter, value] of Object.entries(query)) {
    const name = parameter.endsWith('[]') ? parameter.slice(0, -2) : parameter;
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!field) {
      const known = Object.keys(fields);
      problems.push({
        path: name,
        message: known.length
          ? `is not a filter; use ${known.join(', ')}`
          : 'is not a filter; this download takes none',
      });
      continue;
    }
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    const fieldType = getNullableType(field.type);
    const itemType = getNamedType(fieldType);
    if (isListType(fieldType)) {
      const items = values.flatMap((v) => v.split(',').map((item) => item.trim())).filter(Boolean);
      raw[name] = [...((raw[name] as unknown[] | undefined) ?? []), ...items.map((item) => scalar(itemType, item))];
    } else if (values.length !== 1) {
      problems.push({ path: name, message: 'give one value' });
    } else {
      raw[name] = scalar(itemType, values[0]!.trim());
    }
  }
  const filter = type
    ? (coerceInputValue(raw, type, (path, _value, error) => {
        problems.push({ path: path.length ? pathOf(String(path[0]), path.slice(1)) : 'query', message: error.message });
      }) as F)
    : ({} as F);
  if (problems.length) throw badUserInput(problems);
  return filter;
}

/**
 * Runs the API's own check of a filter (which names the argument: `filter.themes`) with each
 * problem named after its parameter instead (`themes`), as the downloads take them at the top.
 */
export function atParameters<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    const fieldsOf = (error as { extensions?: { fields?: FieldProblem[] } }).extensions?.fields;
    if (!fieldsOf) throw error;
    throw badUserInput(fieldsOf.map((problem) => ({ ...problem, path: problem.path.replace(/^filter\./, '') })));
  }
}

/** A parameter's text as the GraphQL value it stands for: integers for Int fields, text otherwise. */
function scalar(type: GraphQLNamedType, text: string): unknown {
  return type.name === GraphQLInt.name && /^[-+]?\d{1,10}$/.test(text) ? Number(text) : text;
}
