// Features of a parser configuration and of an arc to label, declared once for training and parsing.
// Transition features follow Zhang & Nivre (2011), carried over to arc-hybrid: words, tags and GloVe
// cluster prefixes of the stack top three and buffer front three, the outermost children of s0, s1
// and b0 with their labels, distance, valency and label sets, in pairs and triples.
import { key1, key2, key3 } from '../../models/feature-hash.js';
import type { ParserState } from './arc-hybrid.js';
import type { SentenceWords } from './word-features.js';

export const MAX_PARSER_FEATURES = 96;
export const MAX_LABEL_FEATURES = 40;

const NONE = -1;
const ROOT = -7;

// Word, tag, cluster and label of a position (-1: none; n: the root), as module functions: closures
// made per call cost an allocation per transition.
function wordAt(w: Int32Array, n: number, i: number): number {
  return i < 0 ? NONE : i === n ? ROOT : w[i];
}
function tagAt(tags: Uint8Array, n: number, i: number): number {
  return i < 0 ? NONE : i === n ? ROOT : tags[i];
}
function labelAt(st: ParserState, i: number): number {
  return i < 0 ? NONE : st.label[i];
}

function dist(a: number, b: number): number {
  const d = Math.abs(a - b);
  return d < 5 ? d : d < 10 ? 5 : 6;
}

