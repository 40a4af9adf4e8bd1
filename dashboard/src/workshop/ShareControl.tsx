import { useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { QrCode } from '../components/QrCode';
import { Loading } from '../components/QueryState';
import { t } from '../i18n/message';
import { isThisComputer, usePagePath } from './page-address';
import { NetworkOriginsQuery } from './queries';
import './share-control.css';

/**
 * "Share": this page as a large QR code and its address, for a projector at a workshop. The dialog
 * is a native modal <dialog> (Escape closes it); its content is made only while it is open.
 */
export function ShareControl() {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className="link-button"
        ref={opener}
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('share.open')}
      </button>
      <dialog
        ref={dialog}
        className="share-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
      >
        <h2 id={titleId}>{t('share.title')}</h2>
        {open && <SharedAddress />}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('share.close')}
        </button>
      </dialog>
    </>
  );
}

/** As large as the screen allows with the title, the address and Close in view on a projector. */
const QR_SIZE = 'max(12rem, min(calc(100dvh - 24rem), calc(100vw - 5rem), 36rem))';

/** A long address wraps after a slash of its path rather than inside a word. */
function breakableAtSlashes(address: string) {
  return address
    .split(/(?<=[^/]\/)(?=[^/])/)
    .flatMap((part, index) => (index === 0 ? [part] : [<wbr key={index} />, part]));
}

/**
 * The page's address as phones reach it: as it is, or, for a page opened on this computer (where
 * localhost means nothing to a phone), on one of the server's addresses on the network.
 */
function SharedAddress() {
  const path = usePagePath();
  const local = isThisComputer(window.location.hostname);
  const [{ data, fetching }] = useQuery({ query: NetworkOriginsQuery, pause: !local });
  const [chosen, setChosen] = useState<string | null>(null);
  const selectId = useId();
  if (local && fetching) return <Loading what="what.networkAddresses" />;
  const origins = local ? (data?.about.networkOrigins ?? []) : [];
  const origin = chosen ?? origins[0] ?? window.location.origin;
  const address = `${origin}${path}`;
  return (
    <>
      <p>{t('share.hint')}</p>
      {origins.length > 1 && (
        <p className="field">
          <label htmlFor={selectId}>{t('share.network')}</label>{' '}
          <select id={selectId} value={origin} onChange={(event) => setChosen(event.target.value)}>
            {origins.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </p>
      )}
      <QrCode value={address} label={address} size={QR_SIZE} />
      <p className="share-address">{breakableAtSlashes(address)}</p>
      {local && origins.length === 0 && <p>{t('share.thisComputerOnly')}</p>}
    </>
  );
}
