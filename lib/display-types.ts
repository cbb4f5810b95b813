export interface DisplaySettings {
  locale: string;
  currency: string;
  timeZone: string;
}
