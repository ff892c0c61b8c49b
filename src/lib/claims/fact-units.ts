import { isCreditLine } from '../content/credit-line.ts';
import type { SentenceUnit } from '../text/units.ts';

/**
 * Whether the engine compares a unit with others: a subhead names a topic and a credit line a
 * source; neither states a fact, and a subhead must not stand in for the sentence that does.
 */
export function statesFact(unit: Pick<SentenceUnit, 'kind' | 'text'>): boolean {
  return unit.kind !== 'heading' && !isCreditLine(unit.text);
}
