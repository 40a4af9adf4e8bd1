import { useIntl } from 'react-intl';
import { SourceLink } from '../../components/SourceLinks';
import { useLanguageName } from '../../components/LocalizedText';
import { t } from '../../i18n/message';
import type { CountryData } from './queries';

/**
 * A member state's ministries, departments and laws under their official names in a national
 * language, each as its cited source writes it (marked with its language, so that screen readers
 * read it in that language). Nothing where no source gives such names.
 */
export function OfficialNames({ names }: { names: CountryData['officialNames'] }) {
  const intl = useIntl();
  const languageName = useLanguageName();
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="country-official-names">
      <h2 id="country-official-names">{t('countryPage.officialNames')}</h2>
      <p className="meta">{t('countryPage.officialNames.lede')}</p>
      <div className="table-scroll">
        <table className="official-names">
          <caption className="visually-hidden">
            {intl.formatMessage({ id: 'countryPage.officialNames.caption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('countryPage.officialNames.name')}</th>
              <th scope="col">{t('countryPage.officialNames.asGiven')}</th>
              <th scope="col">{t('countryPage.officialNames.language')}</th>
              <th scope="col">{t('countryPage.officialNames.source')}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => (
              <tr key={name.id}>
                <th scope="row">{name.name}</th>
                <td lang={name.language}>{name.nameAsGiven}</td>
                <td>{languageName(name.language)}</td>
                <td>
                  <SourceLink source={name.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
