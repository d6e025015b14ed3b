// the report template: one self-contained page pinned by a strict CSP, and safe embedding of the report data
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AnalysisReport } from '@reconnect/core/analysis';
import { beforeAll, describe, expect, test } from 'vitest';
import { fillReportTemplate, REPORT_DATA_ELEMENT, reportTemplatePath, scriptSafeJson } from '../built-files.mjs';
import { ensureWebBuild } from './helpers/built.ts';
import { HOSTILE, sampleReport } from './helpers/sample-report.ts';

const dataOf = (html: string): string => {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no report data element');
  return match[1];
};

describe('scriptSafeJson', () => {
  test.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- <script>'],
    ['line\u2028separator\u2029here'],
    ['lone \ud800 surrogate'],
  ])('keeps %j inert and round-trips it', (text) => {
    const json = scriptSafeJson({ text });
    expect(json).not.toContain('<');
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text: JSON.parse(JSON.stringify(text)) });
  });
});

describe('the report template', () => {
  let template = '';
  const fill = (report: AnalysisReport): string => {
    const html = fillReportTemplate(template, report);
    if (html === null) throw new Error('the template has no data element');
    return html;
  };
  beforeAll(() => {
    ensureWebBuild();
    template = readFileSync(reportTemplatePath(), 'utf8');
  });

  test('the template is one self-contained page pinned by a strict CSP', () => {
    expect(template.split(REPORT_DATA_ELEMENT)).toHaveLength(2);
    const script = /<script type="module">([\s\S]*)<\/script>/.exec(template)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(template)?.[1] ?? '';
    const markup = template.replace(script, '').replace(style, '');
    const loads = [/<(?:script|img|iframe|source|video|audio)\b[^>]*\bsrc=/i, /<link\b/i, /url\(/i, /@import/i];
    expect(loads.filter((pattern) => pattern.test(markup)).map(String)).toEqual([]);
    expect([/url\(\s*['"]?(?:https?:)?\/\//i, /@import/i].filter((p) => p.test(style)).map(String)).toEqual([]);
    expect(script.includes('react-stack-top-frame'), 'the template holds a development build of React').toBe(false);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(template)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(script.length).toBeGreaterThan(1000);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).not.toContain('unsafe-inline');
  });

  test('injects the report once, escaped, and it reads back unchanged', () => {
    const report = sampleReport();
    const html = fill(report);
    expect(html).not.toContain(REPORT_DATA_ELEMENT);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).not.toContain(HOSTILE);
    expect(JSON.parse(dataOf(html))).toEqual(report);
    expect(html.length - template.length).toBeGreaterThan(JSON.stringify(report).length - 10);
  });

  test('a `$&` or `$1` in chat text is copied literally, not treated as a replacement pattern', () => {
    const report = sampleReport('$& and $1 and $`');
    expect(JSON.parse(dataOf(fill(report))).partner).toBe('$& and $1 and $`');
  });

  test('a template without the data element is refused, not filled somewhere else', () => {
    expect(fillReportTemplate('<!doctype html><p>no data here</p>', sampleReport())).toBeNull();
  });
});
