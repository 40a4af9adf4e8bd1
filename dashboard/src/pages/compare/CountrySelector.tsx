import { useIntl } from 'react-intl';
import { MemberStateMark } from '../../charts/Marker';
import { useCountryName } from '../../components/country-name';
import type { CountriesData } from './queries';
import { t } from '../../i18n/message';

/**
 * Checkboxes of the member states, each with its colour and marker in the charts: ticking adds a
 * country at the end, unticking removes it.
 */
export function CountrySelector({
  countries,
  selected,
  onChange,
}: {
  countries: CountriesData['countries'];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const intl = useIntl();
  const countryName = useCountryName();
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...selected.filter((c) => c !== code), code] : selected.filter((c) => c !== code));
  return (
    <fieldset className="compare-selector">
      <legend>{t('compare.selector.legend')}</legend>
      <p className="meta">{t('compare.selector.how')}</p>
      <ul>
        {countries.map((country) => {
          const checked = selected.includes(country.code);
          const name = countryName(country);
          return (
            <li key={country.code}>
              <label>
                <input
                  type="checkbox"
                  name="countries"
                  value={country.code}
                  checked={checked}
                  onChange={(event) => toggle(country.code, event.currentTarget.checked)}
                />{' '}
                <MemberStateMark code={country.code} />
                {name}{' '}
                <span className="meta">
                  (
                  <abbr title={intl.formatMessage({ id: 'compare.selector.isoCode' }, { country: name })}>
                    {country.code}
                  </abbr>
                  )
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="secondary" onClick={() => onChange([])}>
          {t('compare.selector.clear')}
        </button>
      )}
    </fieldset>
  );
}
