/** "43.26° N, 76.93° E" from GeoJSON-order [longitude, latitude]. */
export function formatCoordinates([longitude, latitude]: readonly [number, number]): string {
  const lat = `${Math.abs(latitude).toFixed(2)}° ${latitude >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(longitude).toFixed(2)}° ${longitude >= 0 ? 'E' : 'W'}`;
  return `${lat}, ${lon}`;
}
