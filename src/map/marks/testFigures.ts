/**
 * Test data for the map's casualty mode: the test dataset, with a figure of people
 * killed beside the city hall's 95 injured, so that tests can tell the two kinds apart.
 */
import { createDatasetIndex, type DatasetIndex } from '../../state/datasetIndex';
import { makeTestDataset } from '../../model/testDataset';

/** The test dataset's index with "at least three" killed, claimed by the security forces, at the city hall. */
export function indexWithKilled(): DatasetIndex {
  const dataset = makeTestDataset();
  const hall = dataset.events.find((event) => event.id === 'city-hall-stormed');
  if (!hall) throw new Error('fixture: no city-hall-stormed event');
  hall.casualties.push({
    kind: 'killed',
    group: 'protesters',
    groupLabel: 'rioters',
    count: { min: 3, max: null, approximate: false, text: 'at least three rioters' },
    asOf: '2022-01-05',
    claimedBy: 'security-forces',
    sources: ['reuters'],
  });
  return createDatasetIndex(dataset);
}
