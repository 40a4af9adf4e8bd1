import { t } from '../i18n/message';
import { usePresentation } from './PresentationMode';
import { useSectionStepping } from './useSectionStepping';

/**
 * For a page a facilitator presents section by section (a country profile, a comparison): while
 * presentation mode is on, the keys step through its sections, and a corner shows which one is current.
 */
export function PresentationSteps() {
  const { presenting } = usePresentation();
  const { current, count } = useSectionStepping(presenting);
  if (!presenting || count === 0) return null;
  return (
    <div className="presentation-steps">
      <p role="status">{t('presentation.section', { current: current + 1, count })}</p>
      <p className="presentation-keys">{t('presentation.keys')}</p>
    </div>
  );
}
