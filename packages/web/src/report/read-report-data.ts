// reads the report JSON the CLI placed in the page, and says plainly when it is missing or damaged
import type { AnalysisReport } from '@reconnect/core/analysis';

export type ReportData =
  | { readonly ok: true; readonly report: AnalysisReport }
  | { readonly ok: false; readonly problem: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Parses the embedded report and checks the parts the page needs.
 * @example readReportData('{"weeks":[]}').ok // false
 */
export function readReportData(json: string | null | undefined): ReportData {
  if (!json || json.trim() === 'null') {
    return {
      ok: false,
      problem: 'This is the empty report template. Run `reconnect analyze FILE --html report.html` to fill it.',
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'The data in this report is damaged, so it cannot be shown.' };
  }
  const needed = ['source', 'weeks', 'withdrawal', 'pursuit', 'reasons', 'advice'];
  if (!isObject(value) || needed.some((key) => !(key in value)) || !Array.isArray(value.weeks)) {
    return { ok: false, problem: 'This report is missing some of its data, so it cannot be shown.' };
  }
  return { ok: true, report: value as unknown as AnalysisReport };
}
