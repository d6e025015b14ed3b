// `--html` in the CLI: the web package's template is found, filled once with the report, and written atomically
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisReport } from '@reconnect/core/analysis';
import { analyzeConversation } from '@reconnect/core/analysis';
import { demoConversation } from '@reconnect/core/simulate';
import { reportTemplatePath } from '@reconnect/web';
import { beforeAll, describe, expect, test } from 'vitest';
import { CLIError } from '../src/cli-error.ts';
import {
  loadReportTemplate,
  REPORT_DATA_ELEMENT,
  renderHtmlReport,
  writeHtmlReport,
} from '../src/report/html-report.ts';

const HOSTILE = '<img src=x onerror="window.__pwned = 1">';

/** builds the web package when no build has made the report template yet (npm test builds first) */
function ensureReportTemplate(): string {
  if (!existsSync(reportTemplatePath())) {
    const build = fileURLToPath(new URL('../../web/build.mjs', import.meta.url));
    execFileSync(process.execPath, [build], { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  }
  return loadReportTemplate();
}

/** the demo's analysis, with the partner's name swapped for `partner` */
function demoReport(partner: string): AnalysisReport {
  const demo = demoConversation('UTC');
  const report = analyzeConversation(demo.conversation, { me: demo.me, partner: demo.partner, timeZone: 'UTC' });
  return { ...report, partner };
}

const dataOf = (html: string): string => {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no report data element');
  return match[1];
};

describe('renderHtmlReport', () => {
  let template = '';
  let report: AnalysisReport;
  beforeAll(() => {
    template = ensureReportTemplate();
    report = demoReport(HOSTILE);
  });

  test('reads the template the web package built', () => {
    expect(template).toBe(readFileSync(reportTemplatePath(), 'utf8'));
    expect(template.split(REPORT_DATA_ELEMENT)).toHaveLength(2);
  });

  test('injects the report once, escaped, and it reads back unchanged', () => {
    const html = renderHtmlReport(report, template);
    expect(html).not.toContain(REPORT_DATA_ELEMENT);
    expect(html).not.toContain(HOSTILE);
    expect(JSON.parse(dataOf(html))).toEqual(report);
    expect(html.length - template.length).toBeGreaterThan(JSON.stringify(report).length - 10);
  });

  test('a `$&` or `$1` in chat text is copied literally, not treated as a replacement pattern', () => {
    const odd = demoReport('$& and $1 and $`');
    expect(JSON.parse(dataOf(renderHtmlReport(odd, template))).partner).toBe('$& and $1 and $`');
  });

  test('a damaged template is a plain runtime error', () => {
    expect(() => renderHtmlReport(report, '<!doctype html><p>nothing to fill</p>')).toThrow(CLIError);
  });

  test('writeHtmlReport writes the whole file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reconnect-report-'));
    const out = join(dir, 'report.html');
    writeFileSync(out, 'old content');
    await writeHtmlReport(report, out);
    expect(readFileSync(out, 'utf8')).toBe(renderHtmlReport(report, template));
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});
