import { render, type RenderOptions } from 'lit-html';
import { adoptStyles, type CSSResultOrNative } from '@lit/reactive-element/css-tag.js';

/**
 * How a property of a `TemplateElement` is declared: the attribute it mirrors (default: its name;
 * `false` for none), whether the property is written back to the attribute, and whether the
 * attribute is a boolean (present = true).
 *
 * @example
 * const open: PropertyDeclaration = { type: Boolean, reflect: true };
 */
export interface PropertyDeclaration {
  attribute?: string | false;
  reflect?: boolean;
  type?: BooleanConstructor;
}

/** Property name → the value it had before the pending update. */
export type ChangedProperties = Map<string, unknown>;

/**
 * A custom element that renders a lit-html template into its shadow root, batching property
 * changes into one render per microtask — the part of LitElement the first layer needs, without
 * ReactiveElement (≈2 KB less for every first visitor; the dialog, loaded on demand, is a full
 * LitElement). It looks like LitElement but is a small subset of it; anything not listed here is
 * missing, not merely undocumented.
 *
 * Supported:
 * - `static properties` with the options of {@link PropertyDeclaration}: `attribute`, `reflect`
 *   and `type: Boolean`, nothing else. Declare the properties with `declare` and set defaults in
 *   the constructor: under standard class-field semantics a field would shadow the accessor.
 * - `static styles`: a flat array of `css` results, adopted into the open shadow root.
 * - `render()`, rendered with lit-html's `render()` with the element as `host` (event listeners
 *   are bound to it); nothing renders before the element is connected.
 * - `willUpdate(changed)` before and `updated(changed)` after each render, with the changed
 *   property names and their previous values; `requestUpdate(name?, old?)`; `updateComplete`,
 *   resolving once the pending render is done (`false` if it found the element disconnected).
 * - Attributes → properties for declared attributes (a boolean is present or not; any other
 *   value stays a string), and properties → attributes for `reflect: true` during an update
 *   (`null`/`undefined`, or `false` for a boolean, removes the attribute).
 *
 * Not supported (use LitElement where one is needed):
 * - property options `state`, `converter`, `hasChanged` (a change is any `!==` value, so `NaN`
 *   always counts as one), `noAccessor`, `useDefault`, and `type` other than `Boolean` (no
 *   Number/Object/Array conversion);
 * - the default attribute name is the property name as written, not lowercased as in Lit: give a
 *   camelCase property an explicit `attribute`;
 * - `static properties` and `static styles` are not merged with a superclass's: a subclass lists
 *   all of them;
 * - decorators (`@property`, `@state`, `@query`, `@customElement`…), reactive controllers
 *   (`addController`), `firstUpdated`, `shouldUpdate`, `update()`, `getUpdateComplete()`,
 *   `scheduleUpdate()`, `hasUpdated`, `isUpdatePending`, `createRenderRoot()`,
 *   `static shadowRootOptions` (no `delegatesFocus`), `renderOptions`, `static finalize()` and
 *   `createProperty()`;
 * - properties set on an element before its class was defined are not picked up (LitElement moves
 *   them onto its accessors): define the element first, as `defineAssentBanner()` does;
 * - lit-html's async directives are not told when the element is disconnected and reconnected.
 *
 * @example
 * class Hello extends TemplateElement {
 *   static override properties = { name: {} };
 *   declare name: string;
 *   override render() { return html`<p>Hello ${this.name}</p>`; }
 * }
 */
// Without a DOM (Node: server rendering, a server importing the package) the class extends Object
// instead, so importing never throws; it is only ever constructed in a browser. The defaults are
// set in one static block, which is a few bytes smaller than two initialisers in the first visit.
export abstract class TemplateElement extends ((globalThis.HTMLElement ?? Object) as typeof HTMLElement) {
  static styles: CSSResultOrNative[];
  static properties: Record<string, PropertyDeclaration>;
  static {
    this.styles = [];
    this.properties = {};
  }

  /** Attributes mirrored by properties (custom elements observe only what they list). */
  static get observedAttributes(): string[] {
    return Object.entries(this.properties).flatMap(([name, declaration]) => (declaration.attribute === false ? [] : [declaration.attribute ?? name]));
  }

  // Accessors are installed on each subclass's prototype the first time one is constructed.
  private static install(prototype: TemplateElement): void {
    for (const name of Object.keys(this.properties)) {
      Object.defineProperty(prototype, name, {
        get(this: TemplateElement) {
          return this.values.get(name);
        },
        set(this: TemplateElement, value: unknown) {
          const old = this.values.get(name);
          if (old === value) return;
          this.values.set(name, value);
          this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
  }

  declare readonly renderRoot: ShadowRoot;
  private readonly values = new Map<string, unknown>();
  private changed: ChangedProperties = new Map();
  declare private pending?: Promise<boolean>;
  declare private reflecting?: boolean; // undefined until the first reflect: no initialiser to ship

  constructor() {
    super();
    const type = this.constructor as typeof TemplateElement;
    if (!Object.hasOwn(type.prototype, Object.keys(type.properties)[0] ?? '')) type.install(type.prototype);
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptStyles(this.renderRoot, type.styles);
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (this.reflecting) return;
    const [name, declaration] = Object.entries((this.constructor as typeof TemplateElement).properties).find(([key, d]) => (d.attribute ?? key) === attribute)!;
    (this as unknown as Record<string, unknown>)[name] = declaration.type === Boolean ? value !== null : value;
  }

  /** Schedules one render in a microtask for any number of changes. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.changed.has(name)) this.changed.set(name, old);
    this.pending ??= Promise.resolve().then(() => this.performUpdate());
  }

  /** Resolves after the pending render (at once when none is pending). */
  get updateComplete(): Promise<boolean> {
    return this.pending ?? Promise.resolve(true);
  }

  private performUpdate(): boolean {
    this.pending = undefined;
    // Like LitElement, nothing renders before the element is in a document; connecting renders.
    if (!this.isConnected) return false;
    const changed = this.changed;
    this.changed = new Map();
    this.willUpdate(changed);
    this.reflect(changed);
    render(this.render(), this.renderRoot, { host: this } as RenderOptions);
    this.updated(changed);
    return true;
  }

  // Written back during the update, never in the constructor (where custom elements may not add attributes).
  private reflect(changed: ChangedProperties): void {
    this.reflecting = true;
    for (const [name, declaration] of Object.entries((this.constructor as typeof TemplateElement).properties)) {
      if (!declaration.reflect || !changed.has(name)) continue;
      const attribute = declaration.attribute || name;
      const value = this.values.get(name);
      if (declaration.type === Boolean ? !value : value == null) this.removeAttribute(attribute);
      else this.setAttribute(attribute, declaration.type === Boolean ? '' : String(value));
    }
    this.reflecting = false;
  }

  /** Before rendering: derive state from the changed properties. */
  protected willUpdate(_changed: ChangedProperties): void {}

  /** After rendering. */
  protected updated(_changed: ChangedProperties): void {}

  /** The template of the element's shadow root. */
  protected abstract render(): unknown;
}