export function parserFeatures(st: ParserState, sw: SentenceWords, tags: Uint8Array, out: Int32Array): number {
  const n = st.n;
  const w = sw.word;
  const c8 = sw.c[1];
  const c12 = sw.c[2];
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s2 = st.s(2);
  const b0 = st.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0l1 = s0 >= 0 ? st.l1[s0] : -1;
  const s0l2 = s0 >= 0 ? st.l2[s0] : -1;
  const s0r1 = s0 >= 0 ? st.r1[s0] : -1;
  const s0r2 = s0 >= 0 ? st.r2[s0] : -1;
  const s1l1 = s1 >= 0 ? st.l1[s1] : -1;
  const s1r1 = s1 >= 0 ? st.r1[s1] : -1;
  const b0l1 = st.l1[b0];
  const b0l2 = st.l2[b0];
  const s0w = wordAt(w, n, s0);
  const s0t = tagAt(tags, n, s0);
  const s1w = wordAt(w, n, s1);
  const s1t = tagAt(tags, n, s1);
  const b0w = wordAt(w, n, b0);
  const b0t = tagAt(tags, n, b0);
  const b1w = wordAt(w, n, b1);
  const b1t = tagAt(tags, n, b1);
  const b2t = tagAt(tags, n, b2);
  const s2t = tagAt(tags, n, s2);
  const d = s0 >= 0 ? dist(s0, b0) : NONE;
  let k = 0;
  out[k++] = key1(100, 0);
  out[k++] = key1(101, s0w);
  out[k++] = key1(102, s0t);
  out[k++] = key2(103, s0w, s0t);
  out[k++] = key1(104, s1w);
  out[k++] = key1(105, s1t);
  out[k++] = key2(106, s1w, s1t);
  out[k++] = key1(107, s2t);
  out[k++] = key1(108, b0w);
  out[k++] = key1(109, b0t);
  out[k++] = key2(110, b0w, b0t);
  out[k++] = key1(111, b1w);
  out[k++] = key1(112, b1t);
  out[k++] = key2(113, b1w, b1t);
  out[k++] = key1(114, b2t);
  out[k++] = key1(115, wordAt(w, n, b2));
  out[k++] = key1(116, wordAt(c8, n, s0));
  out[k++] = key1(117, wordAt(c8, n, s1));
  out[k++] = key1(118, wordAt(c8, n, b0));
  out[k++] = key1(119, wordAt(c8, n, b1));
  out[k++] = key1(120, s0 >= 0 && s0 < n ? c12[s0] : NONE);
  out[k++] = key1(121, b0 < n ? c12[b0] : ROOT);
  // Children.
  out[k++] = key1(122, tagAt(tags, n, s0l1));
  out[k++] = key1(123, wordAt(w, n, s0l1));
  out[k++] = key1(124, labelAt(st, s0l1));
  out[k++] = key1(125, tagAt(tags, n, s0r1));
  out[k++] = key1(126, wordAt(w, n, s0r1));
  out[k++] = key1(127, labelAt(st, s0r1));
  out[k++] = key2(128, tagAt(tags, n, s0l2), labelAt(st, s0l2));
  out[k++] = key2(129, tagAt(tags, n, s0r2), labelAt(st, s0r2));
  out[k++] = key2(130, tagAt(tags, n, s1l1), labelAt(st, s1l1));
  out[k++] = key2(131, tagAt(tags, n, s1r1), labelAt(st, s1r1));
  out[k++] = key1(132, tagAt(tags, n, b0l1));
  out[k++] = key1(133, wordAt(w, n, b0l1));
  out[k++] = key1(134, labelAt(st, b0l1));
  out[k++] = key2(135, tagAt(tags, n, b0l2), labelAt(st, b0l2));
  // Pairs.
  out[k++] = key3(136, s0w, s0t, b0w);
  out[k++] = key3(137, s0w, s0t, b0t);
  out[k++] = key3(138, s0w, b0w, b0t);
  out[k++] = key3(139, s0t, b0w, b0t);
  out[k++] = key2(140, s0w, b0w);
  out[k++] = key2(141, s0t, b0t);
  out[k++] = key2(142, b0t, b1t);
  out[k++] = key2(143, s1t, s0t);
  out[k++] = key2(144, s1w, s0w);
  out[k++] = key2(145, wordAt(c8, n, s0), wordAt(c8, n, b0));
  out[k++] = key2(146, wordAt(c8, n, s1), wordAt(c8, n, s0));
  out[k++] = key3(147, s1w, s1t, s0t);
  out[k++] = key3(148, s1t, s0w, s0t);
  out[k++] = key2(149, wordAt(c8, n, s0), b0t);
  out[k++] = key2(150, s0t, wordAt(c8, n, b0));
  // Triples.
  out[k++] = key3(151, b0t, b1t, b2t);
  out[k++] = key3(152, s0t, b0t, b1t);
  out[k++] = key3(153, s1t, s0t, b0t);
  out[k++] = key3(154, s2t, s1t, s0t);
  out[k++] = key3(155, s0t, tagAt(tags, n, s0l1), b0t);
  out[k++] = key3(156, s0t, tagAt(tags, n, s0r1), b0t);
  out[k++] = key3(157, s0t, b0t, tagAt(tags, n, b0l1));
  out[k++] = key3(158, s1t, tagAt(tags, n, s1r1), s0t);
  out[k++] = key3(159, s1t, s0t, tagAt(tags, n, s0l1));
  out[k++] = key3(160, s1t, s0t, tagAt(tags, n, s0r1));
  out[k++] = key3(161, s0t, tagAt(tags, n, s0l1), tagAt(tags, n, s0l2));
  out[k++] = key3(162, s0t, tagAt(tags, n, s0r1), tagAt(tags, n, s0r2));
  out[k++] = key3(163, b0t, tagAt(tags, n, b0l1), tagAt(tags, n, b0l2));
  out[k++] = key3(164, s1t, tagAt(tags, n, s1l1), s0t);
  // Distance, valency, label sets.
  out[k++] = key2(165, s0w, d);
  out[k++] = key2(166, s0t, d);
  out[k++] = key2(167, b0w, d);
  out[k++] = key2(168, b0t, d);
  out[k++] = key3(169, s0t, b0t, d);
  out[k++] = key3(170, s1t, s0t, s1 >= 0 && s0 >= 0 ? dist(s1, s0) : NONE);
  const vl = s0 >= 0 ? st.nLeft[s0] : NONE;
  const vr = s0 >= 0 ? st.nRight[s0] : NONE;
  out[k++] = key2(171, s0w, vl);
  out[k++] = key2(172, s0t, vl);
  out[k++] = key2(173, s0w, vr);
  out[k++] = key2(174, s0t, vr);
  out[k++] = key2(175, b0w, st.nLeft[b0]);
  out[k++] = key2(176, b0t, st.nLeft[b0]);
  out[k++] = key2(177, s1t, s1 >= 0 ? st.nRight[s1] : NONE);
  const sl = s0 >= 0 ? st.leftLabels[s0] : NONE;
  const sr = s0 >= 0 ? st.rightLabels[s0] : NONE;
  out[k++] = key2(178, s0t, sl);
  out[k++] = key2(179, s0t, sr);
  out[k++] = key2(180, s0w, sl);
  out[k++] = key2(181, s0w, sr);
  out[k++] = key2(182, b0t, st.leftLabels[b0]);
  out[k++] = key2(183, b0w, st.leftLabels[b0]);
  out[k++] = key2(184, s1t, s1 >= 0 ? st.rightLabels[s1] : NONE);
  // Stack depth (a long stack means open clauses) and the sentence's end.
  out[k++] = key2(185, Math.min(st.sp, 4), b0t);
  out[k++] = key3(186, s0t, b0t, b0 === n ? 1 : b1 === n ? 2 : 0);
  return k;
}

