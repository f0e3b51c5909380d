// File types sent compressed: the server gzips them and the build writes gzip copies of them.
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.txt',
  '.svg',
  '.topojson',
  '.webmanifest',
]);
