// A whole-number option (--limit, --story): absent stays undefined; anything else is refused.
import { StorylineError } from '../../../core/errors.js';

export function intOption(name: string, value: string | undefined): number | undefined {
  if (value == null) return undefined;
  if (!/^\d+$/.test(value)) throw new StorylineError('E_BAD_OPTION', `--${name} must be a whole number, not "${value}"`);
  return Number(value);
}
