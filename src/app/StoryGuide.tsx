import { useMemo } from 'react';
import { t } from '../i18n/i18n';
import type { DatasetIndex } from '../state/datasetIndex';
import { richMessage } from '../ui/richMessage';

/** Props: the dataset, to say how many of its events each way of drawing applies to. */
export interface StoryGuideProps {
  /** The dataset, to count how many of its events each way of drawing applies to. */
  index: DatasetIndex;
}

/** How many events of the dataset are drawn each way. */
function countForms(index: DatasetIndex) {
  let known = 0;
  let bounded = 0;
  let lasting = 0;
  let approximate = 0;
  for (const { timing } of index.events) {
    if (timing.kind === 'duration') {
      lasting += 1;
      if (timing.start.approximate || timing.end.approximate) approximate += 1;
    } else if (timing.point.known) {
      known += 1;
      if (timing.point.approximate) approximate += 1;
    } else {
      bounded += 1;
    }
  }
  return { known, bounded, lasting, approximate };
}

/** A way of drawing in words: its name in bold, then what it means. */
function formWords(form: 'known' | 'coarse' | 'bounded' | 'lasting' | 'approximate') {
  return richMessage(`guide.${form}.text`, { term: <strong>{t(`guide.${form}.term`)}</strong> });
}

/** The number of the dataset's events drawn one way. */
function CountOf({ count }: { count: number }) {
  return <span className="guide__count">{t('app.eventCount', { count })}</span>;
}

/**
 * Beside the timeline while no event is open: how to read its marks (what a bracket, a fading
 * end and a dashed outline say about what the sources know), with the dataset's own counts, and
 * how to open an event.
 */
export function StoryGuide({ index }: StoryGuideProps) {
  // Counted once per dataset: the guide re-renders with every filter change beside it.
  const forms = useMemo(() => countForms(index), [index]);
  return (
    <section className="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" className="guide__title">
        {t('guide.title')}
      </h2>
      <p className="guide__lead">{t('guide.lead')}</p>
      <ul className="guide__legend">
        <li>
          <svg width="56" height="18" aria-hidden="true" className="guide__swatch">
            <rect x="14" y="5" width="28" height="9" rx="3" className="guide__bar" />
          </svg>
          <span>
            {formWords('known')} <CountOf count={forms.known} />
          </span>
        </li>
        <li>
          <svg width="56" height="18" aria-hidden="true" className="guide__swatch">
            <defs>
              <pattern
                id="guide-coarse"
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="2.5" height="6" className="guide__hatch" />
              </pattern>
            </defs>
            <rect
              x="4"
              y="5"
              width="48"
              height="9"
              rx="3"
              className="guide__bar guide__bar--coarse"
            />
          </svg>
          <span>{formWords('coarse')}</span>
        </li>
        <li>
          <svg width="56" height="18" aria-hidden="true" className="guide__swatch">
            <line x1="4" x2="52" y1="14" y2="14" className="guide__bracket" />
            <line x1="4" x2="4" y1="10" y2="18" className="guide__bracket" />
            <line x1="52" x2="52" y1="10" y2="18" className="guide__bracket" />
            <rect x="40" y="4" width="12" height="8" rx="2" className="guide__bar" />
          </svg>
          <span>
            {formWords('bounded')} <CountOf count={forms.bounded} />
          </span>
        </li>
        <li>
          <svg width="56" height="18" aria-hidden="true" className="guide__swatch">
            <defs>
              <linearGradient id="guide-fade" x1="0" x2="1" y1="0" y2="0">
                <stop offset="0%" className="guide__stop" />
                <stop offset="100%" className="guide__stop guide__stop--clear" />
              </linearGradient>
            </defs>
            <rect x="4" y="5" width="30" height="9" rx="3" className="guide__bar" />
            <rect x="34" y="5" width="20" height="9" fill="url(#guide-fade)" />
          </svg>
          <span>
            {formWords('lasting')} <CountOf count={forms.lasting} />
          </span>
        </li>
        <li>
          <svg width="56" height="18" aria-hidden="true" className="guide__swatch">
            <rect
              x="14"
              y="5"
              width="28"
              height="9"
              rx="3"
              className="guide__bar guide__bar--approximate"
            />
          </svg>
          <span>
            {formWords('approximate')} <CountOf count={forms.approximate} />
          </span>
        </li>
      </ul>
      <p className="guide__how">{t('guide.how')}</p>
    </section>
  );
}
