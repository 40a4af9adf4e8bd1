import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { tooComplex } from '../graphql/errors';
import { LIMIT_VARIABLES, type RequestLimits } from './limits-config';

/** graphql-armor's message, without the "Syntax Error: " it puts first (these are not syntax errors). */
function reason(error: GraphQLError): string {
  return error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
}

/** Reports a rejection as QUERY_TOO_COMPLEX instead of throwing, so it reaches the client as a coded error. */
function reportAs(name: 'maxDepth' | 'maxAliases' | 'maxDirectives', limits: RequestLimits) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(tooComplex(reason(error), { name, value: limits[name], variable: LIMIT_VARIABLES[name] })),
    ],
  };
}

/** Validation rules for the shape of a document: depth (introspection aside), aliases and directives. */
export function documentRules(limits: RequestLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...reportAs('maxDepth', limits) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs('maxAliases', limits) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs('maxDirectives', limits) }),
  ];
}
