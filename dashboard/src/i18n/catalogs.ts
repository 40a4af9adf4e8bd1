import type { MessageFormatElement } from 'react-intl';
import { PSEUDO_LOCALE, type ShownLocale } from './locales';
import type { MessageId } from './message-ids';

/** A language's messages by id, each compiled to its ICU syntax tree at build time (vite.config.ts). */
export type Catalog = Record<MessageId, MessageFormatElement[]>;

// One chunk per language, fetched the first time the language is shown.
const loaders = import.meta.glob<Catalog>('./catalogs/*.json', { import: 'default' });
const loaded = new Map<ShownLocale, Promise<Catalog>>();

/** The catalog of `locale`, the same promise every time (React's `use` needs a stable one). */
export function loadCatalog(locale: ShownLocale): Promise<Catalog> {
  let catalog = loaded.get(locale);
  if (!catalog) {
    const load =
      locale === PSEUDO_LOCALE
        ? () =>
            Promise.all([loadCatalog('en'), import('./pseudo')]).then(([english, { pseudoCatalog }]) =>
              pseudoCatalog(english),
            )
        : loaders[`./catalogs/${locale}.json`];
    if (!load) throw new Error(`No catalog for the language "${locale}": add src/i18n/catalogs/${locale}.json.`);
    const loading: Promise<Catalog> & { status?: string; value?: Catalog } = load().then((messages) => {
      // How React's `use` recognises a settled promise: a language loaded before shows at once, without suspending.
      Object.assign(loading, { status: 'fulfilled', value: messages });
      return messages;
    });
    catalog = loading;
    loaded.set(locale, catalog);
  }
  return catalog;
}
