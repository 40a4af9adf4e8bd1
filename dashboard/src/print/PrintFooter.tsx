import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { QrCode } from '../components/QrCode';
import { formatDateRange } from '../format';
import { t } from '../i18n/message';
import { SNAPSHOT } from '../snapshot/snapshot-meta';
import { pageAddress } from './page-address';
import { CitationQuery } from './queries';

/**
 * What every printed page carries at its foot (fixed, so Chromium repeats it on each page): how to
 * cite the Atlas, the date its data was read, and a QR code of this page online (language included).
 */
export function PrintFooter() {
  const intl = useIntl();
  const address = pageAddress();
  const [{ data }] = useQuery({ query: CitationQuery, variables: { url: address } });
  // The day the page read its data, where the reader is: what the handout shows is the Atlas as it
  // was then; in a snapshot, the day the snapshot was taken.
  const today = new Date().toLocaleDateString('en-CA');
  const dated = SNAPSHOT
    ? t('print.dataAsOf.snapshot', { date: formatDateRange(intl.locale, SNAPSHOT.takenAt.slice(0, 10)) })
    : t('print.dataAsOf', { date: formatDateRange(intl.locale, today) });
  return (
    <footer className="print-only print-footer" aria-hidden="true">
      <div className="print-footer-text">
        <p>
          <strong>{t('print.citeAs')}</strong> {/* The API's wording, in English. */}
          {data && (
            <span className="print-citation" lang="en">
              {data.about.citation}
            </span>
          )}
        </p>
        <p>{dated}</p>
        <p className="print-footer-address">
          {/* zxx: an address is no language's text. */}
          {t('print.online', { address: <span lang="zxx">{address}</span> })}
        </p>
      </div>
      <QrCode value={address} label={intl.formatMessage({ id: 'print.qrCode' })} size="22mm" />
    </footer>
  );
}
