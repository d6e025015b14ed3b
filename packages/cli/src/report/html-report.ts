// fills the prebuilt standalone report page with one analysis, safely, and writes it to disk
import { readFileSync } from 'node:fs';
import type { AnalysisReport } from '@reconnect/core/analysis';
import { fillReportTemplate, REPORT_DATA_ELEMENT, reportTemplatePath } from '@reconnect/web';
import { CLIError, EXIT_RUNTIME } from '../cli-error.ts';
import { saveOutputFile } from '../io/output-path.ts';

export { REPORT_DATA_ELEMENT };

let cachedTemplate: string | undefined;

/**
 * The built report page, from the web package's build output.
 * @example loadReportTemplate().includes(REPORT_DATA_ELEMENT) // true
 */
export function loadReportTemplate(): string {
  if (cachedTemplate !== undefined) return cachedTemplate;
  try {
    const text = readFileSync(reportTemplatePath(), 'utf8');
    if (text.includes(REPORT_DATA_ELEMENT)) {
      cachedTemplate = text;
      return text;
    }
  } catch {}
  throw new CLIError('The HTML report template is missing. Run `npm run build` once, then try again.', EXIT_RUNTIME);
}

/**
 * The standalone report page for one analysis, as one HTML string.
 * @example renderHtmlReport(report).startsWith('<!doctype html>') // true
 */
export function renderHtmlReport(report: AnalysisReport, template: string = loadReportTemplate()): string {
  const filled = fillReportTemplate(template, report);
  if (filled === null)
    throw new CLIError('The HTML report template is damaged. Run `npm run build` again.', EXIT_RUNTIME);
  return filled;
}

/**
 * Renders the report and writes it atomically to `path`.
 * @example await writeHtmlReport(report, 'report.html')
 */
export async function writeHtmlReport(report: AnalysisReport, path: string): Promise<void> {
  await saveOutputFile(path, renderHtmlReport(report));
}
