import type { Scope } from '../api/types.js';

/**
 * Why an action is not offered, in words, for a scope the session's key lacks.
 *
 * @example
 * missingScope('erase'); // 'This key lacks the "erase" scope, which erasure needs.'
 */
export function missingScope(scope: Scope): string {
  const needs: Record<Scope, string> = {
    read: 'looking up a consent id needs',
    export: 'looking up a subject id needs',
    erase: 'erasure needs',
    console: 'this view needs',
  };
  return `This session's key lacks the "${scope}" scope, which ${needs[scope]}.`;
}
