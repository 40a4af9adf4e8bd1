import { useCallback } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { MessageId } from '../i18n/message-ids';

/**
 * A member state's name in `intl`'s language, from the catalogs (`country.PH`: "Philippines",
 * "Filipina"); the record's own name for a country they lack. Not Intl.DisplayNames: it writes
 * "Myanmar (Burma)" and "Brunei" in Indonesian, and "Vietnam", "Laos" where ASEAN writes "Viet Nam",
 * "Lao PDR" in English.
 */
export function countryName(intl: IntlShape, { code, name }: { code: string; name: string }): string {
  const id = `country.${code}` as MessageId;
  return intl.messages[id] === undefined ? name : intl.formatMessage({ id });
}

/** `countryName` in the page's language. */
export function useCountryName(): (country: { code: string; name: string }) => string {
  const intl = useIntl();
  return useCallback((country) => countryName(intl, country), [intl]);
}
