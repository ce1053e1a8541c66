// Public API of @assent/gpp: the IAB Global Privacy Platform for an @assent/core store — the CMP
// (`startGpp`: __gpp on the IAB Tech Lab's library, the US national and state sections chosen by
// region, GPC as an opt-out, the TCF EU section beside @assent/tcf) and the __gpp stub. Nothing
// runs at import.
export type { GppOptions, GppNotices, GppMspa, GppTcfSource, GppSignals, GppEvidence, GppController, GppSection, GppSectionName } from './types.js';
