// `storyline parse` as a user runs it: text in, CoNLL-U out with TokenRange offsets that slice the
// input; CoNLL-U in, its words and multiword-token lines kept, the analysis columns filled.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT, storyline } from '../helpers/built-cli.js';

beforeAll(() => ensureBuilt());

const dir = mkdtempSync(join(tmpdir(), 'storyline-parse-'));

describe('storyline parse', () => {
  it('parses a text file into CoNLL-U whose token ranges slice the input', async () => {
    const text = 'The council’s spokeswoman, Ana Ruiz, said on Monday that the bridge would reopen.\n\nIt did not.';
    const file = join(dir, 'note.txt');
    writeFileSync(file, text);
    const run = await storyline(['parse', file], ROOT);
    expect(run.status, run.stderr).toBe(0);
    const rows = run.stdout.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    expect(run.stdout).toContain('# text = The council’s spokeswoman');
    expect(run.stdout.match(/^# sent_id/gm)).toHaveLength(2);
    for (const r of rows) {
      expect(r).toHaveLength(10);
      const [, from, to] = /TokenRange=(\d+):(\d+)/.exec(r[9])!;
      expect(text.slice(Number(from), Number(to))).toBe(r[1]);
    }
    const said = rows.find((r) => r[1] === 'said')!;
    expect(said[2]).toBe('say');
    expect(said[3]).toBe('VERB');
    expect(rows.filter((r) => r[7] === 'root')).toHaveLength(2);
  });

  it('keeps a CoNLL-U file’s words and multiword tokens and fills the analysis', async () => {
    const input = [
      '# text = I don’t know.',
      '1\tI\t_\t_\t_\t_\t_\t_\t_\t_',
      '2-3\tdon’t\t_\t_\t_\t_\t_\t_\t_\t_',
      '2\tdo\t_\t_\t_\t_\t_\t_\t_\t_',
      '3\tn’t\t_\t_\t_\t_\t_\t_\t_\t_',
      '4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No',
      '5\t.\t_\t_\t_\t_\t_\t_\t_\t_',
      '',
    ].join('\n');
    const file = join(dir, 'in.conllu');
    writeFileSync(file, input);
    const run = await storyline(['parse', file], ROOT);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('# text = I don’t know.');
    expect(lines[2]).toBe('2-3\tdon’t\t_\t_\t_\t_\t_\t_\t_\t_');
    const know = lines.find((l) => l.startsWith('4\t'))!.split('\t');
    expect(know[3]).toBe('VERB');
    expect(know[6]).toBe('0');
    expect(know[9]).toBe('SpaceAfter=No');
  });

  it('refuses a malformed CoNLL-U file with a coded error', async () => {
    const file = join(dir, 'bad.conllu');
    writeFileSync(file, '1\tonly\tthree\n');
    const run = await storyline(['parse', file], ROOT);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('[E_BAD_CONLLU]');
  });
});
