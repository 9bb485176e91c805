// The stored form of hashed linear models (data/models/*.bin): one JSON header and, per model, its feature keys, per-feature counts, classes and weights quantised to 16-bit integers at a
// per-model scale. Loads in milliseconds (typed-array views over one buffer); the header carries
// whatever else the component needs (class names, tag dictionary, lemma rules). Stored uncompressed:
// gunzip took longer than everything else at load; a gzipped file is still read.
import { gunzipSync } from 'node:zlib';
import { buildLinearModel, type LinearModel, type StoredLinear } from './linear-model.js';

const MAGIC = 'SLM1';

interface Section {
  name: string;
  nClasses: number;
  nFeatures: number;
  nEntries: number;
  scale: number;
}

/**
 * A section's bytes before its padding: keys, 16-bit weights, counts, classes. Each section starts
 * 4-aligned (typed-array views need it), whatever the parity of its entry count.
 */
function sectionBytes(nFeatures: number, nEntries: number): number {
  return nFeatures * 4 + nEntries * 2 + nFeatures + nEntries;
}

export function encodeModelFile(header: object, models: Record<string, StoredLinear>): Buffer {
  const sections: Section[] = [];
  const parts: Buffer[] = [];
  for (const [name, m] of Object.entries(models)) {
    let max = 0;
    for (const w of m.weight) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? 32767 / max : 1;
    const q = new Int16Array(m.weight.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weight[i] * scale);
    sections.push({ name, nClasses: m.nClasses, nFeatures: m.keys.length, nEntries: m.cls.length, scale });
    parts.push(Buffer.from(m.keys.buffer, m.keys.byteOffset, m.keys.byteLength));
    parts.push(Buffer.from(q.buffer));
    parts.push(Buffer.from(m.counts.buffer, m.counts.byteOffset, m.counts.byteLength));
    parts.push(Buffer.from(m.cls.buffer, m.cls.byteOffset, m.cls.byteLength));
    const pad = sectionBytes(m.keys.length, m.cls.length) % 4;
    if (pad) parts.push(Buffer.alloc(4 - pad));
  }
  const json = Buffer.from(JSON.stringify({ header, sections }));
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const jsonPad = Buffer.alloc((4 - (json.length % 4)) % 4);
  return Buffer.concat([head, json, jsonPad, ...parts]);
}

export function decodeModelFile<H>(file: Buffer): { header: H; models: Record<string, LinearModel> } {
  const raw = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  // Copy into a fresh, aligned ArrayBuffer so typed-array views can sit on it.
  const buf = new Uint8Array(raw.length);
  buf.set(raw);
  if (Buffer.from(buf.subarray(0, 4)).toString('latin1') !== MAGIC) throw new Error('not a Storyline model file');
  const jsonLength = new DataView(buf.buffer).getUint32(4, true);
  const { header, sections } = JSON.parse(Buffer.from(buf.subarray(8, 8 + jsonLength)).toString('utf8')) as { header: H; sections: Section[] };
  let at = 8 + jsonLength;
  at += (4 - (jsonLength % 4)) % 4;
  const models: Record<string, LinearModel> = {};
  for (const s of sections) {
    const keys = new Int32Array(buf.buffer, at, s.nFeatures);
    at += s.nFeatures * 4;
    const q = new Int16Array(buf.buffer, at, s.nEntries);
    at += s.nEntries * 2;
    const counts = new Uint8Array(buf.buffer, at, s.nFeatures);
    at += s.nFeatures;
    const cls = new Uint8Array(buf.buffer, at, s.nEntries);
    at += s.nEntries;
    const pad = sectionBytes(s.nFeatures, s.nEntries) % 4;
    if (pad) at += 4 - pad;
    const weight = new Float32Array(s.nEntries);
    for (let i = 0; i < weight.length; i++) weight[i] = q[i] / s.scale;
    models[s.name] = buildLinearModel(s.nClasses, keys, counts, cls, weight);
  }
  return { header, models };
}
