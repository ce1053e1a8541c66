import { expect } from '@open-wc/testing';
import { html } from 'lit-html';
import { css } from '@lit/reactive-element/css-tag.js';
import { TemplateElement, type ChangedProperties, type PropertyDeclaration } from './template-element.js';

class TestGreeting extends TemplateElement {
  static override styles = [css`p { color: rgb(1, 2, 3); }`];
  static override properties: Record<string, PropertyDeclaration> = {
    name: {},
    open: { type: Boolean, reflect: true },
    tone: { attribute: 'data-tone', reflect: true },
    data: { attribute: false },
  };
  declare name: string;
  declare open: boolean;
  declare tone?: string;
  declare data?: object;
  renders = 0;
  log: string[][] = [];

  constructor() {
    super();
    this.name = 'world';
    this.open = false;
  }

  protected override willUpdate(changed: ChangedProperties): void {
    this.log.push([...changed.keys()]);
  }

  protected override render() {
    this.renders++;
    return html`<p>Hello ${this.name}</p>`;
  }
}
customElements.define('test-greeting', TestGreeting);

const paragraph = (element: TestGreeting) => element.shadowRoot!.querySelector('p');

describe('TemplateElement', () => {
  afterEach(() => document.querySelectorAll('test-greeting').forEach((element) => element.remove()));

  it('renders nothing before it is connected, then once with every property set so far', async () => {
    const element = document.createElement('test-greeting') as TestGreeting;
    element.name = 'Ada';
    await element.updateComplete;
    expect(element.renders).to.equal(0);
    document.body.append(element);
    await element.updateComplete;
    expect(element.renders).to.equal(1);
    expect(paragraph(element)!.textContent).to.equal('Hello Ada');
    expect(element.log).to.deep.equal([['name', 'open']]);
  });

  it('batches several changes into one render and reports what changed', async () => {
    const element = document.body.appendChild(document.createElement('test-greeting') as TestGreeting);
    await element.updateComplete;
    element.name = 'Grace';
    element.data = {};
    element.name = 'Linus';
    await element.updateComplete;
    expect(element.renders).to.equal(2);
    expect(element.log.at(-1)).to.deep.equal(['name', 'data']);
    expect(paragraph(element)!.textContent).to.equal('Hello Linus');
    element.name = 'Linus';
    await element.updateComplete;
    expect(element.renders, 'an unchanged value renders nothing').to.equal(2);
  });

  it('reflects declared properties to attributes during the update, and reads attributes back', async () => {
    const element = document.body.appendChild(document.createElement('test-greeting') as TestGreeting);
    element.open = true;
    element.tone = 'warm';
    expect(element.hasAttribute('open'), 'not before the update').to.equal(false);
    await element.updateComplete;
    expect(element.getAttribute('open')).to.equal('');
    expect(element.getAttribute('data-tone')).to.equal('warm');
    element.open = false;
    await element.updateComplete;
    expect(element.hasAttribute('open')).to.equal(false);

    element.setAttribute('name', 'Hedy');
    element.setAttribute('open', '');
    await element.updateComplete;
    expect(element.name).to.equal('Hedy');
    expect(element.open).to.equal(true);
    expect(paragraph(element)!.textContent).to.equal('Hello Hedy');
    expect(TestGreeting.observedAttributes).to.deep.equal(['name', 'open', 'data-tone']);
  });

  it('adopts its styles in the shadow root', async () => {
    const element = document.body.appendChild(document.createElement('test-greeting') as TestGreeting);
    await element.updateComplete;
    expect(getComputedStyle(paragraph(element)!).color).to.equal('rgb(1, 2, 3)');
  });
});
