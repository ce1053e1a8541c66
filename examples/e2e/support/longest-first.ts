import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Files whose set-up alone takes minutes (the scanner crawls the whole demo four times; axe runs at
// two widths). Started first, they run beside the short files instead of alone at the end, where one
// of the two workers would sit idle.
const LONGEST = ['scan.e2e.test.ts', 'console.e2e.test.ts', 'accessibility.e2e.test.ts', 'tcf.e2e.test.ts'];

const rank = (file: string) => {
  const index = LONGEST.findIndex((name) => file.endsWith(`/${name}`));
  return index === -1 ? LONGEST.length : index;
};

/** Runs the known long end-to-end files first, the rest in Vitest's own order. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted].sort((a, b) => rank(a.moduleId) - rank(b.moduleId));
  }
}
