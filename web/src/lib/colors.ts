/** Entity type colours, shared by the reader (via CSS classes) and the canvas graph. */
export const TYPE_COLOR: Record<string, string> = {
  person: '#2f6fd0',
  country: '#c2571a',
  organization: '#7a3fb8',
  location: '#2a8c4a',
  media: '#8a6d1a',
  group: '#b8336a',
  event_name: '#0f7d8c',
  other: '#6b7280',
};

export const typeColor = (t: string | null | undefined): string =>
  TYPE_COLOR[t ?? 'other'] ?? TYPE_COLOR.other;
