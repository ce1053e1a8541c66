// Category and service ids as literal types, so `granted('analytcs')` is a compile error for a site
// that declares its config literally. Types only: nothing here reaches a bundle.
import type { ConsentOptions } from './types.js';

/** The four default category ids. */
type DefaultCategoryId = 'necessary' | 'functional' | 'analytics' | 'advertising';

type IdOf<Entry> = Entry extends string ? Entry : Entry extends { readonly id: infer Id extends string } ? Id : never;

/** Ids the options declare themselves, `never` when they declare none. */
type DeclaredIds<Options> =
  | (Options extends { readonly categories: readonly (infer Category)[] } ? IdOf<Category> : never)
  | (Options extends { readonly services: readonly (infer Service)[] } ? IdOf<Service> : never);

/**
 * The category and service ids of a config, as a union of literals when the config is declared
 * `as const` or with `defineConsentConfig()`, else `string` (any id, unknown ones denied). Without
 * `categories`, the four defaults are the categories.
 *
 * @example
 * const config = defineConsentConfig({ services: [{ id: 'youtube', category: 'functional', … }] });
 * type Id = ConsentIds<typeof config>; // 'necessary' | 'functional' | 'analytics' | 'advertising' | 'youtube'
 */
export type ConsentIds<Options> = [DeclaredIds<Options>] extends [never]
  ? string
  : string extends DeclaredIds<Options>
    ? string
    : 'necessary' | DeclaredIds<Options> | (Options extends { readonly categories: readonly unknown[] } ? never : DefaultCategoryId);

/**
 * Where a site registers its config once, so every framework binding (`useGranted`, `<Gate>`,
 * `<ConsentGate>`) takes only its ids. Empty by default: ids are plain strings.
 *
 * @example
 * declare module '@assent/core' {
 *   interface Register { config: typeof consentConfig }
 * }
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in a site's code
export interface Register {}

/**
 * The ids of the registered config (`Register`), or `string` when none is registered.
 *
 * @example
 * function useGranted(id: RegisteredId): boolean { … }
 */
export type RegisteredId = Register extends { config: infer Config } ? ConsentIds<Config> : string;

/**
 * Returns the config unchanged, typed with its literal ids (no `as const` needed), so the store
 * created from it and a registered binding reject misspelt ids at compile time.
 *
 * @example
 * export const consentConfig = defineConsentConfig({ revision: '3', categories: ['necessary', 'analytics'] });
 * createConsent(consentConfig).granted('analytcs'); // type error
 */
export const defineConsentConfig = <const Options extends ConsentOptions>(options: Options): Options => options;
