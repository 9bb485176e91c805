// Places stage (placeholder until issue #4 lands): geocodes nothing yet.
import type { Stage } from '../../core/stage.js';

export const placesStage: Stage = {
  name: 'places',
  requires: ['entities'],
  assigns: ['places'],
  run() {},
};
