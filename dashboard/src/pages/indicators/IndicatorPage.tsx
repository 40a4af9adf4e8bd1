import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Fact } from '../../components/Fact';
import { LocalizedText } from '../../components/LocalizedText';
import { QueryState } from '../../components/QueryState';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { TranslationsPanel } from '../../editing/TranslationsPanel';
import { IndicatorText, useIndicatorText } from '../../figures/indicator-text';
import { t } from '../../i18n/message';
import { PageTitle } from '../../layout/PageTitle';
import '../../components/profile.css';
import { IndicatorsQuery, type IndicatorData } from './queries';

/** One indicator by its code: what it measures, in what unit, and for editors its texts in other languages. */
export default function IndicatorPage({ code }: { code: string }) {
  const [result, reexecute] = useQuery({ query: IndicatorsQuery });
  const indicator = result.data?.indicators.find((candidate) => candidate.code === code);
  if (result.data && !indicator) return <IndicatorNotFound code={code} />;
  return (
    <QueryState what="indicatorsPage.what" result={result} data={indicator} retry={reexecute}>
      {(found) => <Indicator indicator={found} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}

function IndicatorNotFound({ code }: { code: string }) {
  const intl = useIntl();
  return (
    <section>
      <PageTitle page={intl.formatMessage({ id: 'indicatorPage.notFound' })} />
      <h1>{t('indicatorPage.notFound')}</h1>
      <p className="state state-empty">{t('indicatorPage.notFound.explanation', { code })}</p>
      <p>
        <Link href="/indicators">{t('indicatorPage.all')}</Link>
      </p>
    </section>
  );
}

function Indicator({ indicator, onChanged }: { indicator: IndicatorData; onChanged(): void }) {
  const intl = useIntl();
  const editor = useHasRole(EDITORS);
  const texts = useIndicatorText()(indicator);
  const fact = (id: 'unit' | 'code' | 'direction') => intl.formatMessage({ id: `indicatorPage.fact.${id}` });
  return (
    <article className="indicator-page profile">
      <PageTitle page={texts.name.text} />
      <header>
        <p className="meta eyebrow">
          <Link href="/indicators">{t('indicatorPage.eyebrow')}</Link>
        </p>
        <h1>
          <LocalizedText text={texts.name} />
        </h1>
      </header>
      <div className="prose">
        <p>
          <IndicatorText indicator={indicator} field="description" />
        </p>
      </div>
      <dl className="facts">
        <Fact term={fact('unit')}>
          <IndicatorText indicator={indicator} field="unit" />
        </Fact>
        <Fact term={fact('code')}>
          <code>{indicator.code}</code>
        </Fact>
        {indicator.higherIsBetter !== null && (
          <Fact term={fact('direction')}>
            {t(indicator.higherIsBetter ? 'indicatorPage.higherIsBetter' : 'indicatorPage.lowerIsBetter')}
          </Fact>
        )}
      </dl>
      {editor && <TranslationsPanel recordId={indicator.id} type="Indicator" onChanged={onChanged} />}
    </article>
  );
}
