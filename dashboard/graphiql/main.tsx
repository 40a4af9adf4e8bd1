/**
 * The self-hosted GraphQL explorer at /graphiql: GraphiQL, bundled by our own build (no CDN),
 * talking to this origin's /graphql, with example queries for researchers as tabs. A second
 * entry of the Vite build (graphiql.html), so the dashboard's own pages never load it.
 */
import { useEditorContext } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples';
import './explorer.css';

// Same origin as the page: the server that serves /graphiql also answers /graphql.
const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).href });

const defaultTabs = EXAMPLES.map(({ query, variables }) => ({ query, variables }));

/**
 * GraphiQL 4 fills the editors at load from its props or the last edited text, not from the open
 * tab (graphql/graphiql#3392): the first example's variables would show empty, and a returning
 * visitor's open tab could show another tab's variables. Put the open tab's own query and
 * variables in once the editors exist.
 */
function RestoreOpenTab() {
  const { queryEditor, variableEditor, tabs, activeTabIndex } = useEditorContext({ nonNull: true });
  useEffect(() => {
    const tab = tabs[activeTabIndex];
    if (!queryEditor || !variableEditor || !tab) return;
    if (queryEditor.getValue() !== (tab.query ?? '')) queryEditor.setValue(tab.query ?? '');
    if (variableEditor.getValue() !== (tab.variables ?? '')) variableEditor.setValue(tab.variables ?? '');
    // Once, when the editors appear: later the researcher's own edits rule.
  }, [queryEditor, variableEditor]);
  return null;
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      // Headers (Authorization: Bearer …) go with every request but, unless the researcher turns
      // it on in the settings, are never kept in the browser's storage.
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a className="atlas-graphiql-home" href="/" title="Back to the Reintegration Atlas dashboard">
          Reintegration Atlas API
        </a>
      </GraphiQL.Logo>
      <RestoreOpenTab />
    </GraphiQL>
  </StrictMode>,
);
