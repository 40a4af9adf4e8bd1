import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Layout } from './layout/Layout';
import { Loading } from './components/QueryState';

// One chunk per page: the first load carries only the page it shows.
const OverviewPage = lazy(() => import('./pages/overview/OverviewPage'));
const PracticesPage = lazy(() => import('./pages/practices/PracticesPage'));
const PracticePage = lazy(() => import('./pages/practice/PracticePage'));
const PracticeFormPage = lazy(() => import('./pages/practice-form/PracticeFormPage'));
const MyPracticesPage = lazy(() => import('./pages/my-practices/MyPracticesPage'));
const CountryPage = lazy(() => import('./pages/country/CountryPage'));
const ProgramPage = lazy(() => import('./pages/program/ProgramPage'));
const CountryFormPage = lazy(() => import('./pages/country-form/CountryFormPage'));
const ProgramFormPage = lazy(() => import('./pages/program-form/ProgramFormPage'));
const OutcomesFormPage = lazy(() => import('./pages/outcomes-form/OutcomesFormPage'));
const StudyFormPage = lazy(() => import('./pages/study-form/StudyFormPage'));
const CountryStatisticsPage = lazy(() => import('./pages/country-statistics/CountryStatisticsPage'));
const ComparePage = lazy(() => import('./pages/compare/ComparePage'));
const SignInPage = lazy(() => import('./pages/sign-in/SignInPage'));
const ReviewQueuePage = lazy(() => import('./pages/review/ReviewQueuePage'));
const SourcePage = lazy(() => import('./pages/source/SourcePage'));
const IndicatorsPage = lazy(() => import('./pages/indicators/IndicatorsPage'));
const IndicatorPage = lazy(() => import('./pages/indicators/IndicatorPage'));
const CoveragePage = lazy(() => import('./pages/coverage/CoveragePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading what="what.page" />}>
        <Switch>
          <Route path="/" component={OverviewPage} />
          <Route path="/practices" component={PracticesPage} />
          <Route path="/practices/new">{() => <PracticeFormPage />}</Route>
          <Route path="/practices/:id/edit">{(params) => <PracticeFormPage id={params.id} />}</Route>
          <Route path="/practices/:id">{(params) => <PracticePage id={params.id} />}</Route>
          <Route path="/my-practices" component={MyPracticesPage} />
          <Route path="/countries/:code/edit">{(params) => <CountryFormPage code={params.code} />}</Route>
          <Route path="/countries/:code/statistics">{(params) => <CountryStatisticsPage code={params.code} />}</Route>
          <Route path="/countries/:code">{(params) => <CountryPage code={params.code} />}</Route>
          <Route path="/programs/new">{() => <ProgramFormPage />}</Route>
          <Route path="/programs/:id/edit">{(params) => <ProgramFormPage id={params.id} />}</Route>
          <Route path="/programs/:id/outcomes">{(params) => <OutcomesFormPage id={params.id} />}</Route>
          <Route path="/programs/:id">{(params) => <ProgramPage id={params.id} />}</Route>
          <Route path="/studies/new">{() => <StudyFormPage />}</Route>
          <Route path="/studies/:id/edit">{(params) => <StudyFormPage id={params.id} />}</Route>
          <Route path="/compare" component={ComparePage} />
          <Route path="/sources/:id">{(params) => <SourcePage id={params.id} />}</Route>
          <Route path="/coverage" component={CoveragePage} />
          <Route path="/indicators" component={IndicatorsPage} />
          <Route path="/indicators/:code">{(params) => <IndicatorPage code={params.code} />}</Route>
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/review" component={ReviewQueuePage} />
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </Layout>
  );
}
