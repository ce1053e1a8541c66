import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import type { GppEvidence } from './types.js';
import type { EvidenceIssue } from './validate.js';

// A GPP string starts with its header section: type 3, version 1, which base64url-encode as `DB`.
// The library also "decodes" a bare TC string (`C…`) as a legacy TCF string; that is no GPP string.
const HEADER_V1 = 'DB';
const NOT_APPLICABLE = -1;

/**
 * What is wrong with GPP evidence whose shape the JSON Schema already accepted: the string must
 * decode with the IAB Tech Lab's own library (`GppModel`) — its header and every section the
 * header lists, each a section the library knows — and the applicable sections must be `[-1]`
 * alone or ids the library knows (checked by the schema). An applicable section need not be in the
 * string: where TCF applies and no TC string exists yet (the person has not decided in the TCF
 * layer, or its vendor list could not load), the string is empty and `[2]` still applies.
 * Empty when the evidence is sound.
 *
 * @example
 * gppEvidenceIssues({ gppString: 'DBAA', applicableSections: [-1, 7] });
 * // [{ path: 'gpp.applicableSections', message: 'must be [-1] alone: -1 says that no section applies' }]
 */
export function gppEvidenceIssues(gpp: GppEvidence): EvidenceIssue[] {
  const present = decodedSectionIds(gpp.gppString);
  if (typeof present === 'string') return [{ path: 'gpp.gppString', message: present }];
  const { applicableSections } = gpp;
  if (applicableSections.includes(NOT_APPLICABLE) && applicableSections.length > 1)
    return [{ path: 'gpp.applicableSections', message: 'must be [-1] alone: -1 says that no section applies' }];
  return [];
}

/** The section ids of a GPP string the library decodes completely, or what is wrong with it. */
function decodedSectionIds(gppString: string): number[] | string {
  if (!gppString.startsWith(HEADER_V1)) return 'must be a GPP string that starts with a GPP v1 header (DB…)';
  try {
    const listed = new HeaderV1(gppString.split('~')[0]).getFieldValue('SectionIds') as number[];
    const model = new GppModel(gppString);
    const decoded = model.getSectionIds() as number[];
    // The header's ids are a set (a Fibonacci-coded range); the library skips the ones it does not know.
    const unknown = listed.find((id) => !decoded.includes(id));
    if (unknown !== undefined) return `must be a GPP string whose sections the IAB GPP library knows (section ${unknown} is not one)`;
    // Sections decode lazily: reading every field decodes every segment of every section.
    model.toObject();
    return decoded;
  } catch {
    return 'must be a GPP string the IAB GPP library decodes (its header and every section it lists)';
  }
}
