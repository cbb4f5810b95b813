export interface DisplaySettings {
  locale: string;
  currency: string;
  timeZone: string;
  /**
   * The zone is the one this browser reported (its cookie), not the brand's default: the browser need not
   * check it before anything else, only confirm it once it is idle.
   */
  zoneFromBrowser?: boolean;
}
