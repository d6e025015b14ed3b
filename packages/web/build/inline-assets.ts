// a Vite plugin that folds the built script and stylesheet into the HTML page and pins them with CSP hashes
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** the placeholder in the HTML entry that becomes the page's Content-Security-Policy */
export const CSP_PLACEHOLDER = '%REPORT_CSP%';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** keeps inline code from ending its own element early */
function guardInline(code: string, tag: 'script' | 'style'): string {
  const guarded = code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
  if (tag === 'script' && guarded.includes('<!--'))
    throw new Error('inline script contains "<!--"; cannot inline safely');
  return guarded;
}

/**
 * The strict policy of a page whose only script and style are the given inline texts.
 * @example contentSecurityPolicy('console.log(1)', 'body{}') // "default-src 'none'; script-src 'sha256-…'; …"
 */
export function contentSecurityPolicy(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Turns the page into one self-contained file: no other request is needed to show it.
 * @example plugins: [inlineAssets()]
 */
export function inlineAssets(): Plugin {
  return {
    name: 'reconnect-inline-assets',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((item) => item.type === 'asset' && item.fileName.endsWith('.html'));
      if (html?.type !== 'asset') throw new Error('inline-assets: no HTML page in the bundle');
      const scripts = Object.values(bundle).filter((item) => item.type === 'chunk');
      const styles = Object.values(bundle).filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
      if (scripts.length !== 1) throw new Error(`inline-assets: expected one script chunk, got ${scripts.length}`);
      const script = scripts[0];
      if (script?.type !== 'chunk') throw new Error('inline-assets: missing script chunk');
      const code = guardInline(script.code, 'script');
      const css = guardInline(
        styles.map((item) => (item.type === 'asset' ? String(item.source) : '')).join('\n'),
        'style',
      );
      let page = String(html.source);
      page = page.replace(/<script\b[^>]*\bsrc="[^"]*"[^>]*><\/script>\s*/g, '');
      page = page.replace(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>\s*/g, '');
      if (/\b(?:src|href)="(?!data:|#)/.test(page))
        throw new Error('inline-assets: the page still refers to another file');
      if (!page.includes(CSP_PLACEHOLDER)) throw new Error(`inline-assets: ${CSP_PLACEHOLDER} missing from the page`);
      page = page.replace(CSP_PLACEHOLDER, () => contentSecurityPolicy(code, css));
      page = page.replace('</head>', () => `<style>${css}</style>\n</head>`);
      page = page.replace('</body>', () => `<script type="module">${code}</script>\n</body>`);
      html.source = page;
      for (const item of [script, ...styles]) delete bundle[item.fileName];
    },
  };
}
