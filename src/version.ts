/** The version of zonelink, as in package.json (a test keeps them equal). */
export const ZONELINK_VERSION = '0.1.0';