/** Features of an arc head -> dep (dir 0: dep before head), read after the dependent is complete. */
export function labelFeatures(st: ParserState, sw: SentenceWords, tags: Uint8Array, h: number, d: number, out: Int32Array): number {
  const n = st.n;
  const w = sw.word;
  const c8 = sw.c[1];
  const dir = d < h ? 0 : 1;
  const dw = w[d];
  const dt = tags[d];
  const hw = wordAt(w, n, h);
  const ht = tagAt(tags, n, h);
  const dl1 = st.l1[d];
  const dr1 = st.r1[d];
  let k = 0;
  out[k++] = key1(200, dir);
  out[k++] = key2(201, dir, dt);
  out[k++] = key3(202, dir, dt, ht);
  out[k++] = key3(203, dir, dw, ht);
  out[k++] = key3(204, dir, dt, hw);
  out[k++] = key3(205, dir, dw, hw);
  out[k++] = key2(206, dir, dw);
  out[k++] = key3(207, dir, dw, dt);
  out[k++] = key2(208, dir, wordAt(c8, n, d));
  out[k++] = key3(209, dir, wordAt(c8, n, d), wordAt(c8, n, h));
  out[k++] = key3(210, dir, dt, dist(h, d));
  out[k++] = key3(211, dir, dt, st.leftLabels[d]);
  out[k++] = key3(212, dir, dt, st.rightLabels[d]);
  out[k++] = key3(213, dir, dt, tagAt(tags, n, d - 1));
  out[k++] = key3(214, dir, dt, d + 1 < n ? tags[d + 1] : ROOT);
  out[k++] = key2(215, dir, sw.suf3[d]);
  out[k++] = key3(216, dir, ht, st.leftLabels[h]);
  out[k++] = key3(217, dir, dt, st.leftLabels[h]);
  out[k++] = key3(218, dir, dt, h === n ? 1 : 0);
  out[k++] = key3(219, dir, dt, wordAt(w, n, dl1));
  out[k++] = key3(220, dir, wordAt(w, n, dl1), ht);
  out[k++] = key3(221, dir, dt, labelAt(st, dl1));
  out[k++] = key3(222, dir, dt, labelAt(st, dr1));
  out[k++] = key3(223, dir, tagAt(tags, n, dl1), ht);
  out[k++] = key3(224, dir, dt, sw.shape[d]);
  out[k++] = key3(225, dir, ht, st.rightLabels[h]);
  out[k++] = key3(226, dir, dw, st.leftLabels[h]);
  out[k++] = key3(227, dir, dt, wordAt(w, n, h - 1 >= 0 && h - 1 !== d ? h - 1 : -1));
  out[k++] = key3(228, dir, wordAt(w, n, dl1), tagAt(tags, n, dl1));
  out[k++] = key3(229, dir, dt, wordAt(c8, n, h));
  return k;
}
