// the Node side of the web package: where its built files are, and how data goes into the report template
import { fileURLToPath } from 'node:url';

/** the element of the report template that receives the report JSON; the template ships it holding `null` */
export const REPORT_DATA_ELEMENT = '<script type="application/json" id="report-data">null</script>';

/**
 * The built one-file report template (`npm run build` writes it).
 * @example readFileSync(reportTemplatePath(), 'utf8').includes(REPORT_DATA_ELEMENT) // true
 */
export function reportTemplatePath() {
  return fileURLToPath(new URL('./dist/report/report.html', import.meta.url));
}

/**
 * The folder holding the built web app: index.html and its hashed assets, to be served as they are.
 * @example join(appDistDir(), 'index.html')
 */
export function appDistDir() {
  return fileURLToPath(new URL('./dist/app/', import.meta.url));
}

/**
 * JSON that is safe inside a `<script>` element: no `<` can close it, and line separators stay escaped.
 * @example scriptSafeJson({ text: '</script>' }) // '{"text":"\\u003c/script>"}'
 */
export function scriptSafeJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The template with the report placed in its data element, or null when the template has no such element.
 * @example fillReportTemplate(template, report)?.startsWith('<!doctype html>') // true
 */
export function fillReportTemplate(template, report) {
  const at = template.indexOf(REPORT_DATA_ELEMENT);
  if (at < 0) return null;
  const filled = `<script type="application/json" id="report-data">${scriptSafeJson(report)}</script>`;
  return template.slice(0, at) + filled + template.slice(at + REPORT_DATA_ELEMENT.length);
}
