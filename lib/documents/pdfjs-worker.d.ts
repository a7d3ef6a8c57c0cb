// pdfjs-dist ships types for pdf.mjs only. The minified reader is the same module (typed as pdf.mjs where it is
// imported); of the worker module only its presence matters (see preloadPdfReader).
declare module "pdfjs-dist/legacy/build/pdf.min.mjs";
declare module "pdfjs-dist/legacy/build/pdf.worker.min.mjs" {
  export const WorkerMessageHandler: unknown;
}
