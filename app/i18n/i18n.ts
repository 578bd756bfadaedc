import i18next from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import enGB from "./en-GB.json";

/**
 * Interface text lives in message catalogues (en-GB.json), so a Welsh catalogue (cy) is data,
 * not a rewrite. Initialised synchronously with bundled resources: no flash, no fetch.
 */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: "en-GB",
  fallbackLng: "en-GB",
  resources: { "en-GB": { translation: enGB } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

export const LANGUAGE = "en-GB";

export function useT() {
  return useTranslation(undefined, { i18n }).t;
}

/** For server code (page titles in meta functions). */
export const t = i18n.t.bind(i18n);
