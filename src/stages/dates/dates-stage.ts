// Dates stage (placeholder until issue #4 lands): finds no dates yet.
import type { Stage } from '../../core/stage.js';

export const datesStage: Stage = {
  name: 'dates',
  requires: ['tokens', 'sentences', 'entities'],
  assigns: ['dates'],
  run() {},
};
