import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getNamedType,
  isInputObjectType,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Logger } from '../logging/logger';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutorRequest = Parameters<Executor>[0];

/** Compiled once a document is asked for this often: a document seen once is not worth compiling. */
export const COMPILE_ON_SIGHTING = 2;

interface DocumentPlans {
  sightings: number;
  /** By operation name ('' for the only one): its compiled form, or null where compiling failed. */
  compiled: Map<string, CompiledQuery | null>;
}

/**
 * Queries compiled into JavaScript (graphql-jit) instead of interpreted by graphql-js on every
 * request: a page of 20 practices completes some 400 values, and graphql-js walks the document
 * and the schema for each one anew. Apollo Server has no executor option; its gateway interface
 * is the supported way to execute with another executor, so this is a "gateway" that serves the
 * Atlas's own schema. Everything before execution (parsing, validation, the operation gate's
 * arguments and cost, the plugins) is Apollo's as before.
 *
 * The answer never differs from graphql-js's: mutations, documents seen once and any compiled
 * answer carrying an error are answered by graphql-js's `execute` (a query re-run reads the same
 * records; its errors are then graphql-js's own, word for word), and a document that fails to
 * compile or whose compiled form throws is logged and left to graphql-js from then on. Documents
 * are keyed by identity: Apollo's document store hands back the same parsed document for the same
 * text, and its size bound bounds the compiled forms too (a WeakMap drops them with it).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  logger: Logger,
  compile: typeof compileOperation = compileOperation,
): Gateway {
  const plans = new WeakMap<DocumentNode, DocumentPlans>();

  const standard = (request: ExecutorRequest) =>
    execute({
      schema,
      document: request.document,
      contextValue: request.context,
      variableValues: request.request.variables,
      operationName: request.request.operationName,
    });

  const compiledFor = (request: ExecutorRequest): CompiledQuery | null => {
    if (request.operation.operation !== 'query') return null;
    if (takesRecursiveInput(schema, request.operation)) return null;
    let plan = plans.get(request.document);
    if (!plan) {
      plan = { sightings: 0, compiled: new Map() };
      plans.set(request.document, plan);
    }
    const name = request.request.operationName ?? '';
    const known = plan.compiled.get(name);
    if (known !== undefined) return known;
    plan.sightings += 1;
    if (plan.sightings < COMPILE_ON_SIGHTING) return null;
    let compiled: CompiledQuery | null = null;
    try {
      compiled = compile(schema, request.document, name || undefined);
    } catch (error) {
      logger.warn({ err: error, operation: name || null }, 'operation not compiled: answered by graphql-js');
    }
    plan.compiled.set(name, compiled);
    return compiled;
  };

  const executor: Executor = async (request) => {
    const compiled = compiledFor(request);
    if (!compiled) return standard(request);
    let result: ExecutionResult;
    try {
      result = await compiled.query(undefined, request.context, request.request.variables ?? {});
    } catch (error) {
      logger.warn(
        { err: error, operation: request.operationName },
        'compiled operation failed: answered by graphql-js',
      );
      plans.get(request.document)?.compiled.set(request.request.operationName ?? '', null);
      return standard(request);
    }
    if (!result.errors?.length) return result;
    logger.debug(
      { operation: request.operationName, errors: result.errors.map((error) => error.message) },
      'compiled operation answered with errors: answered by graphql-js',
    );
    return standard(request);
  };

  let schemaListener: Parameters<Gateway['onSchemaLoadOrUpdate']>[0] | undefined;
  return {
    onSchemaLoadOrUpdate(listener) {
      schemaListener = listener;
      return () => (schemaListener = undefined);
    },
    async load() {
      schemaListener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { executor };
    },
    async stop() {},
  };
}

const recursiveInputs = new WeakMap<GraphQLInputObjectType, boolean>();

/**
 * Whether a variable of the operation is of an input type that contains itself (`PracticeFilter`'s
 * `anyOf`): graphql-jit 0.8 writes the coercion of such a variable out field by field without end,
 * until the process runs out of memory. Such operations are left to graphql-js.
 */
function takesRecursiveInput(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    const named = type && getNamedType(type);
    return isInputObjectType(named) && containsItself(named);
  });
}

function containsItself(type: GraphQLInputObjectType): boolean {
  let known = recursiveInputs.get(type);
  if (known === undefined) {
    const seen = new Set<GraphQLInputObjectType>();
    const reaches = (from: GraphQLInputObjectType): boolean =>
      Object.values(from.getFields()).some((field) => {
        const inner = getNamedType(field.type);
        if (!isInputObjectType(inner)) return false;
        if (inner === type) return true;
        if (seen.has(inner)) return false;
        seen.add(inner);
        return reaches(inner);
      });
    known = reaches(type);
    recursiveInputs.set(type, known);
  }
  return known;
}

/** The operation compiled by graphql-jit; throws where it cannot be. */
export function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined) {
  // No stack captured for errors: an answer with errors is graphql-js's anyway.
  const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
  if (isCompiledQuery(compiled)) return compiled;
  throw new Error(compiled.errors?.map((error) => error.message).join('; ') ?? 'not compiled');
}
