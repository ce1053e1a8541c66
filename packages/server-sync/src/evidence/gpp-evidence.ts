import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import type { GppEvidence } from './types.js';
import type { EvidenceIssue } from './validate.js';

// A GPP string starts with its header section: type 3, version 1, which base64url-encode as `DB`.
// The library also "decodes" a bare TC string (`C…`) as a legacy TCF string; that is no GPP string.
const HEADER_V1 = 'DB';
const NOT_APPLICABLE = -1;
// The TC string goes into a GPP string as the TCF CMP wrote it; the library's TCF encoder would
// append a PublisherTC segment. The TC string is checked by decoding each of its segments instead.
const TCFEUV2 = 'tcfeuv2';

/**
 * What is wrong with GPP evidence whose shape the JSON Schema already accepted: the string must
 * decode with the IAB Tech Lab's own library (`GppModel`) — its header and every section the
 * header lists, each a section the library knows — and the applicable sections must be `[-1]`
 * alone or ids the library knows (checked by the schema). An applicable section need not be in the
 * string: where TCF applies and no TC string exists yet (the person has not decided in the TCF
 * layer, or its vendor list could not load), the string is empty and `[2]` still applies.
 * The library ignores data past the fields it reads (a longer segment, extra segments, a longer
 * header): the header and each section but `tcfeuv2` must be exactly what the library encodes
 * from the values it decoded, so the ledger stores no string that says more than it means.
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
    const sections = model.toObject() as Record<string, Record<string, unknown>>;
    const uncanonical = nonCanonicalPart(gppString, listed, model, sections);
    if (uncanonical) return `must be a GPP string as the IAB GPP library encodes it (${uncanonical} differs from its encoding)`;
    return decoded;
  } catch {
    return 'must be a GPP string the IAB GPP library decodes (its header and every section it lists)';
  }
}

/**
 * The first part of the string that differs from what the library encodes from its decoded values
 * (`the header`, `section usca`), or `undefined`. The library caches a decoded string and would
 * return it unchanged, so each part is encoded anew, into an empty header or model.
 */
function nonCanonicalPart(gppString: string, sectionIds: number[], model: GppModel, sections: Record<string, Record<string, unknown>>): string | undefined {
  const parts = gppString.split('~');
  const header = new HeaderV1();
  header.setFieldValue('SectionIds', sectionIds);
  if (header.encode() !== parts[0]) return 'the header';
  // toObject() lists the sections in the header's order.
  const names = Object.keys(sections);
  if (parts.length !== names.length + 1) return 'the number of sections';
  for (const [index, name] of names.entries()) {
    if (name === TCFEUV2) continue;
    const fresh = new GppModel();
    for (const [field, value] of Object.entries(sections[name]!)) fresh.setFieldValue(name, field, value);
    // Not among toObject()'s fields: whether the section's optional GPC segment is present.
    const gpcSegment = gpcSegmentIncluded(model, name);
    if (gpcSegment !== undefined) fresh.setFieldValue(name, 'GpcSegmentIncluded', gpcSegment);
    if (fresh.encode().split('~')[1] !== parts[index + 1]) return `section ${name}`;
  }
  return undefined;
}

// Sections without a GPC segment (Virginia's, say) have no such field: the library throws
// (and its hasField() answers false even for the sections that have it).
function gpcSegmentIncluded(model: GppModel, section: string): boolean | undefined {
  try {
    return model.getFieldValue(section, 'GpcSegmentIncluded') === true;
  } catch {
    return undefined;
  }
}
