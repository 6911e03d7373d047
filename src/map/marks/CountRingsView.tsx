import type { CountRings } from './markSize';

/** Props: the rings to draw, and a document-unique id for the fade's gradient. */
export interface CountRingsViewProps {
  /** The rings of one count (`countRings`), centred on the origin. */
  rings: CountRings;
  /** The id of the fading ring's gradient: unique in the page. */
  gradientId: string;
}

/**
 * One casualty count drawn round a place, as a mark and the legend draw it: a disc to the lower
 * figure, a dashed ring at the upper end of a range, a fading ring for an open-ended "at least".
 * Coloured by `currentColor` and the `.map-mark` classes of its parent.
 */
export function CountRingsView({ rings, gradientId }: CountRingsViewProps) {
  return (
    <>
      {rings.fade && (
        <>
          <defs>
            <radialGradient id={gradientId}>
              <stop
                offset={rings.fade[0] / rings.fade[1]}
                stopColor="currentColor"
                stopOpacity="0.55"
              />
              <stop offset="1" stopColor="currentColor" stopOpacity="0" />
            </radialGradient>
          </defs>
          <circle r={rings.fade[1]} fill={`url(#${gradientId})`} />
        </>
      )}
      {rings.ring !== null && <circle className="map-mark__range" r={rings.ring} />}
      <circle className="map-mark__disc" r={rings.disc} />
    </>
  );
}
