import type { FindingKind, PassName } from '../src/report/types.js';

/** Which fixture site to serve: with the six faults, without them, or without Assent at all. */
export type FixtureVariant = 'faulty' | 'clean' | 'no-assent';

/** A finding a scan of the fixture must report. */
export interface ExpectedFinding {
  /** The page's path, e.g. `/video.html`. */
  path: string;
  pass: PassName;
  kind: FindingKind;
  /** Cookie name, storage key, request host (`127.0.0.2`) or service id. */
  subject: string;
}

/** A running fixture site: three http servers on 127.0.0.1 (first party), 127.0.0.2 (analytics), 127.0.0.3 (ads/video). */
export interface FixtureSite {
  /** The start URL: the first party's home page. */
  url: string;
  /** Origins without a trailing slash, e.g. `http://127.0.0.2:40123`. */
  origins: { first: string; analytics: string; ads: string };
  /** What a scan must find (`[]` for `clean` and `no-assent`). */
  expected: ExpectedFinding[];
  close(): Promise<void>;
}

/** Starts the fixture site on free ports; `extraPages` adds `/p/1.html` … `/p/N.html`. */
export function startFixtureSite(options: { variant: FixtureVariant; extraPages?: number }): Promise<FixtureSite>;
