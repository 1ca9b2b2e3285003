// The locale an Intl service is asked for in a site's language. Intl answers a language it has no
// data for in the process's default locale, the build machine's LANG: a site in Bambara (`bm`,
// which ICU dates but does not collate) sorted its A–Z as Swedish on a Swedish desktop and as
// English in CI. Such a language is asked for in English instead, the same on every machine.

interface IntlService {
  supportedLocalesOf(locales: string[]): string[];
}

const chosen = new Map<IntlService, Map<string, string>>();

/** `language` where `service` (Intl.Collator, Intl.DateTimeFormat…) has it, else "en". */
export function intlLocale(language: string, service: IntlService): string {
  let ofService = chosen.get(service);
  if (!ofService) chosen.set(service, (ofService = new Map()));
  let locale = ofService.get(language);
  if (locale === undefined) {
    try {
      locale = service.supportedLocalesOf([language]).length > 0 ? language : "en";
    } catch {
      // a tag of the right shape that ICU still refuses (a repeated variant)
      locale = "en";
    }
    ofService.set(language, locale);
  }
  return locale;
}

/** A BCP 47 tag's primary language subtag, lower-cased (`fr-CA` → `fr`; empty for an empty tag). */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split("-")[0]!;
}
