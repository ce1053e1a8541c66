// Sizes of what each consent manager ships by script tag. Each file is compressed on its own, as
// a server compresses each response, and the sizes of a case's files are added up.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sizesOf } from '../../scripts/measure-bundle.mjs';
import { assentArtifacts, competitorArtifacts } from './artifacts.mjs';

/**
 * @param {{ label: string, note: string, files: string[] }} artifact
 * @returns {{ label: string, note: string, files: string[], minified: number, gzip: number, brotli: number }}
 */
function measureArtifact(artifact) {
  const total = { minified: 0, gzip: 0, brotli: 0 };
  for (const file of artifact.files) {
    const sizes = sizesOf(readFileSync(file));
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return { ...artifact, files: artifact.files.map((file) => basename(file)), ...total };
}

/** Assent's three cases and the four comparison consent managers, measured. */
export function measureSizes() {
  return { assent: assentArtifacts().map(measureArtifact), competitors: competitorArtifacts().map(measureArtifact) };
}
