// Amounts stage (placeholder until issue #4 lands): finds no amounts yet.
import type { Stage } from '../../core/stage.js';

export const amountsStage: Stage = {
  name: 'amounts',
  requires: ['tokens', 'sentences'],
  assigns: ['amounts'],
  run() {},
};
