// A document that holds a stage to its contract: reading a layer the stage does not declare (requires,
// assigns or modifies) throws, so does assigning a layer it does not assign or modify, and the layers
// it may only read are frozen deep, so editing one (pushing an entity, setting a quote's speaker)
// throws too. Used by test/pipeline/stage-contracts.test.ts.
import { LAYER_NAMES, type Doc, type LayerName } from '../../src/core/document.js';
import type { Stage } from '../../src/core/stage.js';

const LAYERS = new Set<string>(LAYER_NAMES);

export class ContractError extends Error {}

function deepFreeze(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      deepFreeze(k, seen);
      deepFreeze(v, seen);
    }
    // A frozen Map still takes set(): block its mutators.
    for (const m of ['set', 'delete', 'clear'] as const) {
      Object.defineProperty(value, m, { value: () => { throw new ContractError('a read-only Map layer was edited'); } });
    }
  } else if (value instanceof Set) {
    for (const v of value) deepFreeze(v, seen);
  } else {
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  Object.freeze(value);
}

/** `doc` seen through the contract of `stage`; the layers it may only read are frozen in place. */
export function guardedDoc(doc: Doc, stage: Pick<Stage, 'name' | 'requires' | 'assigns' | 'modifies'>): Doc {
  const writable = new Set<LayerName>([...stage.assigns, ...(stage.modifies ?? [])]);
  const readable = new Set<LayerName>([...stage.requires, ...writable]);
  for (const layer of readable) if (!writable.has(layer)) deepFreeze(doc[layer]);
  return new Proxy(doc, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && LAYERS.has(prop) && !readable.has(prop as LayerName)) {
        throw new ContractError(`stage "${stage.name}" read the layer "${prop}", which it does not declare`);
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(receiver) : value;
    },
    set(target, prop, value, receiver) {
      if (typeof prop === 'string' && LAYERS.has(prop) && !writable.has(prop as LayerName)) {
        throw new ContractError(`stage "${stage.name}" wrote the layer "${prop}", which it neither assigns nor modifies`);
      }
      return Reflect.set(target, prop, value, receiver);
    },
  });
}
