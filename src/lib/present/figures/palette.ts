// The slides' colours, written into the SVG as attributes so a slide is the same on screen, on
// paper and in its PNG (no page CSS reaches an exported file).
export const INK = {
  text: '#1b1f27',
  title: '#17365d',
  muted: '#4a5160',
  rule: '#c9cfd8',
  grid: '#d9dde3',
  accent: '#1f5fa8',
  accentLight: '#9dbbe0',
  band: '#e8f0fb',
  city: '#c25400',
  land: '#f4f2ec',
  sea: '#e4edf6',
  coast: '#9aa5b1',
};
