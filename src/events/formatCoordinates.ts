import { intlLocale, t } from '../i18n/i18n';

/** A number of degrees with two decimals in the reader's way ("43.26", "43,26"). */
function degrees(value: number): string {
  return new Intl.NumberFormat(intlLocale(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Math.abs(value));
}

/** "43.26° N, 76.93° E" (in Norwegian "43,26° N, 76,93° Ø") from GeoJSON-order [longitude, latitude]. */
export function formatCoordinates([longitude, latitude]: readonly [number, number]): string {
  return t('detail.coordinates', {
    latitude: degrees(latitude),
    latitudeSide: t(latitude >= 0 ? 'detail.north' : 'detail.south'),
    longitude: degrees(longitude),
    longitudeSide: t(longitude >= 0 ? 'detail.east' : 'detail.west'),
  });
}
