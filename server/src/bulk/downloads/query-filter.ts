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
 * &yearFrom=2015`), checked exactly as the GraphQL argument is: graphql-js coerces the values against
 * the schema's own `PracticeFilter` type (unknown fields, enum values, integers), then
 * `practiceCriteria` applies the API's rules. List fields take repeated parameters, comma lists, or
 * both. Every problem is reported at once as BAD_USER_INPUT, paths named after the parameters
 * (`themes[0]`, `yearTo`).
 */
export async function practiceCriteriaFromQuery(
  schema: GraphQLSchema,
  query: Request['query'],
  viewer: Viewer,
): Promise<PracticeCriteria> {
  const type = schema.getType('PracticeFilter');
  if (!isInputObjectType(type)) throw new Error('the schema has no PracticeFilter input type');
  const fields = type.getFields();
  const problems: FieldProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const [parameter, value] of Object.entries(query)) {
    const name = parameter.endsWith('[]') ? parameter.slice(0, -2) : parameter;
    const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
    if (!field) {
      problems.push({ path: name, message: `is not a filter; use ${Object.keys(fields).join(', ')}` });
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
  const filter = coerceInputValue(raw, type, (path, _value, error) => {
    problems.push({ path: path.length ? pathOf(String(path[0]), path.slice(1)) : 'query', message: error.message });
  }) as PracticeFilter;
  if (problems.length) throw badUserInput(problems);

  const criteriaProblems = new InputProblems();
  const criteria = practiceCriteria(filter, viewer, criteriaProblems);
  try {
    criteriaProblems.throwIfAny();
  } catch (error) {
    // The API names the argument (`filter.themes`); here each parameter is at the top.
    const fieldsOf = (error as { extensions?: { fields?: FieldProblem[] } }).extensions?.fields;
    if (!fieldsOf) throw error;
    throw badUserInput(fieldsOf.map((problem) => ({ ...problem, path: problem.path.replace(/^filter\./, '') })));
  }
  return criteria;
}

/** A parameter's text as the GraphQL value it stands for: integers for Int fields, text otherwise. */
function scalar(type: GraphQLNamedType, text: string): unknown {
  return type.name === GraphQLInt.name && /^[-+]?\d{1,10}$/.test(text) ? Number(text) : text;
}
