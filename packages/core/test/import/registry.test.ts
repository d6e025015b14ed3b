import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/import/detect.ts';
import { FORMAT_LABELS, formatList, formatNamed, IMPORTERS } from '../../src/import/registry.ts';
import { FORMATS } from '../../src/model.ts';
import { singleFileInput } from '../helpers/bytes-source.ts';

describe('the importer table', () => {
  it('files each importer under its own format', () => {
    for (const format of FORMATS) expect(IMPORTERS[format].format).toBe(format);
  });

  it('gives every format its own specificity, so a tie always has one winner', () => {
    const values = FORMATS.map((format) => IMPORTERS[format].specificity);
    expect(new Set(values).size).toBe(FORMATS.length);
  });

  it('finds each format by its id, short name, label and aliases, in any case', () => {
    for (const format of FORMATS) {
      const { label, short, aliases } = IMPORTERS[format].names;
      for (const name of [format, short, label, ...aliases, format.toUpperCase(), ` ${short} `]) {
        expect(formatNamed(name), name).toBe(format);
      }
    }
    expect(formatNamed('myspace')).toBeUndefined();
    expect(formatNamed('')).toBeUndefined();
  });

  it('never gives one name to two formats', () => {
    const owners = new Map<string, string>();
    for (const format of FORMATS) {
      const { label, short, aliases } = IMPORTERS[format].names;
      for (const name of new Set([format, short, label, ...aliases].map((n) => n.toLowerCase()))) {
        expect(owners.get(name), name).toBeUndefined();
        owners.set(name, format);
      }
    }
  });

  it('lists every app by its short name and labels each by its importer', () => {
    const list = formatList();
    for (const format of FORMATS) {
      expect(list).toContain(IMPORTERS[format].names.short);
      expect(FORMAT_LABELS[format]).toBe(IMPORTERS[format].names.label);
    }
    expect(list).toMatch(/, CSV$|or CSV$/);
  });

  it('takes the names in messages from the table it is given', async () => {
    const renamed = {
      ...IMPORTERS,
      csv: { ...IMPORTERS.csv, names: { ...IMPORTERS.csv.names, short: 'Spreadsheet' } },
    };
    const error = await detectFormat(singleFileInput('notes.txt', 'hello there\n'), { importers: renamed }).catch(
      (e: unknown) => e as Error,
    );
    expect(String(error)).toContain('Spreadsheet');
  });
});
