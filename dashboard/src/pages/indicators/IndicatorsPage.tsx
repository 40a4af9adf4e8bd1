import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { QueryState } from '../../components/QueryState';
import { IndicatorText, useIndicatorText } from '../../figures/indicator-text';
import { t } from '../../i18n/message';
import { PageTitle } from '../../layout/PageTitle';
import { IndicatorsQuery } from './queries';

/** What the Atlas's figures measure: every indicator, by name in the page's language, with its unit and code. */
export default function IndicatorsPage() {
  const intl = useIntl();
  const [result, reexecute] = useQuery({ query: IndicatorsQuery });
  const textOf = useIndicatorText();
  return (
    <section className="indicators-page">
      <PageTitle page={intl.formatMessage({ id: 'indicatorsPage.title' })} />
      <h1>{t('indicatorsPage.title')}</h1>
      <p className="lede">{t('indicatorsPage.lede')}</p>
      <QueryState what="indicatorsPage.what" result={result} data={result.data?.indicators} retry={reexecute}>
        {(indicators) => (
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('indicatorsPage.name')}</th>
                  <th scope="col">{t('indicatorsPage.unit')}</th>
                  <th scope="col">{t('indicatorsPage.code')}</th>
                </tr>
              </thead>
              <tbody>
                {[...indicators]
                  .sort((a, b) => textOf(a).name.text.localeCompare(textOf(b).name.text, intl.locale))
                  .map((indicator) => (
                    <tr key={indicator.code}>
                      <th scope="row">
                        <Link href={`/indicators/${indicator.code}`}>
                          <IndicatorText indicator={indicator} field="name" />
                        </Link>
                      </th>
                      <td>
                        <IndicatorText indicator={indicator} field="unit" />
                      </td>
                      <td>
                        <code>{indicator.code}</code>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}
