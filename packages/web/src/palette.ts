// chart colours shared by every chart; calm, colour-blind-safe, with enough contrast on the light page

export const PALETTE = {
  me: '#2f6690',
  partner: '#b5542d',
  connection: '#3a7d44',
  connectionFill: 'rgba(58, 125, 68, 0.12)',
  marker: '#7a4f9a',
  grid: 'rgba(38, 50, 61, 0.08)',
  axis: '#5b6670',
} as const;
