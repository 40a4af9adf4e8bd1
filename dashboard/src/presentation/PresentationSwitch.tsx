import { t } from '../i18n/message';
import { usePresentation } from './PresentationMode';

/** The header's switch for presentation mode: pressed while it is on. */
export function PresentationSwitch() {
  const { presenting, setPresenting } = usePresentation();
  return (
    <button
      type="button"
      className="link-button presentation-switch"
      aria-pressed={presenting}
      onClick={() => setPresenting(!presenting)}
    >
      {t('presentation.switch')}
    </button>
  );
}
