// fills the prebuilt standalone report page with one analysis, safely, and writes it to disk
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalysisReport } from '@reconnect/core';
import { CLIError, EXIT_RUNTIME } from '../cli-error.ts';
import { saveOutputFile } from '../io/output-path.ts';

/** the element of the template that receives the report JSON; the template ships it holding `null` */
export const REPORT_DATA_ELEMENT = '<script type="application/json" id="report-data">null</script>';

/** the template's file name beside the bundled CLI (packages/cli/build.mjs copies it there) */
export const TEMPLATE_FILE = 'report-template.html';

const TEMPLATE_CANDIDATES = [
  new URL(`./${TEMPLATE_FILE}`, import.meta.url),
  new URL(`../${TEMPLATE_FILE}`, import.meta.url),
  new URL('../../../web/dist/report.html', import.meta.url),
  new URL(`../../dist/${TEMPLATE_FILE}`, import.meta.url),
];

let cachedTemplate: string | undefined;

/**
 * The built report page: beside the bundled CLI (or its chunk folder), or, run from source, the web build's output.
 * @example loadReportTemplate().includes(REPORT_DATA_ELEMENT) // true
 */
export function loadReportTemplate(): string {
  if (cachedTemplate !== undefined) return cachedTemplate;
  for (const candidate of TEMPLATE_CANDIDATES) {
    try {
      const text = readFileSync(fileURLToPath(candidate), 'utf8');
      if (text.includes(REPORT_DATA_ELEMENT)) {
        cachedTemplate = text;
        return text;
      }
    } catch {}
  }
  throw new CLIError('The HTML report template is missing. Run `npm run build` once, then try again.', EXIT_RUNTIME);
}

/**
 * JSON that is safe inside a `<script>` element: no `<` can close it, and line separators stay escaped.
 * @example scriptSafeJson({ text: '</script>' }) // '{"text":"\\u003c/script>"}'
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The standalone report page for one analysis, as one HTML string.
 * @example renderHtmlReport(report).startsWith('<!doctype html>') // true
 */
export function renderHtmlReport(report: AnalysisReport, template: string = loadReportTemplate()): string {
  const at = template.indexOf(REPORT_DATA_ELEMENT);
  if (at < 0) throw new CLIError('The HTML report template is damaged. Run `npm run build` again.', EXIT_RUNTIME);
  const filled = `<script type="application/json" id="report-data">${scriptSafeJson(report)}</script>`;
  return template.slice(0, at) + filled + template.slice(at + REPORT_DATA_ELEMENT.length);
}

/**
 * Renders the report and writes it atomically to `path`.
 * @example await writeHtmlReport(report, 'report.html')
 */
export async function writeHtmlReport(report: AnalysisReport, path: string): Promise<void> {
  await saveOutputFile(path, renderHtmlReport(report));
}
