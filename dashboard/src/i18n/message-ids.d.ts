import type en from './catalogs/en.json';

// Every message id must be one of the English catalog's: a mistyped or missing id fails `tsc`.
declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: keyof typeof en;
    }
  }
}

/** The id of a message: a key of the English catalog. */
export type MessageId = keyof typeof en;
