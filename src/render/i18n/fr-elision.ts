// French elides "de" before a vowel sound: "nom de Gao", but "nom d’Inafarak", "mois d’août".

/**
 * Elided before a vowel, accented or not (É, Â, Œ…), and before a y that is a vowel ("d’Ypres",
 * but "de Yaoundé", where y is a consonant before a vowel). Never before h: whether an h is
 * mute ("d’Hérat") or aspirated ("de Hombori") is the word's own, and no rule on letters tells
 * which; "de" before a mute h is the lesser fault.
 */
const VOWEL_SOUND = /^(?:[aeiouæœ]|y(?![aeiouy]))/;

/** "de Gao", "d’Inafarak": the preposition and the name, in typographic apostrophe. */
export function deName(name: string): string {
  const bare = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  return VOWEL_SOUND.test(bare) ? `d’${name}` : `de ${name}`;
}
