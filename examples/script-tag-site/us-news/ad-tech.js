// A stand-in for an ad tech tag: it asks __gpp (the stub queues the call until the CMP has loaded)
// and shows what a GPP reader sees. The frame from another origin asks the same through the
// __gppLocator frame; the server's view comes from the backend's /api/gpp.
const show = (id, text) => (document.getElementById(id).textContent = text);
const optOut = (value) => (value === 1 ? 'opted out' : value === 2 ? 'not opted out' : value === 0 ? 'not applicable' : 'not in this section');

window.__gpp('addEventListener', (event, success) => {
  if (!success || !event?.pingData) return;
  const ping = event.pingData;
  show('gpp-cmp-status', ping.cmpStatus);
  show('gpp-signal-status', ping.signalStatus);
  show('gpp-sections', (ping.applicableSections ?? []).join(', ') || 'none');
  show('gpp-string', ping.gppString || 'none');
  const us = Object.entries(ping.parsedSections ?? {}).find(([name]) => name.startsWith('us'))?.[1];
  const fields = Array.isArray(us) ? Object.assign({}, ...us) : us;
  show('gpp-sale', fields ? optOut(fields.SaleOptOut) : 'no US section');
  show('gpp-sharing', fields ? optOut(fields.SharingOptOut) : 'no US section');
  show('gpp-targeted', fields ? optOut(fields.TargetedAdvertisingOptOut) : 'no US section');
  show('gpp-gpc', fields && 'Gpc' in fields ? (fields.Gpc ? 'on' : 'off') : 'not in this section');
});

// The ad frame is served from the other name of this demo server (localhost ↔ 127.0.0.1), which
// makes it another origin.
const frame = document.getElementById('ad-frame');
const frameUrl = new URL('/us-news/ad-frame.html', location.href);
frameUrl.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
frame.src = frameUrl.href;

document.getElementById('gpp-server-ask').addEventListener('click', async () => {
  const response = await fetch('/api/gpp', { credentials: 'same-origin' });
  show('gpp-server', JSON.stringify(await response.json(), null, 2));
});
