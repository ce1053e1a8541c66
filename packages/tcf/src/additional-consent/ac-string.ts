// Google's Additional Consent v2 (https://support.google.com/admanager/answer/9681920):
// `2~<consented ATP ids>~dv.<disclosed ATP ids not consented>`, ids dot-separated — e.g.
// `2~1.35.41.101~dv.9.21.81`; consented ids are left out of the disclosed list to keep it short.

const AC_STRING = /^2~((?:\d+(?:\.\d+)*)?)~dv\.((?:\d+(?:\.\d+)*)?)$/;
const ascending = (ids: Iterable<number>) => [...new Set(ids)].filter((id) => Number.isInteger(id) && id > 0).sort((a, b) => a - b);

/**
 * Encodes an Additional Consent v2 string: `disclosed` are every ATP shown to the person,
 * `consented` those they accepted (ids outside `disclosed` are ignored).
 *
 * @example
 * encodeAdditionalConsent([89, 2008], [2008]); // '2~2008~dv.89'
 */
export function encodeAdditionalConsent(disclosed: readonly number[], consented: readonly number[]): string {
  const shown = ascending(disclosed);
  const accepted = ascending(consented).filter((id) => shown.includes(id));
  return `2~${accepted.join('.')}~dv.${shown.filter((id) => !accepted.includes(id)).join('.')}`;
}

/**
 * Parses an Additional Consent v2 string into consented ATP ids and all disclosed ids (consented
 * ones included), or `undefined` when it is not a well-formed v2 string.
 *
 * @example
 * parseAdditionalConsent('2~2008~dv.89'); // { consented: [2008], disclosed: [89, 2008] }
 */
export function parseAdditionalConsent(acString: string): { consented: number[]; disclosed: number[] } | undefined {
  const match = AC_STRING.exec(acString);
  if (!match) return undefined;
  const list = (part: string | undefined) => (part ? part.split('.').map(Number) : []);
  const consented = list(match[1]);
  const notConsented = list(match[2]);
  if (consented.some((id) => id < 1) || notConsented.some((id) => id < 1 || consented.includes(id))) return undefined;
  return { consented: ascending(consented), disclosed: ascending([...consented, ...notConsented]) };
}
