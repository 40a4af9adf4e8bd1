import { MemberStateMark } from '../../charts/Marker';
import type { CountriesData } from './queries';

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
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...selected.filter((c) => c !== code), code] : selected.filter((c) => c !== code));
  return (
    <fieldset className="compare-selector">
      <legend>Member states to compare</legend>
      <p className="meta">
        Tick two or more; they appear in the order you tick them. The address of this page keeps your choice, so you can
        share it.
      </p>
      <ul>
        {countries.map((country) => {
          const checked = selected.includes(country.code);
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
                {country.name}{' '}
                <span className="meta">
                  (<abbr title={`ISO code of ${country.name}`}>{country.code}</abbr>)
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <button type="button" className="secondary" onClick={() => onChange([])}>
          Clear the selection
        </button>
      )}
    </fieldset>
  );
}
