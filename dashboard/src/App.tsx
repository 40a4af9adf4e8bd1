import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './layout/Layout';
import { Loading } from './components/QueryState';

// One chunk per page: the first load carries only the page it shows.
const OverviewPage = lazy(() => import('./pages/overview/OverviewPage'));
const PracticesPage = lazy(() => import('./pages/practices/PracticesPage'));
const PracticePage = lazy(() => import('./pages/practice/PracticePage'));
const CountryPage = lazy(() => import('./pages/country/CountryPage'));
const ProgramPage = lazy(() => import('./pages/program/ProgramPage'));
const ComparePage = lazy(() => import('./pages/compare/ComparePage'));
const SignInPage = lazy(() => import('./pages/sign-in/SignInPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading what="page" />}>
        <Switch>
          <Route path="/" component={OverviewPage} />
          <Route path="/practices" component={PracticesPage} />
          <Route path="/practices/:id">{(params) => <PracticePage id={params.id} />}</Route>
          <Route path="/countries/:code">{(params) => <CountryPage code={params.code} />}</Route>
          <Route path="/programs/:id">{(params) => <ProgramPage id={params.id} />}</Route>
          <Route path="/compare" component={ComparePage} />
          <Route path="/sign-in" component={SignInPage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
