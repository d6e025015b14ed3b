// types of built-files.mjs, the Node side of the web package

/** the element of the report template that receives the report JSON; the template ships it holding `null` */
export declare const REPORT_DATA_ELEMENT: string;
/** the built one-file report template */
export declare function reportTemplatePath(): string;
/** the folder holding the built web app (index.html and hashed assets) */
export declare function appDistDir(): string;
/** JSON that is safe inside a `<script>` element */
export declare function scriptSafeJson(value: unknown): string;
/** the template with the report placed in its data element, or null when the template has no such element */
export declare function fillReportTemplate(template: string, report: unknown): string | null;
