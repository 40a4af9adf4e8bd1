import type { ApolloServerPlugin } from '@apollo/server';
import { getLocation, Kind, visit, type DocumentNode, type GraphQLFormattedError, type ValueNode } from 'graphql';
import { withCode, type FieldProblem } from '../../graphql/errors';

/** graphql-js messages about a value that does not fit its argument's type. */
const VALUE_ERROR =
  /Expected value of type|does not exist in ".*" enum|cannot represent|Expected type|is not defined by type|of required type .* was not provided/;
const VARIABLE_ERROR =
  /^Variable "\$[^"]+" got invalid value .* at "([^"]+)"; (.*)$|^Variable "\$([^"]+)" got invalid value [^;]*; (.*)$/s;

/**
 * A literal of the wrong type in a query (`themes: [FOO]`) fails validation with a message that
 * does not name the argument. This plugin turns such errors, and variable coercion errors, into
 * BAD_USER_INPUT with `extensions.fields: [{ path, message }]` naming the argument, so every bad
 * input reaches clients the same way.
 */
export function argumentErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, source }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const paths = document && source ? argumentPaths(document, source) : new Map<string, string>();
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => rewrite(error, paths));
        },
      };
    },
  };
}

function rewrite(error: GraphQLFormattedError, paths: Map<string, string>): GraphQLFormattedError {
  const code = error.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && VALUE_ERROR.test(error.message)) {
    const location = error.locations?.[0];
    const path = location && paths.get(`${location.line}:${location.column}`);
    if (!path) return error;
    return badInput(`Argument "${path}" has an invalid value: ${error.message}`, [{ path, message: error.message }]);
  }
  if (code === 'BAD_USER_INPUT' && !error.extensions?.fields) {
    const match = VARIABLE_ERROR.exec(error.message);
    if (match) {
      const path = match[1] ?? match[3]!;
      return badInput(error.message, [{ path, message: (match[2] ?? match[4])! }]);
    }
  }
  return error;
}

function badInput(message: string, fields: FieldProblem[]): GraphQLFormattedError {
  return { message, extensions: { code: 'BAD_USER_INPUT', fields: fields.map(withCode) } };
}

/** Every value literal of every field argument, by "line:column", with its path (`filter.themes[0]`). */
function argumentPaths(document: DocumentNode, source: string): Map<string, string> {
  const paths = new Map<string, string>();
  const record = (node: ValueNode, path: string) => {
    if (node.loc) {
      const { line, column } = getLocation(node.loc.source, node.loc.start);
      paths.set(`${line}:${column}`, path);
    }
    if (node.kind === Kind.LIST) node.values.forEach((item, index) => record(item, `${path}[${index}]`));
    if (node.kind === Kind.OBJECT) node.fields.forEach((field) => record(field.value, `${path}.${field.name.value}`));
  };
  visit(document, {
    Argument(node) {
      record(node.value, node.name.value);
    },
  });
  void source;
  return paths;
}
