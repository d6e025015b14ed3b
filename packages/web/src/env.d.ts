// lets TypeScript accept stylesheet imports that Vite bundles
declare module '*.css';
