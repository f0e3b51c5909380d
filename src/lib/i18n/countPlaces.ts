// How a heading counts the compared places, from their Japanese names in index.json: 「4市」 when
// every one is a 市, else 「5自治体」 (a town or village added with `npm run ingest`).
export const countPlaces = (names: readonly string[]): string =>
  `${names.length}${names.every((n) => n.endsWith('市')) ? '市' : '自治体'}`;
