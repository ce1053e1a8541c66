// The "Your decision" page: what window.assent says applies, live, and what the server decides
// from the same cookie.
(() => {
  const assent = window.assent;
  const facts = document.getElementById('browser-decision');
  const grants = document.getElementById('browser-grants');
  const server = document.getElementById('server-decisions');

  const row = (term, value) => {
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = term;
    dd.textContent = value;
    return [dt, dd];
  };
  const date = (iso) => new Date(iso).toLocaleString();
  // The categories as the privacy notice names them, not their ids.
  const CATEGORY_NAMES = {
    necessary: 'Necessary cookies',
    functional: 'Functional cookies',
    analytics: 'Analytical cookies',
    advertising: 'Advertising cookies',
  };

  function renderBrowser() {
    const decision = assent.state;
    facts.replaceChildren(
      ...(decision
        ? [
            row('Decision', `${decision.method} (${assent.status})`),
            row('Consent id', decision.id),
            row('Policy revision', decision.revision),
            row('Given', date(decision.givenAt)),
            row('Updated', date(decision.updatedAt)),
            row('Expires', date(decision.expiresAt)),
            row('Global Privacy Control', decision.gpc ? 'on (advertising opt-out honoured)' : 'off'),
          ].flat()
        : row('Decision', `none — you will be asked (${assent.status})`)),
    );
    grants.replaceChildren(
      ...assent.config.categories.map((id) => {
        const tr = document.createElement('tr');
        const name = document.createElement('th');
        const allowed = document.createElement('td');
        name.scope = 'row';
        name.textContent = CATEGORY_NAMES[id] ?? id;
        allowed.textContent = assent.granted(id) ? 'yes' : 'no';
        tr.dataset.category = id;
        tr.append(name, allowed);
        return tr;
      }),
    );
  }

  async function renderServer() {
    const [picks, ad] = await Promise.all(['/api/recommendations', '/api/ad-slot'].map((url) => fetch(url).then((response) => response.json())));
    const item = (text) => Object.assign(document.createElement('li'), { textContent: text });
    server.replaceChildren(
      item(`Recommendations: ${picks.personalised ? 'personalised' : 'not personalised'} — ${picks.reason}`),
      item(`Ad slot: ${ad.shown ? 'shown' : 'empty'} — ${ad.reason}`),
    );
  }

  const render = () => {
    renderBrowser();
    // The ledger confirms a decision once the outbox delivered it: ask again a moment later.
    void renderServer().then(() => setTimeout(renderServer, 1500));
  };
  document.getElementById('withdraw').addEventListener('click', () => assent.withdraw());
  window.addEventListener('assent:change', render);
  render();
})();
